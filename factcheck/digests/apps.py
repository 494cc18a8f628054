from django.apps import AppConfig


class DigestsConfig(AppConfig):
    name = "factcheck.digests"
    label = "digests"
    verbose_name = "Digests"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers the digests' tasks, which the services enqueue by name.
        from factcheck.digests import tasks as _registers_the_tasks  # noqa: F401
