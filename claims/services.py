"""Writes to the record: loading reference sources and ingesting documents."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from claims import pipeline
from claims.models import Document, DocumentProvenance, Event, Source
from claims.selectors import source_find

logger = logging.getLogger(__name__)

EARLIEST_PUBLICATION = datetime(1900, 1, 1, tzinfo=UTC)


class IngestError(ValueError):
    """A document that cannot be stored, with a reason a user can act on."""


@dataclass(frozen=True)
class IngestResult:
    document: Document
    status: str  # "stored", "duplicate" or "new_version"
    publisher_created: bool = False

    @property
    def is_new(self) -> bool:
        return self.status != "duplicate"


def sources_load(*, path: Path) -> tuple[int, int]:
    """Create or update the sources listed in a JSON file (seeds/sources.json's format).

    Safe to run twice: sources are matched by name; returns (created, updated).
    """
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IngestError(f"{path}: cannot read sources: {exc}") from exc
    created = updated = 0
    with transaction.atomic():
        by_name: dict[str, Source] = {}
        for row in rows:
            source, was_created = Source.objects.update_or_create(
                name=row["name"],
                defaults={
                    "kind": row.get("kind", Source.Kind.OTHER),
                    "country": row.get("country", ""),
                    "side": row.get("side", ""),
                    "aliases": list(row.get("aliases", [])),
                    "domains": list(row.get("domains", [])),
                    "reliability": row.get("reliability", Source.Reliability.F),
                    "provisional": False,
                },
            )
            by_name[source.name] = source
            created += was_created
            updated += not was_created
        for row in rows:
            parent_name = row.get("parent")
            if parent_name:
                parent = by_name.get(parent_name) or source_find(name=parent_name)
                if parent is None:
                    raise IngestError(f"{path}: unknown parent {parent_name!r} of {row['name']!r}")
                Source.objects.filter(name=row["name"]).update(parent=parent)
    return created, updated


def source_get_or_create_provisional(
    *, name: str, kind: str = Source.Kind.OTHER
) -> tuple[Source, bool]:
    """The source called `name` (or aliased so); a new provisional one for a reviewer if none.

    Returns (source, created). Never merges a new name into another source.
    """
    name = " ".join(name.split())[:200]
    source = source_find(name=name)
    if source is not None:
        return source, False
    return Source.objects.get_or_create(name=name, defaults={"kind": kind, "provisional": True})


def content_hash(text: str) -> str:
    """The hash a document is deduplicated by: line endings and trailing blanks don't count."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    normalised = "\n".join(lines).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def parse_published_at(value: Any) -> datetime | None:
    """An aware datetime from an ISO date or datetime (naive means UTC); None for empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time.min)
    elif isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise IngestError(
                f"published_at {value!r} is not an ISO date or datetime (e.g. 2026-03-12T21:30Z)"
            ) from None
    else:
        raise IngestError(f"published_at must be a string, not {type(value).__name__}")
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=UTC)
    # Stored in UTC: PostgreSQL refuses offsets beyond ±15:59 that Python accepts.
    parsed = parsed.astimezone(UTC)
    latest = timezone.now() + timedelta(days=1)
    if not EARLIEST_PUBLICATION <= parsed <= latest:
        raise IngestError(f"published_at {value!r} is out of range (1900 to tomorrow)")
    return parsed


def _validate_text(text: Any) -> str:
    if not isinstance(text, str):
        raise IngestError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise IngestError("the text is empty")
    if "\x00" in text:
        raise IngestError("the text contains NUL bytes (binary data?)")
    size = len(text.encode("utf-8"))
    limit = settings.FACTCHECK_MAX_DOCUMENT_BYTES
    if size > limit:
        raise IngestError(f"the text is too large ({size / 1e6:.1f} MB > {limit / 1e6:.1f} MB)")
    return text


def _validate_url(url: Any) -> str:
    if url is None:
        return ""
    if not isinstance(url, str):
        raise IngestError(f"url must be a string, not {type(url).__name__}")
    url = url.strip()
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise IngestError(f"url {url!r} is not an http(s) URL") from None
    return url


def document_clean(
    *, text: Any, url: Any, published_at: Any, title: Any, language: Any
) -> tuple[str, str, datetime | None, str, str]:
    """Validated (text, url, published_at, title, language); IngestError names what is wrong."""
    if title is not None and not isinstance(title, str):
        raise IngestError(f"title must be a string, not {type(title).__name__}")
    if language is not None and not isinstance(language, str):
        raise IngestError(f"language must be a string, not {type(language).__name__}")
    return (
        _validate_text(text),
        _validate_url(url),
        parse_published_at(published_at),
        " ".join((title or "").split())[:1000],
        (language or "en").strip()[:20] or "en",
    )


def event_get_or_create(*, key: str, title: str = "") -> Event:
    slug = slugify(key, allow_unicode=True)[:120]
    if not slug:
        raise IngestError(f"event {key!r} has no usable key")
    event, _ = Event.objects.get_or_create(key=slug, defaults={"title": title or key})
    return event


def document_ingest(
    *,
    text: str,
    title: str = "",
    url: str | None = "",
    publisher: str | None = "",
    published_at: Any = None,
    language: str | None = "en",
    event_key: str | None = None,
    provenance: dict[str, Any] | None = None,
) -> IngestResult:
    """Store one document once, in one transaction, and hand it to the pipeline (which
    enqueues its extraction on commit: claims.pipeline).

    The same (url, text) twice returns the stored document ("duplicate"); the same url with a
    changed text is stored as a new version linked to the latest one ("new_version"). An
    unknown publisher becomes a provisional source. Raises IngestError (nothing written) for
    bad input. Safe to run twice and concurrently: the database's unique constraint decides.
    `provenance` (DocumentProvenance's fields: fetched url, final url, fetch time, HTTP status,
    extractor) is stored with a new document in the same transaction.
    """
    text, url, when, title, language = document_clean(
        text=text, url=url, published_at=published_at, title=title, language=language
    )
    digest = content_hash(text)

    existing = Document.objects.filter(url=url, content_hash=digest).first()
    if existing is not None:
        return IngestResult(document=existing, status="duplicate")

    try:
        with transaction.atomic():
            publisher_source = None
            publisher_created = False
            if publisher and publisher.strip():
                publisher_source, publisher_created = source_get_or_create_provisional(
                    name=publisher, kind=Source.Kind.OUTLET
                )
            event = event_get_or_create(key=event_key) if event_key else None
            previous = None
            if url:
                previous = (
                    Document.objects.select_for_update(of=("self",))
                    .filter(url=url, next_version__isnull=True)
                    .order_by("-id")
                    .first()
                )
            document = Document.objects.create(
                publisher=publisher_source,
                url=url,
                title=title,
                text=text,
                published_at=when,
                language=language,
                content_hash=digest,
                previous_version=previous,
                event=event or (previous.event if previous else None),
            )
            if provenance:
                DocumentProvenance.objects.create(document=document, **provenance)
            pipeline.document_stored(document.pk)
    except IntegrityError:
        # A concurrent ingest of the same document won the race.
        existing = Document.objects.filter(url=url, content_hash=digest).first()
        if existing is None:
            raise
        return IngestResult(document=existing, status="duplicate")
    status = "new_version" if previous else "stored"
    logger.info(
        "document %s %s",
        document.pk,
        status,
        extra={"document_id": document.pk, "event_id": document.event_id},
    )
    return IngestResult(document=document, status=status, publisher_created=publisher_created)
