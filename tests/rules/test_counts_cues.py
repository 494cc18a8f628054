"""A figure the text names as the earlier one is read as told before the others."""

from __future__ import annotations

from factcheck.rules.counts import narrative_rank
from tests.rules.facts import count


def _rank(lead_in: str, narrative: int = 0) -> int:
    claim = count("Harbour Authority", "killed", 12, group="people", text="12 dead")
    claim = claim.__class__(**{**claim.__dict__, "lead_in": lead_in, "narrative": narrative})
    return narrative_rank(claim)


def test_a_previous_or_earlier_figure_is_an_earlier_statement():
    # The sentence tells of a revision (the extractor's cue: later), but this figure is the
    # one revised.
    assert _rank(" explaining that the previous count of", narrative=1) == -1
    assert _rank(" it put aside its earlier estimate of") == -1
    assert _rank(" the initial toll was") == -2


def test_a_figure_without_such_words_keeps_its_cue():
    assert _rank(" the revised toll stands at", narrative=1) == 1
    assert _rank(" officials said") == 0


def test_a_floor_then_a_figure_far_above_it_later_is_a_rise():
    from datetime import UTC, datetime

    from factcheck.rules.counts import statements_of

    day1 = datetime(2025, 5, 1, 9, tzinfo=UTC)
    day3 = datetime(2025, 5, 3, 9, tzinfo=UTC)
    rise = [
        count("Harbour Authority", "killed", 20, None, qualifier="at_least", when=day1),
        count("Harbour Authority", "killed", 89, when=day3),
    ]
    assert [s.label for s in statements_of(rise)] == ["at least 20", "89"]
    # "At least 20" then 30: the floor held, one value told more precisely.
    held = [
        count("Harbour Authority", "killed", 20, None, qualifier="at_least", when=day1),
        count("Harbour Authority", "killed", 30, when=day3),
    ]
    assert [s.label for s in statements_of(held)] == ["30"]
    # Said at one time, "at least 20" and "89" are one statement read two ways.
    same = [
        count("Harbour Authority", "killed", 20, None, qualifier="at_least", when=day1),
        count("Harbour Authority", "killed", 89, when=day1),
    ]
    assert len(statements_of(same)) == 1
