"""A figure the text names as the earlier one is read as told before the others."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from factcheck.rules.counts import _CUE_SCAN, _has_cue, narrative_rank, when_label
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


def test_the_quick_cue_scan_answers_as_the_case_blind_regex():
    texts = [
        "",
        "officials said",
        "The toll ROSE to 40",
        "It Had said 12",
        "hadn't",
        "the harbour authority has Since raised it",
        "Première annonce: 12 morts, NOW 14",
        "ſince raised",  # a long s: case-blind, the regex reads "since"
        "İnitially 12",
    ]
    for text in texts:
        assert _has_cue(text) == (_CUE_SCAN.search(text) is not None), text


def test_a_moment_is_labelled_in_its_own_zone_whatever_an_equal_moment_got():
    moment = datetime(2026, 3, 12, 22, 30, tzinfo=UTC)
    assert when_label(moment) == "12 Mar 22:30"
    assert when_label(moment.astimezone(timezone(timedelta(hours=3)))) == "13 Mar 01:30"
    assert when_label(datetime(2026, 3, 12, 12, tzinfo=UTC)) == "12 Mar"
    assert when_label(None) == "undated"
