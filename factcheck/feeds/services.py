"""Writes for feeds: adding one, following feeds for an event, claiming the feeds due and
polling one (conditional GET, new entries fetched and ingested once, failures backed off)."""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims.fetching import FEED_TYPES, FetchError, fetch
from claims.models import Document, Source
from claims.services import IngestError, document_ingest, source_get_or_create_provisional
from claims.web_ingest import fetched_document_fields
from factcheck.feeds.models import EventFollow, Feed, FeedEntry

logger = logging.getLogger(__name__)

# A failed poll waits interval * 2**failures, at most this long.
MAX_BACKOFF = timedelta(hours=6)
# An entry whose page could not be fetched is tried again at later polls, this many times.
ENTRY_ATTEMPTS = 3
# A due feed is claimed for this long: a poll that dies is retried after it.
CLAIM_LEASE = timedelta(minutes=10)


@dataclass
class PollResult:
    status: str  # "not_modified", "fetched", "failed" or "skipped"
    new: int = 0  # entries not seen before
    ingested: int = 0  # documents stored (new or new versions)
    errors: list[str] = field(default_factory=list)


def feed_create(
    *, url: str, publisher: str = "", title: str = "", interval_minutes: int = 15
) -> Feed:
    """A feed to poll (now, then every interval); its publisher a source (provisional if new).
    Safe to run twice: the same url returns the feed, updated."""
    source = None
    if publisher.strip():
        source, _ = source_get_or_create_provisional(name=publisher, kind=Source.Kind.OUTLET)
    feed, _ = Feed.objects.update_or_create(
        url=url,
        defaults={"publisher": source, "title": title, "interval_minutes": interval_minutes},
    )
    return feed


def event_follow(
    *, event_key: str, keywords: list[str], feeds: list[Feed] | None = None, title: str = ""
) -> EventFollow:
    """The event (created if new) follows `feeds` (all feeds when none) for `keywords`."""
    from claims.services import event_get_or_create

    words = [" ".join(word.split()) for word in keywords if word.strip()]
    if not words:
        raise IngestError("an event follows feeds with at least one keyword")
    with transaction.atomic():
        event = event_get_or_create(key=event_key, title=title)
        follow = EventFollow.objects.create(event=event, keywords=words)
        if feeds:
            follow.feeds.set(feeds)
    return follow


def feeds_claim_due(*, now: datetime | None = None) -> list[int]:
    """The ids of active feeds whose poll is due, each claimed (its next poll moved a lease
    ahead by a conditional update) so two beats never poll one feed twice."""
    now = now or timezone.now()
    due = Feed.objects.filter(active=True).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    )
    claimed = []
    for feed_id, next_poll_at in due.values_list("id", "next_poll_at"):
        won = Feed.objects.filter(id=feed_id, next_poll_at=next_poll_at).update(
            next_poll_at=now + CLAIM_LEASE
        )
        if won:
            claimed.append(feed_id)
    return claimed


def _backoff(feed: Feed) -> timedelta:
    wait = timedelta(minutes=feed.interval_minutes) * (2 ** min(feed.failures, 16))
    return min(wait, MAX_BACKOFF)


def _record_failure(feed: Feed, reason: str, now: datetime) -> None:
    feed.failures += 1
    feed.failing_since = feed.failing_since or now
    feed.last_error = reason[:2000]
    feed.last_polled_at = now
    feed.next_poll_at = now + _backoff(feed)
    feed.save(
        update_fields=["failures", "failing_since", "last_error", "last_polled_at", "next_poll_at"]
    )
    logger.warning("feed %s failed (%s in a row): %s", feed.pk, feed.failures, reason)


def _record_success(feed: Feed, now: datetime, *, etag: str, last_modified: str) -> None:
    feed.failures = 0
    feed.failing_since = None
    feed.last_error = ""
    feed.last_polled_at = feed.last_success_at = now
    feed.next_poll_at = now + timedelta(minutes=feed.interval_minutes)
    feed.etag, feed.last_modified = etag[:500], last_modified[:100]
    feed.save(
        update_fields=[
            "failures",
            "failing_since",
            "last_error",
            "last_polled_at",
            "last_success_at",
            "next_poll_at",
            "etag",
            "last_modified",
        ]
    )


def _entry_time(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _matches(keywords: list[str], haystack: str) -> bool:
    return any(
        re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack, re.IGNORECASE) for word in keywords
    )


def _event_for(follows: list[EventFollow], feed: Feed, title: str, text: str) -> str | None:
    """The key of the first event following this feed whose keywords the report has."""
    haystack = f"{title}\n{text}"
    for follow in follows:
        feed_ids = {f.pk for f in follow.feeds.all()}
        if feed_ids and feed.pk not in feed_ids:
            continue
        if _matches(follow.keywords, haystack):
            return follow.event.key
    return None


def _entry_ingest(feed: Feed, entry: FeedEntry, follows: list[EventFollow]) -> bool:
    """Fetch one entry's page and store it (its FeedEntry marked in the same transaction).
    True when a document was stored; on failure the entry keeps the error for a later try."""
    try:
        fields = fetched_document_fields(fetch(entry.url))
    except (FetchError, IngestError) as exc:
        FeedEntry.objects.filter(pk=entry.pk).update(
            attempts=entry.attempts + 1, error=str(exc)[:2000], updated_at=timezone.now()
        )
        return False
    if feed.publisher_id:
        fields["publisher"] = feed.publisher.name
    fields["title"] = fields["title"] or entry.title
    if fields["published_at"] is None:
        fields["published_at"] = entry.published_at
    event_key = _event_for(follows, feed, fields["title"], fields["text"])
    try:
        with transaction.atomic():
            result = document_ingest(**fields, event_key=event_key)
            FeedEntry.objects.filter(pk=entry.pk).update(
                document=result.document,
                attempts=entry.attempts + 1,
                error="",
                updated_at=timezone.now(),
            )
    except IngestError as exc:
        FeedEntry.objects.filter(pk=entry.pk).update(
            attempts=entry.attempts + 1, error=str(exc)[:2000], updated_at=timezone.now()
        )
        return False
    return result.is_new


def _new_entries(feed: Feed, parsed: Any) -> list[FeedEntry]:
    """The feed's entries never taken before (by entry id in this feed, or by url from any
    feed or any stored document), each recorded now as a FeedEntry to ingest."""
    candidates: dict[str, tuple[str, str, Any]] = {}
    for item in parsed.entries:
        url = (item.get("link") or "").strip()
        entry_id = (item.get("id") or url).strip()[:1000]
        if entry_id and url and entry_id not in candidates:
            candidates[entry_id] = (url, " ".join((item.get("title") or "").split()), item)
    if not candidates:
        return []
    seen_ids = set(
        FeedEntry.objects.filter(feed=feed, entry_id__in=list(candidates)).values_list(
            "entry_id", flat=True
        )
    )
    urls = [url for key, (url, _, _) in candidates.items() if key not in seen_ids]
    seen_urls = set(FeedEntry.objects.filter(url__in=urls).values_list("url", flat=True))
    seen_urls |= set(Document.objects.filter(url__in=urls).values_list("url", flat=True))
    fresh = []
    for entry_id, (url, title, item) in candidates.items():
        if entry_id in seen_ids or url in seen_urls:
            continue
        seen_urls.add(url)
        fresh.append(
            FeedEntry(
                feed=feed,
                entry_id=entry_id,
                url=url,
                title=title[:1000],
                published_at=_entry_time(item),
            )
        )
    try:
        return FeedEntry.objects.bulk_create(fresh)
    except IntegrityError:  # a concurrent poll of the same feed took them: it ingests them
        return []


def feed_poll(*, feed_id: int, now: datetime | None = None) -> PollResult:
    """Poll one feed: a conditional GET (ETag / Last-Modified); on a new answer every entry
    not taken before is recorded and its page fetched and ingested once (document_ingest,
    extraction enqueued), joining an event that follows the feed when its keywords match.

    Entries whose page failed earlier are tried again (up to ENTRY_ATTEMPTS). A failed poll
    is counted and the next one backed off. Safe to run twice: entries are unique per feed
    and documents per (url, text). Network I/O happens outside any transaction.
    """
    feed = Feed.objects.select_related("publisher").filter(pk=feed_id, active=True).first()
    if feed is None:
        return PollResult(status="skipped")
    now = now or timezone.now()
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        answer = fetch(feed.url, accept=FEED_TYPES, headers=headers)
    except FetchError as exc:
        _record_failure(feed, str(exc), now)
        return PollResult(status="failed", errors=[str(exc)])

    follows = list(
        EventFollow.objects.filter(active=True).select_related("event").prefetch_related("feeds")
    )
    result = PollResult(status="not_modified" if answer.not_modified else "fetched")
    parsed = None
    todo: list[FeedEntry] = []
    if not answer.not_modified:
        parsed = feedparser.parse(
            answer.body,
            # Relative entry links resolve against where the feed was found.
            response_headers={
                "content-type": answer.headers.get("content-type", ""),
                "content-location": answer.final_url,
            },
        )
        if parsed.bozo and not parsed.entries:
            reason = f"{feed.url} is not a readable feed: {parsed.get('bozo_exception', '')}"
            _record_failure(feed, reason, now)
            return PollResult(status="failed", errors=[reason])
        todo = _new_entries(feed, parsed)
        result.new = len(todo)
    retry = FeedEntry.objects.filter(
        feed=feed, document__isnull=True, attempts__lt=ENTRY_ATTEMPTS
    ).exclude(pk__in=[entry.pk for entry in todo])
    todo.extend(retry)
    for entry in todo:
        if _entry_ingest(feed, entry, follows):
            result.ingested += 1
    result.errors = list(
        FeedEntry.objects.filter(feed=feed, document__isnull=True, attempts__gt=0)
        .exclude(error="")
        .values_list("error", flat=True)[:20]
    )
    if answer.not_modified:
        _record_success(feed, now, etag=feed.etag, last_modified=feed.last_modified)
    else:
        _record_success(
            feed,
            now,
            etag=answer.headers.get("etag", ""),
            last_modified=answer.headers.get("last-modified", ""),
        )
        if parsed is not None and not feed.title and parsed.feed.get("title"):
            Feed.objects.filter(pk=feed.pk).update(title=parsed.feed["title"][:300])
    logger.info(
        "feed %s polled: %s, %s new, %s ingested",
        feed.pk,
        result.status,
        result.new,
        result.ingested,
        extra={"feed_id": feed.pk},
    )
    return result


__all__ = [
    "PollResult",
    "event_follow",
    "feed_create",
    "feed_poll",
    "feeds_claim_due",
]
