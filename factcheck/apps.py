from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-check desk"

    def ready(self) -> None:
        """Wires the layers that must not import each other: the record hands stored
        documents to the pipeline, and the pipeline's announcements reach the partner API's
        webhooks."""
        from django.conf import settings
        from django.core.signals import setting_changed

        from claims import pipeline
        from factcheck import signals
        from factcheck import tasks as _registers_the_tasks  # noqa: F401
        from factcheck.extraction import nlp

        pipeline.document_stored_handler_set(_extraction_enqueue)
        nlp.model_configure(settings.FACTCHECK_SPACY_MODEL)
        setting_changed.connect(_spacy_model_setting_changed, dispatch_uid="factcheck.spacy_model")
        signals.findings_opened.connect(
            _findings_opened, dispatch_uid="factcheck.api.webhooks.findings_opened"
        )
        signals.verdict_published.connect(
            _verdict_published, dispatch_uid="factcheck.api.webhooks.verdict_published"
        )
        signals.verdict_retracted.connect(
            _verdict_retracted, dispatch_uid="factcheck.api.webhooks.verdict_retracted"
        )


def _extraction_enqueue(document_id: int) -> None:
    from factcheck.tasks import extract_claims

    extract_claims.delay_on_commit(document_id)


def _findings_opened(sender: object, *, finding_ids: list[int], **kwargs: object) -> None:
    from factcheck.api.webhooks import findings_opened_notify

    findings_opened_notify(finding_ids=finding_ids)


def _verdict_published(
    sender: object, *, verdict_id: int, corrected: bool = False, **kwargs: object
) -> None:
    from factcheck.api.webhooks import verdict_published_notify

    verdict_published_notify(verdict_id=verdict_id, corrected=corrected)


def _verdict_retracted(sender: object, *, verdict_id: int, **kwargs: object) -> None:
    from factcheck.api.webhooks import verdict_retracted_notify

    verdict_retracted_notify(verdict_id=verdict_id)


def _spacy_model_setting_changed(*, setting: str, value: object, **kwargs: object) -> None:
    if setting == "FACTCHECK_SPACY_MODEL":
        from factcheck.extraction import nlp

        nlp.model_configure(str(value or ""))
