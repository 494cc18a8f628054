"""The record hands stored documents to the pipeline through the one entry point the engine
registers (claims.pipeline), never by importing it."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from claims import pipeline
from claims.models import Document
from claims.services import document_ingest

pytestmark = pytest.mark.django_db

TEXT = "A spokesman for the port authority said two cranes were damaged on Tuesday."


def test_a_stored_document_is_handed_to_the_registered_pipeline(monkeypatch):
    handed: list[int] = []
    monkeypatch.setattr(pipeline, "_document_stored", handed.append)

    result = document_ingest(text=TEXT, url="https://port.example/cranes")
    again = document_ingest(text=TEXT, url="https://port.example/cranes")

    assert handed == [result.document.pk]  # once: a duplicate is not handed over again
    assert again.status == "duplicate"


def test_without_a_pipeline_nothing_is_stored_silently(monkeypatch):
    monkeypatch.setattr(pipeline, "_document_stored", None)

    with pytest.raises(ImproperlyConfigured, match="no pipeline"):
        document_ingest(text=TEXT, url="https://port.example/cranes")

    assert not Document.objects.exists()


def test_the_engine_registers_itself_at_start_up():
    from factcheck.apps import _extraction_enqueue

    assert pipeline._document_stored is _extraction_enqueue
