"""Findings on the development events, scored as the project is judged.

Usage: python bench/corpus_findings.py [EVENT_DIR ...] [--only gold|pipeline] [-v] [--keep DIR]

For each event folder of ../shared/corpus/ (every folder present, or those named), in a fresh
SQLite database each:
  (a) gold:     the folder's gold claims stored as Claim rows, then the rules engine;
  (b) pipeline: the reports as `../shared/eval/to_ingest.py` turns them into an ingest file
                (gold stripped, one event key), then `manage.py ingest` (extraction and rules
                run in-process, as in the embedded default).
Each database's findings (`manage.py findings --format json`) are scored with
../shared/eval/check_findings.py; printed per event: expected found / expected, findings in
all, the cap, and the findings by rule (-v: the missing expectations too). --keep DIR keeps
the databases and findings files there, to look at the claims behind a miss.
Exits 0 with a message when ../shared is absent.

Each run happens in a child process of this script (Django set up once per database); a
database migrated once is copied for each run, so a run costs its own work only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
CHECK = SHARED / "eval" / "check_findings.py"
TO_INGEST = SHARED / "eval" / "to_ingest.py"
MODES = ("gold", "pipeline")

# --- child: one event in one database --------------------------------------------------


def _django_setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    os.environ.pop("CELERY_BROKER_URL", None)  # tasks run in-process
    import django

    django.setup()


def _moment(value: str | None):
    from datetime import UTC, date, datetime, time

    if not value:
        return None
    value = value.rstrip("≈").strip()
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(12), tzinfo=UTC)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _stated_at(stated_on: str | None, published):
    """As the pipeline stores it: the publication time when said that day, else noon UTC;
    no date of its own: the document's."""
    from datetime import UTC, date, datetime, time

    if not stated_on:
        return published
    day = date.fromisoformat(stated_on)
    if published is not None and published.astimezone(UTC).date() == day:
        return published
    return datetime.combine(day, time(12), tzinfo=UTC)


def _aboard(golds: list[dict], claimant: str) -> int | None:
    aboard = [g for g in golds if g["kind"] == "casualty" and g.get("category") == "aboard"]
    aboard.sort(key=lambda g: g["claimant"] != claimant)
    for gold in aboard:
        if gold.get("min") is not None and gold.get("min") == gold.get("max"):
            return gold["min"]
    return None


def _claim_values(gold: dict, golds: list[dict]) -> dict | None:
    if gold["kind"] != "casualty":
        return {
            "cause": gold.get("cause") or "",
            "polarity": gold.get("polarity") or "",
            "agent": gold.get("agent") or "",
        }
    low, high, qualifier = gold.get("min"), gold.get("max"), gold.get("qualifier") or ""
    total = None
    if qualifier in ("of_total", "all"):
        total = _aboard(golds, gold["claimant"])
    if qualifier == "all" and low is None:
        low = high = total
    if low is None and qualifier == "at_most":
        low = 0
    if low is None:
        return None  # a count the record cannot hold without a number
    return {
        "category": gold.get("category") or "",
        "group": gold.get("group") or "",
        "count_min": low,
        "count_max": high,
        "count_total": total if qualifier == "of_total" else None,
        "qualifier": qualifier,
        "scope": gold.get("scope") or "incident",
    }


def gold_load(folder: Path, event_key: str) -> int:
    """Stores the folder's reports and their gold claims as rows of one event; returns the
    number of claims stored."""
    import hashlib

    from claims.models import Claim, Document, Event, Source

    event = Event.objects.create(key=event_key, title=event_key)
    sources: dict[str, Source] = {}

    def source(name: str, kind: str) -> Source:
        if name not in sources:
            sources[name], _ = Source.objects.get_or_create(name=name, defaults={"kind": kind})
        return sources[name]

    paths = sorted(folder.glob("[0-9]*.json"))
    reports = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    publishers = {r["publisher"] for r in reports if r.get("publisher")}
    for name in sorted(publishers):
        source(name, Source.Kind.OUTLET)
    stored = 0
    for index, raw in enumerate(reports):
        # The annotators' UTC estimate first: some pages give a local time without its zone.
        published = _moment(raw.get("order_utc") or raw.get("published_at"))
        text = raw["text"]
        publisher = raw.get("publisher")
        document = Document.objects.create(
            publisher=source(publisher, Source.Kind.OUTLET) if publisher else None,
            url=raw.get("url") or f"https://gold.example/{event_key}/{index}",
            title="",
            text=text,
            published_at=published,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            event=event,
            state=Document.State.EXTRACTED,
        )
        golds = (raw.get("gold") or {}).get("claims", [])
        rows = []
        for number, gold in enumerate(golds):
            values = _claim_values(gold, golds)
            evidence = gold.get("evidence") or ""
            start = text.find(evidence) if evidence else -1
            if values is None:
                continue
            name = gold["claimant"]
            kind = Source.Kind.ANONYMOUS if name.endswith("(anonymous)") else Source.Kind.OTHER
            rows.append(
                Claim(
                    document=document,
                    event=event,
                    claimant=source(name, kind),
                    claimant_anonymous=name.endswith("(anonymous)"),
                    attribution=gold["attribution"],
                    kind=gold["kind"],
                    span_start=max(start, 0),
                    span_end=max(start, 0) + len(evidence),
                    text=evidence or name,
                    stated_at=_stated_at(gold.get("stated_on"), published),
                    fingerprint=f"gold-{number}",
                    extracted=False,
                    **values,
                )
            )
        Claim.objects.bulk_create(rows)
        stored += len(rows)
    return stored


def child(mode: str, folder: Path, out: Path) -> None:
    _django_setup()
    from django.core.management import call_command

    from factcheck.readouts import finding_as_dict
    from factcheck.rules.engine import events_evaluate_all
    from factcheck.selectors import finding_list

    key = f"dev-{folder.name}"
    if mode == "gold":
        gold_load(folder, key)
        events_evaluate_all()
    else:
        with tempfile.NamedTemporaryFile(suffix=".json") as ingest_file:
            subprocess.run(
                [sys.executable, str(TO_INGEST), str(folder), ingest_file.name, key],
                check=True,
                capture_output=True,
            )
            with open(os.devnull, "w") as quiet:
                call_command("ingest", ingest_file.name, quiet=True, stdout=quiet)
    findings = [finding_as_dict(f) for f in finding_list(status=None, event_key=None)]
    out.write_text(json.dumps(findings, indent=1), encoding="utf-8")


# --- driver ----------------------------------------------------------------------------

LINE = re.compile(
    r"(?P<found>\d+)/(?P<expected>\d+) expected found; (?P<findings>\d+) findings "
    r"\(cap (?P<cap>\d+)\) (?P<by_rule>\{.*?\})(?:; missing: (?P<missing>.*))?$"
)


def _template(directory: Path) -> Path:
    """A database migrated once, copied for every run."""
    path = directory / "template.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
    env.pop("CELERY_BROKER_URL", None)
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "migrate", "-v", "0"], env=env, check=True
    )
    return path


def run_one(mode: str, folder: Path, template: Path, directory: Path) -> dict:
    database = directory / f"{folder.name}-{mode}.sqlite3"
    shutil.copy(template, database)
    out = directory / f"{folder.name}-{mode}.findings.json"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env.pop("CELERY_BROKER_URL", None)
    clock = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder), str(out)], env=env, check=True
    )
    seconds = time.perf_counter() - clock
    checked = subprocess.run(
        [sys.executable, str(CHECK), str(out), str(folder)], capture_output=True, text=True
    )
    match = LINE.search(checked.stdout.strip())
    if match is None:
        raise RuntimeError(f"unexpected check_findings output: {checked.stdout}{checked.stderr}")
    return {**match.groupdict(), "seconds": seconds, "passed": checked.returncode == 0}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--only", choices=MODES)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--keep", type=Path, help="keep the databases and findings files in this directory"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, folder, out = args.child
        child(mode, Path(folder), Path(out))
        return 0
    if not CHECK.exists() or not CORPUS.is_dir():
        print(f"{SHARED}: absent, nothing to measure")
        return 0
    folders = args.folders or sorted(
        p for p in CORPUS.iterdir() if p.is_dir() and (p / "expected.json").exists()
    )
    modes = [args.only] if args.only else list(MODES)
    print(f"{'event':<12} {'mode':<9} {'expected found':>15} {'findings':>9} {'cap':>5}  by rule")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="corpus-findings-") as tmp:
        directory = args.keep or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        template = _template(directory)
        for folder in folders:
            for mode in modes:
                r = run_one(mode, folder, template, directory)
                failed += not r["passed"]
                print(
                    f"{folder.name:<12} {mode:<9} {r['found'] + ' / ' + r['expected']:>15} "
                    f"{r['findings']:>9} {r['cap']:>5}  {r['by_rule']}  ({r['seconds']:.0f} s)",
                    flush=True,
                )
                if args.verbose and r["missing"]:
                    print(f"    missing: {r['missing']}")
    print(f"{failed} of {len(folders) * len(modes)} runs short of their expectations or cap")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
