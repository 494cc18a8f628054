"""The review services: what each writes (status, history, audit row), what it refuses."""

from __future__ import annotations

import pytest
from django.db import IntegrityError

from claims.models import AuditEntry, Claim, Verdict, VerdictRevision
from factcheck.models import Finding, FindingChange, RuleConfig
from factcheck.review import services
from factcheck.review.services import ReviewError
from tests.factories import EventFactory


def audit_actions(obj) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_id=obj.pk, content_type__model=obj._meta.model_name)
        .order_by("at", "id")
        .values_list("action", flat=True)
    )


class TestFindings:
    def test_assign_writes_the_assignee_and_an_audit_row(self, finding, reviewer):
        assert services.finding_assign(finding_id=finding.pk, assignee=reviewer, actor=reviewer)
        finding.refresh_from_db()
        assert finding.assignee == reviewer
        entry = AuditEntry.objects.get(action="finding.assign")
        assert entry.actor == reviewer
        assert entry.changes["assignee"][1]["id"] == reviewer.pk
        # Twice: nothing more.
        assert not services.finding_assign(finding_id=finding.pk, assignee=reviewer, actor=reviewer)
        assert AuditEntry.objects.count() == 1

    def test_acknowledge_records_the_status_change_and_takes_the_finding(self, finding, reviewer):
        assert services.finding_acknowledge(finding_id=finding.pk, actor=reviewer)
        finding.refresh_from_db()
        assert finding.status == Finding.Status.ACKNOWLEDGED
        assert finding.assignee == reviewer
        change = FindingChange.objects.get(finding=finding, actor=reviewer)
        assert (change.from_status, change.to_status) == ("open", "acknowledged")
        assert audit_actions(finding) == ["finding.acknowledge"]
        assert not services.finding_acknowledge(finding_id=finding.pk, actor=reviewer)

    def test_dismiss_needs_a_reason(self, finding, reviewer):
        with pytest.raises(ReviewError, match="reason"):
            services.finding_dismiss(finding_id=finding.pk, actor=reviewer, reason="  ")
        finding.refresh_from_db()
        assert finding.status == Finding.Status.OPEN
        assert not FindingChange.objects.filter(actor=reviewer).exists()
        assert not AuditEntry.objects.exists()

    def test_dismiss_keeps_the_reason_in_the_history(self, finding, reviewer):
        assert services.finding_dismiss(
            finding_id=finding.pk, actor=reviewer, reason="Same count, reworded."
        )
        finding.refresh_from_db()
        assert (finding.status, finding.status_reason) == ("dismissed", "Same count, reworded.")
        change = FindingChange.objects.get(finding=finding, actor=reviewer)
        assert change.reason == "Same count, reworded."
        assert AuditEntry.objects.get(action="finding.dismiss").note == "Same count, reworded."
        # A dismissed finding is not resolved by a person.
        assert not services.finding_resolve(finding_id=finding.pk, actor=reviewer)

    def test_resolve(self, finding, reviewer):
        services.finding_acknowledge(finding_id=finding.pk, actor=reviewer)
        assert services.finding_resolve(finding_id=finding.pk, actor=reviewer, reason="Verdict")
        assert list(
            FindingChange.objects.filter(finding=finding, actor=reviewer).values_list(
                "to_status", flat=True
            )
        ) == ["acknowledged", "resolved"]
        assert audit_actions(finding) == ["finding.acknowledge", "finding.resolve"]

    def test_a_concurrent_change_wins_and_the_service_says_so(self, finding, reviewer):
        # The engine (or another reviewer) resolved it after we read it.
        Finding.objects.filter(pk=finding.pk).update(status=Finding.Status.RESOLVED)
        assert not services.finding_dismiss(finding_id=finding.pk, actor=reviewer, reason="x")
        assert not AuditEntry.objects.exists()


class TestVerdicts:
    def make(self, claim, author) -> Verdict:
        return services.verdict_create(
            claim=claim,
            author=author,
            rating=Verdict.Rating.MOSTLY_TRUE,
            rationale="Four of six confirmed; the other two were later confirmed too.",
            evidence=["https://evidence.example.org/statement"],
        )

    def test_draft_review_publish_by_a_second_person(self, claim, reviewer, editor):
        verdict = self.make(claim, reviewer)
        assert verdict.status == Verdict.Status.DRAFT
        verdict = services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
        assert verdict.status == Verdict.Status.IN_REVIEW
        verdict = services.verdict_publish(verdict_id=verdict.pk, publisher=editor)
        assert verdict.status == Verdict.Status.PUBLISHED
        assert verdict.reviewer == editor
        assert verdict.published_at is not None
        assert audit_actions(verdict) == ["verdict.create", "verdict.submit", "verdict.publish"]
        actors = AuditEntry.objects.filter(object_id=verdict.pk).values_list(
            "actor__username", flat=True
        )
        assert set(actors) == {reviewer.username, editor.username}

    def test_a_reviewer_cannot_publish(self, claim, reviewer, other_reviewer):
        verdict = self.make(claim, reviewer)
        services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
        with pytest.raises(ReviewError, match="editors"):
            services.verdict_publish(verdict_id=verdict.pk, publisher=other_reviewer)
        verdict.refresh_from_db()
        assert verdict.status == Verdict.Status.IN_REVIEW

    def test_the_author_cannot_publish_their_own(self, claim, editor):
        verdict = self.make(claim, editor)
        services.verdict_submit(verdict_id=verdict.pk, actor=editor)
        with pytest.raises(ReviewError, match="second person"):
            services.verdict_publish(verdict_id=verdict.pk, publisher=editor)

    def test_the_database_refuses_it_too(self, claim, editor):
        verdict = self.make(claim, editor)
        with pytest.raises(IntegrityError):
            Verdict.objects.filter(pk=verdict.pk).update(reviewer=editor)

    def test_a_draft_is_not_published(self, claim, reviewer, editor):
        verdict = self.make(claim, reviewer)
        with pytest.raises(ReviewError, match="in review"):
            services.verdict_publish(verdict_id=verdict.pk, publisher=editor)

    def test_sent_back_with_a_note(self, claim, reviewer, editor):
        verdict = self.make(claim, reviewer)
        services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
        with pytest.raises(ReviewError):
            services.verdict_return(verdict_id=verdict.pk, actor=editor, note="")
        verdict = services.verdict_return(verdict_id=verdict.pk, actor=editor, note="Source?")
        assert verdict.status == Verdict.Status.DRAFT

    def test_edit_of_a_draft_is_audited(self, claim, reviewer):
        verdict = self.make(claim, reviewer)
        services.verdict_update(
            verdict_id=verdict.pk,
            actor=reviewer,
            rating=Verdict.Rating.TRUE,
            rationale=verdict.rationale,
            evidence=verdict.evidence,
        )
        entry = AuditEntry.objects.get(action="verdict.edit")
        assert entry.changes == {"rating": ["mostly_true", "true"]}

    def test_bad_evidence_and_empty_rationale_are_refused(self, claim, reviewer):
        with pytest.raises(ReviewError, match="link"):
            services.verdict_create(
                claim=claim, author=reviewer, rating="true", rationale="x", evidence=["nope"]
            )
        with pytest.raises(ReviewError, match="rationale"):
            services.verdict_create(claim=claim, author=reviewer, rating="true", rationale=" ")
        assert not Verdict.objects.exists()

    def published(self, claim, reviewer, editor) -> Verdict:
        verdict = self.make(claim, reviewer)
        services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
        return services.verdict_publish(verdict_id=verdict.pk, publisher=editor)

    def test_a_correction_keeps_the_earlier_text(self, claim, reviewer, editor):
        verdict = self.published(claim, reviewer, editor)
        earlier = verdict.rationale
        proposal = services.correction_propose(
            verdict_id=verdict.pk,
            actor=reviewer,
            rating=Verdict.Rating.TRUE,
            rationale="All six were confirmed dead.",
            evidence=verdict.evidence,
            note="The toll was confirmed.",
        )
        verdict = services.correction_approve(correction_id=proposal.pk, approver=editor)
        assert (verdict.status, verdict.rating) == ("corrected", "true")
        revision = VerdictRevision.objects.get(verdict=verdict)
        assert (revision.change, revision.rationale, revision.rating) == (
            "correction",
            earlier,
            "mostly_true",
        )
        assert revision.changed_by == editor
        assert audit_actions(verdict)[-2:] == ["verdict.correction_propose", "verdict.correct"]

    def test_a_correction_needs_a_note_and_an_editor_to_approve(self, claim, reviewer, editor):
        verdict = self.published(claim, reviewer, editor)
        kwargs = {"rating": "true", "rationale": "Changed.", "evidence": []}
        with pytest.raises(ReviewError, match="note"):
            services.correction_propose(verdict_id=verdict.pk, actor=editor, note="", **kwargs)
        proposal = services.correction_propose(
            verdict_id=verdict.pk, actor=editor, note="x", **kwargs
        )
        with pytest.raises(ReviewError, match="editors"):
            services.correction_approve(correction_id=proposal.pk, approver=reviewer)
        assert not VerdictRevision.objects.exists()

    def test_a_retraction_keeps_the_text_and_the_reason(self, claim, reviewer, editor):
        verdict = self.published(claim, reviewer, editor)
        with pytest.raises(ReviewError, match="reason"):
            services.verdict_retract(verdict_id=verdict.pk, actor=editor, reason="")
        verdict = services.verdict_retract(
            verdict_id=verdict.pk, actor=editor, reason="The claim was misattributed."
        )
        assert verdict.status == Verdict.Status.RETRACTED
        revision = VerdictRevision.objects.get(verdict=verdict)
        assert revision.change == "retraction"
        assert revision.status == "published"
        assert revision.note == "The claim was misattributed."
        with pytest.raises(ReviewError):
            services.verdict_retract(verdict_id=verdict.pk, actor=editor, reason="again")


class TestClaims:
    def test_a_correction_is_recorded_and_the_event_re_evaluated_on_commit(
        self, claim, reviewer, django_capture_on_commit_callbacks, monkeypatch
    ):
        evaluated = []
        monkeypatch.setattr(
            "factcheck.tasks.evaluate_event.delay", lambda event_id: evaluated.append(event_id)
        )
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            services.claim_correct(
                claim_id=claim.pk,
                actor=reviewer,
                values={"count_min": 6, "count_max": 6, "qualifier": Claim.Qualifier.ALL},
                note="The text says all six.",
            )
        assert evaluated == []  # not before the commit
        assert len(callbacks) == 1
        callbacks[0]()
        assert evaluated == [claim.event_id]
        claim.refresh_from_db()
        assert (claim.count_min, claim.count_max, claim.qualifier) == (6, 6, "all")
        assert claim.corrected_at is not None
        entry = AuditEntry.objects.get(action="claim.correct")
        assert entry.changes["count_min"] == [4, 6]
        assert entry.note == "The text says all six."

    def test_the_re_evaluation_runs(self, claim, reviewer, django_capture_on_commit_callbacks):
        from factcheck.models import RuleRun

        with django_capture_on_commit_callbacks(execute=True):
            services.claim_correct(claim_id=claim.pk, actor=reviewer, values={"count_min": 3})
        assert RuleRun.objects.filter(event_id=claim.event_id).exists()

    def test_a_correction_the_record_refuses(self, claim, reviewer):
        with pytest.raises(ReviewError):
            services.claim_correct(
                claim_id=claim.pk, actor=reviewer, values={"count_min": 9, "count_max": 2}
            )
        with pytest.raises(ReviewError, match="cannot be corrected"):
            services.claim_correct(claim_id=claim.pk, actor=reviewer, values={"fingerprint": "x"})
        claim.refresh_from_db()
        assert claim.corrected_at is None
        assert not AuditEntry.objects.exists()

    def test_nothing_changed_nothing_written(self, claim, reviewer):
        services.claim_correct(claim_id=claim.pk, actor=reviewer, values={"count_min": 4})
        assert not AuditEntry.objects.exists()

    def test_moving_a_claim_re_evaluates_both_events(
        self, claim, reviewer, django_capture_on_commit_callbacks, monkeypatch
    ):
        other = EventFactory()
        evaluated = []
        monkeypatch.setattr(
            "factcheck.tasks.evaluate_event.delay", lambda event_id: evaluated.append(event_id)
        )
        with django_capture_on_commit_callbacks(execute=True):
            services.claim_correct(claim_id=claim.pk, actor=reviewer, values={"event": other})
        assert sorted(evaluated) == sorted([claim.event_id, other.pk])


class TestRuleConfig:
    def test_saved_through_the_engine_with_an_audit_row(
        self, desk_admin, django_capture_on_commit_callbacks, monkeypatch
    ):
        fanned_out = []
        monkeypatch.setattr(
            "factcheck.tasks.evaluate_all_events.delay", lambda: fanned_out.append(1)
        )
        config = RuleConfig(rule="casualty_revision", enabled=False, params={}, severity="")
        with django_capture_on_commit_callbacks(execute=True):
            services.rule_config_update(config=config, actor=desk_admin)
        assert fanned_out == [1]
        entry = AuditEntry.objects.get(action="rule_config.save")
        assert entry.changes["enabled"] == [None, False]
