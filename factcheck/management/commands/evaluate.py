"""python manage.py evaluate [--event KEY]: run the rules now and print what changed."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.models import Event
from factcheck.rules.engine import event_ids_to_evaluate
from factcheck.services import event_evaluate_and_announce


class Command(BaseCommand):
    help = "Evaluate one event (--event KEY) or every event with claims, printing what changed."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--event", metavar="KEY", help="the event's key (default: all)")

    def handle(self, *args, **options) -> None:
        if options["event"]:
            event = Event.objects.filter(key=options["event"]).values_list("pk", flat=True)
            if not event:
                raise CommandError(f"no event with key {options['event']!r}")
            event_ids = list(event)
        else:
            event_ids = event_ids_to_evaluate()
        keys = dict(Event.objects.filter(pk__in=event_ids).values_list("pk", "key"))
        for event_id in event_ids:
            run = event_evaluate_and_announce(event_id=event_id)
            if run is None:
                continue
            self.stdout.write(
                f"{keys[event_id]}: {run.claims_count} claims, {len(run.rules)} rules, "
                f"{run.findings_created} new, {run.findings_updated} updated, "
                f"{run.findings_reopened} reopened, {run.findings_resolved} resolved "
                f"({run.duration_ms:.1f} ms)"
            )
            for line in getattr(run, "changes", []):
                self.stdout.write(line)
            for rule, error in run.errors.items():
                self.stderr.write(f"  ! {rule} failed: {error}")
        if not event_ids:
            self.stdout.write("no event has claims")
