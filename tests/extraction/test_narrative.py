"""Narrative order: the text's own cues order a document's statements, with or without a
publication date, and a sentence's position never does."""

from __future__ import annotations

from factcheck.extraction import extract
from factcheck.extraction.narrative import EARLIER, LATER, rank_in_sentence

from .conftest import make_doc


def ranks(sentence: str, claim: str) -> int:
    start = sentence.index(claim)
    return rank_in_sentence(sentence, start, start + len(claim))


def test_cues_before_a_claim_place_it_earlier_or_later():
    assert ranks("It said at the time that two pilots were missing.", "two pilots") == EARLIER
    assert ranks("The army initially put the toll at nine.", "nine") == EARLIER
    assert ranks("Hours after it reported that the jet had crashed, it said more.", "the jet") == (
        EARLIER
    )
    assert ranks("The army has since raised the toll to 14.", "14") == LATER
    assert ranks("Officials now say 20 people died.", "20 people") == LATER
    assert ranks("Officials said 20 people died.", "20 people") == 0


def test_the_nearest_cue_before_each_claim_wins():
    sentence = "The toll, initially put at 10, now stands at 12."
    assert ranks(sentence, "10") == EARLIER
    assert ranks(sentence, "12") == LATER


def test_dates_and_hospital_deaths_are_not_statement_order():
    assert ranks("Earlier this week, three soldiers were wounded.", "three soldiers") == 0
    assert ranks("Two more died later in hospital.", "Two more") == 0


def test_an_undated_report_told_backwards_keeps_its_order(sources):
    # leads with the latest figure, then goes back to the first one: no publication date
    text = (
        "US Central Command said all five crew members of the transport plane were killed.\n\n"
        "It said at the time that three of the five crew members were killed."
    )
    claims = extract(make_doc(text, published=None), sources).claims
    killed = {
        (c.min, c.qualifier): c.narrative
        for c in claims
        if c.category == "killed" and c.claimant == "US Central Command"
    }
    assert killed == {(5, "all"): 0, (3, "of_total"): EARLIER}
    assert all(c.stated_on is None for c in claims)


def test_an_update_is_later_than_the_first_figure(sources):
    text = (
        "US Central Command said two soldiers were wounded in the attack.\n\n"
        "The command has since said that seven soldiers were wounded."
    )
    claims = extract(make_doc(text, published=None), sources).claims
    wounded = {c.min: c.narrative for c in claims if c.category == "injured"}
    assert wounded == {2: 0, 7: LATER}
