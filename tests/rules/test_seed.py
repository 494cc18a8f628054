"""The seed article through the real pipeline: ingest, extraction, the rules engine."""

from __future__ import annotations

import pytest

from claims.models import Event
from claims.services import document_ingest
from factcheck.models import Finding
from factcheck.rules.engine import event_evaluate

pytestmark = pytest.mark.django_db

TITLE = "All 6 American troops killed after resistance downed US aircraft"


@pytest.fixture
def seed_findings(sources, shared_seed_text, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document_ingest(
            text=shared_seed_text,
            title=TITLE,
            publisher="Press TV",
            published_at="2026-03-13T18:00:00Z",
            event_key="kc135-western-iraq-2026-03-12",
        )
    event = Event.objects.get(key="kc135-western-iraq-2026-03-12")
    event_evaluate(event_id=event.pk)
    findings = list(Finding.objects.filter(event=event).prefetch_related("claims__claimant"))
    for finding in findings:
        print(f"[{finding.rule}/{finding.severity}] {finding.message}")
    return findings


def _claimants(finding: Finding) -> set[str]:
    return {claim.claimant.name for claim in finding.claims.all()}


def test_centcom_revision_from_four_to_six_crew_killed(seed_findings):
    revisions = [f for f in seed_findings if f.rule == "casualty_revision"]
    assert any(
        _claimants(f) == {"US Central Command"}
        and "crew killed" in f.message
        and "4 of 6" in f.message
        and "all 6" in f.message
        for f in revisions
    ), [f.message for f in revisions]


def test_centcom_denial_contradicted_by_iranian_missile_claims(seed_findings):
    contradictions = [f for f in seed_findings if f.rule == "cause_contradiction"]
    assert any(
        "US Central Command" in _claimants(f)
        and _claimants(f) & {"Khatam al-Anbiya Central Headquarters", "IRGC"}
        and "hostile fire" in f.message
        for f in contradictions
    ), [f.message for f in contradictions]


def test_press_tv_headline_asserts_the_shoot_down(seed_findings):
    asserted = [f for f in seed_findings if f.rule == "outlet_asserts_disputed"]
    assert any(
        f.message.startswith("Press TV states as fact, in its own voice (headline)")
        and "hostile fire" in f.message
        for f in asserted
    ), [f.message for f in asserted]
