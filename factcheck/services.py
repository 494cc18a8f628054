"""The pipeline's writes: a document's claims from the extractor, and its event."""

from __future__ import annotations

import hashlib
import logging
import re
import time as clock
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Claim, Document, Event, Source
from claims.selectors import source_index
from claims.services import source_get_or_create_provisional
from config.celery_app import registered_task
from factcheck import signals
from factcheck.extraction import EventContext, extract, lead_places
from factcheck.extraction.publisher import find_publisher
from factcheck.extraction.types import (
    DocumentInput,
    EventProposal,
    ExtractedClaim,
    ExtractionResult,
    KnownSource,
)
from factcheck.models import PendingEvaluation, RuleRun
from factcheck.rules.bodies import canonical_body
from factcheck.rules.engine import event_evaluate

logger = logging.getLogger(__name__)

# The tasks (factcheck/tasks.py) that wrap these services, by the names they are queued under.
EXTRACT_CLAIMS = "factcheck.extract_claims"
EVALUATE_EVENT = "factcheck.evaluate_event"
EVALUATE_ALL_EVENTS = "factcheck.evaluate_all_events"
REQUEUE_STUCK_DOCUMENTS = "factcheck.requeue_stuck_documents"

# Two descriptions of an incident this many days apart can still be the same incident.
EVENT_MATCH_DAYS = 2


@dataclass(frozen=True)
class ExtractOutcome:
    document_id: int
    claims: int
    event_id: int | None
    skipped_reason: str = ""
    already_done: bool = False


def _known_sources(sources: list[Source]) -> list[KnownSource]:
    """The confirmed sources, as the extractor resolves claimants against them."""
    return [
        KnownSource(
            name=s.name,
            aliases=tuple(s.aliases),
            kind=s.kind,
            side=s.side,
            domains=tuple(s.domains),
        )
        for s in sources
        if not s.provisional
    ]


def _document_input(document: Document) -> DocumentInput:
    return DocumentInput(
        text=document.text,
        title=document.title,
        publisher=document.publisher.name if document.publisher else "",
        published_at=document.published_at,
        language=document.language,
        event=_event_context(document),
    )


# how many of an event's reports are read for the places they are set in (their leads only)
EVENT_LEAD_REPORTS = 60
_LEAD_CHARS = 1200


def _event_context(document: Document) -> EventContext | None:
    """The event the document is linked to, as the extractor weighs a report led by another
    incident: its names, its date, and the places two or more of its other reports lead with."""
    event = document.event
    if event is None:
        return None
    leads = (
        Document.objects.filter(event_id=event.pk)
        .exclude(pk=document.pk)
        .annotate(lead=Substr("text", 1, _LEAD_CHARS))
        .order_by("pk")
        .values_list("title", "lead")[:EVENT_LEAD_REPORTS]
    )
    seen: Counter[str] = Counter()
    for title, lead in leads:
        seen.update(lead_places(lead or "", title or ""))
    return EventContext(
        names=tuple(name for name in (event.place, event.key, event.title) if name),
        places=frozenset(place for place, reports in seen.items() if reports >= 2),
        occurred_on=_event_date(event),
    )


def claim_fingerprint(claim: ExtractedClaim, *, with_agent: bool = False) -> str:
    """Identifies an extracted claim within its document, stable across re-extraction.
    `with_agent`: the second agent of the same words ("blamed X and Y") is a claim of its
    own, told apart by its agent (the first keeps the fingerprint it always had)."""
    key = "|".join(
        str(part)
        for part in (
            claim.kind,
            "title" if claim.in_title else "text",
            claim.start,
            claim.end,
            claim.category or "",
            claim.group or "",
            claim.cause or "",
            claim.polarity or "",
        )
    )
    if claim.joint:  # "X and Y said": the same words, one claim per claimant
        key += f"|{claim.claimant}"
    if with_agent and claim.agent:
        key += f"|agent:{claim.agent}"
    return hashlib.sha256(key.encode()).hexdigest()[:40]


def _stated_at(stated_on: date | None, document: Document) -> datetime | None:
    """When the claimant said it: the publication time if it was said that day, else noon UTC
    of the stated day (a date alone carries no hour; noon keeps it inside the day anywhere)."""
    published = document.published_at
    if stated_on is None:
        return published
    if published is not None and published.astimezone(UTC).date() == stated_on:
        return published
    return datetime.combine(stated_on, time(12), tzinfo=UTC)


def _claim_row(
    *, extracted: ExtractedClaim, document: Document, claimants: dict[str, Source]
) -> Claim:
    text_field = document.title if extracted.in_title else document.text
    return Claim(
        document=document,
        event=document.event,
        claimant=claimants[extracted.claimant],
        claimant_anonymous=extracted.claimant_anonymous,
        relayed_by=claimants[extracted.relayed_by] if extracted.relayed_by else None,
        attribution=extracted.attribution,
        kind=extracted.kind,
        span_in=Claim.SpanIn.TITLE if extracted.in_title else Claim.SpanIn.TEXT,
        span_start=extracted.start,
        span_end=extracted.end,
        text=text_field[extracted.start : extracted.end],
        stated_at=_stated_at(extracted.stated_on, document),
        narrative=extracted.narrative,
        category=extracted.category or "",
        group=extracted.group or "",
        count_min=extracted.min,
        count_max=extracted.max,
        count_total=extracted.total,
        qualifier=extracted.qualifier or "",
        scope=extracted.scope or "",
        cause=extracted.cause or "",
        polarity=extracted.polarity or "",
        agent=extracted.agent or "",
        hedge=extracted.hedge or "",
        fingerprint=claim_fingerprint(extracted),
        extracted=True,
    )


def _resolve_claimants(claims: list[ExtractedClaim], index: dict[str, Source]) -> dict[str, Source]:
    """Map each claimant name to a Source (`index`: by lower-cased name and alias); unknown
    and anonymous ones become provisional sources, never merged otherwise. A body's name is
    read in its one form (factcheck.rules.bodies: "X's Ministry of Health" is "Xian Health
    Ministry"): a source named or aliased as written wins, then one whose name or alias has
    that form, else a provisional source under it."""
    resolved: dict[str, Source] = {}
    by_form: dict[str, Source] | None = None
    for claim in claims:
        if claim.claimant in resolved:
            continue
        source = index.get(claim.claimant.strip().lower())
        if source is None and not claim.claimant_anonymous:
            if by_form is None:
                by_form = {}
                for key, known in index.items():
                    by_form.setdefault(canonical_body(key).lower(), known)
            name = canonical_body(claim.claimant)
            source = index.get(name.lower()) or by_form.get(name.lower())
        else:
            name = " ".join(claim.claimant.split())
        if source is None:
            kind = Source.Kind.ANONYMOUS if claim.claimant_anonymous else Source.Kind.OTHER
            source, _ = Source.objects.get_or_create(
                name=name[:200], defaults={"kind": kind, "provisional": True}
            )
        resolved[claim.claimant] = source
    for claim in claims:  # the outlets that relay a claim ("X, citing Y": X)
        relay = claim.relayed_by
        if relay and relay not in resolved:
            resolved[relay] = (
                index.get(relay.strip().lower())
                or (
                    Source.objects.get_or_create(
                        name=" ".join(relay.split())[:200],
                        defaults={"kind": Source.Kind.OUTLET, "provisional": True},
                    )[0]
                )
            )
    return resolved


def _valid(claim: ExtractedClaim, document: Document) -> bool:
    """Drop what the record's constraints would refuse, rather than lose the whole document."""
    length = len(document.title if claim.in_title else document.text)
    if not 0 <= claim.start < claim.end <= length:
        logger.warning(
            "document %s: claim span %s-%s out of range", document.pk, claim.start, claim.end
        )
        return False
    # "up to 20 people" carries a ceiling alone: a casualty needs one bound, not both
    no_value = claim.min is None and claim.max is None
    if claim.kind == "casualty" and (not claim.category or no_value):
        return False
    if claim.kind == "cause" and (not claim.cause or not claim.polarity):
        return False
    return claim.max is None or claim.min is None or claim.min <= claim.max


_KEY_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _squash(text: str | None) -> str:
    """ "KC-135" -> "kc135", "western Iraq" -> "westerniraq": names compared without spelling."""
    return re.sub(r"[^0-9a-z]", "", (text or "").lower())


def _event_date(event: Event) -> date | None:
    """The event's date, or the one its key carries ("...-2026-03-12")."""
    if event.occurred_on:
        return event.occurred_on
    match = _KEY_DATE.search(event.key)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    return None


def _event_score(event: Event, proposal: EventProposal) -> int:
    """How well an existing event fits what a document is about; 0: not the same incident.

    The subject (aircraft type) and the place count, from the event's fields or, where an
    event was created from a key alone ("kc135-western-iraq-2026-03-12"), from its key and
    title; the date must fall within EVENT_MATCH_DAYS when both are known.
    """
    named = _squash(f"{event.key} {event.title}")
    subject = _squash(proposal.aircraft)
    place = _squash(proposal.place)
    score = 0
    if subject and (_squash(event.subject) == subject or subject in named):
        score += 2
    if place and (_squash(event.place) == place or place in named):
        score += 1
    if not score:
        return 0
    known = _event_date(event)
    if proposal.occurred_on and known:
        if abs((proposal.occurred_on - known).days) > EVENT_MATCH_DAYS:
            return 0
        score += 1
    # The subject, or the place and the date: a place alone is many incidents.
    if score < 2:
        return 0
    return score


def event_for_proposal(proposal: EventProposal) -> tuple[Event | None, bool]:
    """The event a proposal is about: the existing one that fits it best (subject, place,
    date within EVENT_MATCH_DAYS; an event created from a key alone is matched on its key and
    title), else a new proposed one. Returns (event, confident): link only if confident.

    Reads only the candidate events whose subject, place, key or title mention the
    proposal's subject or place (never the whole table).
    """
    confident = proposal.confidence >= settings.FACTCHECK_EVENT_LINK_CONFIDENCE
    if not (proposal.aircraft or proposal.place):
        return None, False
    mentions = Q()
    for text in (proposal.aircraft, proposal.place):
        if not text:
            continue
        slug = slugify(text)
        mentions |= Q(subject__iexact=text) | Q(place__iexact=text) | Q(title__icontains=text)
        mentions |= Q(key__icontains=slug) | Q(key__icontains=slug.replace("-", ""))
    candidates = list(Event.objects.filter(mentions).order_by("id")[:200])
    scored = [(_event_score(event, proposal), event) for event in candidates]
    scored = [(score, event) for score, event in scored if score]
    if scored:
        # Best fit first; among equals, an event a person named (not proposed) and the oldest.
        scored.sort(key=lambda pair: (-pair[0], pair[1].proposed, pair[1].pk))
        return scored[0][1], confident
    parts = [
        proposal.aircraft,
        proposal.place,
        proposal.occurred_on and proposal.occurred_on.isoformat(),
    ]
    key = (
        slugify("-".join(p for p in parts if p), allow_unicode=True)[:120]
        or slugify(proposal.title, allow_unicode=True)[:120]
    )
    if not key:
        return None, False
    event, _ = Event.objects.get_or_create(
        key=key,
        defaults={
            "title": proposal.title[:300] or key,
            "subject": proposal.aircraft or "",
            "place": proposal.place or "",
            "occurred_on": proposal.occurred_on,
            "proposed": True,
        },
    )
    return event, confident


def _event_describe(*, event_id: int, proposal: EventProposal) -> None:
    """Fills an event's blank subject, place and date from a document linked to it by key,
    so that documents arriving without a key find it (only blank fields; one UPDATE)."""
    values = {}
    if proposal.aircraft:
        values["subject"] = proposal.aircraft
    if proposal.place:
        values["place"] = proposal.place[:200]
    if proposal.occurred_on:
        values["occurred_on"] = proposal.occurred_on
    for field, value in values.items():
        blank = {f"{field}__isnull": True} if field == "occurred_on" else {field: ""}
        Event.objects.filter(pk=event_id, **blank).update(**{field: value})


def _run_extractor(document: Document, sources: list[Source]) -> ExtractionResult:
    try:
        return extract(_document_input(document), _known_sources(sources))
    except Exception as exc:  # the extractor must never lose the document
        logger.exception("extractor failed on document %s", document.pk)
        return ExtractionResult(skipped_reason=f"extractor error: {type(exc).__name__}: {exc}")


def _claims_reconcile(*, document: Document, rows: dict[str, Claim]) -> None:
    """Re-extraction: keep claims found again, delete extracted ones no longer found, keep
    those a person entered, add the new ones, and move them all to the document's event."""
    Claim.objects.filter(document=document, extracted=True).exclude(
        fingerprint__in=rows.keys()
    ).delete()
    existing = set(Claim.objects.filter(document=document).values_list("fingerprint", flat=True))
    Claim.objects.bulk_create([row for fp, row in rows.items() if fp not in existing])
    Claim.objects.filter(document=document).exclude(event=document.event).update(
        event=document.event
    )


def _publisher_infer(document: Document, sources: list[Source]) -> Source | None:
    """A document stored without a publisher gets the one its URL's host or its own text
    names (factcheck.extraction.publisher), as a provisional source if the record has none
    by that name; None, and the document unchanged, when neither tells."""
    name = find_publisher(document.text, document.url, _known_sources(sources))
    if name is None:
        return None
    source, _ = source_get_or_create_provisional(name=name, kind=Source.Kind.OUTLET)
    Document.objects.filter(pk=document.pk, publisher__isnull=True).update(publisher=source)
    document.publisher = source
    return source


def document_extract(*, document_id: int, force: bool = False) -> ExtractOutcome | None:
    """Extract a document's claims and link it to an event; enqueue the event's evaluation.

    Writes the document's claims (upserted by fingerprint: claims no longer found are
    deleted unless a person corrected them), its event or proposed event, and its state.
    Safe to run twice: a document already extracted is left alone unless `force`.
    Returns None when the document is gone.
    """
    document = Document.objects.select_related("publisher").filter(pk=document_id).first()
    if document is None:
        return None
    if document.state != Document.State.QUEUED and not force:
        if document.state == Document.State.EXTRACTED and document.event_id is not None:
            # A redelivered task: the worker that did this extraction may have died after
            # committing it and before publishing the evaluation, whose pending row would
            # then turn every later request away. A duplicate evaluation is harmless.
            event_evaluation_publish(event_id=document.event_id)
        return ExtractOutcome(
            document_id=document.pk,
            claims=document.claims.count(),
            event_id=document.event_id,
            already_done=True,
        )

    sources = list(Source.objects.all())  # read once: for the extractor and for claimants
    if document.publisher_id is None:
        publisher = _publisher_infer(document, sources)
        if publisher is not None and publisher not in sources:
            sources.append(publisher)
    started = clock.perf_counter()
    result = _run_extractor(document, sources)
    elapsed_ms = (clock.perf_counter() - started) * 1000
    if result.skipped_reason:
        logger.info(
            "document %s: no claims: %s",
            document.pk,
            result.skipped_reason,
            extra={"document_id": document.pk},
        )

    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        if document.state != Document.State.QUEUED and not force:
            return ExtractOutcome(document.pk, document.claims.count(), document.event_id, "", True)
        if document.event_id is None and result.event is not None:
            event, confident = event_for_proposal(result.event)
            if event is not None and confident:
                document.event = event
            elif event is not None:
                document.proposed_event = event
        elif (
            document.event_id is not None
            and result.event is not None
            and result.event.confidence >= settings.FACTCHECK_EVENT_LINK_CONFIDENCE
        ):
            _event_describe(event_id=document.event_id, proposal=result.event)
        claims = [c for c in result.claims if _valid(c, document)]
        claimants = _resolve_claimants(claims, source_index(sources))
        rows = {}
        for extracted in claims:
            row = _claim_row(extracted=extracted, document=document, claimants=claimants)
            taken = rows.get(row.fingerprint)
            if taken is not None and extracted.agent and taken.agent != row.agent:
                row.fingerprint = claim_fingerprint(extracted, with_agent=True)
            rows.setdefault(row.fingerprint, row)
        if document.state == Document.State.QUEUED and not document.claims.exists():
            # A first extraction: nothing to reconcile.
            Claim.objects.bulk_create(rows.values())
        else:
            _claims_reconcile(document=document, rows=rows)
        document.state = Document.State.EXTRACTED
        document.state_reason = result.skipped_reason or ""
        document.extracted_at = timezone.now()
        document.save(
            update_fields=["event", "proposed_event", "state", "state_reason", "extracted_at"]
        )
        if document.event_id is not None:
            event_id = document.event_id
            # After commit, so that the evaluation it may enqueue sees these claims.
            transaction.on_commit(lambda: event_request_evaluation(event_id=event_id))
    logger.info(
        "document %s extracted: %d claims in %.1f ms",
        document.pk,
        len(rows),
        elapsed_ms,
        extra={
            "document_id": document.pk,
            "event_id": document.event_id,
            "claims": len(rows),
            "duration_ms": round(elapsed_ms, 2),
        },
    )
    return ExtractOutcome(
        document_id=document.pk,
        claims=len(rows),
        event_id=document.event_id,
        skipped_reason=result.skipped_reason or "",
    )


def document_mark_failed(*, document_id: int, reason: str) -> None:
    """Record why a document could not be processed (the document itself is kept)."""
    Document.objects.filter(pk=document_id).update(
        state=Document.State.FAILED, state_reason=reason[:2000]
    )


def event_request_evaluation(*, event_id: int) -> bool:
    """Enqueue an evaluation of the event unless one is already queued and not yet started.

    Call it after the claims it is about are committed. Writes a PendingEvaluation row; the
    evaluation deletes that row before it reads claims, so claims committed before this call
    are always seen by a queued or later evaluation. Returns whether it enqueued one.
    """
    try:
        with transaction.atomic():
            PendingEvaluation.objects.create(event_id=event_id)
            transaction.on_commit(lambda: _evaluation_enqueue(event_id))
    except IntegrityError:  # already queued (or the event is gone)
        return False
    return True


def event_evaluation_publish(*, event_id: int) -> None:
    """Enqueue an evaluation of the event even if one is marked pending (see the sweep)."""
    PendingEvaluation.objects.get_or_create(event_id=event_id)
    _evaluation_enqueue(event_id)


def _evaluation_enqueue(event_id: int) -> None:
    # A short delay lets a burst of documents join the same evaluation.
    registered_task(EVALUATE_EVENT).apply_async(
        (event_id,), countdown=settings.FACTCHECK_EVALUATION_DELAY
    )


def event_evaluate_and_announce(*, event_id: int) -> RuleRun | None:
    """Run the rules over one event and announce the findings it opened (created or
    reopened), in one transaction: the finding.opened webhook deliveries are written with the
    findings and sent on commit. Returns the engine's RuleRun, or None when the event is gone.
    """
    with transaction.atomic():
        run = event_evaluate(event_id=event_id)
        if run is not None and run.opened:
            signals.findings_opened.send(sender=RuleRun, finding_ids=run.opened)
    return run


def event_evaluate_and_mark(*, event_id: int) -> None:
    """Run the rules over one event, then mark its extracted documents evaluated.

    Deletes the event's PendingEvaluation first, in its own commit, so claims committed from
    now on request a new evaluation. Safe to run twice: the rules engine upserts findings by
    fingerprint.
    """
    PendingEvaluation.objects.filter(event_id=event_id).delete()
    run = event_evaluate_and_announce(event_id=event_id)
    if run is None:
        return
    logger.info(
        "event %s evaluated: %d claims, %d findings new, %d updated, %d resolved in %.1f ms",
        event_id,
        run.claims_count,
        run.findings_created,
        run.findings_updated,
        run.findings_resolved,
        run.duration_ms,
        extra={"event_id": event_id, "duration_ms": round(run.duration_ms, 2)},
    )
    Document.objects.filter(event_id=event_id, state=Document.State.EXTRACTED).update(
        state=Document.State.EVALUATED
    )


def documents_requeue_stuck(*, older_than: timedelta) -> tuple[int, int]:
    """Enqueue again the work of documents stuck in a state longer than `older_than`.

    A broker that lost its queue (Redis restarted without persistence) or a task that failed
    for good leaves a document `queued`, or `extracted` with its event never evaluated since.
    Re-enqueueing is harmless: both tasks are safe to run twice. Returns (extractions,
    evaluations) enqueued.
    """
    extract_claims = registered_task(EXTRACT_CLAIMS)
    evaluate_event = registered_task(EVALUATE_EVENT)
    cutoff = timezone.now() - older_than
    queued = list(
        Document.objects.filter(state=Document.State.QUEUED, ingested_at__lt=cutoff).values_list(
            "pk", flat=True
        )
    )
    for document_id in queued:
        extract_claims.delay(document_id)
    event_ids = set(
        Document.objects.filter(
            state=Document.State.EXTRACTED, extracted_at__lt=cutoff, event__isnull=False
        ).values_list("event_id", flat=True)
    )
    # An evaluation requested but never run (its task lost) would block new requests.
    event_ids |= set(
        PendingEvaluation.objects.filter(requested_at__lt=cutoff).values_list("event_id", flat=True)
    )
    for event_id in event_ids:
        evaluate_event.delay(event_id)
    return len(queued), len(event_ids)
