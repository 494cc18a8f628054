"""Precision and recall of the extractor on annotated documents, for every field.

The annotated set (tests/data/annotated) has a bar of precision 0.9 and recall 0.8 on the
main fields. On it and on the development corpus (../shared/corpus, read where present),
every field's precision and recall must stay within two points of the recorded figures
(tests/quality_floors.py says how to re-record them).
"""

from __future__ import annotations

import pytest

from factcheck.extraction.scoring import evaluate, load_folder
from factcheck.extraction.sources_file import load_sources
from tests.quality_floors import floors_check

from .conftest import ANNOTATED, REPO_ROOT, SHARED

# the event the extractor was first written against; every event is measured, as the project
# is judged, by bench/corpus_score.py
CORPUS = SHARED / "corpus" / "kc135"
FIELDS_MEASURED = ("claim", "claimant", "count", "cause", "stated_at")


def _report(folder, extra_sources=None):
    documents = load_folder(folder)
    if not documents:
        pytest.skip(f"no annotated documents in {folder}")
    paths = [REPO_ROOT / "seeds" / "sources.json"]
    if extra_sources is not None:
        paths.append(extra_sources)
    report = evaluate(documents, load_sources(*paths))
    print()
    print(report.table(f"== {folder}"))
    return report


def _figures(report) -> dict[str, float]:
    figures = {}
    for name, fc in report.fields.items():
        figures[f"{name}.precision"] = fc.precision
        figures[f"{name}.recall"] = fc.recall
    return figures


@pytest.mark.skipif(not ANNOTATED.is_dir(), reason="tests/data/annotated is absent")
def test_annotated_set_quality():
    report = _report(ANNOTATED, ANNOTATED / "sources.json")
    low = {
        name: (round(fc.precision, 3), round(fc.recall, 3))
        for name, fc in report.fields.items()
        if name in FIELDS_MEASURED and (fc.precision < 0.9 or fc.recall < 0.8)
    }
    assert not low, f"below precision 0.9 / recall 0.8: {low}"
    floors_check("extraction.annotated", _figures(report))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_development_corpus_quality():
    report = _report(CORPUS)
    floors_check("extraction.corpus", _figures(report))
