"""manage.py send_digests: --dry-run shows who would get what and writes nothing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from factcheck.digests.models import Delivery
from tests.digests.conftest import active_subscription, make_record


def run(*args: str) -> str:
    out = StringIO()
    call_command("send_digests", *args, stdout=out)
    return out.getvalue()


def test_dry_run_sends_and_writes_nothing(record, django_assert_max_num_queries):
    active_subscription("all@example.org")
    active_subscription("ferry@example.org", events=[record.ferry], published_verdicts_only=True)

    with django_assert_max_num_queries(12):
        output = run("--dry-run", "--period-start", "2026-03-12", "--show")

    assert "daily:2026-03-12 (Thu 12 Mar 2026), dry run" in output
    assert "all@example.org: Fact-check desk: Daily digest, Thu 12 Mar 2026: 3 findings" in output
    assert "Counts of the killed do not overlap." in output  # --show prints the text part
    assert "ferry@example.org: empty, not sent" in output
    assert output.rstrip().endswith("would send 1, empty 1")
    assert mail.outbox == []
    assert not Delivery.objects.exists()


def test_dry_run_for_one_address(record):
    active_subscription("all@example.org")
    active_subscription("other@example.org")
    output = run("--dry-run", "--period-start", "2026-03-12", "--email", "ALL@example.org")
    assert "all@example.org" in output
    assert "other@example.org" not in output


@pytest.mark.django_db(transaction=True)
def test_without_dry_run_it_sends_the_period_once(site):
    make_record()
    active_subscription("all@example.org")
    output = run("--period-start", "2026-03-12")
    assert output.strip() == (
        "daily:2026-03-12 (Thu 12 Mar 2026): 1 deliveries created, 1 sends enqueued; now sent 1"
    )
    assert run("--period-start", "2026-03-12").strip() == (
        "daily:2026-03-12 (Thu 12 Mar 2026): 0 deliveries created, 0 sends enqueued; now sent 1"
    )
    assert [m.to for m in mail.outbox] == [["all@example.org"]]
    assert "(delivery already sent)" in run("--dry-run", "--period-start", "2026-03-12")


def test_a_bad_period_is_an_error(db):
    with pytest.raises(CommandError, match="not an ISO date"):
        run("--period-start", "yesterday")


@pytest.mark.django_db(transaction=True)
def test_a_period_not_over_is_refused_and_stays_open(site):
    """Sending today's digest by hand would mark it sent, and what changes later today would
    never go out: refused; --dry-run still shows it so far."""
    from django.utils import timezone

    make_record()
    active_subscription("all@example.org")
    today = timezone.localdate().isoformat()
    with pytest.raises(CommandError, match=r"has not ended.*--dry-run shows it so far"):
        run("--period-start", today)
    assert not Delivery.objects.exists()
    assert mail.outbox == []
    assert "dry run" in run("--dry-run", "--period-start", today)


def test_the_default_run_says_which_period_it_covers(db):
    from django.utils import timezone

    from factcheck.digests.periods import period_due

    period = period_due(frequency="daily")
    output = run("--dry-run")
    assert output.startswith(
        f"The last daily period that has ended: {period.title} ({period.key}); "
        "--period-start picks another."
    )
    assert period.end <= timezone.now()
