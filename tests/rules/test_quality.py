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


# Rules whose finding gathers every side of one disagreement (a measure, the cause, the
# number aboard): a finding naming more sides than expected is still that finding.
GATHERING = ("casualty_conflict", "cause_contradiction", "aboard_mismatch")


def _key(event: str, rule: str, claimants) -> tuple[str, str, tuple[str, ...]]:
    return (event, rule, tuple(sorted(claimants)))


def matched_count(expected: Counter, produced: Counter) -> tuple[int, Counter, Counter]:
    """(matches, expected left, produced left): exact keys first, then, for the gathering
    rules, an expected set of claimants within a produced finding's (each used once)."""
    exact = expected & produced
    left_expected, left_produced = expected - exact, produced - exact
    matches = sum(exact.values())
    for key in sorted(left_expected.elements()):
        event, rule, claimants = key
        if rule not in GATHERING:
            continue
        found = next(
            (
                p
                for p in sorted(left_produced)
                if p[:2] == (event, rule) and left_produced[p] and set(claimants) <= set(p[2])
            ),
            None,
        )
        if found is not None:
            matches += 1
            left_expected[key] -= 1
            left_produced[found] -= 1
    return matches, +left_expected, +left_produced


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

    matched, missed, unexpected = matched_count(expected, produced)
    precision = matched / max(sum(produced.values()), 1)
    recall = matched / max(sum(expected.values()), 1)
    for key in sorted(unexpected):
        print(f"unexpected: {key}\n    {messages[key]}")
    for key in sorted(missed):
        print(f"missed:     {key}")
    print(
        f"findings: {sum(produced.values())} produced, {sum(expected.values())} expected, "
        f"{matched} matched; precision {precision:.2f}, recall {recall:.2f}"
    )
    floors_check("rules.annotated", {"precision": precision, "recall": recall})
