"""Reads shared by the status command, /readyz and the admin."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from factcheck.feeds.models import Feed


def feeds_failing(*, now: datetime | None = None) -> QuerySet[Feed]:
    """Active feeds failing without a success for FACTCHECK_FEED_FAILING_AFTER (a day)."""
    now = now or timezone.now()
    since = now - timedelta(seconds=settings.FACTCHECK_FEED_FAILING_AFTER)
    return (
        Feed.objects.filter(active=True, failing_since__lte=since)
        .select_related("publisher")
        .order_by("failing_since")
    )
