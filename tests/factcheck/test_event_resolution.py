"""A document with no event key joins the existing event it is about, not a near-duplicate."""

from __future__ import annotations

import pytest

from claims.models import Document, Event
from claims.services import document_ingest

pytestmark = pytest.mark.django_db

REPORT = (
    "US Central Command said on Thursday that four of the six crew members aboard a KC-135 "
    "refueling aircraft were killed when it went down in western Iraq on Thursday. "
    '"The loss of the aircraft was not due to hostile fire," the command said.'
)
LATER_REPORT = (
    "A KC-135 tanker went down in western Iraq on Wednesday, the military said, and all "
    "six of its crew were killed. Officials said the crash was under investigation."
)


def _ingest(text: str, published_at: str, *, event_key: str | None = None) -> Document:
    result = document_ingest(
        text=text, publisher="Wire Desk", published_at=published_at, event_key=event_key
    )
    return result.document


def test_keyless_document_joins_the_event_named_by_its_key(
    sources, django_capture_on_commit_callbacks
):
    demo = Event.objects.create(key="kc135-western-iraq-2026-03-12", title="Tanker lost")
    with django_capture_on_commit_callbacks(execute=True):
        document = _ingest(REPORT, "2026-03-12T20:00:00Z")
    document.refresh_from_db()
    assert document.event_id == demo.pk
    assert Event.objects.count() == 1


def test_an_event_keyed_by_hand_learns_what_it_is_about(
    sources, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        keyed = _ingest(REPORT, "2026-03-12T20:00:00Z", event_key="desk-story-17")
    keyed.refresh_from_db()
    event = Event.objects.get(key="desk-story-17")
    assert keyed.event_id == event.pk
    assert event.subject == "KC-135"
    assert event.occurred_on is not None
    with django_capture_on_commit_callbacks(execute=True):
        later = _ingest(LATER_REPORT, "2026-03-13T09:00:00Z")
    later.refresh_from_db()
    assert later.event_id == event.pk
    assert Event.objects.count() == 1


def test_same_aircraft_weeks_apart_is_another_incident(sources, django_capture_on_commit_callbacks):
    Event.objects.create(key="kc135-western-iraq-2026-03-12", title="Tanker lost")
    with django_capture_on_commit_callbacks(execute=True):
        document = _ingest(LATER_REPORT, "2026-05-21T09:00:00Z")
    document.refresh_from_db()
    event = document.event or document.proposed_event
    assert event is not None
    assert event.key != "kc135-western-iraq-2026-03-12"


def test_seed_article_ingested_as_is_joins_the_demo_event(
    sources, shared_seed_text, django_capture_on_commit_callbacks
):
    demo = Event.objects.create(key="kc135-western-iraq-2026-03-12", title="Tanker lost")
    with django_capture_on_commit_callbacks(execute=True):
        document = _ingest(shared_seed_text, "2026-03-13T18:00:00Z")
    document.refresh_from_db()
    assert (document.event_id or document.proposed_event_id) == demo.pk
    assert Event.objects.count() == 1


VELL_REPORTS = (
    "Bombing in Vell kills 40\n\nTwo bombs went off at a market in Vell, Norway, on Monday, "
    "killing 40 people, the health ministry said.",
    "Vell toll rises\n\nThe toll of the bombings in Vell rose to 44, the health ministry said.",
)
RETALIATION = (
    "Norway fires rockets at camps in Xland and Yland\n\n"
    "The Norwegian Guard fired rockets at camps in Xland and Yland, killing 12 people, "
    "the Guard said.\n\n"
    "The Guard called the raids an answer to the bombings in Vell, which killed 44 people."
)


def test_a_report_led_by_another_incident_claims_only_what_names_the_event(
    sources, django_capture_on_commit_callbacks
):
    Event.objects.create(key="vell-market-bombings", title="Vell market bombings")
    for text, day in zip(VELL_REPORTS, ("2026-02-02", "2026-02-03"), strict=True):
        with django_capture_on_commit_callbacks(execute=True):
            _ingest(text, f"{day}T12:00:00Z", event_key="vell-market-bombings")
    with django_capture_on_commit_callbacks(execute=True):
        late = _ingest(RETALIATION, "2026-02-20T12:00:00Z", event_key="vell-market-bombings")
    counts = sorted(late.claims.filter(kind="casualty").values_list("count_min", flat=True))
    assert counts == [44]
