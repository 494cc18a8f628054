"""Smaller things that stood in the way: links an editor cannot follow, descriptions in
code, mixed-case labels, the audit filter listing Django's own tables."""

from __future__ import annotations

from django.urls import reverse

from claims.models import AuditEntry
from factcheck.review import services
from tests.api.factories import VerdictFactory

RULES = reverse("admin:factcheck_ruleconfig_changelist")


def test_an_editor_sees_no_configure_link_that_would_answer_403(client, editor, desk_admin):
    client.force_login(editor)
    page = client.get(RULES).text
    assert "?rule=casualty_revision" not in page
    assert client.get(reverse("admin:factcheck_ruleconfig_add")).status_code == 403
    client.force_login(desk_admin)
    assert "?rule=casualty_revision" in client.get(RULES).text


def test_rule_descriptions_and_defaults_read_as_prose(client, desk_admin):
    client.force_login(desk_admin)
    page = client.get(RULES).text
    assert "`" not in page.split('id="rules-overview"')[1].split("</table>")[0]
    assert "<code>window_hours</code>" in page
    assert "window hours: <b>48</b>" in page
    assert "ignore lagging: <b>yes</b>" in page
    assert "{&#x27;" not in page  # no Python dict


def test_rating_and_status_labels_start_with_a_capital(client, editor, claim):
    VerdictFactory(claim=claim, rating="mostly_true", status="in_review", reviewer=None)
    client.force_login(editor)
    page = client.get(reverse("admin:claims_verdict_changelist")).text
    assert '<td class="field-rating_label">Mostly true</td>' in page
    assert '<td class="field-status_label">In review</td>' in page


def test_the_audit_filter_lists_the_desks_records_only(client, desk_admin, reviewer, finding):
    services.finding_assign(finding_id=finding.pk, assignee=reviewer, actor=reviewer)
    client.force_login(desk_admin)
    page = client.get(reverse("admin:claims_auditentry_changelist")).text
    assert "Finding" in page
    assert "Session" not in page
    assert "Permission" not in page
    entry = AuditEntry.objects.get()
    filtered = client.get(
        reverse("admin:claims_auditentry_changelist"), {"content_type": entry.content_type_id}
    )
    assert "finding.assign" in filtered.text
