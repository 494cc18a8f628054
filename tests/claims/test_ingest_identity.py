"""A document is the same document only when both its url and its text are the same."""

import pytest

from claims.models import Document
from claims.services import document_ingest

pytestmark = pytest.mark.django_db

TEXT = "The harbour master said on Monday that the ferry service would resume within a week."


def test_the_same_text_at_another_url_is_another_document():
    first = document_ingest(text=TEXT, url="https://harbour.example/ferry")
    syndicated = document_ingest(text=TEXT, url="https://regional-daily.example/ferry")

    assert (first.status, syndicated.status) == ("stored", "stored")
    assert syndicated.document.pk != first.document.pk
    assert Document.objects.filter(content_hash=first.document.content_hash).count() == 2


def test_the_same_text_at_the_same_url_is_a_duplicate():
    first = document_ingest(text=TEXT, url="https://harbour.example/ferry")
    again = document_ingest(text=TEXT, url="https://harbour.example/ferry")

    assert again.status == "duplicate"
    assert again.document.pk == first.document.pk


def test_the_same_text_without_url_and_with_one_are_two_documents():
    pasted = document_ingest(text=TEXT, url="")
    linked = document_ingest(text=TEXT, url="https://harbour.example/ferry")

    assert linked.status == "stored"
    assert linked.document.pk != pasted.document.pk
