"""What is claimed, whoever claims it: figures and causes in news wording, on our own sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import KnownSource, extract
from factcheck.extraction.casualties import find_counts
from factcheck.extraction.causes import find_causes

from .conftest import make_doc

REGION = [KnownSource("Norland Relief Agency", ("the agency",), "ngo", "N")]


def counts_of(text: str) -> set[tuple[str, int | None, int | None, str]]:
    return {
        (c.category, c.min, c.max, c.qualifier)
        for c in find_counts(text, aircraft_event=False, us_context=False)
    }


def causes_of(text: str) -> set[tuple[str, str]]:
    return {(c.cause, c.polarity) for c in find_causes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "more" after a vague or exact figure: a count of the injured or missing still stands
        ("Thousands more were unaccounted for.", ("missing", 2000, None, "at_least")),
        ("Hundreds more were injured in the stampede.", ("injured", 200, None, "at_least")),
        ("At least 300 more are still missing, rescuers said.", ("missing", 300, None, "at_least")),
        ("Thousands have died since the levee broke.", ("killed", 2000, None, "at_least")),
        ("Forty had perished by nightfall.", ("killed", 40, 40, "exact")),
        # an injury toll counts the injured
        ("The injury toll rose to 85 overnight.", ("injured", 85, 85, "exact")),
    ],
)
def test_counts_in_news_wording(text, expected):
    assert expected in counts_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Up to 35 workers were hurt in the blast.", ("injured", None, 35, "at_most")),
        ("As many as 12 guards were killed, the colonel said.", ("killed", None, 12, "at_most")),
        ("No more than 9 people were aboard the ferry.", ("aboard", None, 9, "at_most")),
        ("Fewer than 40 villagers are missing.", ("missing", None, 39, "at_most")),
        # a modal elsewhere in the sentence, past a clause break, leaves the ceiling alone
        (
            "Up to 80 people died, and the council said the toll may rise.",
            ("killed", None, 80, "at_most"),
        ),
        ("Up to 2,000 people are feared to have died.", ("killed", None, 2000, "at_most")),
    ],
)
def test_a_ceiling_alone_is_a_count(text, expected):
    assert expected in counts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a toll that "could hit" or "may reach" a figure: a guess, not a count
        "The toll could hit 9K, the governor warned.",
        "The number of dead might climb to 700.",
        "The toll could rise up to 300, the governor warned.",
        "As many as 4,000 residents may have drowned in the valley.",
        "Officials fear the dead could number as many as 300.",
        "Up to 60 hikers might be trapped under the snow.",
    ],
)
def test_a_ceiling_in_a_could_or_may_clause_is_only_a_guess(text):
    # a guess: the extractor keeps it only as a named speaker's estimate
    ceilings = [
        c
        for c in find_counts(text, aircraft_event=False, us_context=False)
        if c.min is None and c.max is not None
    ]
    assert all(c.speculative for c in ceilings)


def test_a_ceiling_without_a_modal_is_no_guess():
    found = find_counts("As many as 12 guards were killed.", aircraft_event=False, us_context=False)
    assert found
    assert not any(c.speculative for c in found)


def test_a_count_referred_back_to_is_not_stated_again():
    assert counts_of("Those three deaths were never confirmed by the police.") == set()
    assert counts_of("These 14 injured were flown to the capital.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that "could end up above" a figure: at least that figure
        (
            "Rescuers fear the valley's toll may end up above 9,000.",
            ("killed", 9000, None, "at_least"),
        ),
        # a count or tally put at a range
        (
            "The governor put the probable final tally at about 1,500-2,000.",
            ("killed", 1500, 2000, "approx"),
        ),
        (
            "The memo puts the night's toll at the port at the low end of the 40-to-90 range.",
            ("killed", 40, 90, "approx"),
        ),
    ],
)
def test_tolls_put_at_a_figure(text, expected):
    assert expected in counts_of(text)


def test_a_tally_of_things_is_not_a_toll():
    assert counts_of("The clerk put the final tally at 300-400 votes.") == set()


def test_a_population_is_not_a_count_of_victims():
    assert counts_of("In the valley, home to some 90,000 people, streets were buried.") == set()
    assert ("killed", 40, 40, "exact") in counts_of("The flood killed 40 people in a town of 900.")


def test_a_toll_that_reached_a_figure_stays_exact():
    assert counts_of("The death toll reached 700 on Friday.") == {("killed", 700, 700, "exact")}


def test_more_killed_is_a_change_not_a_total():
    assert counts_of("Twelve more were killed on Monday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors said the upkeep of the weir had been clearly inadequate.",
        "The canal walls had never been maintained, the auditors found.",
        "Residents blamed poor maintenance of the sluice gates.",
        "The embankment had gone without maintenance for a decade.",
        "Four engineers were charged with negligence over the collapse.",
        "A court jailed six officials for negligence.",
    ],
)
def test_neglected_upkeep_is_an_accident_claim(text):
    assert causes_of(text) == {("accident", "affirmed")}


@pytest.mark.parametrize(
    "text",
    ["Maintenance crews reached the pumping station at dawn.", "The road was shut for upkeep."],
)
def test_maintenance_as_a_topic_claims_nothing(text):
    assert causes_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The governor promised that whoever was negligent would be punished.",
        "Judges will try any engineers found to have been negligent.",
        "Prosecutors are looking into allegations of negligence at the plant.",
    ],
)
def test_negligence_as_a_hypothesis_claims_nothing(text):
    assert causes_of(text) == set()


def test_an_accident_said_of_a_munition_is_a_misfire():
    assert causes_of("The minister said the rocket was most likely an accident.") == {
        ("misfire", "affirmed")
    }
    # without a munition an accident stays an accident; an accidental blast at a depot too
    assert causes_of("The collapse was an accident, the mayor said.") == {("accident", "affirmed")}
    assert causes_of("An accidental explosion at the shell depot killed three.") == {
        ("accident", "affirmed")
    }


def test_an_accusation_of_a_massacre_is_a_claim_of_a_strike():
    assert causes_of("The mayor charged the garrison with a massacre.") == {
        ("hostile_fire", "affirmed")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The premier said the rocket strike was not a deliberate attack.",
        "Nothing suggests that it was an intentional attack, the alliance said.",
    ],
)
def test_a_strike_said_not_to_be_an_attack_is_a_denial_only(text):
    assert causes_of(text) == {("hostile_fire", "denied")}


def test_our_own_munition_is_a_misfire_claim():
    assert causes_of("I am certain that it was not our rocket.") == {("misfire", "denied")}
    assert causes_of("It may have been our missile, the colonel admitted.") == {
        ("misfire", "affirmed")
    }
    assert causes_of("It is our duty to help the injured.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Over 300 dead as storms and floods strike the delta.",
        "The agency attributed that figure to the port authority, the broadcaster said.",
        "Studying the floods, the report concluded that the season was the wettest on record.",
        "The river and the town: examining the floods of the spring",
        "The senator called on the governor to open an inquiry into the collapse.",
    ],
)
def test_words_of_causes_used_for_something_else_claim_no_strike_or_inquiry(text):
    assert not causes_of(text) & {("hostile_fire", "affirmed"), ("under_investigation", "affirmed")}


def test_an_inquiry_opened_is_still_a_claim():
    assert causes_of("The army said it would open an inquiry into the shooting.") == {
        ("under_investigation", "affirmed")
    }


def test_the_attack_that_started_the_war_is_another_incident():
    text = (
        "The Norland Relief Agency said 31 people were killed in the blast at the depot. "
        "The Red River Front, whose raid last month set off the current war and killed more "
        "than 900 soldiers, called the blast a crime."
    )
    claims = extract(make_doc(text), REGION).claims
    assert {(c.category, c.min) for c in claims if c.kind == "casualty"} == {("killed", 31)}


def test_a_record_of_many_crimes_is_no_count_of_this_incident():
    text = (
        "The Norland Relief Agency said 31 people were killed in the blast at the depot. "
        "The agency said the militia had committed many war crimes, killing hundreds of people."
    )
    claims = extract(make_doc(text), REGION).claims
    assert {(c.category, c.min) for c in claims if c.kind == "casualty"} == {("killed", 31)}


@pytest.mark.parametrize(
    "text",
    [
        "It was unclear how such a figure could have been reached so quickly.",
        "Funds were set aside, though it is unclear whether the bridge will be rebuilt.",
    ],
)
def test_an_unclear_figure_or_plan_is_no_open_cause(text):
    assert causes_of(text) == set()


def test_an_unclear_cause_is_still_under_investigation():
    assert causes_of("It is unclear what caused the blast at the depot.") == {
        ("under_investigation", "affirmed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly 600 victims had already been identified by Friday.",
            ("killed", 600, 600, "approx"),
        ),
        (
            "More than 40 victims of the landslide were buried on Sunday.",
            ("killed", 41, None, "at_least"),
        ),
        (
            "Some 90 victims have so far been recovered from the river.",
            ("killed", 90, 90, "approx"),
        ),
    ],
)
def test_victims_identified_or_buried_are_the_dead(text, expected):
    assert expected in counts_of(text)


def test_victims_reported_hurt_are_not_the_dead():
    assert ("injured", 30, 30, "exact") in counts_of(
        "30 victims were reported injured in the crush."
    )
    assert not any(c[0] == "killed" for c in counts_of("30 victims were reported injured."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor expects the toll to reach at least 90.", ("killed", 90, None, "at_least")),
        (
            "She put the toll at 40 and said she expected it to rise to 65.",
            ("killed", 65, 65, "exact"),
        ),
        ("Medics expect the number of injured to exceed 500.", ("injured", 500, None, "at_least")),
    ],
)
def test_the_toll_a_speaker_expects(text, expected):
    assert expected in counts_of(text)


def test_an_expected_it_needs_a_toll_before_it():
    assert counts_of("The coach said he expected it to reach 30 by the weekend.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lives a disaster "claimed", "took" or "cost" are the dead
        ("The landslide claimed at least 40 lives.", ("killed", 40, None, "at_least")),
        ("The ferry fire has taken 80 lives, the coastguard said.", ("killed", 80, 80, "exact")),
        # "hurt" after a bare number is injured, as "wounded" is
        ("Two killed, 13 hurt in Xtown depot blast", ("injured", 13, 13, "exact")),
        ("At least 30 died and more than 100 were hurt.", ("injured", 101, None, "at_least")),
        # bodies recovered are the dead
        ("The bodies of nine miners have been recovered.", ("killed", 9, 9, "exact")),
    ],
)
def test_more_ways_news_tells_a_toll(text, expected):
    assert expected in counts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The war has so far cost over 2,000 lives on every front.",
        "Divers searched for the bodies of nine fishermen.",
        "The sanctions hurt 40 companies.",
    ],
)
def test_not_a_toll_of_this_incident(text):
    assert counts_of(text) == set()


def scopes_of(text: str) -> set[str]:
    return {c.scope for c in find_counts(text, aircraft_event=False, us_context=False)}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # an anniversary dates a gathering; "since the blast" counts within the incident
        ("The blast killed 60 mourners marking two years since the general's death.", "incident"),
        ("Since the blast, 40 people have died of their wounds.", "incident"),
        ("The agency has counted 12 deaths since the storm on Friday.", "incident"),
        # a running total still opens on a date, a war, or the first of many strikes
        ("Since March 3, 13 soldiers have been killed.", "cumulative"),
        ("Since the war began, 3,000 soldiers have died.", "cumulative"),
        ("Since the first strikes, 3,000 people have died.", "cumulative"),
    ],
)
def test_since_opens_a_running_total_only_of_many_incidents(text, scope):
    assert scopes_of(text) == {scope}


def test_a_span_of_time_is_not_the_count():
    # "two days after 12 soldiers were killed": twelve were killed, not two
    assert counts_of("It came two days after 12 guards were killed.") == {
        ("killed", 12, 12, "exact")
    }
    assert counts_of("Two 18-year-old students were killed.") == {("killed", 2, 2, "exact")}


@pytest.mark.parametrize(
    "text",
    [
        "Earlier reports of 90 dead were wrong.",
        "Claims that 300 villagers died are false, the colonel said.",
        "She said agency data saying 7,000 people had died in the valley were inaccurate.",
    ],
)
def test_a_figure_reported_to_be_rejected_is_no_count(text):
    assert counts_of(text) == set()


def test_a_rejection_of_something_else_leaves_the_count():
    text = "The mayor said 40 people were killed; reports of a second blast were false."
    assert counts_of(text) == {("killed", 40, 40, "exact")}


@pytest.mark.parametrize(
    "text",
    [
        # what did not happen is no count
        "Had the shell hit the clinic, 90 patients would have died.",
        "Had it landed on the market, it could have killed hundreds.",
        "The militia threatened to kill 30 hostages.",
        "The device was designed to kill 50 people.",
    ],
)
def test_a_counterfactual_or_a_threat_is_no_count(text):
    assert counts_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estimate of what did happen stays a count
        ("The floods are thought to have killed 400 people.", ("killed", 400, 400, "exact")),
        (
            "The shelling killed 40 people, and officials said it could have been worse.",
            ("killed", 40, 40, "exact"),
        ),
        ("The unit was accused of killing 12 farmers.", ("killed", 12, 12, "exact")),
    ],
)
def test_an_estimate_or_an_accusation_stays_a_count(text, expected):
    assert expected in counts_of(text)


def _cause_claims(text: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (c.claimant, c.cause, c.polarity, c.agent)
        for c in extract(make_doc(text), REGION).claims
        if c.kind == "cause"
    }


def test_a_side_saying_the_munition_was_not_its_own_denies_a_misfire():
    text = (
        "Zedland's President Anna Bort says she is sure that the rocket which landed in Vell "
        'on Tuesday did not belong to Zedland.\n\n"I have no doubt that it was not our rocket," '
        "she told reporters."
    )
    assert ("Zedland's President Anna Bort", "misfire", "denied", "Zedland") in _cause_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # no word of the side's own munitions: an attacker could say the same of a strike
        "Zedland's President Anna Bort says the rocket which landed in Vell did not belong to "
        "Zedland.",
        # someone else's denial of the side's rocket tells nothing of whose it was
        "Ruritania's President Ivo Kan says the rocket which landed in Vell did not belong to "
        "Zedland. Zedland's air defences were busy that night.",
    ],
)
def test_not_its_own_munition_needs_its_own_side_and_its_own_weapons(text):
    assert not {c for c in _cause_claims(text) if c[1] == "misfire"}
