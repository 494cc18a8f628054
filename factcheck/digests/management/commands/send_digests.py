"""Send (or, with --dry-run, show) the digests of a period by hand.

    python manage.py send_digests --dry-run                 # the daily digests due now
    python manage.py send_digests --frequency weekly --dry-run --show
    python manage.py send_digests --period-start 2026-03-12  # that day's daily digests

Without --dry-run it does what beat does: the fan-out for the period (deliveries created,
sends enqueued; in process on the embedded default). Already sent deliveries stay sent. A
period that has not ended is refused (sending it would close it while it still changes):
--dry-run shows it so far.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from factcheck.digests.models import Delivery, Frequency
from factcheck.digests.periods import period_containing, period_due
from factcheck.digests.rendering import digest_render
from factcheck.digests.selectors import changes_between, digest_build, subscriptions_due
from factcheck.digests.services import PeriodNotOver, period_fan_out
from factcheck.digests.tokens import unsubscribe_url


class Command(BaseCommand):
    help = "Send the digests of a period (the last one due by default); --dry-run shows them."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--frequency", choices=Frequency.values, default=Frequency.DAILY)
        parser.add_argument(
            "--period-start", help="ISO date or datetime inside the period (default: last due)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show who would get what; send nothing"
        )
        parser.add_argument("--show", action="store_true", help="With --dry-run: print bodies")
        parser.add_argument("--email", help="Only this subscriber (with --dry-run)")

    def handle(self, *args, frequency: str, period_start: str | None, **options) -> None:
        at = None
        if period_start:
            try:
                at = datetime.fromisoformat(period_start)
            except ValueError:
                raise CommandError(f"--period-start: not an ISO date: {period_start}") from None
            if timezone.is_naive(at):
                at = at.replace(tzinfo=UTC)
        period = (
            period_containing(frequency=frequency, at=at) if at else period_due(frequency=frequency)
        )
        if at is None:
            # Say which period the default is: the last one that has ended.
            self.stdout.write(
                f"The last {frequency} period that has ended: {period.title} "
                f"({period.key}); --period-start picks another."
            )
        if options["dry_run"]:
            self.dry_run(period, show=options["show"], email=options["email"])
            return
        try:
            outcome = period_fan_out(frequency=frequency, period_start=period.start)
        except PeriodNotOver as exc:
            raise CommandError(f"{exc} --dry-run shows it so far.") from None
        statuses = dict.fromkeys(Delivery.Status.values, 0)
        for status in Delivery.objects.filter(period=period.key).values_list("status", flat=True):
            statuses[status] += 1
        self.stdout.write(
            f"{period.key} ({period.title}): {outcome.created} deliveries created, "
            f"{len(outcome.delivery_ids)} sends enqueued; now "
            + ", ".join(f"{name} {count}" for name, count in statuses.items() if count)
        )

    def dry_run(self, period, *, show: bool, email: str | None) -> None:
        changes = changes_between(start=period.start, end=period.end, cached=False)
        subscriptions = (
            subscriptions_due(frequency=period.frequency, end=period.end)
            .prefetch_related("events")
            .select_related("partner")
            .order_by("email", "pk")
        )
        if email:
            subscriptions = subscriptions.filter(email__iexact=email)
        sent = dict(
            Delivery.objects.filter(period=period.key).values_list("subscription_id", "status")
        )
        would = empty = 0
        self.stdout.write(f"{period.key} ({period.title}), dry run: nothing is sent or written")
        for subscription in subscriptions:
            digest = digest_build(
                subscription=subscription,
                start=period.start,
                end=period.end,
                event_ids={event.pk for event in subscription.events.all()},
                changes=changes,
            )
            state = sent.get(subscription.pk)
            if digest.is_empty:
                empty += 1
                self.stdout.write(f"  {subscription.email}: empty, not sent")
                continue
            would += 1
            rendered = digest_render(
                digest,
                period_title=period.title,
                unsubscribe_url=unsubscribe_url(subscription_id=subscription.pk),
            )
            note = f" (delivery already {state})" if state else ""
            self.stdout.write(f"  {subscription.email}: {rendered.subject}{note}")
            if show:
                self.stdout.write(rendered.text)
        self.stdout.write(f"would send {would}, empty {empty}")
