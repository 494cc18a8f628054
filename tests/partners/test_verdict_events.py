"""Correcting a published verdict takes a second person, as publishing does; retracting one
tells subscribed partners (verdict.retracted)."""

from __future__ import annotations

import pytest

from claims.models import Verdict
from factcheck.review.services import (
    ReviewError,
    correction_approve,
    correction_propose,
    verdict_publish,
    verdict_retract,
    verdict_submit,
)
from partners.models import Scope, WebhookEvent
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory, VerdictFactory
from tests.review.conftest import make_user

CORRECTION = {
    "rating": Verdict.Rating.TRUE,
    "rationale": "Now said to be true.",
    "note": "Changed my mind.",
}


@pytest.fixture
def published(db) -> Verdict:
    """Written by an editor (who may publish, correct and retract), published by another."""
    author = make_user("edgar", "Editor")
    verdict = VerdictFactory(
        status=Verdict.Status.DRAFT, reviewer=None, published_at=None, author=author
    )
    verdict_submit(verdict_id=verdict.pk, actor=author)
    return verdict_publish(verdict_id=verdict.pk, publisher=make_user("edith", "Editor"))


def test_the_author_cannot_correct_a_published_verdict_alone(published, reader):
    before = reader.get(f"/api/v1/verdicts/{published.pk}").json()["rating"]

    proposal = correction_propose(verdict_id=published.pk, actor=published.author, **CORRECTION)
    with pytest.raises(ReviewError, match="second person"):
        correction_approve(correction_id=proposal.pk, approver=published.author)

    published.refresh_from_db()
    assert (published.status, published.rating) == ("published", before)
    assert reader.get(f"/api/v1/verdicts/{published.pk}").json()["rating"] == before


def test_a_second_editor_approves_the_correction(published):
    proposal = correction_propose(verdict_id=published.pk, actor=published.author, **CORRECTION)

    verdict = correction_approve(correction_id=proposal.pk, approver=make_user("olga", "Editor"))

    assert (verdict.status, verdict.rating) == ("corrected", "true")


def test_retracting_sends_verdict_retracted(
    published, receiver, django_capture_on_commit_callbacks
):
    partner = PartnerFactory(scopes=[Scope.READ])
    api = client_for(partner)
    created = api.post(
        "/api/v1/webhooks", {"url": receiver.url, "events": [WebhookEvent.VERDICT_RETRACTED]}
    )
    assert created.status_code == 201, created.json()
    receiver.secret = created.json()["secret"]

    with django_capture_on_commit_callbacks(execute=True):
        verdict_retract(
            verdict_id=published.pk, actor=make_user("olga", "Editor"), reason="Misattributed."
        )

    [received] = receiver.received
    assert received.signature_ok
    assert received.headers["X-Factcheck-Event"] == "verdict.retracted"
    data = received.json["data"]
    assert data["verdict"]["id"] == published.pk
    assert data["verdict"]["status"] == "retracted"
    assert data["verdict"]["claim"] == published.claim_id
    assert api.get(f"/api/v1/verdicts/{published.pk}").status_code == 404  # no longer served


def test_retracted_events_need_the_read_scope(db, receiver):
    findings_only = client_for(PartnerFactory(scopes=[Scope.READ_FINDINGS]))

    response = findings_only.post(
        "/api/v1/webhooks", {"url": receiver.url, "events": [WebhookEvent.VERDICT_RETRACTED]}
    )

    assert response.status_code == 400
