"""CSV exports of claims and findings for the desk: one row a record, the columns a reader
of a spreadsheet needs, written as it is read (no whole table in memory)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet

from claims.models import CLAIM_VALUE_FIELDS, Claim
from factcheck.models import Finding

CLAIM_COLUMNS = (
    "id",
    "event",
    "claimant",
    "attribution",
    "kind",
    *CLAIM_VALUE_FIELDS,
    "stated_at",
    "text",
    "document_id",
    "document_title",
    "document_url",
    "publisher",
    "published_at",
)
FINDING_COLUMNS = (
    "id",
    "severity",
    "status",
    "rule",
    "event",
    "message",
    "claim_ids",
    "claimants",
    "assignee",
    "created_at",
    "updated_at",
)


class _Echo:
    def write(self, value: str) -> str:
        return value


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def csv_lines(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    """CSV text, line by line: the header, then each row."""
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow(["" if v is None else _iso(v) for v in row])


def claim_rows(claims: QuerySet[Claim]) -> Iterator[list[Any]]:
    """The rows of CLAIM_COLUMNS for these claims, read in chunks with their claimant,
    event, document and publisher (two queries a chunk of 2,000)."""
    queryset = (
        claims.select_related("claimant", "event", "document__publisher")
        .defer("document__text", "claimant__aliases", "event__description")
        .order_by("pk")
    )
    for claim in queryset.iterator(chunk_size=2000):
        document = claim.document
        yield [
            claim.pk,
            claim.event.key if claim.event else "",
            claim.claimant.name,
            claim.attribution,
            claim.kind,
            *(getattr(claim, name) for name in CLAIM_VALUE_FIELDS),
            claim.stated_at,
            claim.text,
            document.pk,
            document.title,
            document.url,
            document.publisher.name if document.publisher else "",
            document.published_at,
        ]


def finding_rows(findings: QuerySet[Finding]) -> Iterator[list[Any]]:
    """The rows of FINDING_COLUMNS for these findings, with their claims' ids and claimants."""
    from django.db.models import Prefetch

    queryset = (
        findings.select_related("event", "assignee")
        .defer("evidence", "event__description")
        .prefetch_related(
            Prefetch(
                "claims",
                queryset=Claim.objects.select_related("claimant")
                .only("id", "claimant__name")
                .order_by("id"),
            )
        )
        .order_by("pk")
    )
    for finding in queryset.iterator(chunk_size=2000):
        claims = list(finding.claims.all())
        yield [
            finding.pk,
            finding.severity,
            finding.status,
            finding.rule,
            finding.event.key,
            finding.message,
            " ".join(str(c.pk) for c in claims),
            "; ".join(sorted({c.claimant.name for c in claims})),
            finding.assignee.get_username() if finding.assignee else "",
            finding.created_at,
            finding.updated_at,
        ]
