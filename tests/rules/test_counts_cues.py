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
