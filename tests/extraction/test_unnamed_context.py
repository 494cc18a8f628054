"""Counts that name no group, and speakers no source names: never a guess the rules trust."""

from __future__ import annotations

from datetime import date

from factcheck.extraction import extract

from .conftest import make_doc


def _casualties(text, sources, **kwargs):
    result = extract(make_doc(text, **kwargs), sources)
    return [c for c in result.claims if c.kind == "casualty"]


def test_toll_without_group_takes_the_running_total_it_follows(sources):
    text = (
        "A tanker went down over the desert on Thursday, killing its crew of four.\n\n"
        "The loss brings to at least 15 the number of US service members killed since the "
        "campaign began, according to the Pentagon. A Pentagon tally issued at the start of "
        "the week had put the toll at nine."
    )
    nine = next(c for c in _casualties(text, sources) if c.min == 9)
    assert (nine.group, nine.scope, nine.claimant) == (
        "US troops",
        "cumulative",
        "US Department of Defense",
    )
    assert nine.stated_on == date(2026, 3, 9)  # "at the start of the week"


def test_toll_without_group_or_context_is_dropped_not_called_crew(sources):
    text = "A US tanker went down over the desert.\n\nOfficials in Washington reported nine deaths."
    assert all(c.group != "crew" or c.min != 9 for c in _casualties(text, sources))


def test_unknown_speaker_is_never_the_outlet_voice(sources):
    text = (
        "A US tanker went down over western Iraq. "
        "Iran and allied armed groups have said a missile struck the aircraft."
    )
    causes = [c for c in extract(make_doc(text), sources).claims if c.kind == "cause"]
    assert causes
    assert all(c.attribution != "outlet" for c in causes)
    assert {c.claimant for c in causes} == {"Iranian government"}


def test_vague_speaker_silences_the_claim(sources):
    text = "A US tanker went down over western Iraq. Online reports say a missile struck it."
    causes = [c for c in extract(make_doc(text), sources).claims if c.kind == "cause"]
    assert causes == []
