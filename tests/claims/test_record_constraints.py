"""The database itself refuses records that make no sense, whatever wrote them."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim, Document
from tests.factories import ClaimFactory, DocumentFactory

pytestmark = pytest.mark.django_db


def refused(**fields) -> bool:
    try:
        with transaction.atomic():
            ClaimFactory(**fields)
    except IntegrityError:
        return True
    return False


def test_a_claim_span_must_lie_inside_its_document():
    document = DocumentFactory(text="Six crew members were killed.")
    length = len(document.text)

    assert not refused(document=document, span_start=0, span_end=length)
    assert refused(document=document, span_start=5, span_end=length + 1)
    assert refused(document=document, span_start=5, span_end=5)


def test_a_span_in_the_title_is_checked_against_the_title():
    document = DocumentFactory(title="Six dead", text="x" * 500)

    assert refused(document=document, span_in=Claim.SpanIn.TITLE, span_start=0, span_end=20)
    assert not refused(document=document, span_in=Claim.SpanIn.TITLE, span_start=0, span_end=8)


def test_moving_a_span_outside_its_document_is_refused_too():
    claim = ClaimFactory(document=DocumentFactory(text="Four of the six crew were killed."))

    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(span_end=10_000)


def test_count_min_must_not_exceed_max():
    assert refused(count_min=7, count_max=6)
    assert not refused(count_min=13, count_max=None)  # "at least 13"


def test_a_casualty_claim_needs_its_values_and_a_cause_claim_its_polarity():
    assert refused(category="", count_min=None, count_max=None)
    assert refused(kind=Claim.Kind.CASUALTY, category="killed", count_min=None, count_max=None)
    # "up to 20 people": a ceiling alone is a value
    assert not refused(kind=Claim.Kind.CASUALTY, category="killed", count_min=None, count_max=20)
    assert refused(kind=Claim.Kind.CAUSE, cause="hostile_fire", polarity="")


def test_one_document_per_url_and_content_hash():
    document = DocumentFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(
            url=document.url, text=document.text, content_hash=document.content_hash
        )
