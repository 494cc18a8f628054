"""Digest periods: fixed, consecutive windows per frequency, so "since the last digest" is the
previous window and every send of one period sees the same window.

immediate: one minute; daily: a calendar day; weekly: Monday to Monday; in the desk's time
zone (TIME_ZONE). A period is due once it ended FACTCHECK_DIGEST_SETTLE_SECONDS ago.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from factcheck.digests.models import Frequency


@dataclass(frozen=True)
class Period:
    frequency: str
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        """Unique per frequency and window: the Delivery's `period`."""
        return f"{self.frequency}:{self.label}"

    @property
    def label(self) -> str:
        local = timezone.localtime(self.start)
        if self.frequency == Frequency.IMMEDIATE:
            return local.strftime("%Y-%m-%dT%H:%M")
        if self.frequency == Frequency.WEEKLY:
            year, week, _ = local.isocalendar()
            return f"{year}-W{week:02d}"
        return local.date().isoformat()

    @property
    def title(self) -> str:
        """For people: the subject line and the digest's heading."""
        local = timezone.localtime(self.start)
        if self.frequency == Frequency.IMMEDIATE:
            return local.strftime("%d %b %Y %H:%M")
        if self.frequency == Frequency.WEEKLY:
            last = timezone.localtime(self.end) - timedelta(days=1)
            return f"week of {local:%d %b} to {last:%d %b %Y}"
        return local.strftime("%a %d %b %Y")


def _local_midnight(day) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.get_default_timezone())


def period_containing(*, frequency: str, at: datetime) -> Period:
    if frequency == Frequency.IMMEDIATE:
        start = at.replace(second=0, microsecond=0)
        return Period(frequency, start, start + timedelta(minutes=1))
    day = timezone.localtime(at).date()
    if frequency == Frequency.DAILY:
        return Period(frequency, _local_midnight(day), _local_midnight(day + timedelta(days=1)))
    if frequency == Frequency.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return Period(
            frequency, _local_midnight(monday), _local_midnight(monday + timedelta(days=7))
        )
    raise ValueError(f"unknown frequency {frequency!r}")


def period_previous(period: Period) -> Period:
    return period_containing(
        frequency=period.frequency, at=period.start - timedelta(microseconds=1)
    )


def period_due(*, frequency: str, now: datetime | None = None) -> Period:
    """The latest period that ended at least the settle time ago."""
    now = now or timezone.now()
    settled = now - timedelta(seconds=settings.FACTCHECK_DIGEST_SETTLE_SECONDS)
    return period_previous(period_containing(frequency=frequency, at=settled))


def period_current(*, frequency: str, now: datetime | None = None) -> Period:
    """The period in progress (the admin's preview of the next digest)."""
    return period_containing(frequency=frequency, at=now or timezone.now())
