"""Precision and recall of the claim extractor on the development corpus.

Usage: python bench/corpus_eval.py [folder ...] [-v]
Defaults to ../shared/corpus (beside the repository) and tests/data/annotated.
Prints a table per folder; exits 0 with a message when a folder is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extraction.scoring import evaluate, load_folder  # noqa: E402
from factcheck.extraction.sources_file import load_sources  # noqa: E402

DEFAULT_FOLDERS = (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "data" / "annotated")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if not a.startswith("-")] or list(DEFAULT_FOLDERS)
    for folder in folders:
        if not folder.is_dir():
            print(f"{folder}: absent, nothing to measure")
            continue
        documents = load_folder(folder)
        if not documents:
            print(f"{folder}: no documents")
            continue
        sources = load_sources(ROOT / "seeds" / "sources.json", folder / "sources.json")
        report = evaluate(documents, sources)
        print(report.table(f"== {folder}"))
        if verbose:
            print("\n".join(report.errors))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
