from __future__ import annotations

import itertools
import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.document_files import (
    SUFFIXES,
    FileProblem,
    document_paths,
    is_link,
    read_documents,
    read_links,
)
from claims.models import Document
from claims.services import IngestError, document_ingest
from factcheck.models import Finding

STATUSES = ("stored", "new_version", "duplicate", "error")
SKIPPED_SHOWN = 20


def skipped_files(paths: list) -> list[tuple[str, str]]:
    """(path, reason) for what the folders named hold but ingest does not read, at most
    SKIPPED_SHOWN lines (the last one counts the rest)."""
    skipped: list[tuple[str, str]] = []
    for path in map(Path, paths):
        if not path.is_dir():
            continue
        children = sorted(child for child in path.rglob("*") if child.is_file())
        if not children:
            skipped.append((str(path), "empty folder"))
        skipped.extend(
            (str(child), f"unsupported file type {child.suffix!r}" if child.suffix else "no suffix")
            for child in children
            if child.suffix.lower() not in SUFFIXES
        )
    if len(skipped) > SKIPPED_SHOWN:
        rest = len(skipped) - SKIPPED_SHOWN + 1
        skipped[SKIPPED_SHOWN - 1 :] = [("...", f"and {rest} more")]
    return skipped


class Command(BaseCommand):
    help = (
        "Ingest documents from files and folders (.txt/.md with optional front matter, .json "
        "with one document or a list, .html saved web pages) and links (http(s)://..., fetched "
        "and read like a saved page). One transaction per document: a bad file is reported "
        "and the others still go in. Interrupted, the same command resumes: documents already "
        "stored are recognised as duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files, folders or http(s) links")
        parser.add_argument("--event", help="Event key for documents that name none")
        parser.add_argument(
            "--quiet", action="store_true", help="No line per document: errors and summary only"
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help="Show a progress bar (shown by default when stderr is a terminal)",
        )

    def handle(self, *args, paths: list[str], event: str | None, quiet: bool, **options):
        links = [p for p in paths if is_link(p)]
        files: list = [*links, *document_paths([Path(p) for p in paths if not is_link(p)])]
        show_progress = options["progress"] or sys.stderr.isatty()
        bar = tqdm(total=len(files), unit="file", disable=not show_progress, file=sys.stderr)
        totals: Counter[str] = Counter()
        say = bar.write if show_progress else self.stdout.write
        complain = bar.write if show_progress else self.stderr.write
        last_origin = None
        try:
            documents = itertools.chain(read_links(links), read_documents(files[len(links) :]))
            for item in documents:
                file_origin = item.origin.split("[", 1)[0]
                if file_origin != last_origin:
                    bar.update(1 if last_origin is not None else 0)
                    last_origin = file_origin
                status, line = self._ingest_one(item, event, describe=not quiet)
                totals[status] += 1
                if status == "error":
                    complain(line)
                elif not quiet:
                    say(line)
        except KeyboardInterrupt:
            bar.close()
            self.stdout.write(self._summary(totals))
            raise CommandError("interrupted: run the same command again to resume") from None
        bar.update(1 if last_origin is not None else 0)
        bar.close()
        self.stdout.write(self._summary(totals))
        ingested = totals["stored"] + totals["new_version"] + totals["duplicate"]
        if totals["error"] and not ingested:
            raise CommandError("nothing could be ingested")
        if not totals:
            for origin, reason in skipped_files(paths):
                self.stderr.write(f"skipped  {origin}: {reason}")
            raise CommandError(
                "no usable file: nothing was ingested (reads " + " ".join(sorted(SUFFIXES)) + ")"
            )

    def _ingest_one(self, item, event: str | None, *, describe: bool) -> tuple[str, str]:
        if isinstance(item, FileProblem):
            return "error", f"error  {item.origin}: {item.reason}"
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
                provenance=fields.get("provenance"),
            )
        except IngestError as exc:
            return "error", f"error  {item.origin}: {exc}"
        if not describe:  # --quiet: spare the queries of a line nobody reads
            return result.status, ""
        return (
            result.status,
            f"{result.status:<12} {item.origin}: {self._describe(result.document)}",
        )

    @staticmethod
    def _summary(totals: Counter[str]) -> str:
        return (
            f"summary: {totals['stored']} stored, {totals['new_version']} new versions, "
            f"{totals['duplicate']} duplicates, {totals['error']} errors"
        )

    def _describe(self, document: Document) -> str:
        document.refresh_from_db()
        claims = document.claims.count()
        findings = Finding.objects.filter(claims__document=document).distinct().count()
        event = document.event.key if document.event else "no event"
        state = document.state + (f" ({document.state_reason})" if document.state_reason else "")
        return f"#{document.pk} {state}; {claims} claims; {findings} findings; {event}"
