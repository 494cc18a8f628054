import json

from django.core.management.base import BaseCommand

from factcheck.models import Finding
from factcheck.readouts import finding_as_dict, findings_table
from factcheck.selectors import finding_list


class Command(BaseCommand):
    help = "Print the findings (all, or by status and event) as a table or JSON."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument("--status", choices=Finding.Status.values)
        parser.add_argument("--event", help="Event key")

    def handle(self, *args, format: str, status: str | None, event: str | None, **options):
        findings = finding_list(status=status, event_key=event)
        if format == "json":
            self.stdout.write(json.dumps([finding_as_dict(f) for f in findings], indent=2))
        else:
            self.stdout.write(findings_table(findings))
