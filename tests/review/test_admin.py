"""The admin pages of the review workflow, through the test client."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from claims.models import AuditEntry, Claim, Verdict
from factcheck.models import Finding, RuleConfig, Severity
from factcheck.review import services
from tests.api.factories import CauseClaimFactory, FindingFactory, VerdictFactory
from tests.factories import ClaimFactory, SourceFactory
from tests.review.conftest import findings_for, make_user

QUEUE = reverse("admin:factcheck_finding_changelist")


def finding_ids_on_page(response) -> list[int]:
    return [int(i) for i in re.findall(r'name="_selected_action" value="(\d+)"', response.text)]


class TestQueue:
    def test_open_first_then_severity_then_recency(self, client, reviewer, event):
        note, critical, warning, older_critical = (
            FindingFactory(event=event, severity=s)
            for s in ("note", "critical", "warning", "critical")
        )
        dismissed = FindingFactory(event=event, severity="critical", status="dismissed")
        acknowledged = FindingFactory(event=event, severity="critical", status="acknowledged")
        Finding.objects.filter(pk=older_critical.pk).update(
            created_at=critical.created_at.replace(year=2020)
        )
        client.force_login(reviewer)
        response = client.get(QUEUE)
        assert response.status_code == 200
        assert finding_ids_on_page(response) == [
            critical.pk,
            older_critical.pk,
            warning.pk,
            note.pk,
            acknowledged.pk,
            dismissed.pk,
        ]

    def test_one_line_a_finding_with_its_sides_and_age(self, client, reviewer, finding, claim):
        other = ClaimFactory(document=claim.document, claimant=SourceFactory(name="IRGC"))
        finding.claims.add(other)
        client.force_login(reviewer)
        response = client.get(QUEUE)
        row = re.search(
            rf'<tr>.*?value="{finding.pk}".*?</tr>', response.text, flags=re.DOTALL
        ).group(0)
        assert f'title="{finding.message}"' in row  # the one-line summary, whole in its tooltip
        assert re.search(r'class="field-sides">2<', row)
        assert re.search(r'class="field-age"><span title="[\d-]+ [\d:]+">\d+ min</span>', row)
        assert "Casualty revision" in row
        # One row a finding: the claims are on the finding's page, not in the queue.
        assert "<ul" not in row

    @pytest.mark.parametrize(
        "query",
        ["status__exact=open", "severity__exact=warning", "rule=casualty_revision", "assignee=me"],
    )
    def test_filters(self, client, reviewer, event, query):
        wanted = FindingFactory(event=event, rule="casualty_revision", assignee=reviewer)
        FindingFactory(event=event, rule="cause_contradiction", status="resolved", severity="note")
        client.force_login(reviewer)
        response = client.get(f"{QUEUE}?{query}")
        assert response.status_code == 200
        assert finding_ids_on_page(response) == [wanted.pk]

    def test_filter_by_claimant_and_event(self, client, reviewer, event, finding, claim):
        other = findings_for(event, 2)
        client.force_login(reviewer)
        response = client.get(f"{QUEUE}?claimant={claim.claimant_id}")
        assert finding_ids_on_page(response) == [finding.pk]
        response = client.get(f"{QUEUE}?event__id__exact={event.pk}")
        assert sorted(finding_ids_on_page(response)) == sorted([finding.pk, *(f.pk for f in other)])

    def test_assign_to_me_in_bulk(self, client, reviewer, event):
        findings = findings_for(event, 3)
        client.force_login(reviewer)
        response = client.post(
            QUEUE,
            {"action": "assign_to_me", "_selected_action": [f.pk for f in findings[:2]]},
            follow=True,
        )
        assert "2 findings assigned to you" in response.text
        assert Finding.objects.filter(assignee=reviewer).count() == 2
        assert AuditEntry.objects.filter(action="finding.assign", actor=reviewer).count() == 2

    def test_acknowledge_and_resolve_in_bulk(self, client, reviewer, event):
        findings = findings_for(event, 3)
        ids = [f.pk for f in findings]
        client.force_login(reviewer)
        client.post(QUEUE, {"action": "acknowledge", "_selected_action": ids[:2]})
        client.post(QUEUE, {"action": "resolve", "_selected_action": ids})
        statuses = dict(Finding.objects.values_list("pk", "status"))
        assert [statuses[i] for i in ids] == ["resolved"] * 3
        assert AuditEntry.objects.filter(action="finding.acknowledge").count() == 2

    def test_dismiss_in_bulk_asks_for_a_reason(self, client, reviewer, event):
        findings = findings_for(event, 2)
        ids = [f.pk for f in findings]
        client.force_login(reviewer)
        response = client.post(QUEUE, {"action": "dismiss", "_selected_action": ids})
        assert response.status_code == 200
        assert "Dismiss 2 findings" in response.text
        # Without a reason: the form again, nothing dismissed.
        response = client.post(
            QUEUE, {"action": "dismiss", "_selected_action": ids, "apply": "1", "reason": ""}
        )
        assert "This field is required" in response.text
        assert not Finding.objects.filter(status="dismissed").exists()
        response = client.post(
            QUEUE,
            {"action": "dismiss", "_selected_action": ids, "apply": "1", "reason": "Duplicates."},
            follow=True,
        )
        assert "2 findings dismissed" in response.text
        assert set(Finding.objects.values_list("status_reason", flat=True)) == {"Duplicates."}

    def test_one_by_one_from_the_finding_page(self, client, reviewer, finding, claim):
        client.force_login(reviewer)
        page = reverse("admin:factcheck_finding_change", args=[finding.pk])
        review = reverse("admin:factcheck_finding_review", args=[finding.pk])
        response = client.get(page)
        assert response.status_code == 200
        assert "Assign to me" in response.text
        assert reverse("admin:claims_claim_change", args=[claim.pk]) in response.text
        client.post(review, {"step": "assign_me"})
        client.post(review, {"step": "acknowledge"})
        response = client.post(review, {"step": "dismiss", "reason": ""}, follow=True)
        assert "needs a reason" in response.text
        client.post(review, {"step": "dismiss", "reason": "Not a revision."})
        finding.refresh_from_db()
        assert (finding.assignee, finding.status) == (reviewer, "dismissed")
        response = client.get(page)
        assert "Not a revision." in response.text  # status history
        assert "finding.dismiss" in response.text  # audit trail

    def test_a_person_without_change_permission_cannot_act(self, client, finding, db):
        from django.contrib.auth import get_user_model

        viewer = get_user_model().objects.create_user("vic", password="x" * 20, is_staff=True)
        client.force_login(viewer)
        response = client.post(
            reverse("admin:factcheck_finding_review", args=[finding.pk]), {"step": "assign_me"}
        )
        assert response.status_code == 403


class TestClaimPage:
    def test_the_span_is_highlighted_in_the_document(self, client, reviewer, claim):
        client.force_login(reviewer)
        response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
        assert response.status_code == 200
        assert '<mark id="claim-span">four of the six crew members were killed</mark>' in (
            response.text
        )
        assert "The IRGC said the aircraft was struck by a missile." in response.text

    def test_a_correction_is_recorded_and_the_event_re_evaluated(
        self, client, reviewer, claim, django_capture_on_commit_callbacks
    ):
        from factcheck.models import RuleRun

        client.force_login(reviewer)
        url = reverse("admin:claims_claim_change", args=[claim.pk])
        form = {
            "document": claim.document_id,
            "event": claim.event_id,
            "claimant": claim.claimant_id,
            "attribution": claim.attribution,
            "kind": claim.kind,
            "span_in": claim.span_in,
            "span_start": claim.span_start,
            "span_end": claim.span_end,
            "text": claim.text,
            "stated_at_0": "2026-03-13",
            "stated_at_1": "09:00:00",
            "category": "killed",
            "group": "crew",
            "count_min": 6,
            "count_max": 6,
            "count_total": 6,
            "qualifier": "all",
            "scope": "incident",
            "cause": "",
            "polarity": "",
            "agent": "",
            "correction_note": "All six, per the later statement.",
        }
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, form)
        assert response.status_code == 302, response.text[-3000:]
        claim.refresh_from_db()
        assert (claim.count_min, claim.qualifier) == (6, "all")
        entry = AuditEntry.objects.get(action="claim.correct")
        assert entry.actor == reviewer
        assert set(entry.changes) == {"count_min", "count_max", "qualifier"}
        assert RuleRun.objects.filter(event_id=claim.event_id).exists()
        assert "claim.correct" in client.get(url).text


class TestVerdictPages:
    def test_write_submit_and_publish(self, client, reviewer, editor, claim):
        client.force_login(reviewer)
        response = client.post(
            reverse("admin:claims_verdict_add"),
            {
                "claim": claim.pk,
                "rating": "mostly_true",
                "rationale": "Four confirmed at the time.",
                "evidence": "https://a.example.org/1\nhttps://b.example.org/2",
            },
        )
        assert response.status_code == 302
        verdict = Verdict.objects.get()
        assert (verdict.author, verdict.status) == (reviewer, "draft")
        assert verdict.evidence == ["https://a.example.org/1", "https://b.example.org/2"]
        step = reverse("admin:claims_verdict_step", args=[verdict.pk])
        page = reverse("admin:claims_verdict_change", args=[verdict.pk])
        client.post(step, {"step": "submit"})
        # The reviewer sees why they cannot publish, and cannot.
        assert "a second person publishes it" in client.get(page).text
        response = client.post(step, {"step": "publish"}, follow=True)
        assert "editors" in response.text
        verdict.refresh_from_db()
        assert verdict.status == "in_review"

        client.force_login(editor)
        assert 'value="publish"' in client.get(page).text
        client.post(step, {"step": "publish"})
        verdict.refresh_from_db()
        assert (verdict.status, verdict.reviewer) == ("published", editor)
        text = client.get(page).text
        for action in ("verdict.create", "verdict.submit", "verdict.publish"):
            assert action in text
        assert "rita" in text
        assert "edith" in text

    def test_a_correction_from_the_page_keeps_the_earlier_text(
        self, client, reviewer, editor, claim
    ):
        verdict = VerdictFactory(claim=claim, author=reviewer, reviewer=editor)
        client.force_login(editor)
        url = reverse("admin:claims_verdict_change", args=[verdict.pk])
        form = {
            "rating": "true",
            "rationale": "All six confirmed.",
            "evidence": "https://evidence.example.org/1",
            "correction_note": "",
            "revisions-TOTAL_FORMS": 0,
            "revisions-INITIAL_FORMS": 0,
        }
        response = client.post(url, form)
        assert response.status_code == 200
        assert "A correction needs a note" in response.text
        response = client.post(url, {**form, "correction_note": "Confirmed later."})
        assert response.status_code == 302
        verdict.refresh_from_db()
        assert (verdict.status, verdict.rating) == ("published", "false")  # only proposed
        proposal = verdict.corrections.get()
        services.correction_approve(correction_id=proposal.pk, approver=make_user("otto", "Editor"))
        verdict.refresh_from_db()
        assert (verdict.status, verdict.rating) == ("corrected", "true")
        text = client.get(url).text
        assert "No evidence of a strike" in text.replace("no evidence", "No evidence")
        assert "Confirmed later." in text

    def test_retract(self, client, reviewer, editor, claim):
        verdict = VerdictFactory(claim=claim, author=reviewer, reviewer=editor)
        client.force_login(editor)
        client.post(
            reverse("admin:claims_verdict_step", args=[verdict.pk]),
            {"step": "retract", "note": "Misattributed."},
        )
        verdict.refresh_from_db()
        assert verdict.status == "retracted"
        assert (
            "Misattributed."
            in client.get(reverse("admin:claims_verdict_change", args=[verdict.pk])).text
        )


class TestEventPage:
    def test_timeline_causes_and_open_findings(self, client, reviewer, event, claim, finding):
        later = ClaimFactory(
            document=claim.document,
            claimant=claim.claimant,
            stated_at=claim.stated_at.replace(hour=18),
            count_min=6,
            count_max=6,
        )
        irgc = SourceFactory(name="IRGC", side="Iran")
        CauseClaimFactory(
            document=claim.document,
            claimant=irgc,
            polarity=Claim.Polarity.AFFIRMED,
            agent="Resistance Front",
        )
        CauseClaimFactory(document=claim.document, claimant=claim.claimant)
        client.force_login(reviewer)
        response = client.get(reverse("admin:claims_event_change", args=[event.pk]))
        assert response.status_code == 200
        text = response.text
        assert "<svg" in text
        assert f'data-claim="{later.pk}"' in text
        assert f'data-claim="{claim.pk}"' in text
        assert "<polyline" in text
        assert "Iran" in text
        assert "Resistance Front" in text
        assert "<b>denies</b>" in text
        assert finding.message in text


class TestRules:
    def test_every_rule_with_its_description(self, client, desk_admin):
        client.force_login(desk_admin)
        response = client.get(reverse("admin:factcheck_ruleconfig_changelist"))
        assert response.status_code == 200
        assert "casualty_revision" in response.text
        assert "One claimant&#x27;s count" in response.text or "One claimant's count" in (
            response.text
        )
        assert "?rule=casualty_revision" in response.text

    def test_saved_through_rule_config_save(
        self, client, desk_admin, django_capture_on_commit_callbacks, monkeypatch
    ):
        fanned_out = []
        monkeypatch.setattr(
            "factcheck.tasks.evaluate_all_events.delay", lambda: fanned_out.append(1)
        )
        client.force_login(desk_admin)
        url = reverse("admin:factcheck_ruleconfig_add")
        response = client.post(
            url,
            {
                "rule": "casualty_revision",
                "enabled": "",
                "severity": "warning",
                "params": '{"x": 1}',
            },
        )
        assert "has no parameter x" in response.text
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                url,
                {
                    "rule": "casualty_revision",
                    "severity": "warning",
                    "params": '{"approx_tolerance": 0.2}',
                },
            )
        assert response.status_code == 302
        config = RuleConfig.objects.get()
        assert (config.enabled, config.severity) == (False, Severity.WARNING)
        assert fanned_out == [1]
        assert AuditEntry.objects.filter(action="rule_config.save", actor=desk_admin).exists()
        response = client.get(reverse("admin:factcheck_ruleconfig_change", args=[config.pk]))
        assert "Default severity" in response.text


class TestAuditTrailPage:
    def test_lists_changes_by_people(self, client, desk_admin, reviewer, finding):
        services.finding_assign(finding_id=finding.pk, assignee=reviewer, actor=reviewer)
        client.force_login(desk_admin)
        response = client.get(reverse("admin:claims_auditentry_changelist"))
        assert response.status_code == 200
        assert "finding.assign" in response.text
        assert reverse("admin:factcheck_finding_change", args=[finding.pk]) in response.text


class TestClaimAddAndSpan:
    def test_a_claim_entered_by_hand(self, client, reviewer, document, event):
        source = SourceFactory(name="IRGC", side="Iran")
        start = document.text.index("struck by a missile")
        form = {
            "document": document.pk,
            "event": event.pk,
            "claimant": source.pk,
            "attribution": "reported",
            "kind": "cause",
            "span_in": "text",
            "span_start": start,
            "span_end": start + len("struck by a missile"),
            "text": "",
            "cause": "hostile_fire",
            "polarity": "affirmed",
            "agent": "",
            "correction_note": "Missed by the extractor.",
        }
        client.force_login(reviewer)
        response = client.post(reverse("admin:claims_claim_add"), {**form, "span_end": 10_000})
        assert "The span must lie inside" in response.text
        response = client.post(reverse("admin:claims_claim_add"), form)
        assert response.status_code == 302, response.context["adminform"].form.errors
        claim = Claim.objects.get(claimant=source)
        assert (claim.extracted, claim.text) == (False, "struck by a missile")
        assert AuditEntry.objects.get(action="claim.add").note == "Missed by the extractor."

    def test_a_span_past_the_document_is_refused_by_the_service(self, claim, reviewer):
        with pytest.raises(services.ReviewError):
            services.claim_correct(claim_id=claim.pk, actor=reviewer, values={"span_end": 100_000})
        assert not AuditEntry.objects.exists()
