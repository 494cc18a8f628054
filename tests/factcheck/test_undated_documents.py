"""Documents that come without a date or a publisher: the narrative orders their claims
and the publisher is read from the URL's host or the text, at extraction."""

from __future__ import annotations

import pytest

from claims.selectors import claim_list
from claims.services import document_ingest
from factcheck import services
from factcheck.rules.counts import chronological
from factcheck.rules.engine import claims_load

pytestmark = pytest.mark.django_db

TOLD_BACKWARDS = (
    "US Central Command said all five crew members of the transport plane were killed in "
    "the crash near the border.\n\n"
    "It said at the time that three of the five crew members were killed.\n\n"
    "Harbour Herald's website can also be reached at a mirror address."
)


def _extract(**fields):
    document = document_ingest(**fields).document
    services.document_extract(document_id=document.pk)
    document.refresh_from_db()
    return document


def test_an_undated_report_lists_the_first_figure_before_the_latest(sources):
    document = _extract(text=TOLD_BACKWARDS, title="Five crew killed")
    assert document.published_at is None

    listed = [
        (c.count_min, c.qualifier)
        for c in claim_list()
        if c.claimant.name == "US Central Command" and c.category == "killed"
    ]
    assert listed == [(3, "of_total"), (5, "all")]

    facts = [f for f in claims_load(event_id=document.event_id).facts if f.category == "killed"]
    ordered = [(f.count_min, f.qualifier) for f in chronological(facts)]
    assert ordered.index((3, "of_total")) < ordered.index((5, "all"))


def test_the_publisher_comes_from_the_text_when_none_is_given(sources):
    document = _extract(text=TOLD_BACKWARDS, title="Five crew killed")
    assert document.publisher is not None
    assert document.publisher.name == "Harbour Herald"
    assert document.publisher.provisional  # new to the record: a reviewer confirms it
    own_voice = document.claims.filter(attribution__in=["outlet", "headline"])
    assert {c.claimant.name for c in own_voice} <= {"Harbour Herald"}


def test_the_publisher_comes_from_the_url_host(sources):
    document = _extract(
        text="US Central Command said two soldiers were wounded in the attack.",
        url="https://www.reuters.com/world/an-attack-2026-03-13/",
    )
    assert document.publisher.name == "Reuters"
    assert not document.publisher.provisional


def test_a_given_publisher_is_kept(sources):
    document = _extract(
        text=TOLD_BACKWARDS, url="https://www.reuters.com/world/x/", publisher="Example Wire"
    )
    assert document.publisher.name == "Example Wire"
