"""Counts, headlines and statements, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from factcheck.extraction import KnownSource, extract

from .conftest import make_doc

REGION = [
    KnownSource("Norland Ministry of Defence", ("Norland defence ministry",), "government", "N"),
    KnownSource("Norland Police", (), "government", "N"),
    KnownSource("Red River Front", ("the Front",), "armed_group", "R"),
]


def claims_of(text, sources=REGION, **kwargs):
    return extract(make_doc(text, **kwargs), sources).claims


def values(claims):
    return {(c.claimant, c.category or c.cause, c.min, c.max, c.qualifier or c.polarity)
            for c in claims}  # fmt: skip


def test_headline_with_trailing_speaker_speaks_for_it():
    title = "Bus crash toll rises to 14, police say"
    claims = claims_of(f"{title}\n\nMore details later.", title=title, publisher="Wire")
    assert values(claims) == {("Norland Police", "killed", 14, 14, "exact")}
    assert claims[0].attribution == "headline"


def test_headline_opening_with_a_country_speaks_for_its_government():
    title = "Norland denies bombing the bridge"
    claims = claims_of(f"{title}\n\nNothing more.", title=title, publisher="Wire")
    assert values(claims) == {("Norland Ministry of Defence", "hostile_fire", None, None, "denied")}


def test_rejected_claim_is_a_denial_not_an_assertion():
    text = (
        "Claims by the rebels that they shot down the transport plane are baseless, "
        "the Norland defence ministry said."
    )
    claims = claims_of(text)
    assert values(claims) == {("Norland Ministry of Defence", "hostile_fire", None, None, "denied")}


def test_toll_words():
    text = (
        "The death toll rose to 52 on Monday, police said, while the number of missing "
        "fell to 9. Rescuers have pulled 30 people alive from the river, police said."
    )
    found = values(claims_of(text))
    assert ("Norland Police", "killed", 52, 52, "exact") in found
    assert ("Norland Police", "missing", 9, 9, "exact") in found
    assert ("Norland Police", "survived", 30, 30, "exact") in found


def test_toll_passing_a_figure_is_a_lower_bound():
    # the desk's convention (and the scorer's): "passed 200" is at least 200
    text = "The toll passes 200, the Norland defence ministry said."
    assert values(claims_of(text)) == {
        ("Norland Ministry of Defence", "killed", 200, None, "at_least")
    }


def test_bodies_recovered_count_the_dead():
    assert values(claims_of("Police said at least 8 bodies had been recovered.")) == {
        ("Norland Police", "killed", 8, None, "at_least")
    }


def test_dozens_and_every_one():
    found = values(claims_of("Dozens of soldiers were killed in the raid, the Front said."))
    assert found == {("Red River Front", "killed", 24, None, "at_least")}
    found = values(claims_of("Every one of the nine people on board died, police said."))
    assert ("Norland Police", "killed", 9, 9, "all") in found
    assert ("Norland Police", "aboard", 9, 9, "exact") in found


def test_increments_are_not_totals():
    assert claims_of("Rescuers found 3 more people alive on Tuesday, police said.") == []


def test_search_for_the_remaining_crew_means_missing():
    found = values(claims_of("Divers were searching for the remaining two, police said."))
    assert found == {("Norland Police", "missing", 2, 2, "exact")}


def test_a_rescue_operation_for_the_other_crew_means_missing():
    text = "The rescue operation for the other three crew members went on overnight, police said."
    found = values(claims_of(text))
    assert found == {("Norland Police", "missing", 3, 3, "exact")}


def test_presupposed_loss_is_not_a_claim():
    text = "Police said the pilot radioed for help minutes before the helicopter went down."
    assert [c for c in claims_of(text) if c.category == "aircraft_lost"] == []


def test_question_asserts_nothing():
    assert claims_of("Was the helicopter shot down by the Front?") == []


def test_quote_over_two_sentences_takes_the_speaker_where_it_closes():
    text = '"Two of our jets collided. Nobody shot them down," the Front said on Monday.'
    claims = claims_of(text)
    assert {(c.claimant, c.attribution, c.cause, c.polarity) for c in claims} == {
        ("Red River Front", "quote", "collision", "affirmed"),
        ("Red River Front", "quote", "hostile_fire", "denied"),
    }
    assert {c.stated_on for c in claims} == {date(2026, 3, 9)}


def test_spokesman_of_an_organisation_speaks_for_it():
    text = "A police spokeswoman said 12 people were injured."
    assert values(claims_of(text)) == {("Norland Police", "injured", 12, 12, "exact")}


def test_an_earlier_incident_is_background():
    text = "Earlier, allied gunners mistakenly shot down two fighter jets over the bay."
    assert claims_of(text) == []


def test_nobody_harmed_is_a_zero_count():
    found = values(
        claims_of("No civilians were harmed in the raid, the Norland defence ministry said.")
    )
    assert found == {
        ("Norland Ministry of Defence", "killed", 0, 0, "exact"),
        ("Norland Ministry of Defence", "injured", 0, 0, "exact"),
    }


def test_a_toll_in_a_relative_clause_after_a_place_is_the_outlets_description():
    text = (
        "Two bombs went off at a stadium in Norvale on Friday.\n\n"
        "Earlier today, a senior aide to the governor said the Front was to blame for the "
        "blasts in the south of the province that left at least 41 people dead."
    )
    forty_one = [c for c in claims_of(text) if c.kind == "casualty" and c.min == 41]
    assert [(c.claimant, c.attribution) for c in forty_one] == [("Example Wire", "outlet")]


def test_a_toll_after_a_quoted_word_in_a_relative_clause_is_the_outlets_description():
    text = (
        "Two bombs went off at a stadium in Norvale on Friday.\n\n"
        "The Front claimed the bombings, saying its fighters had carried out the "
        "\u201coperation,\u201d which injured 130 people in all."
    )
    injured = [c for c in claims_of(text) if c.kind == "casualty" and c.min == 130]
    assert [(c.claimant, c.attribution) for c in injured] == [("Example Wire", "outlet")]
