"""Findings end to end: the annotated documents through the REAL pipeline.

Unlike tests/rules/test_quality.py, which builds claims from the gold annotations, this runs
ingest -> extraction -> rules exactly as production does (eagerly on commit) and compares
the findings with tests/data/annotated/findings.json in the same way: an expected finding
({"event", "rule", "claimants"}) matches a produced one of the same event and rule with the
same set of claimant names. A finding the engine has since resolved is not counted.

Prints precision and recall, which must stay within two points of the recorded figures
(tests/quality_floors.py): the pipeline is deterministic. Extraction errors show up here as
findings a reviewer would have to dismiss, so precision is the figure that matters.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from claims.services import document_ingest, sources_load
from factcheck.models import Finding
from tests.quality_floors import floors_check
from tests.rules.annotated import ANNOTATED, FINDINGS, REPO
from tests.rules.test_quality import _key, matched_count


def _ingest_annotated() -> None:
    sources_load(path=REPO / "seeds" / "sources.json")
    if (ANNOTATED / "sources.json").exists():
        sources_load(path=ANNOTATED / "sources.json")
    for path in sorted(ANNOTATED.glob("*/*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        document_ingest(
            text=raw["text"],
            title=raw.get("title") or "",
            url=raw.get("url") or f"https://annotated.example/{path.parent.name}/{path.stem}",
            publisher=raw.get("publisher") or "",
            published_at=raw.get("published_at") or raw.get("order_utc"),
            language=raw.get("language") or "en",
            event_key=raw.get("event") or path.parent.name,
        )


@pytest.mark.django_db(transaction=True)
def test_findings_end_to_end_precision_and_recall():
    if not FINDINGS.exists():
        pytest.skip("tests/data/annotated/findings.json is absent")
    expected = Counter(
        _key(f["event"], f["rule"], f["claimants"])
        for f in json.loads(FINDINGS.read_text(encoding="utf-8"))
    )
    _ingest_annotated()

    produced: Counter = Counter()
    messages = {}
    findings = Finding.objects.select_related("event").exclude(status=Finding.Status.RESOLVED)
    for finding in findings:
        key = _key(finding.event.key, finding.rule, finding.evidence["claimants"])
        produced[key] += 1
        messages[key] = finding.message
    assert produced, "the pipeline produced no findings at all"

    matched, missed, unexpected = matched_count(expected, produced)
    precision = matched / max(sum(produced.values()), 1)
    recall = matched / max(sum(expected.values()), 1)
    for key in sorted(unexpected):
        print(f"unexpected: {key}\n    {messages[key]}")
    for key in sorted(missed):
        print(f"missed:     {key}")
    print(
        f"end-to-end findings: {sum(produced.values())} produced, "
        f"{sum(expected.values())} expected, {matched} matched; "
        f"precision {precision:.2f}, recall {recall:.2f}"
    )
    floors_check("end_to_end.annotated", {"precision": precision, "recall": recall})
