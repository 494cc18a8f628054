"""The stable shapes of claims and findings that `manage.py claims` and `findings` print.

Scripts depend on these keys: add keys, never rename or remove them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from claims.models import Claim
from factcheck.models import Finding


def claim_as_dict(claim: Claim) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": claim.pk,
        "document_url": claim.document.url,
        "claimant": claim.claimant.name,
        "relayed_by": claim.relayed_by.name if claim.relayed_by_id else None,
        "attribution": claim.attribution,
        "kind": claim.kind,
        "text": claim.text,
        "stated_at": claim.stated_at.isoformat() if claim.stated_at else None,
        # the order the document tells it in: -1 earlier ("at the time"), 1 later ("has
        # since"), 0 no cue; the listing sorts by stated_at, then by this
        "narrative": claim.narrative,
        "event": claim.event.key if claim.event else None,
    }
    if claim.kind == Claim.Kind.CASUALTY:
        data["casualty"] = {
            "category": claim.category,
            "group": claim.group,
            "min": claim.count_min,
            "max": claim.count_max,
            "qualifier": claim.qualifier,
            "scope": claim.scope,
        }
    else:
        data["cause"] = {
            "category": claim.cause,
            "polarity": claim.polarity,
            "agent": claim.agent or None,
            "hedge": claim.hedge or None,
        }
    return data


def finding_as_dict(finding: Finding) -> dict[str, Any]:
    claims = list(finding.claims.all())
    return {
        "id": finding.pk,
        "rule": finding.rule,
        "severity": finding.severity,
        "event": finding.event.key,
        "status": finding.status,
        "message": finding.message,
        "claims": [claim.pk for claim in claims],
        "claimants": sorted({claim.claimant.name for claim in claims}),
    }


def claim_value(claim: Claim) -> str:
    if claim.kind == Claim.Kind.CASUALTY:
        return f"{claim.category} {claim.group} {claim.interval_label} ({claim.qualifier})"
    agent = f" by {claim.agent}" if claim.agent else ""
    return f"{claim.cause} {claim.polarity}{agent}"


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str], widths: Sequence[int]) -> str:
    """A plain fixed-width table; cells longer than their column are cut with an ellipsis."""

    def cell(value: Any, width: int) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = ["  ".join(cell(h, w).ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(cell(v, w).ljust(w) for v, w in zip(row, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines)


def claims_table(claims: Iterable[Claim]) -> str:
    rows = (
        (
            c.pk,
            c.stated_at.strftime("%d %b %H:%M") if c.stated_at else "?",
            c.claimant.name,
            c.attribution,
            claim_value(c),
            c.text,
        )
        for c in claims
    )
    return table(
        rows, ("id", "stated", "claimant", "attrib.", "value", "text"), (5, 12, 30, 8, 34, 60)
    )


def findings_table(findings: Iterable[Finding]) -> str:
    rows = ((f.pk, f.severity, f.status, f.rule, f.message) for f in findings)
    return table(rows, ("id", "severity", "status", "rule", "message"), (5, 8, 12, 24, 100))
