"""Feed polling tasks: a beat fan-out and one poll per feed. Thin, named, safe to run twice."""

from __future__ import annotations

from celery import shared_task

from factcheck.feeds import services
from factcheck.tasks import RETRY

# A poll fetches a feed and up to its page count of pages: more room than a rules run.
POLL_LIMITS = {"soft_time_limit": 540, "time_limit": 600}


@shared_task(name="feeds.poll_due", **RETRY)
def poll_due() -> int:
    """The periodic fan-out: one feeds.poll task per feed claimed as due."""
    feed_ids = services.feeds_claim_due()
    for feed_id in feed_ids:
        poll.delay(feed_id)
    return len(feed_ids)


@shared_task(name="feeds.poll", **RETRY, **POLL_LIMITS)
def poll(feed_id: int) -> None:
    services.feed_poll(feed_id=feed_id)
