"""Score the extractor on every event of ../shared/corpus/ exactly as the project is judged.

Usage: python bench/corpus_score.py [--mode sources|none|both] [--corpus DIR] [--event NAME ...]

For each event folder (kc135, ahli, przewodow, derna, kerman: every folder present) this
makes a fresh SQLite database in a temporary directory, runs `migrate`, loads the reference
sources (`--mode sources`) or removes every source (`--mode none`), ingests the event's
reports as ../shared/eval/to_ingest.py makes them, dumps `manage.py claims --format json` and
scores the dump with ../shared/eval/score_claims.py (GOLD_DIR = the event folder). It prints
one table: event x kind (casualty, cause) x P/R, per mode. Exits 0 with a message where
../shared is absent.

Baseline before issue 12's claimant work (tp/pred/gold per cell):

event       mode     casualty P     R       counts   cause P     R     counts
-----------------------------------------------------------------------------
ahli        sources        0.47  0.29     22/47/76      0.56  0.11  15/27/137   (5s)
derna       sources        0.41  0.19    25/61/134      0.00  0.00     0/0/85   (5s)
kc135       sources        0.88  0.76     35/40/46      0.97  0.94   65/67/69   (5s)
kerman      sources        0.41  0.27     26/63/96      0.30  0.05   6/20/133   (9s)
przewodow   sources        0.58  0.40     18/31/45      0.23  0.04   6/26/142   (10s)
ahli        none           0.47  0.29     22/47/76      0.56  0.11  15/27/137   (9s)
derna       none           0.39  0.18    24/61/134      0.00  0.00     0/0/85   (5s)
kc135       none           0.82  0.72     33/40/46      0.62  0.58   40/65/69   (6s)
kerman      none           0.41  0.27     26/63/96      0.30  0.05   6/20/133   (6s)
przewodow   none           0.58  0.40     18/31/45      0.23  0.04   6/26/142   (6s)

After the parse's claimants (issue 12, first part; counts and causes unchanged):

event       mode     casualty P     R       counts   cause P     R     counts
-----------------------------------------------------------------------------
ahli        sources        0.56  0.36     27/48/76      0.63  0.12  17/27/137   (7s)
derna       sources        0.59  0.29    39/66/134      0.00  0.00     0/0/85   (8s)
kc135       sources        0.90  0.78     36/40/46      0.97  0.94   65/67/69   (13s)
kerman      sources        0.68  0.46     44/65/96      0.25  0.04   5/20/133   (9s)
przewodow   sources        0.60  0.47     21/35/45      0.23  0.05   7/30/142   (13s)
ahli        none           0.56  0.36     27/48/76      0.63  0.12  17/27/137   (6s)
derna       none           0.59  0.29    39/66/134      0.00  0.00     0/0/85   (7s)
kc135       none           0.88  0.76     35/40/46      0.83  0.78   54/65/69   (6s)
kerman      none           0.69  0.47     45/65/96      0.25  0.04   5/20/133   (6s)
przewodow   none           0.60  0.47     21/35/45      0.23  0.05   7/30/142   (6s)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PYTHON = sys.executable
SCORE_LINE = re.compile(r"(casualty|cause) P=([\d.]+) R=([\d.]+) \((\d+)/(\d+) pred, (\d+) gold\)")

DROP_SOURCES = "from claims.models import Source; Source.objects.all().delete()"


def _run(args: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, **kwargs)


def score_event(folder: Path, mode: str, shared: Path) -> dict[str, tuple[float, float, str]]:
    """Ingest one event into its own fresh database and score it: {kind: (P, R, counts)}."""
    with tempfile.TemporaryDirectory(prefix=f"score-{folder.name}-") as tmp:
        dropped = ("DATABASE_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE")
        env = {k: v for k, v in os.environ.items() if k not in dropped}
        env["FACTCHECK_VAR_DIR"] = tmp
        manage = [PYTHON, "manage.py"]
        steps = [[*manage, "migrate", "--verbosity", "0"]]
        if mode == "sources":
            steps.append([*manage, "load_sources"])
        else:
            steps.append([*manage, "shell", "-c", DROP_SOURCES])
        ingest_file = Path(tmp) / "ingest.json"
        steps.append(
            [
                PYTHON,
                str(shared / "eval" / "to_ingest.py"),
                str(folder),
                str(ingest_file),
                f"dev-{folder.name}",
            ]
        )
        steps.append([*manage, "ingest", "--quiet", str(ingest_file)])
        for step in steps:
            done = _run(step, env)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(step[1:])} failed:\n{done.stderr[-2000:]}")
        claims_file = Path(tmp) / "claims.json"
        dump = _run([*manage, "claims", "--format", "json"], env)
        if dump.returncode != 0:
            raise RuntimeError(f"claims failed:\n{dump.stderr[-2000:]}")
        claims_file.write_text(dump.stdout, encoding="utf-8")
        keep = os.environ.get("CORPUS_SCORE_KEEP")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            (Path(keep) / f"{folder.name}-{mode}.json").write_text(dump.stdout, encoding="utf-8")
        score_env = dict(env, GOLD_DIR=str(folder))
        scored = _run(
            [PYTHON, str(shared / "eval" / "score_claims.py"), str(claims_file)], score_env
        )
        found = {
            m[1]: (float(m[2]), float(m[3]), f"{m[4]}/{m[5]}/{m[6]}")
            for m in SCORE_LINE.finditer(scored.stdout)
        }
        if not found:
            raise RuntimeError(f"scorer said nothing usable:\n{scored.stdout}{scored.stderr}")
        return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["sources", "none", "both"], default="both")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--event", action="append", help="Only these event folders")
    args = parser.parse_args(argv)
    shared = args.corpus.parent
    if not args.corpus.is_dir() or not (shared / "eval" / "score_claims.py").is_file():
        print(f"{args.corpus}: absent, nothing to measure")
        return 0
    events = sorted(p for p in args.corpus.iterdir() if p.is_dir() and any(p.glob("[0-9]*.json")))
    if args.event:
        events = [p for p in events if p.name in args.event]
    modes = ["sources", "none"] if args.mode == "both" else [args.mode]
    print("tp/pred/gold per cell; P and R from ../shared/eval/score_claims.py")
    header = (
        f"{'event':<11} {'mode':<8} {'casualty P':>10} {'R':>5} {'counts':>12}   "
        f"{'cause P':>7} {'R':>5} {'counts':>10}"
    )
    print(header)
    print("-" * len(header))
    for mode in modes:
        for folder in events:
            started = time.monotonic()
            got = score_event(folder, mode, shared)
            cas = got.get("casualty", (0.0, 0.0, "-"))
            cau = got.get("cause", (0.0, 0.0, "-"))
            print(
                f"{folder.name:<11} {mode:<8} {cas[0]:>10.2f} {cas[1]:>5.2f} {cas[2]:>12}   "
                f"{cau[0]:>7.2f} {cau[1]:>5.2f} {cau[2]:>10}   ({time.monotonic() - started:.0f}s)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
