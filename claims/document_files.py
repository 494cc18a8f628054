"""Reading documents from files for `manage.py ingest`.

`.txt` and `.md` files may start with a front-matter block between `---` lines
(`key: value` per line); `.json` files hold one document object or a list of them; `.html`
files are saved web pages, read by claims.web_pages (text, title, publisher, dates). Links
(http:// or https://) are fetched and read the same way (claims.web_ingest). Each
document read is a `FileDocument`; each one that cannot be read is a `FileProblem` naming
the file and the reason, so one bad file never stops the others.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from claims.services import IngestError

SUFFIXES = {".txt", ".md", ".json", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
FIELDS = ("url", "publisher", "title", "published_at", "language", "event")
# A breadcrumb line ("News / Iraq / Military") is not a headline.
BREADCRUMB = re.compile(r"^\s*[\w&' -]{1,30}(?:\s+[/>|»]\s+[\w&' -]{1,30})+\s*$")


@dataclass
class FileDocument:
    origin: str  # path, or path[index] for an item of a JSON list
    fields: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


@dataclass
class FileProblem:
    origin: str
    reason: str


def document_paths(paths: list[Path]) -> Iterator[Path | FileProblem]:
    """Files named, and the supported files inside folders named (sorted, recursively)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield FileProblem(
                    str(path), f"unsupported file type {path.suffix!r} (.txt .md .json .html)"
                )
        else:
            yield FileProblem(str(path), "no such file or folder")


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    limit = settings.FACTCHECK_MAX_DOCUMENT_BYTES
    # A JSON file may hold many documents: allow it more room, but not unbounded.
    if path.suffix.lower() == ".json":
        limit *= 20
    if size > limit:
        raise ValueError(f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:.1f} MB)")
    data = path.read_bytes()
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def split_front_matter(raw: str) -> tuple[dict[str, str], str, list[str]]:
    """(front-matter fields, body, warnings). No block: ({}, raw, [])."""
    lines = raw.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, raw, []
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ValueError("front matter opened with '---' is never closed") from None
    fields: dict[str, str] = {}
    warnings: list[str] = []
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            raise ValueError(f"front matter line {number} is not 'key: value': {line[:60]!r}")
        if key not in FIELDS:
            warnings.append(
                f"unknown front-matter key {key!r} ignored (known: {', '.join(FIELDS)})"
            )
            continue
        fields[key] = value.strip().strip('"').strip("'")
    return fields, "\n".join(lines[end + 1 :]).lstrip("\n"), warnings


def title_from_text(text: str) -> str:
    """The first line that reads like a headline (skipping breadcrumbs), shortened."""
    for line in text.split("\n"):
        line = line.strip()
        if line and not BREADCRUMB.match(line):
            return line[:300]
    return ""


def _from_text_file(path: Path) -> FileDocument:
    fields, body, warnings = split_front_matter(_read_text(path))
    fields["text"] = body
    if not fields.get("title"):
        fields["title"] = title_from_text(body)
    return FileDocument(str(path), fields, warnings)


def _from_html_file(path: Path) -> FileDocument:
    from claims.web_ingest import html_document_fields

    try:
        fields = html_document_fields(html=_read_text(path))
    except IngestError as exc:
        raise ValueError(str(exc)) from None
    return FileDocument(str(path), fields)


def is_link(argument: str) -> bool:
    return argument.lower().startswith(("http://", "https://"))


def read_links(urls: Iterable[str]) -> Iterator[FileDocument | FileProblem]:
    """Each link fetched and read (FileDocument), or why it could not be (FileProblem)."""
    from claims.web_ingest import link_document_fields

    for url in urls:
        try:
            yield FileDocument(url, link_document_fields(url=url))
        except IngestError as exc:
            yield FileProblem(url, str(exc))


def _from_json_file(path: Path) -> Iterator[FileDocument | FileProblem]:
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        yield FileProblem(
            str(path), f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        )
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        origin = f"{path}[{index}]" if isinstance(data, list) else str(path)
        if not isinstance(item, dict):
            yield FileProblem(origin, f"expected a document object, found {type(item).__name__}")
            continue
        if "text" not in item:
            yield FileProblem(origin, "missing 'text'")
            continue
        fields = {key: item[key] for key in (*FIELDS, "text") if key in item}
        for key in ("url", "publisher", "title", "language", "event"):
            if fields.get(key) is not None and not isinstance(fields[key], str):
                yield FileProblem(origin, f"{key} must be a string")
                break
        else:
            if not fields.get("title") and isinstance(fields["text"], str):
                fields["title"] = title_from_text(fields["text"])
            yield FileDocument(origin, fields)


def read_documents(
    entries: Iterable[Path | FileProblem],
) -> Iterator[FileDocument | FileProblem]:
    """Every document in the files given (as `document_paths` lists them), or the problem
    that kept it from being read."""
    for entry in entries:
        if isinstance(entry, FileProblem):
            yield entry
            continue
        try:
            if entry.suffix.lower() == ".json":
                yield from _from_json_file(entry)
            elif entry.suffix.lower() in HTML_SUFFIXES:
                yield _from_html_file(entry)
            else:
                yield _from_text_file(entry)
        except (OSError, ValueError) as exc:
            yield FileProblem(str(entry), str(exc))
