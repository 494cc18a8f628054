"""Builds Claim rows from the GOLD claims of the annotated set (tests/data/annotated)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, time
from pathlib import Path

from claims.models import Claim, Document, Event, Source
from claims.services import sources_load

REPO = Path(__file__).resolve().parents[2]
ANNOTATED = REPO / "tests" / "data" / "annotated"
FINDINGS = ANNOTATED / "findings.json"


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(12), tzinfo=UTC)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _stated_at(stated_on: str | None, published: datetime | None) -> datetime | None:
    """As the pipeline stores it: the publication time when said that day, else noon UTC."""
    if stated_on is None:
        return published
    day = date.fromisoformat(stated_on)
    if published is not None and published.astimezone(UTC).date() == day:
        return published
    return datetime.combine(day, time(12), tzinfo=UTC)


def _source(name: str, cache: dict[str, Source], kind: str = Source.Kind.OTHER) -> Source:
    if name not in cache:
        if name.endswith("(anonymous)"):
            kind = Source.Kind.ANONYMOUS
        cache[name], _ = Source.objects.get_or_create(name=name, defaults={"kind": kind})
    return cache[name]


def _span(gold: dict, document: Document) -> tuple[str, int, int] | None:
    for span_in, text in ((Claim.SpanIn.TEXT, document.text), (Claim.SpanIn.TITLE, document.title)):
        start = text.find(gold["evidence"])
        if start >= 0 and gold["evidence"]:
            return span_in, start, start + len(gold["evidence"])
    return None


def _aboard(golds: list[dict], claimant: str | None) -> int | None:
    """The number aboard a document states (the claimant's own first)."""
    aboard = [g for g in golds if g["kind"] == "casualty" and g["category"] == "aboard"]
    aboard.sort(key=lambda g: g["claimant"] != claimant)
    for gold in aboard:
        if gold.get("min") is not None and gold.get("min") == gold.get("max"):
            return gold["min"]
    return None


def annotated_events_load() -> list[Event]:
    """Stores every annotated document and its gold claims; returns the events."""
    sources_load(path=REPO / "seeds" / "sources.json")
    if (ANNOTATED / "sources.json").exists():
        sources_load(path=ANNOTATED / "sources.json")
    cache = {source.name: source for source in Source.objects.all()}
    for source in list(cache.values()):
        for alias in source.aliases:
            cache.setdefault(alias, source)
    events = {}
    for path in sorted(ANNOTATED.glob("*/*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        key = raw.get("event") or path.parent.name
        if key not in events:
            events[key], _ = Event.objects.get_or_create(key=key, defaults={"title": key})
        published = _moment(raw.get("published_at"))
        document = Document.objects.create(
            publisher=_source(raw["publisher"], cache, Source.Kind.OUTLET),
            url=raw.get("url") or f"https://annotated.example/{key}/{path.stem}",
            title=raw.get("title") or "",
            text=raw["text"],
            published_at=published,
            content_hash=hashlib.sha256(raw["text"].encode()).hexdigest(),
            event=events[key],
            state=Document.State.EXTRACTED,
        )
        golds = (raw.get("gold") or {}).get("claims", [])
        for index, gold in enumerate(golds):
            row = _claim(gold, golds, document, cache, published, index)
            if row is not None:
                row.save()
    return list(events.values())


def _claim(gold, golds, document, cache, published, index) -> Claim | None:
    span = _span(gold, document)
    if span is None:
        return None
    span_in, start, end = span
    values = {}
    if gold["kind"] == "casualty":
        low, high, qualifier = gold.get("min"), gold.get("max"), gold.get("qualifier") or ""
        total = None
        if qualifier == "of_total" or (qualifier == "all" and low is None):
            # "all" with no number: only the claimant's own count aboard says how many.
            total = _aboard(
                [g for g in golds if g["claimant"] == gold["claimant"] or qualifier == "of_total"],
                gold["claimant"],
            )
        if qualifier == "all" and low is None:
            low = high = total
        if low is None and qualifier == "at_most":
            low = 0
        if low is None:
            return None  # a count the record cannot hold without a number
        values = {
            "category": gold["category"],
            "group": gold.get("group") or "",
            "count_min": low,
            "count_max": high,
            "count_total": total if qualifier == "of_total" else None,
            "qualifier": qualifier,
            "scope": gold.get("scope") or "incident",
        }
    else:
        values = {
            "cause": gold["cause"],
            "polarity": gold["polarity"],
            "agent": gold.get("agent") or "",
        }
    return Claim(
        document=document,
        event=document.event,
        claimant=_source(gold["claimant"], cache),
        claimant_anonymous=gold["claimant"].endswith("(anonymous)"),
        attribution=gold["attribution"],
        kind=gold["kind"],
        span_in=span_in,
        span_start=start,
        span_end=end,
        text=gold["evidence"],
        stated_at=_stated_at(gold.get("stated_on"), published),
        fingerprint=f"gold-{index}",
        extracted=False,
        **values,
    )
