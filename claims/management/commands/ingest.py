from __future__ import annotations

from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.document_files import FileProblem, read_documents
from claims.models import Document
from claims.services import IngestError, document_ingest
from factcheck.models import Finding


class Command(BaseCommand):
    help = (
        "Ingest documents from files and folders (.txt/.md with optional front matter, .json "
        "with one document or a list). One transaction per document: a bad file is reported "
        "and the others still go in."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--event", help="Event key for documents that name none")

    def handle(self, *args, paths: list[Path], event: str | None, **options):
        totals: Counter[str] = Counter()
        for item in read_documents(paths):
            if isinstance(item, FileProblem):
                totals["error"] += 1
                self.stderr.write(f"error  {item.origin}: {item.reason}")
                continue
            for warning in item.warnings:
                self.stderr.write(f"warning  {item.origin}: {warning}")
            fields = item.fields
            try:
                result = document_ingest(
                    text=fields.get("text"),
                    title=fields.get("title", ""),
                    url=fields.get("url", ""),
                    publisher=fields.get("publisher", ""),
                    published_at=fields.get("published_at"),
                    language=fields.get("language", "en"),
                    event_key=fields.get("event") or event,
                )
            except IngestError as exc:
                totals["error"] += 1
                self.stderr.write(f"error  {item.origin}: {exc}")
                continue
            totals[result.status] += 1
            self.stdout.write(
                f"{result.status:<12} {item.origin}: {self._describe(result.document)}"
            )
        self.stdout.write(
            "summary: {stored} stored, {new_version} new versions, {duplicate} duplicates, "
            "{error} errors".format(
                **{k: totals[k] for k in ("stored", "new_version", "duplicate", "error")}
            )
        )
        if totals["error"] and not (totals["stored"] + totals["new_version"] + totals["duplicate"]):
            raise CommandError("nothing could be ingested")

    def _describe(self, document: Document) -> str:
        document.refresh_from_db()
        claims = document.claims.count()
        findings = Finding.objects.filter(claims__document=document).distinct().count()
        event = document.event.key if document.event else "no event"
        state = document.state + (f" ({document.state_reason})" if document.state_reason else "")
        return f"#{document.pk} {state}; {claims} claims; {findings} findings; {event}"
