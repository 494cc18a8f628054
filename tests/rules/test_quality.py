"""Rules quality on the annotated set: findings from GOLD claims against expected findings.

Each expected finding ({"event", "rule", "claimants", "why"}) matches a produced finding of
the same event and rule with the same set of claimants. Prints precision and recall, which
must stay within two points of the recorded figures (tests/quality_floors.py).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from factcheck.models import Finding
from factcheck.rules.engine import event_evaluate
from tests.quality_floors import floors_check
from tests.rules.annotated import FINDINGS, annotated_events_load

pytestmark = pytest.mark.django_db


def _key(event: str, rule: str, claimants) -> tuple[str, str, tuple[str, ...]]:
    return (event, rule, tuple(sorted(claimants)))


def test_findings_precision_and_recall():
    if not FINDINGS.exists():
        pytest.skip("tests/data/annotated/findings.json is not there yet")
    expected = Counter(
        _key(f["event"], f["rule"], f["claimants"])
        for f in json.loads(FINDINGS.read_text(encoding="utf-8"))
    )
    for event in annotated_events_load():
        event_evaluate(event_id=event.pk)
    produced = Counter()
    messages = {}
    for finding in Finding.objects.select_related("event"):
        key = _key(finding.event.key, finding.rule, finding.evidence["claimants"])
        produced[key] += 1
        messages[key] = finding.message

    matched = sum((expected & produced).values())
    precision = matched / max(sum(produced.values()), 1)
    recall = matched / max(sum(expected.values()), 1)
    for key in sorted(produced - expected):
        print(f"unexpected: {key}\n    {messages[key]}")
    for key in sorted(expected - produced):
        print(f"missed:     {key}")
    print(
        f"findings: {sum(produced.values())} produced, {sum(expected.values())} expected, "
        f"{matched} matched; precision {precision:.2f}, recall {recall:.2f}"
    )
    floors_check("rules.annotated", {"precision": precision, "recall": recall})
