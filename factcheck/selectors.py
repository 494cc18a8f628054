"""Reads of findings shared by the commands, the admin and the API."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from claims.models import Claim
from factcheck.models import Finding


def finding_list(*, status: str | None = None, event_key: str | None = None) -> QuerySet[Finding]:
    findings = (
        Finding.objects.select_related("event", "assignee")
        .prefetch_related(
            Prefetch("claims", queryset=Claim.objects.select_related("claimant").order_by("id"))
        )
        .order_by("event_id", "rule", "id")
    )
    if status:
        findings = findings.filter(status=status)
    if event_key:
        findings = findings.filter(event__key=event_key)
    return findings
