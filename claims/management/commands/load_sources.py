from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.services import IngestError, sources_load


class Command(BaseCommand):
    help = "Create or update reference sources from a JSON file (default: seeds/sources.json)."

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", default=str(settings.BASE_DIR / "seeds" / "sources.json")
        )

    def handle(self, *args, path: str, **options):
        try:
            created, updated = sources_load(path=Path(path))
        except IngestError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"sources: {created} created, {updated} updated")
