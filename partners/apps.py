from django.apps import AppConfig


class PartnersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "partners"
    verbose_name = "API partners"

    def ready(self) -> None:
        # Registers the webhook tasks, which partners.webhooks enqueues by name.
        from partners import tasks as _registers_the_tasks  # noqa: F401
