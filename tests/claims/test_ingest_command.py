"""`manage.py ingest`: what a user sees on good and bad input, and that nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, Document, Event, Source
from tests.conftest import SEED_DOCUMENTS

pytestmark = pytest.mark.django_db

GOOD = """---
url: https://example.org/news/tanker-lost
publisher: Associated Press
title: Tanker lost over western Iraq
published_at: 2026-03-12T22:00:00Z
event: kc135-western-iraq-2026-03-12
---
Tanker lost over western Iraq

US Central Command said on Thursday that a KC-135 tanker went down in western Iraq.
"""


def run_ingest(*paths: Path, capsys) -> tuple[str, str]:
    call_command("ingest", *[str(p) for p in paths])
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_front_matter_document_is_stored_with_its_fields(tmp_path, sources, capsys):
    path = tmp_path / "ap.md"
    path.write_text(GOOD)

    out, err = run_ingest(path, capsys=capsys)

    document = Document.objects.get()
    assert document.url == "https://example.org/news/tanker-lost"
    assert document.publisher.name == "Associated Press"
    assert document.title == "Tanker lost over western Iraq"
    assert document.published_at.isoformat() == "2026-03-12T22:00:00+00:00"
    assert document.event.key == "kc135-western-iraq-2026-03-12"
    assert document.text.startswith("Tanker lost over western Iraq\n")
    assert "stored" in out
    assert "summary: 1 stored, 0 new versions, 0 duplicates, 0 errors" in out
    assert err == ""


def test_document_without_front_matter_takes_its_title_from_the_first_line(tmp_path, db, capsys):
    path = tmp_path / "plain.txt"
    path.write_text(
        "News  /  Iraq  /  Military\n\nSix crew members dead\n\nThe body of the report.\n"
    )

    run_ingest(path, capsys=capsys)

    document = Document.objects.get()
    assert document.title == "Six crew members dead"
    assert document.published_at is None
    assert document.publisher is None


def test_ingesting_the_same_folder_twice_changes_nothing(sources, capsys):
    run_ingest(SEED_DOCUMENTS, capsys=capsys)
    counts = (Document.objects.count(), Claim.objects.count(), Event.objects.count())
    assert counts[0] >= 6

    out, _ = run_ingest(SEED_DOCUMENTS, capsys=capsys)

    assert (Document.objects.count(), Claim.objects.count(), Event.objects.count()) == counts
    assert f"0 stored, 0 new versions, {counts[0]} duplicates, 0 errors" in out


def test_same_url_with_changed_text_is_a_new_version_linked_to_the_old(tmp_path, sources, capsys):
    first = tmp_path / "v1.md"
    first.write_text(GOOD)
    second = tmp_path / "v2.md"
    second.write_text(GOOD + "\nUpdate: the crew's fate is not yet known.\n")

    out, _ = run_ingest(first, second, capsys=capsys)

    old, new = Document.objects.order_by("id")
    assert new.previous_version == old
    assert new.url == old.url
    assert "new_version" in out


def test_json_list_is_ingested_item_by_item(tmp_path, sources, capsys):
    items = [
        {"text": "First report about the tanker.", "publisher": "Reuters", "title": "One"},
        {"text": "Second report about the tanker.", "publisher": "AFP", "url": "https://x.org/2"},
        {"title": "no text"},
    ]
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(items))

    out, err = run_ingest(path, capsys=capsys)

    assert Document.objects.count() == 2
    assert f"error  {path}[2]: missing 'text'" in err
    assert "summary: 2 stored, 0 new versions, 0 duplicates, 1 errors" in out


def test_unknown_publisher_becomes_a_provisional_source(tmp_path, sources, capsys):
    path = tmp_path / "new.md"
    path.write_text(GOOD.replace("Associated Press", "Daily Nowhere Gazette"))

    run_ingest(path, capsys=capsys)

    publisher = Document.objects.get().publisher
    assert publisher.name == "Daily Nowhere Gazette"
    assert publisher.provisional is True
    assert Source.objects.filter(name="Associated Press", provisional=False).exists()


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input with the words its error line must contain."""
    cases = {}
    latin1 = folder / "latin1.txt"
    latin1.write_bytes("Caf\xe9 owner says six were hurt".encode("latin-1"))
    cases["encoding"] = (latin1, "not valid UTF-8 (byte 0xe9 at offset 3)")
    broken = folder / "broken.json"
    broken.write_text('{"text": "unterminated')
    cases["json"] = (broken, "malformed JSON")
    bad_date = folder / "bad-date.md"
    bad_date.write_text(GOOD.replace("2026-03-12T22:00:00Z", "last Thursday"))
    cases["date"] = (bad_date, "published_at 'last Thursday' is not an ISO date")
    empty = folder / "empty.md"
    empty.write_text("---\ntitle: nothing here\n---\n\n   \n")
    cases["empty"] = (empty, "the text is empty")
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    cases["huge"] = (huge, "file too large (52.4 MB > 5.0 MB)")
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    cases["binary"] = (binary, "binary file")
    cases["missing"] = (folder / "does-not-exist.md", "no such file or folder")
    return cases


def test_bad_input_gives_one_clear_line_per_file_and_stores_nothing(tmp_path, sources, capsys):
    cases = bad_files(tmp_path)

    with pytest.raises(CommandError, match="nothing could be ingested"):
        call_command("ingest", *[str(path) for path, _ in cases.values()])

    err = capsys.readouterr().err
    for path, words in cases.values():
        lines = [line for line in err.splitlines() if line.startswith(f"error  {path}:")]
        assert len(lines) == 1, (path, err)
        assert words in lines[0]
    assert Document.objects.count() == 0


def test_bad_files_do_not_stop_the_good_ones(tmp_path, sources, capsys):
    cases = bad_files(tmp_path)
    good = tmp_path / "good.md"
    good.write_text(GOOD)

    call_command("ingest", str(tmp_path))  # no CommandError: something was ingested

    out = capsys.readouterr().out
    assert Document.objects.count() == 1
    assert f"summary: 1 stored, 0 new versions, 0 duplicates, {len(cases) - 1} errors" in out


def test_an_interrupted_ingest_resumes_without_duplicates(tmp_path, sources, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(30):
        text = GOOD.replace("tanker-lost", f"tanker-lost-{n}") + f"\nParagraph {n}.\n"
        (folder / f"{n:03}.md").write_text(text)
    # The first run stopped after ten files: those are in.
    call_command("ingest", *[str(p) for p in sorted(folder.iterdir())[:10]], "--quiet")
    capsys.readouterr()

    call_command("ingest", str(folder), "--quiet", "--progress")

    captured = capsys.readouterr()
    assert Document.objects.count() == 30
    assert "summary: 20 stored, 0 new versions, 10 duplicates, 0 errors" in captured.out
    assert "stored " not in captured.out  # --quiet: no line per document
    assert "30/30" in captured.err  # the progress bar reached the end


def test_publication_times_with_any_offset_are_stored_in_utc(tmp_path, sources, capsys):
    path = tmp_path / "offset.md"
    path.write_text(GOOD.replace("2026-03-12T22:00:00Z", "2026-03-13T10:00:00+19:30"))

    run_ingest(path, capsys=capsys)

    assert Document.objects.get().published_at.isoformat() == "2026-03-12T14:30:00+00:00"


def test_a_folder_with_no_usable_file_fails_and_says_what_it_skipped(tmp_path, db, capsys):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "notes").write_text("no suffix")
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "draft.docx").write_bytes(b"PK\x03\x04")
    empty = tmp_path / "empty"
    empty.mkdir()

    with pytest.raises(CommandError, match="no usable file"):
        call_command("ingest", str(tmp_path), str(empty))
    err = capsys.readouterr().err

    assert f"skipped  {tmp_path / 'scan.pdf'}: unsupported file type '.pdf'" in err
    assert f"skipped  {tmp_path / 'later' / 'draft.docx'}: unsupported file type '.docx'" in err
    assert f"skipped  {tmp_path / 'notes'}: no suffix" in err
    assert f"skipped  {empty}: empty folder" in err
    assert not Document.objects.exists()


def test_a_folder_with_one_usable_file_among_others_succeeds(tmp_path, sources, capsys):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "ap.md").write_text(GOOD)

    out, _ = run_ingest(tmp_path, capsys=capsys)

    assert "summary: 1 stored" in out
