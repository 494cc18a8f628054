"""What goes in one subscriber's digest: periods, filters, partners' scopes, counts that moved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from factcheck.digests.models import Frequency
from factcheck.digests.periods import period_containing, period_due
from factcheck.digests.selectors import changes_between, digest_build
from factcheck.models import Severity
from partners.models import Scope
from tests.api.factories import PartnerFactory
from tests.digests.conftest import DAY, IN_PERIOD, active_subscription


def test_periods_tile_time_per_frequency(settings):
    at = datetime(2026, 3, 12, 15, 42, 7, tzinfo=UTC)  # a Thursday
    daily = period_containing(frequency=Frequency.DAILY, at=at)
    assert (daily.start, daily.end, daily.key) == (DAY, DAY + timedelta(days=1), "daily:2026-03-12")
    weekly = period_containing(frequency=Frequency.WEEKLY, at=at)
    assert weekly.start == datetime(2026, 3, 9, tzinfo=UTC)
    assert weekly.key == "weekly:2026-W11"
    assert weekly.title == "week of 09 Mar to 15 Mar 2026"
    minute = period_containing(frequency=Frequency.IMMEDIATE, at=at)
    assert (minute.start, minute.end) == (at.replace(second=0), at.replace(second=0, minute=43))

    settings.FACTCHECK_DIGEST_SETTLE_SECONDS = 60
    assert period_due(frequency=Frequency.DAILY, now=DAY + timedelta(days=1, seconds=59)).start == (
        DAY - timedelta(days=1)
    )
    assert period_due(frequency=Frequency.DAILY, now=DAY + timedelta(days=1, minutes=5)) == daily
    due = period_due(frequency=Frequency.IMMEDIATE, now=at)
    assert due.end <= at - timedelta(seconds=60)


def test_the_desks_time_zone_sets_the_day(settings):
    settings.TIME_ZONE = "Europe/Berlin"
    period = period_containing(
        frequency=Frequency.DAILY, at=datetime(2026, 3, 12, 23, 30, tzinfo=UTC)
    )
    assert period.start == datetime(2026, 3, 12, 23, tzinfo=UTC)
    assert period.key == "daily:2026-03-13"


def build(subscription, period):
    return digest_build(subscription=subscription, start=period.start, end=period.end)


def test_all_changes_of_the_period(record):
    changes = changes_between(start=record.period.start, end=record.period.end)
    assert [(f.id, f.change) for f in changes.findings] == [
        (record.critical.pk, "new"),
        (record.warning.pk, "new"),
        (record.reopened.pk, "reopened"),
    ]
    assert [v.id for v in changes.verdicts] == [record.verdict.pk]
    [move] = changes.counts
    assert (move.claimant, move.category, move.group, move.before, move.after) == (
        "US Central Command",
        "killed",
        "crew",
        "4",
        "6",
    )


@pytest.mark.parametrize(
    ("filters", "findings", "verdicts", "counts"),
    [
        ({}, 3, 1, 1),
        ({"min_severity": Severity.WARNING}, 2, 1, 1),
        ({"min_severity": Severity.CRITICAL}, 1, 1, 1),
        ({"rules": ["casualty_revision"]}, 1, 1, 1),
        ({"published_verdicts_only": True}, 0, 1, 0),
        ({"frequency": Frequency.IMMEDIATE}, 1, 0, 0),
    ],
)
def test_filters(record, filters, findings, verdicts, counts):
    digest = build(active_subscription(**filters), record.period)
    assert (len(digest.findings), len(digest.verdicts), len(digest.counts)) == (
        findings,
        verdicts,
        counts,
    )


def test_the_events_filter(record):
    digest = build(active_subscription(events=[record.ferry]), record.period)
    assert [f.id for f in digest.findings] == [record.warning.pk]
    assert (digest.verdicts, digest.counts) == ([], [])


def test_nothing_from_before_the_confirmation(record):
    subscription = active_subscription()
    subscription.confirmed_at = IN_PERIOD + timedelta(minutes=30)
    digest = build(subscription, record.period)
    assert [f.id for f in digest.findings] == [record.reopened.pk]  # reopened after it
    assert [v.id for v in digest.verdicts] == [record.verdict.pk]
    assert digest.counts == []


def test_a_partners_scopes_bound_its_subscriptions(record):
    reader = active_subscription(partner=PartnerFactory(scopes=[Scope.READ]))
    digest = build(reader, record.period)
    assert (len(digest.findings), len(digest.verdicts), len(digest.counts)) == (0, 1, 1)
    analyst = active_subscription(partner=PartnerFactory(scopes=[Scope.READ_FINDINGS]))
    digest = build(analyst, record.period)
    assert (len(digest.findings), len(digest.verdicts), len(digest.counts)) == (3, 0, 0)
    assert digest.findings_in_api


def test_a_period_is_read_once_for_all_subscribers(record, django_assert_num_queries):
    subscriptions = [active_subscription(f"s{i}@example.org") for i in range(3)]
    changes_between(start=record.period.start, end=record.period.end)
    with django_assert_num_queries(1):  # the events filters of all subscriptions, once
        for subscription in subscriptions:
            build(subscription, record.period)


def test_a_partners_digest_has_no_admin_links(record):
    from factcheck.digests.rendering import digest_render

    reader = active_subscription(partner=PartnerFactory(scopes=[Scope.READ, Scope.READ_FINDINGS]))
    rendered = digest_render(
        build(reader, record.period), period_title="t", unsubscribe_url="https://x.example/u"
    )
    assert "/admin/" not in rendered.text
    assert "/admin/" not in rendered.html
    staff = active_subscription("desk@example.org")
    rendered = digest_render(
        build(staff, record.period), period_title="t", unsubscribe_url="https://x.example/u"
    )
    assert "/admin/claims/verdict/" in rendered.text
