"""Correcting a published verdict takes two people, as publishing does: one proposes the new
text with a note, an editor who is not the proposer approves it; until then the published text
is what the API and the public page serve."""

from __future__ import annotations

import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from claims.models import AuditEntry, Verdict, VerdictCorrection, VerdictRevision
from factcheck import signals
from factcheck.review import services
from factcheck.review.services import ReviewError
from partners.models import Scope
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory
from tests.review.conftest import make_user

NEW_TEXT = {
    "rating": Verdict.Rating.FALSE,
    "rationale": "The operator later said two of the crew survived.",
    "evidence": ["https://operator.example.org/statement-2"],
}
EARLIER_RATIONALE = "Four of six were confirmed dead at the time."


@pytest.fixture
def published(claim, reviewer, editor) -> Verdict:
    """Written by a reviewer, published by an editor."""
    verdict = services.verdict_create(
        claim=claim,
        author=reviewer,
        rating=Verdict.Rating.MOSTLY_TRUE,
        rationale=EARLIER_RATIONALE,
        evidence=["https://operator.example.org/statement-1"],
    )
    services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
    return services.verdict_publish(verdict_id=verdict.pk, publisher=editor)


@pytest.fixture
def second_editor(db):
    return make_user("otto", "Editor")


@pytest.fixture
def reader(db):
    return client_for(PartnerFactory(scopes=[Scope.READ]))


def propose(verdict: Verdict, actor, note: str = "Two survivors were found.", **text):
    return services.correction_propose(
        verdict_id=verdict.pk, actor=actor, note=note, **{**NEW_TEXT, **text}
    )


def served_rating(reader, client, verdict: Verdict) -> tuple[str, bool]:
    """The rating the partner API serves, and whether the public page shows the new text."""
    rating = reader.get(f"/api/v1/verdicts/{verdict.pk}").json()["rating"]
    page = client.get(reverse("verdict-page", args=[verdict.pk]))
    assert page.status_code == 200
    return rating, NEW_TEXT["rationale"] in page.text


class TestProposeAndApprove:
    def test_the_published_text_stays_served_until_a_second_editor_approves(
        self, published, editor, second_editor, reader, client
    ):
        proposal = propose(published, editor)

        published.refresh_from_db()
        assert (published.status, published.rating) == ("published", "mostly_true")
        assert served_rating(reader, client, published) == ("mostly_true", False)
        assert not VerdictRevision.objects.exists()

        received = []

        def listener(sender, verdict_id, corrected=False, **kwargs):
            received.append((verdict_id, corrected))

        signals.verdict_published.connect(listener)
        try:
            verdict = services.correction_approve(correction_id=proposal.pk, approver=second_editor)
        finally:
            signals.verdict_published.disconnect(listener)

        assert received == [(published.pk, True)]
        assert (verdict.status, verdict.rating, verdict.rationale) == (
            "corrected",
            "false",
            NEW_TEXT["rationale"],
        )
        assert verdict.evidence == NEW_TEXT["evidence"]
        assert served_rating(reader, client, verdict) == ("false", True)
        revision = VerdictRevision.objects.get(verdict=verdict)
        assert (revision.change, revision.rating, revision.rationale) == (
            "correction",
            "mostly_true",
            EARLIER_RATIONALE,
        )
        assert revision.changed_by == second_editor
        assert "Two survivors were found." in revision.note
        assert editor.username in revision.note  # who proposed it
        proposal.refresh_from_db()
        assert (proposal.status, proposal.decided_by) == ("approved", second_editor)
        entries = AuditEntry.objects.filter(object_id=verdict.pk, action__startswith="verdict.")
        by_action = {e.action: e for e in entries}
        assert by_action["verdict.correction_propose"].actor == editor
        assert by_action["verdict.correct"].actor == second_editor
        assert by_action["verdict.correct"].changes["rating"] == ["mostly_true", "false"]

    def test_the_author_proposes_and_an_editor_approves(self, published, reviewer, editor):
        proposal = propose(published, reviewer)
        verdict = services.correction_approve(correction_id=proposal.pk, approver=editor)
        assert verdict.status == "corrected"

    def test_a_corrected_verdict_can_be_corrected_again(
        self, published, editor, second_editor, reviewer
    ):
        first = propose(published, editor)
        services.correction_approve(correction_id=first.pk, approver=second_editor)
        second = propose(published, reviewer, note="Rating was too strong.", rating="mostly_false")
        verdict = services.correction_approve(correction_id=second.pk, approver=editor)
        assert verdict.rating == "mostly_false"
        assert VerdictRevision.objects.filter(verdict=verdict).count() == 2


class TestTheTwoPersonRule:
    def test_the_proposer_cannot_approve_their_own(self, published, editor, reader, client):
        """The bypass of issue 14: an editor rewriting a published verdict alone."""
        proposal = propose(published, editor)
        with pytest.raises(ReviewError, match="second person"):
            services.correction_approve(correction_id=proposal.pk, approver=editor)
        assert served_rating(reader, client, published) == ("mostly_true", False)
        proposal.refresh_from_db()
        assert proposal.status == "proposed"

    def test_the_database_refuses_it_too(self, published, editor):
        proposal = propose(published, editor)
        with pytest.raises(IntegrityError), transaction.atomic():
            VerdictCorrection.objects.filter(pk=proposal.pk).update(
                status="approved", decided_by=editor
            )

    def test_a_reviewer_proposes_but_cannot_approve(self, published, reviewer, other_reviewer):
        proposal = propose(published, reviewer)
        with pytest.raises(ReviewError, match="editors"):
            services.correction_approve(correction_id=proposal.pk, approver=other_reviewer)
        with pytest.raises(ReviewError, match="editors"):
            services.correction_reject(
                correction_id=proposal.pk, actor=other_reviewer, reason="No."
            )

    def test_approving_twice_applies_it_once(self, published, editor, second_editor, desk_admin):
        proposal = propose(published, editor)
        services.correction_approve(correction_id=proposal.pk, approver=second_editor)
        with pytest.raises(ReviewError, match="approved"):
            services.correction_approve(correction_id=proposal.pk, approver=desk_admin)
        assert VerdictRevision.objects.count() == 1
        assert AuditEntry.objects.filter(action="verdict.correct").count() == 1

    def test_a_stale_approval_loses_to_the_first(self, published, editor, second_editor):
        """The conditional update: an approval that read the proposal as open after another
        decision was written changes nothing."""
        proposal = propose(published, editor)
        stale = VerdictCorrection.objects.get(pk=proposal.pk)
        services.correction_reject(correction_id=proposal.pk, actor=second_editor, reason="No.")
        with pytest.raises(ReviewError, match="already been decided"):
            services._close_proposal(
                proposal=stale, to_status="approved", actor=second_editor, reason="", now=None
            )
        proposal.refresh_from_db()
        assert proposal.status == "rejected"


class TestOneOpenProposal:
    def test_a_second_proposal_waits_for_the_first(self, published, editor, reviewer):
        propose(published, editor)
        with pytest.raises(ReviewError, match="already awaiting approval"):
            propose(published, reviewer, rating="mixed")
        assert VerdictCorrection.objects.count() == 1

    def test_the_database_allows_one(self, published, editor, reviewer):
        propose(published, editor)
        with pytest.raises(IntegrityError), transaction.atomic():
            VerdictCorrection.objects.create(
                verdict=published,
                rating="true",
                rationale="x",
                note="y",
                proposed_by=reviewer,
                proposed_at=published.published_at,
            )

    def test_withdrawn_by_its_proposer_only(self, published, editor, reviewer, second_editor):
        proposal = propose(published, reviewer)
        with pytest.raises(ReviewError, match="proposed"):
            services.correction_withdraw(correction_id=proposal.pk, actor=editor)
        services.correction_withdraw(correction_id=proposal.pk, actor=reviewer, reason="Wrong")
        proposal.refresh_from_db()
        assert (proposal.status, proposal.reason) == ("withdrawn", "Wrong")
        with pytest.raises(ReviewError, match="withdrawn"):
            services.correction_approve(correction_id=proposal.pk, approver=editor)
        # Another may now be proposed.
        assert propose(published, second_editor).status == "proposed"
        published.refresh_from_db()
        assert published.rating == "mostly_true"

    def test_rejected_with_a_reason(self, published, reviewer, editor):
        proposal = propose(published, reviewer)
        with pytest.raises(ReviewError, match="reason"):
            services.correction_reject(correction_id=proposal.pk, actor=editor, reason=" ")
        services.correction_reject(
            correction_id=proposal.pk, actor=editor, reason="The second statement was denied."
        )
        proposal.refresh_from_db()
        assert (proposal.status, proposal.decided_by) == ("rejected", editor)
        entry = AuditEntry.objects.get(action="verdict.correction_reject")
        assert (entry.actor, entry.note) == (editor, "The second statement was denied.")
        published.refresh_from_db()
        assert (published.status, published.rating) == ("published", "mostly_true")

    def test_retracting_the_verdict_closes_its_open_proposal(self, published, reviewer, editor):
        proposal = propose(published, reviewer)
        services.verdict_retract(verdict_id=published.pk, actor=editor, reason="Misattributed.")
        proposal.refresh_from_db()
        assert proposal.status == "rejected"
        with pytest.raises(ReviewError):
            services.correction_approve(correction_id=proposal.pk, approver=editor)


class TestWhatIsRefused:
    def test_a_note_and_a_change_are_needed(self, published, editor):
        with pytest.raises(ReviewError, match="note"):
            propose(published, editor, note=" ")
        with pytest.raises(ReviewError, match="changes nothing"):
            services.correction_propose(
                verdict_id=published.pk,
                actor=editor,
                rating=published.rating,
                rationale=published.rationale,
                evidence=published.evidence,
                note="Nothing really.",
            )
        with pytest.raises(ReviewError, match="link"):
            propose(published, editor, evidence=["not a link"])
        assert not VerdictCorrection.objects.exists()

    def test_only_a_published_verdict(self, claim, reviewer, editor):
        draft = services.verdict_create(
            claim=claim, author=reviewer, rating="true", rationale="Draft."
        )
        with pytest.raises(ReviewError, match="published"):
            propose(draft, editor)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor == "sqlite", reason="needs concurrent connections")
def test_two_editors_approving_at_once_apply_it_once(claim, reviewer, editor):
    """PostgreSQL: two approvals in two connections at the same moment; one wins."""
    verdict = services.verdict_create(
        claim=claim, author=reviewer, rating="mostly_true", rationale=EARLIER_RATIONALE
    )
    services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
    services.verdict_publish(verdict_id=verdict.pk, publisher=editor)
    proposal = propose(verdict, reviewer)
    approvers = [editor, make_user("otto", "Editor")]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(approver):
        try:
            barrier.wait()
            services.correction_approve(correction_id=proposal.pk, approver=approver)
            outcomes.append("applied")
        except ReviewError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(a,)) for a in approvers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["applied", "refused"]
    assert VerdictRevision.objects.filter(verdict=verdict).count() == 1


class TestAdminPages:
    def form(self, verdict: Verdict, **values) -> dict:
        return {
            "rating": verdict.rating,
            "rationale": verdict.rationale,
            "evidence": "\n".join(verdict.evidence),
            "correction_note": "",
            "revisions-TOTAL_FORMS": 0,  # the read-only inline of earlier texts
            "revisions-INITIAL_FORMS": 0,
            **values,
        }

    def test_propose_then_a_second_editor_approves(
        self, client, published, reviewer, editor, reader
    ):
        page = reverse("admin:claims_verdict_change", args=[published.pk])
        step = reverse("admin:claims_verdict_step", args=[published.pk])
        client.force_login(reviewer)
        assert "correction_note" in client.get(page).text  # the reviewer may propose
        changed = self.form(published, rating="false", rationale=NEW_TEXT["rationale"])
        response = client.post(page, changed)
        assert response.status_code == 200
        assert "A correction needs a note" in response.text
        response = client.post(page, {**changed, "correction_note": "Survivors found."})
        assert response.status_code == 302
        said = client.get(response.url).text
        assert "Correction proposed" in said
        assert "changed successfully" not in said
        published.refresh_from_db()
        assert (published.status, published.rating) == ("published", "mostly_true")
        assert reader.get(f"/api/v1/verdicts/{published.pk}").json()["rating"] == "mostly_true"

        text = client.get(page).text
        assert "Correction awaiting approval" in text
        assert "Survivors found." in text
        assert 'value="approve_correction"' not in text
        assert 'value="withdraw_correction"' in text
        assert "an editor other than you approves it" in text
        proposal = VerdictCorrection.objects.get()
        # The reviewer cannot approve by posting the step either.
        response = client.post(
            step, {"step": "approve_correction", "correction": proposal.pk}, follow=True
        )
        assert "editors" in response.text
        proposal.refresh_from_db()
        assert proposal.status == "proposed"

        client.force_login(editor)
        listed = client.get(
            reverse("admin:claims_verdict_changelist"), {"awaiting": "my-approval"}
        ).text
        assert reverse("admin:claims_verdict_change", args=[published.pk]) in listed
        assert "awaiting approval" in listed
        text = client.get(page).text
        assert 'value="approve_correction"' in text
        assert 'name="correction_note"' not in text  # no second proposal while one is open
        response = client.post(
            step, {"step": "approve_correction", "correction": proposal.pk}, follow=True
        )
        assert "Correction approved" in response.text
        published.refresh_from_db()
        assert (published.status, published.rating) == ("corrected", "false")
        assert reader.get(f"/api/v1/verdicts/{published.pk}").json()["rating"] == "false"
        assert "verdict.correct" in response.text

    def test_the_proposer_is_not_offered_the_approval(
        self, client, published, editor, second_editor
    ):
        proposal = propose(published, editor)
        page = reverse("admin:claims_verdict_change", args=[published.pk])
        changelist = reverse("admin:claims_verdict_changelist")
        client.force_login(editor)
        text = client.get(page).text
        assert "You proposed this correction" in text
        assert 'value="approve_correction"' not in text
        assert page not in client.get(changelist, {"awaiting": "my-approval"}).text
        assert page in client.get(changelist, {"awaiting": "approval"}).text
        step = reverse("admin:claims_verdict_step", args=[published.pk])
        response = client.post(
            step, {"step": "approve_correction", "correction": proposal.pk}, follow=True
        )
        assert "second person" in response.text
        published.refresh_from_db()
        assert published.status == "published"

        client.force_login(second_editor)
        assert page in client.get(changelist, {"awaiting": "my-approval"}).text

    def test_reject_needs_a_reason_and_withdraw(self, client, published, reviewer, editor):
        proposal = propose(published, reviewer)
        step = reverse("admin:claims_verdict_step", args=[published.pk])
        client.force_login(editor)
        response = client.post(
            step, {"step": "reject_correction", "correction": proposal.pk}, follow=True
        )
        assert "needs a reason" in response.text
        client.post(
            step,
            {"step": "reject_correction", "correction": proposal.pk, "note": "Not supported."},
        )
        proposal.refresh_from_db()
        assert (proposal.status, proposal.reason) == ("rejected", "Not supported.")
        page = client.get(reverse("admin:claims_verdict_change", args=[published.pk])).text
        assert "Not supported." in page

        again = propose(published, reviewer, note="Second try.")
        client.force_login(reviewer)
        client.post(step, {"step": "withdraw_correction", "correction": again.pk})
        again.refresh_from_db()
        assert again.status == "withdrawn"
        published.refresh_from_db()
        assert published.status == "published"


def test_the_since_yesterday_page_lists_corrections_awaiting_my_approval(
    client, published, reviewer, editor, second_editor
):
    propose(published, editor, note="Two survivors were found.")
    url = reverse("admin:factcheck_finding_since")
    client.force_login(second_editor)
    text = client.get(url).text
    assert "Corrections awaiting my approval (1)" in text
    assert "Two survivors were found." in text
    assert "Mostly true → False" in text
    client.force_login(editor)  # the proposer
    assert "Corrections awaiting my approval (0)" in client.get(url).text
    client.force_login(reviewer)  # cannot approve: not shown
    response = client.get(url)
    assert response.status_code == 200
    assert "Verdicts awaiting my review" in response.text
    assert "Corrections awaiting my approval" not in response.text
