import json

from django.core.management.base import BaseCommand

from claims.selectors import claim_list
from factcheck.readouts import claim_as_dict, claims_table


class Command(BaseCommand):
    help = "Print the claims of the record (all, or one event's) as a table or JSON."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument("--event", help="Event key")

    def handle(self, *args, format: str, event: str | None, **options):
        claims = claim_list(event_key=event)
        if format == "json":
            self.stdout.write(json.dumps([claim_as_dict(c) for c in claims], indent=2))
        else:
            self.stdout.write(claims_table(claims))
