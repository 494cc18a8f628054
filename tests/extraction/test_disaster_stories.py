"""The language of accidents and natural disasters: habits and past seasons as background, a
hedge on a technical failure, the spokeswoman a later "she" stands for, people trapped or buried.
Invented names and sentences throughout."""

from __future__ import annotations

import pytest

from factcheck.extraction.causes import find_causes

from .conftest import claims_of as _claims


@pytest.mark.parametrize(
    "text",
    [
        # what happens as a rule, not on the day of the story
        "Road accidents kill thousands of people in Zedland every year.",
        "Floods claim hundreds of lives in the Vell delta each season.",
        "Building collapses are common in Zedland, where rules are rarely enforced.",
        "Factory fires are frequent in the Xtown garment district.",
        # a past season opening the sentence
        "Last summer, a heatwave killed 210 people in the same region.",
        "Last winter, an avalanche buried nine climbers above Vell.",
    ],
)
def test_habits_and_past_seasons_are_background(text):
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a festival held every year is no habit of killing
        (
            "At least 31 people died at the fair, held every year in Xtown, police said.",
            31,
        ),
        ("The storm killed 12 people on Monday, officials said.", 12),
    ],
)
def test_this_incident_is_not_a_habit(text, count):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [c.min for c in killed] == [count]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("He said engine failure was one possibility.", "possibility"),
        (
            "The minister said engine failure was one possibility but sabotage was not ruled out.",
            "possibility",
        ),
        ("She said a technical fault was likely behind the crash.", "likely"),
    ],
)
def test_a_technical_failure_put_as_a_possibility_is_hedged(text, hedge):
    mechanical = [c for c in find_causes(text) if c.cause == "mechanical"]
    assert [(c.polarity, c.hedge) for c in mechanical] == [("affirmed", hedge)]


def test_a_technical_failure_stated_outright_has_no_hedge():
    mechanical = [c for c in find_causes("The airline said a technical fault caused the crash.")]
    assert [(c.cause, c.hedge) for c in mechanical] == [("mechanical", None)]


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        # a spokeswoman for a body the report names speaks for it
        (
            '"Many of the workers jumped from the windows," said Ana Rovic, a spokeswoman for '
            "the Vell fire department.",
            "Vell fire department",
        ),
        (
            '"Many of the workers jumped," Ana Rovic, a fire service spokeswoman, told reporters.',
            "Ana Rovic",
        ),
    ],
)
def test_she_is_the_spokeswoman_quoted_before_not_the_body_of_the_lead(quote, speaker):
    text = (
        "A fire killed at least 19 workers at a garment factory, police said.\n\n"
        f"{quote} She said 12 people were still missing."
    )
    missing = [c for c in _claims(text, kind="casualty") if c.category == "missing"]
    assert [(c.claimant, c.min) for c in missing] == [(speaker, 12)]


def test_a_bare_name_without_a_role_moves_no_pronoun():
    text = (
        "A fire killed at least 19 workers, police said.\n\n"
        '"It was chaos," said Ana Rovic. She said 12 people were still missing.'
    )
    assert "Ana Rovic" not in {c.claimant for c in _claims(text)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Rescuers were searching for 17 others still trapped underground, the ministry said.", 17),
        ("Twelve miners were trapped underground after the blast, the ministry said.", 12),
        ("Four people are still under the mud, officials said.", 4),
        ("Six people remain buried under the debris, officials said.", 6),
    ],
)
def test_trapped_and_buried_are_missing(text, count):
    missing = [c for c in _claims(text, kind="casualty") if c.category == "missing"]
    assert [c.min for c in missing] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled 23 people who had been trapped out alive, police said.",
        "Nine people were rescued after being trapped underground for three days, officials said.",
    ],
)
def test_the_trapped_who_were_rescued_are_not_missing(text):
    assert [c for c in _claims(text, kind="casualty") if c.category == "missing"] == []


QUAKE = (
    "VELL, Zedland (Reuters) - A powerful earthquake struck northern Zedland on Tuesday, killing "
    "at least "
    "120 people, the national disaster agency said.\n\n"
    "Rescuers were digging through collapsed homes in the town of Vell.\n\n"
    "The quake, the strongest to hit the region since 1998, injured more than 800 people, "
    "the agency said.\n\n"
    '"We expect the number of dead to rise," civil protection chief Ivo Brann told Reuters.'
)


def test_a_superlative_since_a_year_is_a_comparison_not_a_running_total():
    injured = [c for c in _claims(QUAKE, kind="casualty") if c.category == "injured"]
    assert [(c.min, c.scope) for c in injured] == [(801, "incident")]


@pytest.mark.parametrize(
    "text",
    [
        QUAKE,
        "The disaster agency said 12 people died. The agency added that 40 were injured.",
    ],
)
def test_the_agency_is_the_agency_the_story_named_not_a_news_agency(text, sources):
    names = {c.claimant for c in _claims(text, sources, publisher="Reuters", kind="casualty")}
    assert len(names) == 1
    assert names.pop().endswith("agency")


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The blaze was started by an electrical fault.", "mechanical"),
        ("The fire in the warehouse was sparked by a short circuit.", "accident"),
        ("The bus crashed after its brakes failed.", "mechanical"),
        ("The train derailed after a signal failure.", "mechanical"),
        ("Officials blamed the stampede on overcrowding.", "accident"),
        ("The union blamed the disaster on poor safety standards.", "accident"),
    ],
)
def test_what_started_a_fire_or_a_crash_is_its_cause(text, cause):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [(cause, "affirmed")]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        (
            "Police said a gas leak had caused the explosion and denied reports that a bomb "
            "had gone off.",
            "accident",
        ),
        (
            "A police spokeswoman said overcrowding had caused the crush and denied reports "
            "that officers had fired tear gas.",
            "accident",
        ),
    ],
)
def test_a_denial_that_follows_keeps_the_cause_said_before_it(text, cause):
    said = [c for c in find_causes(text) if c.cause == cause]
    assert [c.polarity for c in said] == ["affirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "Police dismissed reports that a gas leak had caused the explosion.",
        "Claims that a gas leak caused the blast are false, police said.",
    ],
)
def test_reports_of_a_cause_called_false_are_still_denied(text):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("accident", "denied")]


def test_firefighters_are_not_fighters():
    text = "Four firefighters were injured in the blaze, the fire service said."
    groups = {c.group for c in _claims(text, kind="casualty")}
    assert groups == {"people"}


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("Two policemen were among the dead, officials said.", "killed", 2),
        ("Four firefighters were among the injured, the fire service said.", "injured", 4),
    ],
)
def test_a_part_of_the_toll_is_a_floor_not_the_toll(text, category, count):
    counts = [c for c in _claims(text, kind="casualty") if c.category == category]
    assert [(c.min, c.max, c.qualifier) for c in counts] == [(count, None, "at_least")]


def test_children_among_the_dead_stay_a_named_part():
    text = "Five children were among the dead, officials said."
    counts = _claims(text, kind="casualty")
    assert [(c.group, c.min, c.max) for c in counts] == [("children", 5, 5)]


@pytest.mark.parametrize(
    "named",
    [
        "Governor Nela Craft said the blast destroyed nearby homes.",
        "The governor, Nela Craft, said the blast destroyed nearby homes.",
    ],
)
def test_the_governor_is_the_one_governor_the_report_names(named):
    text = (
        f"A blast at a warehouse killed 18 people on Saturday, the local governor said.\n\n{named}"
    )
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.min) for c in killed] == [("Nela Craft", 18)]


@pytest.mark.parametrize(
    "text",
    [
        "A blast killed 18 people, the governor said.",
        "A blast killed 18 people, the governor said.\n\n"
        "Governor Nela Craft and Governor Ivo Brann met on Sunday.",
    ],
)
def test_an_unnamed_or_ambiguous_governor_claims_nothing(text):
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    "text",
    [
        "A heatwave has killed at least 96 people in the south.",
        "The avalanche killed nine climbers above Vell.",
        "The drought has killed 40 herders in northern Zedland.",
        "A blizzard killed six motorists on the Xtown pass.",
    ],
)
def test_heat_snow_and_drought_are_natural_causes(text):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("natural", "affirmed")]


def test_an_avalanche_of_words_is_no_cause():
    assert find_causes("An avalanche of criticism followed the crash.") == []


@pytest.mark.parametrize(
    "named",
    [
        "Prime Minister Ana Marsh visited the site.",
        "Foreign Minister Ana Marsh visited the site.",
    ],
)
def test_the_minister_is_not_a_minister_of_another_office(named):
    text = f"A blast killed 18 people, the minister said.\n\n{named}"
    assert _claims(text, kind="casualty") == []


def test_the_health_minister_is_the_health_minister_named():
    text = (
        "A blast killed 18 people, the health minister said.\n\nHealth Minister Ana Marsh visited."
    )
    assert [c.claimant for c in _claims(text, kind="casualty")] == ["Ana Marsh"]


def test_the_company_is_the_operator_the_report_named():
    text = (
        "A gas blast at the Korva mine, operated by state-owned Zedcoal, killed 31 miners on "
        "Monday, officials said.\n\nOf those brought to the surface, 22 were injured, the "
        "company said."
    )
    injured = [c for c in _claims(text, kind="casualty") if c.category == "injured"]
    assert [(c.claimant, c.min) for c in injured] == [("Zedcoal", 22)]


def test_two_operators_leave_the_company_unnamed():
    text = (
        "The bus, operated by Hill Line, hit a truck owned by Vell Haulage, killing nine "
        "people, police said.\n\nTwo drivers were injured, the company said."
    )
    assert "Hill Line" not in {c.claimant for c in _claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The airline ruled out a technical fault.",
        "The carrier has ruled out a technical fault as the cause of the crash.",
    ],
)
def test_a_denial_by_an_unnamed_body_is_not_the_outlets(text):
    assert _claims(text, kind="cause") == []


def test_the_outlet_still_denies_in_its_own_words():
    causes = _claims("The crash was not caused by a technical fault.", kind="cause")
    assert [(c.claimant, c.cause, c.polarity) for c in causes] == [
        ("Example Wire", "mechanical", "denied")
    ]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The ferry sank after it was hit by a huge wave.", "natural"),
        ("Heavy snow caused the roof of the market to cave in, killing eight.", "natural"),
        ("A gas explosion ripped through a residential block, killing four.", "accident"),
    ],
)
def test_waves_snow_and_blasts_that_rip_through(text, cause):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [(cause, "affirmed")]


def test_hit_by_a_weapon_is_still_a_strike():
    causes = find_causes("The tanker was hit by a drone over the sea.")
    assert [c.cause for c in causes] == ["hostile_fire"]
