"""Evaluates an event: runs every enabled rule over its claims and upserts the findings.

Cost grows with the event's claims and findings only: every query filters on an indexed
column of this event (claims by event, findings by event), never on the whole table.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import EmptyResultSet
from django.db import IntegrityError, connections, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from claims.models import CLAIM_VALUE_FIELDS, Claim, Document, Event, Source
from factcheck.models import Finding, FindingChange, RuleRun
from factcheck.rules.base import ClaimFact, FindingDraft, claims_digest_of, fingerprint_of
from factcheck.rules.config import RuleSettings, rule_settings_load
from factcheck.rules.names import merged_name_variants
from factcheck.rules.registry import rules_all
from factcheck.rules.roles import spoken_for

logger = logging.getLogger(__name__)

Status = Finding.Status
ACTIVE = (Status.OPEN, Status.ACKNOWLEDGED)
SEEN_REFRESH = timedelta(hours=1)

# The outlet relaying a primary source's claim, where the record has that field (the
# extractor fills it where the text says so; the rules infer relays where it is absent).
RELAYED_BY = tuple(
    "relayed_by_id" for f in Claim._meta.get_fields() if f.name == "relayed_by" and f.is_relation
)
CLAIM_FIELDS = (
    "id",
    "document_id",
    "claimant_id",
    "attribution",
    "kind",
    "text",
    "stated_at",
    "narrative",
    "span_in",
    "span_start",
    *CLAIM_VALUE_FIELDS,
    "corrected_at",
    *RELAYED_BY,
)

# What an evaluation reads of a stored finding (StoredFinding's fields, in order).
FINDING_FIELDS = (
    "id",
    "rule",
    "fingerprint",
    "status",
    "severity",
    "message",
    "evidence",
    "claims_digest",
    "last_seen_at",
    "updated_at",
)


@dataclass
class LoadedClaims:
    facts: list[ClaimFact]
    corrected_at: dict[int, datetime]


def claims_load(*, event_id: int, source_cache: dict | None = None) -> LoadedClaims:
    """An event's claims as plain facts, with their claimant, document and publisher."""
    return claims_load_many([event_id], source_cache=source_cache)[event_id]


def claims_load_many(
    event_ids: Sequence[int], *, source_cache: dict | None = None
) -> dict[int, LoadedClaims]:
    """Several events' claims as plain facts (see _facts_of), by event id.

    Three index-backed queries (claims by event, their documents by id, their sources by id)
    rather than one select_related join: with the join the planner may hash the whole
    documents table, a cost that grows with the database instead of with the events. Only
    the columns the rules read are fetched (of a document: its publisher, date and text, the
    text for the lead-ins and the posts roles.py reads). `source_cache` (id -> name, side,
    kind) lets a pass over many events read each source once.
    """
    # One event by equality: the claims of no event (None) are those whose event is NULL.
    claims = (
        Claim.objects.filter(event_id=event_ids[0])
        if len(event_ids) == 1
        else Claim.objects.filter(event_id__in=event_ids)
    )
    rows = rows_of(claims.order_by("event_id", "id").values_list("event_id", *CLAIM_FIELDS))
    documents = {
        document_id: (publisher_id, published_at, text)
        for document_id, publisher_id, published_at, text in rows_of(
            Document.objects.filter(pk__in={row[2] for row in rows})
            .order_by()
            .values_list("id", "publisher_id", "published_at", "text")
        )
    }
    source_ids = {row[3] for row in rows} | {p for p, _, _ in documents.values() if p is not None}
    sources = source_cache if source_cache is not None else {}
    missing = source_ids - sources.keys()
    if missing:
        sources.update(
            (source_id, (name, side, kind))
            for source_id, name, side, kind in Source.objects.filter(pk__in=missing)
            .order_by()
            .values_list("id", "name", "side", "kind")
        )
    by_event: dict[int, list[tuple]] = {event_id: [] for event_id in event_ids}
    for row in rows:
        by_event[row[0]].append(row)
    return {
        event_id: _facts_of(event_rows, documents, sources)
        for event_id, event_rows in by_event.items()
    }


def rows_of(queryset: QuerySet) -> list[tuple]:
    """A values_list queryset's rows, the same values either way.

    On PostgreSQL they are read in binary, through a cursor Django wraps as its own (query
    log, execute wrappers, error classes): Django's client-side cursors read text and parse
    every timestamp in Python, which cost more than the rest of the loading together. A
    queryset whose fields convert their values in Python (JSON) is read the usual way.
    """
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return list(queryset)
    compiler = queryset.query.get_compiler(connection=connection)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return []
    if compiler.get_converters([column for column, _, _ in compiler.select]):
        return list(queryset)
    import psycopg  # the PostgreSQL driver, there only

    connection.ensure_connection()
    raw = psycopg.Cursor(connection.connection)
    raw.format = psycopg.pq.Format.BINARY
    wrap = connection.make_debug_cursor if connection.queries_logged else connection.make_cursor
    with wrap(raw) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _facts_of(rows: list[tuple], documents: dict, sources: dict) -> LoadedClaims:
    """One event's claim rows (event id first, then CLAIM_FIELDS) as facts."""
    facts = []
    corrected_at = {}
    for row in rows:
        relayed_by_id = row[-1] if RELAYED_BY else None
        row = row[1:-1] if RELAYED_BY else row[1:]
        (
            claim_id,
            document_id,
            claimant_id,
            attribution,
            kind,
            text,
            stated_at,
            narrative,
            span_in,
            span_start,
            category,
            group,
            count_min,
            count_max,
            count_total,
            qualifier,
            scope,
            cause,
            polarity,
            agent,
            corrected,
        ) = row
        claimant, side, claimant_kind = sources[claimant_id]
        publisher_id, published_at, document_text = documents[document_id]
        facts.append(
            ClaimFact.of(
                {
                    "id": claim_id,
                    "document_id": document_id,
                    "claimant_id": claimant_id,
                    "claimant": claimant,
                    "claimant_side": side,
                    "claimant_kind": claimant_kind,
                    "publisher_id": publisher_id,
                    "publisher": sources[publisher_id][0] if publisher_id in sources else "",
                    "attribution": attribution,
                    "kind": kind,
                    "text": text,
                    "stated_at": stated_at,
                    "published_at": published_at,
                    "category": category,
                    "group": group,
                    "count_min": count_min,
                    "count_max": count_max,
                    "count_total": count_total,
                    "qualifier": qualifier,
                    "scope": scope,
                    "cause": cause,
                    "polarity": polarity,
                    "agent": agent,
                    "relayed_by_id": relayed_by_id,
                    "narrative": narrative,
                    "lead_in": lead_in_of(document_text, span_start) if span_in == "text" else "",
                }
            )
        )
        if corrected is not None:
            corrected_at[claim_id] = corrected
    texts = {fact.document_id: documents[fact.document_id][2] for fact in facts}
    # A spokesman's claims are the body's before name variants are merged (roles.py).
    facts = spoken_for(facts, texts)
    return LoadedClaims(facts=merged_name_variants(facts, texts), corrected_at=corrected_at)


LEAD_IN_CHARS = 120
# Everything up to the last clause break: the greedy .* backtracks from the end to it.
_UP_TO_LAST_BREAK = re.compile(r".*[.;:!?,\n\u201c\u201d\"]", re.DOTALL)


def lead_in_of(text: str, span_start: int) -> str:
    """The words between the last clause break (a comma, semicolon, sentence end or quote
    mark) and the span, at most LEAD_IN_CHARS of them."""
    before = text[max(0, span_start - LEAD_IN_CHARS) : span_start]
    upto = _UP_TO_LAST_BREAK.match(before)
    return before[upto.end() :] if upto else before


@dataclass
class Produced:
    """A draft made ready to store: fingerprint, severity, digest and evidence resolved."""

    rule: str
    fingerprint: str
    severity: str
    message: str
    claim_ids: list[int]
    digest: str
    evidence: dict


def _produce(
    *, event_id: int, settings: RuleSettings, drafts: Iterable[FindingDraft], facts_by_id
) -> dict[str, Produced]:
    produced = {}
    for draft in drafts:
        claim_ids = sorted({cid for cid in draft.claim_ids if cid in facts_by_id})
        evidence = dict(draft.evidence)
        evidence.setdefault("claimants", sorted({facts_by_id[cid].claimant for cid in claim_ids}))
        evidence["claim_ids"] = claim_ids
        fingerprint = fingerprint_of(event_id=event_id, rule=settings.rule.name, key=draft.key)
        produced[fingerprint] = Produced(
            rule=settings.rule.name,
            fingerprint=fingerprint,
            severity=settings.severity_for(raised=draft.raised, lowered=draft.lowered),
            message=draft.message,
            claim_ids=claim_ids,
            digest=claims_digest_of(
                claim_ids if draft.digest_basis is None else list(draft.digest_basis)
            ),
            evidence=evidence,
        )
    return produced


def _describe(fact: ClaimFact) -> str:
    excerpt = fact.text if len(fact.text) <= 80 else fact.text[:77] + "..."
    return f'claim #{fact.id} ({fact.claimant}: "{excerpt}")'


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    resolved: int = 0
    reopened: int = 0
    lines: list[str] = field(default_factory=list)


@dataclass
class StoredFinding:
    """A stored finding as an evaluation reads it (a plain row, not a model instance)."""

    id: int
    rule: str
    fingerprint: str
    status: str
    severity: str
    message: str
    evidence: dict
    claims_digest: str
    last_seen_at: datetime | None
    updated_at: datetime | None


def findings_load(*, event_id: int) -> dict[tuple[str, str], StoredFinding]:
    """An event's stored findings by (rule, fingerprint), on the (event, rule) index."""
    return findings_load_many([event_id])[event_id]


def findings_load_many(
    event_ids: Sequence[int],
) -> dict[int, dict[tuple[str, str], StoredFinding]]:
    """Several events' stored findings (see findings_load), by event id: one query."""
    rows = (
        Finding.objects.filter(event_id__in=event_ids)
        .order_by()
        .values_list("event_id", *FINDING_FIELDS)
    )
    stored: dict[int, dict[tuple[str, str], StoredFinding]] = {e: {} for e in event_ids}
    for event_id, *row in rows:
        stored[event_id][(row[1], row[2])] = StoredFinding(*row)
    return stored


class _Upsert:
    """Applies one run's findings to the stored ones, inside the event's transaction.

    Status changes are conditional updates (`WHERE status = <the status read>`): a reviewer
    who dismisses a finding while the run is going keeps the last word; the next run
    reconciles.
    """

    def __init__(self, *, event_id: int, loaded: LoadedClaims, now: datetime) -> None:
        self.event_id = event_id
        self.facts = {fact.id: fact for fact in loaded.facts}
        self.corrected_at = loaded.corrected_at
        self.now = now
        self.outcome = Outcome()
        self.changes: list[FindingChange] = []
        self.links_add: list[tuple[int, int]] = []
        self.links_remove: dict[int, list[int]] = {}
        self.seen: list[StoredFinding] = []
        self.opened: list[int] = []  # created or reopened: what webhooks announce

    def _write(self, finding: StoredFinding, values: dict, *, to_status: str = "", why: str = ""):
        """Writes changed values (and a status change with its history row); False if a
        concurrent status change got there first."""
        if to_status:
            values = {**values, "status": to_status, "status_reason": why}
        written = Finding.objects.filter(pk=finding.id, status=finding.status).update(
            **values, updated_at=self.now
        )
        if not written:
            return False
        if to_status:
            self.changes.append(
                FindingChange(
                    finding_id=finding.id,
                    from_status=finding.status,
                    to_status=to_status,
                    reason=why,
                )
            )
            finding.status = to_status
        return True

    def _relink(self, finding: StoredFinding, new_ids: list[int]) -> None:
        old_ids = set(finding.evidence.get("claim_ids", []))
        wanted = set(new_ids)
        self.links_add.extend((finding.id, cid) for cid in new_ids if cid not in old_ids)
        removed = [cid for cid in old_ids if cid not in wanted]
        if removed:
            self.links_remove[finding.id] = removed

    def create(self, produced: list[Produced]) -> int:
        """Inserts new findings; a concurrent insert of the same one is taken as existing."""
        if not produced:
            return 0
        rows = [
            Finding(
                rule=p.rule,
                event_id=self.event_id,
                severity=p.severity,
                message=p.message,
                evidence=p.evidence,
                fingerprint=p.fingerprint,
                claims_digest=p.digest,
                status=Status.OPEN,
                last_seen_at=self.now,
            )
            for p in produced
        ]
        try:
            with transaction.atomic():
                Finding.objects.bulk_create(rows)
            existing = [None] * len(rows)
        except IntegrityError:
            # Another writer got there first (the event lock makes this rare): one by one.
            existing = [self._create_or_get(row) for row in rows]
        created = 0
        for row, p, stored in zip(rows, produced, existing, strict=True):
            if stored is not None:
                self.update(stored, p)
                continue
            created += 1
            self.opened.append(row.pk)
            self.links_add.extend((row.pk, cid) for cid in p.claim_ids)
            self.changes.append(
                FindingChange(
                    finding_id=row.pk,
                    from_status="",
                    to_status=Status.OPEN,
                    reason=f"Found by {p.rule}.",
                )
            )
            self.outcome.created += 1
            self.outcome.lines.append(f"  + [{p.rule}] {p.message}")
        return created

    def _create_or_get(self, row: Finding) -> StoredFinding | None:
        """None: inserted; else the finding a concurrent writer stored first."""
        try:
            with transaction.atomic():
                row.save(force_insert=True)
            return None
        except IntegrityError:
            values = (
                Finding.objects.filter(rule=row.rule, fingerprint=row.fingerprint)
                .values_list(*FINDING_FIELDS)
                .get()
            )
            return StoredFinding(*values)

    def _content(self, finding: StoredFinding, p: Produced) -> dict:
        """What differs between the stored finding and this run's (status aside)."""
        changed = {}
        for name, value in (
            ("severity", p.severity),
            ("message", p.message),
            ("evidence", p.evidence),
            ("claims_digest", p.digest),
        ):
            if getattr(finding, name) != value:
                changed[name] = value
        if changed:
            changed["last_seen_at"] = self.now
        return changed

    def update(self, finding: StoredFinding, p: Produced) -> None:
        self.seen.append(finding)
        known = set(finding.evidence.get("claim_ids", []))
        new_ids = [cid for cid in p.claim_ids if cid not in known]
        changed = self._content(finding, p)
        to_status = why = ""
        if finding.status == Status.DISMISSED:
            if finding.claims_digest == p.digest:
                return  # dismissed, and no new evidence
            if new_ids:
                to_status = Status.OPEN
                why = "Reopened: new evidence: " + "; ".join(
                    _describe(self.facts[cid]) for cid in new_ids[:5]
                )
            # else fewer claims: no new evidence, the dismissal stands and the links follow.
        elif finding.status == Status.RESOLVED:
            to_status = Status.OPEN
            why = f"Reopened: {p.rule} finds it again"
            if new_ids:
                why += ": " + "; ".join(_describe(self.facts[cid]) for cid in new_ids[:5])
            why += "."
        if not changed and not to_status:
            return
        if not self._write(finding, changed, to_status=to_status, why=why):
            return
        if finding.claims_digest != p.digest:
            self._relink(finding, p.claim_ids)
        if to_status:
            self.opened.append(finding.id)
            self.outcome.reopened += 1
            self.outcome.lines.append(f"  ^ [{p.rule}] reopened: {p.message}")
        else:
            self.outcome.updated += 1
            self.outcome.lines.append(f"  ~ [{p.rule}] {p.message}")

    def resolve(self, finding: StoredFinding, why: str) -> None:
        if self._write(finding, {}, to_status=Status.RESOLVED, why=why):
            self.outcome.resolved += 1
            self.outcome.lines.append(f"  - [{finding.rule}] resolved: {finding.message}")

    def unsupported_reason(self, finding: StoredFinding) -> str:
        """Why a finding the rule no longer produces lost its support."""
        ids = finding.evidence.get("claim_ids", [])
        deleted = [cid for cid in ids if cid not in self.facts]
        corrected = [
            cid
            for cid in ids
            if cid in self.corrected_at
            and (finding.updated_at is None or self.corrected_at[cid] >= finding.updated_at)
        ]
        parts = []
        if deleted:
            parts.append(
                "claim"
                + ("s " if len(deleted) > 1 else " ")
                + ", ".join(f"#{cid}" for cid in deleted)
                + " it rested on "
                + ("were" if len(deleted) > 1 else "was")
                + " deleted or moved to another event"
            )
        if corrected:
            parts.append(
                "claim"
                + ("s " if len(corrected) > 1 else " ")
                + "; ".join(_describe(self.facts[cid]) for cid in corrected)
                + (" were" if len(corrected) > 1 else " was")
                + " corrected"
            )
        if not parts:
            parts.append("the current claims no longer support it")
        return f"Resolved automatically by {finding.rule}: " + "; ".join(parts) + "."


def _flush(upserts: Sequence[_Upsert], *, now: datetime) -> None:
    """Writes the links and the status history gathered by the runs of one transaction, in
    one statement of each kind whatever the number of events."""
    through = Finding.claims.through
    links_remove = {f: ids for upsert in upserts for f, ids in upsert.links_remove.items()}
    if links_remove:
        condition = Q()
        for finding_id, claim_ids in links_remove.items():
            condition |= Q(finding_id=finding_id, claim_id__in=claim_ids)
        through.objects.filter(condition).delete()
    links_add = [link for upsert in upserts for link in upsert.links_add]
    if links_add:
        through.objects.bulk_create(
            [through(finding_id=f, claim_id=c) for f, c in links_add], ignore_conflicts=True
        )
    changes = [change for upsert in upserts for change in upsert.changes]
    if changes:
        FindingChange.objects.bulk_create(changes)
    # last_seen_at is refreshed at most hourly: rewriting every finding's row on every
    # run would make a re-run cost grow with the findings, not with what changed.
    stale = [
        finding.id
        for upsert in upserts
        for finding in upsert.seen
        if finding.last_seen_at is None or now - finding.last_seen_at > SEEN_REFRESH
    ]
    if stale:
        Finding.objects.filter(pk__in=stale).update(last_seen_at=now)


def event_evaluate(*, event_id: int) -> RuleRun | None:
    """Runs every enabled rule over one event's claims and upserts what they find.

    Writes, in one transaction holding the event's row lock: new findings (with their claim
    links), updates of existing ones, reopenings and automatic resolutions (each status change
    with a FindingChange row), a RuleRun and Event.evaluated_at. Returns the RuleRun, with the
    ids of the findings created or reopened in `run.opened` (announcing them is the
    pipeline's job), or None when the event is gone. Safe to run twice and concurrently:
    findings are keyed by (rule, fingerprint), and a second run over unchanged claims changes
    no finding.
    """
    runs = _evaluate([event_id], all_settings=rule_settings_load(rules_all()))
    return runs[0] if runs else None


def _lock(event_ids: Sequence[int], at: datetime) -> list[int]:
    """Takes the events' row locks with the UPDATE that records this evaluation (an
    equivalent of select_for_update): a second worker evaluating one of them waits until
    this transaction ends. Returns the ids of the events that still exist."""
    if len(event_ids) == 1:
        return (
            list(event_ids) if Event.objects.filter(pk=event_ids[0]).update(evaluated_at=at) else []
        )
    # Several: locked in id order first, so that two passes never wait on each other.
    ids = list(
        Event.objects.filter(pk__in=event_ids)
        .order_by("pk")
        .select_for_update()
        .values_list("pk", flat=True)
    )
    Event.objects.filter(pk__in=ids).update(evaluated_at=at)
    return ids


def _evaluate(
    event_ids: Sequence[int],
    *,
    all_settings: dict[str, RuleSettings],
    source_cache: dict | None = None,
) -> list[RuleRun]:
    """Evaluates the events in one transaction: their claims and findings are read with a
    query of each kind for all of them, and what the runs write is written the same way."""
    started_at = timezone.now()
    with transaction.atomic():
        clock = time.perf_counter()
        event_ids = _lock(event_ids, started_at)
        if not event_ids:
            return []
        loaded_all = claims_load_many(event_ids, source_cache=source_cache)
        stored_all = findings_load_many(event_ids)
        # The reads are shared: each run is charged its share of them.
        shared_ms = (time.perf_counter() - clock) * 1000 / len(event_ids)
        runs, upserts = [], []
        for event_id in event_ids:
            clock = time.perf_counter()
            loaded = loaded_all[event_id]
            upsert = _Upsert(event_id=event_id, loaded=loaded, now=started_at)
            ran, errors = _run_rules(event_id, loaded, all_settings, stored_all[event_id], upsert)
            upserts.append(upsert)
            outcome = upsert.outcome
            run = RuleRun(
                event_id=event_id,
                started_at=started_at,
                duration_ms=shared_ms + (time.perf_counter() - clock) * 1000,
                rules=ran,
                claims_count=len(loaded.facts),
                findings_created=outcome.created,
                findings_updated=outcome.updated,
                findings_resolved=outcome.resolved,
                findings_reopened=outcome.reopened,
                errors=errors,
            )
            run.changes = outcome.lines  # for the evaluate command's report; not stored
            # What the pipeline announces: factcheck.services.event_evaluate_and_announce.
            run.opened = list(upsert.opened)
            runs.append(run)
        _flush(upserts, now=started_at)
        if len(runs) == 1:
            runs[0].save(force_insert=True)
        else:
            RuleRun.objects.bulk_create(runs)
    return runs


def _run_rules(
    event_id: int,
    loaded: LoadedClaims,
    all_settings: dict[str, RuleSettings],
    stored: dict[tuple[str, str], StoredFinding],
    upsert: _Upsert,
) -> tuple[list[str], dict[str, str]]:
    """Runs the enabled rules over one event and applies what they find to its stored
    findings; returns the rules that ran and the errors of those that failed."""
    facts_by_id = upsert.facts
    produced: dict[tuple[str, str], Produced] = {}
    errors: dict[str, str] = {}
    ran: list[str] = []
    for name, settings in all_settings.items():
        if not settings.enabled:
            continue
        ran.append(name)
        try:
            drafts = settings.rule.evaluate(loaded.facts, settings.params)
            for fingerprint, p in _produce(
                event_id=event_id, settings=settings, drafts=drafts, facts_by_id=facts_by_id
            ).items():
                produced[(name, fingerprint)] = p
        except Exception as exc:  # a broken rule must not stop the others
            logger.exception("rule %s failed on event %s", name, event_id)
            errors[name] = f"{type(exc).__name__}: {exc}"

    for key, finding in stored.items():
        p = produced.get(key)
        if p is not None:
            upsert.update(finding, p)
            continue
        if finding.status not in ACTIVE or finding.rule in errors:
            continue
        settings = all_settings.get(finding.rule)
        if settings is None or not settings.enabled:
            upsert.resolve(
                finding, f"Resolved automatically: the rule {finding.rule} is turned off."
            )
        else:
            upsert.resolve(finding, upsert.unsupported_reason(finding))
    upsert.create([p for key, p in produced.items() if key not in stored])
    return ran, errors


def event_ids_to_evaluate() -> list[int]:
    """Ids of the events that have claims (one semi-join per event on the claims index)."""
    has_claims = Claim.objects.filter(event_id=OuterRef("pk"))
    return list(
        Event.objects.filter(Exists(has_claims)).order_by("pk").values_list("pk", flat=True)
    )


# Events evaluated in one transaction by a pass over all of them: few enough that a worker
# evaluating one of them waits little for the batch's lock.
BATCH_EVENTS = 25


def events_evaluate_all() -> int:
    """Evaluates every event with claims, BATCH_EVENTS events to a transaction (their reads
    and writes shared, see _evaluate); returns how many ran.

    Safe to run twice (see event_evaluate). Meant for the command line and tests; the periodic
    job fans out one `factcheck.evaluate_event` task per event instead.
    """
    count = 0
    # Read once for the whole pass: rule configurations, and sources as events need them.
    all_settings = rule_settings_load(rules_all())
    source_cache: dict = {}
    event_ids = event_ids_to_evaluate()
    for start in range(0, len(event_ids), BATCH_EVENTS):
        batch = event_ids[start : start + BATCH_EVENTS]
        count += len(_evaluate(batch, all_settings=all_settings, source_cache=source_cache))
    return count
