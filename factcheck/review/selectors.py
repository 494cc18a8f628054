"""Reads of the review workflow shared by the admin pages: the findings queue, an event's
timeline, causes and open findings, a record's audit trail, the rules with their last runs."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Value,
    When,
)

from claims.models import CLAIM_VALUE_FIELDS, AuditEntry, Claim, Verdict
from factcheck.models import Finding, RuleConfig, RuleRun, Severity

TIMELINE_CATEGORIES = ("killed", "injured", "aboard")

STATUS_RANK = Case(
    When(status=Finding.Status.OPEN, then=Value(0)),
    When(status=Finding.Status.ACKNOWLEDGED, then=Value(1)),
    When(status=Finding.Status.DISMISSED, then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)
SEVERITY_RANK = Case(
    When(severity=Severity.CRITICAL, then=Value(0)),
    When(severity=Severity.WARNING, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)
# Open first, then by severity, then the most recent.
QUEUE_ORDERING = ("status_rank", "severity_rank", "-created_at", "-id")


def finding_claims_prefetch() -> Prefetch:
    return Prefetch(
        "claims",
        queryset=Claim.objects.select_related("claimant")
        .defer("claimant__aliases")
        .order_by("stated_at", "narrative", "id"),
    )


def sides_count() -> Subquery:
    """The number of claimants among a finding's claims (the sides it sets against each
    other), as a subquery on the finding's row."""
    links = Finding.claims.through.objects.filter(finding_id=OuterRef("pk"))
    return Subquery(
        links.values("finding_id")
        .annotate(n=Count("claim__claimant_id", distinct=True))
        .values("n")[:1],
        output_field=IntegerField(),
    )


def finding_queue() -> QuerySet[Finding]:
    """Every finding, open first, by severity then recency, with its event, assignee and the
    number of sides (claimants) it rests on: one row a finding, a page costs the same few
    queries whatever its length."""
    return (
        Finding.objects.annotate(
            status_rank=STATUS_RANK, severity_rank=SEVERITY_RANK, sides=sides_count()
        )
        .select_related("event", "assignee")
        .defer("evidence", "event__description")
        .order_by(*QUEUE_ORDERING)
    )


def event_open_findings(*, event_id: int) -> QuerySet[Finding]:
    return (
        finding_queue()
        .prefetch_related(finding_claims_prefetch())
        .filter(event_id=event_id, status__in=[Finding.Status.OPEN, Finding.Status.ACKNOWLEDGED])
    )


@dataclass
class Point:
    when: datetime | None  # None: neither the claim nor its document is dated
    low: int
    high: int | None  # None: unbounded ("at least")
    claim_id: int
    text: str


@dataclass
class Series:
    claimant: str
    category: str
    points: list[Point] = field(default_factory=list)
    # The claimant's Source id: of two claimants wanting one colour, the older keeps it.
    claimant_id: int = 0


def event_timeline(*, event_id: int) -> dict[str, list[Series]]:
    """Each claimant's casualty counts over time for killed, injured and aboard (incident
    scope), by category then claimant; a claim is placed at stated_at, else at its
    document's publication, else it is undated (when=None, drawn apart). One query."""
    rows = (
        Claim.objects.filter(
            event_id=event_id, kind=Claim.Kind.CASUALTY, category__in=TIMELINE_CATEGORIES
        )
        .exclude(scope=Claim.Scope.CUMULATIVE)
        .select_related("claimant", "document")
        .only(
            "id",
            "category",
            "count_min",
            "count_max",
            "stated_at",
            "text",
            "claimant__id",
            "claimant__name",
            "document__published_at",
        )
        .order_by("claimant__name", "stated_at", "narrative", "id")
    )
    series: dict[str, dict[str, Series]] = {c: {} for c in TIMELINE_CATEGORIES}
    for claim in rows:
        when = claim.stated_at or claim.document.published_at
        if claim.count_min is None:
            continue
        line = series[claim.category].setdefault(
            claim.claimant.name,
            Series(
                claimant=claim.claimant.name,
                category=claim.category,
                claimant_id=claim.claimant.id,
            ),
        )
        line.points.append(
            Point(
                when=when,
                low=claim.count_min,
                high=claim.count_max,
                claim_id=claim.id,
                text=claim.text,
            )
        )
    for by_claimant in series.values():
        for line in by_claimant.values():
            line.points.sort(key=lambda p: (p.when is None, p.when or 0, p.claim_id))
    return {c: list(by_claimant.values()) for c, by_claimant in series.items()}


def event_cause_sides(*, event_id: int) -> list[dict[str, Any]]:
    """The event's cause claims grouped by the claimant's side, then claimant: what each
    party says caused it (affirmed) or denies. One query."""
    claims = (
        Claim.objects.filter(event_id=event_id, kind=Claim.Kind.CAUSE)
        .select_related("claimant", "document")
        .defer("document__text", "claimant__aliases")
        .order_by("claimant__side", "claimant__name", "stated_at", "narrative", "id")
    )
    sides: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        sides[claim.claimant.side or "no side recorded"][claim.claimant.name].append(claim)
    return [
        {
            "side": side,
            "claimants": [{"name": name, "claims": items} for name, items in by_name.items()],
        }
        for side, by_name in sides.items()
    ]


def audit_trail(*, obj: models.Model) -> QuerySet[AuditEntry]:
    """The audit entries of one record, newest first, with their actors."""
    return (
        AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
        )
        .select_related("actor")
        .order_by("-at", "-id")
    )


@dataclass
class RuleOverview:
    name: str
    description: str
    default_severity: str
    default_params: dict[str, Any]
    config: RuleConfig | None
    last_runs: list[RuleRun]


def rule_overview(*, runs_to_scan: int = 200, per_rule: int = 5) -> list[RuleOverview]:
    """Every registered rule with its description, defaults, the desk's configuration and the
    last runs it took part in (read from the latest `runs_to_scan` runs: two queries)."""
    from factcheck.rules.registry import rules_all

    configs = {config.rule: config for config in RuleConfig.objects.all()}
    runs = list(RuleRun.objects.select_related("event").order_by("-started_at")[:runs_to_scan])
    overview = []
    for name, rule in sorted(rules_all().items()):
        overview.append(
            RuleOverview(
                name=name,
                description=rule.description,
                default_severity=rule.default_severity,
                default_params=dict(rule.params),
                config=configs.get(name),
                last_runs=[run for run in runs if name in (run.rules or [])][:per_rule],
            )
        )
    return overview


# --- a finding's page: each side as its claimant, each claim in its sentence ---------------

_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*\s+|\n\s*\n")


def claim_sentence(source: str, start: int, end: int, *, limit: int = 240) -> tuple[str, str, str]:
    """The sentence around source[start:end], as (before, the span, after): from the end of
    the previous sentence to the end of the one the span ends in, each side cut to `limit`
    characters at a word (marked with "…")."""
    begin = 0
    for match in _SENTENCE_END.finditer(source, 0, start):
        begin = match.end()
    stop = len(source)
    match = _SENTENCE_END.search(source, end)
    if match is not None:
        stop = match.start() + 1
    before, after = source[begin:start], source[end:stop].rstrip()
    if len(before) > limit:
        cut = before[-limit:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    if len(after) > limit:
        cut = after[:limit]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    return before, source[start:end], after


@dataclass
class ClaimInContext:
    claim: Claim
    before: str
    span: str
    after: str
    verdicts: list[Verdict]
    # Other documents on the event in which the same claimant says the same thing.
    relays: int


@dataclass
class Side:
    claimant: Any  # claims.Source
    claims: list[ClaimInContext]


def _claim_key(claim: Any) -> tuple:
    return (claim.claimant_id, claim.kind, *(getattr(claim, name) for name in CLAIM_VALUE_FIELDS))


def finding_sides(*, finding: Finding) -> list[Side]:
    """A finding's claims grouped by claimant (its sides), each claim with its sentence, its
    document and publisher, its verdicts, and how many other documents of the event relay the
    same statement by the same claimant. Three queries."""
    claims = list(
        finding.claims.select_related("claimant", "document__publisher")
        .prefetch_related(
            Prefetch("verdicts", queryset=Verdict.objects.select_related("author", "reviewer"))
        )
        .order_by("claimant__name", "stated_at", "narrative", "id")
    )
    relays: dict[tuple, int] = {}
    if claims:
        rows = (
            Claim.objects.filter(
                event_id=finding.event_id, claimant_id__in={c.claimant_id for c in claims}
            )
            .values("claimant_id", "kind", *CLAIM_VALUE_FIELDS)
            .annotate(documents=Count("document_id", distinct=True))
        )
        for row in rows:
            key = (row["claimant_id"], row["kind"], *(row[n] for n in CLAIM_VALUE_FIELDS))
            relays[key] = row["documents"]
    sides: dict[int, Side] = {}
    for claim in claims:
        document = claim.document
        source = document.title if claim.span_in == Claim.SpanIn.TITLE else document.text
        before, span, after = claim_sentence(source, claim.span_start, claim.span_end)
        side = sides.setdefault(claim.claimant_id, Side(claimant=claim.claimant, claims=[]))
        side.claims.append(
            ClaimInContext(
                claim=claim,
                before=before,
                span=span,
                after=after,
                verdicts=sorted(claim.verdicts.all(), key=lambda v: v.pk),
                relays=max(0, relays.get(_claim_key(claim), 1) - 1),
            )
        )
    return list(sides.values())


def open_findings_of_claim(*, claim_id: int) -> QuerySet[Finding]:
    """The findings still to be dealt with that rest on this claim."""
    return Finding.objects.filter(
        claims__id=claim_id,
        status__in=[Finding.Status.OPEN, Finding.Status.ACKNOWLEDGED],
    ).order_by("pk")


# --- what changed since yesterday: the desk's morning page ------------------------------


@dataclass
class DeskChanges:
    since: datetime
    new_findings: list[Finding]
    finding_changes: list[Any]  # FindingChange, newest first
    verdicts_published: list[Verdict]
    awaiting_my_review: list[Verdict]
    corrections_awaiting_my_approval: list[Any]  # claims.VerdictCorrection, oldest first
    claims_corrected: list[Claim]
    documents_ingested: int
    documents_failed: int


def desk_changes_since(*, since: datetime, user: Any, limit: int = 200) -> DeskChanges:
    """What changed since `since`: findings opened, findings moved (by a person or a run),
    verdicts published or corrected, claims corrected, documents in; and the verdicts in
    review that `user` could publish (written by someone else) and, for an editor, the
    corrections proposed by someone else awaiting approval. A fixed number of queries, each
    list cut at `limit`."""
    from claims.models import Document, VerdictCorrection
    from factcheck.models import FindingChange

    findings = (
        Finding.objects.filter(created_at__gte=since)
        .select_related("event")
        .defer("evidence", "event__description")
        .annotate(severity_rank=SEVERITY_RANK)
        .order_by("severity_rank", "-created_at", "-id")[:limit]
    )
    changes = (
        FindingChange.objects.filter(at__gte=since)
        .exclude(from_status="")
        .select_related("finding", "actor")
        .defer("finding__evidence")
        .order_by("-at", "-id")[:limit]
    )
    verdicts = Verdict.objects.select_related("claim__claimant", "author", "reviewer").defer(
        "claim__claimant__aliases"
    )
    published = verdicts.filter(
        status__in=[Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED], updated_at__gte=since
    ).order_by("-updated_at")[:limit]
    awaiting = (
        verdicts.filter(status=Verdict.Status.IN_REVIEW)
        .exclude(author_id=user.pk)
        .order_by("updated_at")[:limit]
    )
    corrections: list[Any] = []
    if user.has_perm("claims.publish_verdict"):
        corrections = list(
            VerdictCorrection.objects.filter(status=VerdictCorrection.Status.PROPOSED)
            .exclude(proposed_by_id=user.pk)
            .select_related("verdict__claim__claimant", "proposed_by")
            .defer("verdict__claim__claimant__aliases")
            .order_by("proposed_at", "id")[:limit]
        )
    corrected = (
        Claim.objects.filter(corrected_at__gte=since)
        .select_related("claimant")
        .defer("claimant__aliases")
        .order_by("-corrected_at")[:limit]
    )
    documents = Document.objects.filter(ingested_at__gte=since).aggregate(
        all=Count("pk"), failed=Count("pk", filter=models.Q(state=Document.State.FAILED))
    )
    return DeskChanges(
        since=since,
        new_findings=list(findings),
        finding_changes=list(changes),
        verdicts_published=list(published),
        awaiting_my_review=list(awaiting),
        corrections_awaiting_my_approval=corrections,
        claims_corrected=list(corrected),
        documents_ingested=documents["all"],
        documents_failed=documents["failed"],
    )
