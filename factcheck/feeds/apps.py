from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "factcheck.feeds"
    label = "feeds"
    verbose_name = "Feeds"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from config.health import readiness_detail_register

        readiness_detail_register("feeds_failing", feeds_failing_details)


def feeds_failing_details() -> list[dict[str, str]]:
    """The feeds failing for a day or more: url, since when, the last error."""
    from factcheck.feeds.selectors import feeds_failing

    return [
        {"url": f.url, "failing_since": f.failing_since.isoformat(), "error": f.last_error}
        for f in feeds_failing()[:50]
    ]
