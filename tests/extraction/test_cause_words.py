"""The cause vocabulary, one construction per case, in sentences of our own."""

from __future__ import annotations

import pytest

from factcheck.extraction.causes import find_causes


def causes_of(text: str) -> set[tuple[str, str]]:
    return {(c.cause, c.polarity) for c in find_causes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medics said an airstrike hit the clinic, killing nine.", ("hostile_fire", "affirmed")),
        ("The suicide bombing at the rally killed 30 people.", ("hostile_fire", "affirmed")),
        ("Police said two bombs went off in the crowd.", ("hostile_fire", "affirmed")),
        ("Officials called it an act of terrorism.", ("hostile_fire", "affirmed")),
        (
            "The army said a misfired rocket launched by the rebels hit the school.",
            ("misfire", "affirmed"),
        ),
        ("It was a failed rocket launch, the general said.", ("misfire", "affirmed")),
        (
            "The blast was likely caused by an air-defence missile that strayed.",
            ("misfire", "affirmed"),
        ),
        (
            "The crew fired on the convoy by mistake, the ministry admitted.",
            ("friendly_fire", "affirmed"),
        ),
        ("The colonel blamed human error for the shooting.", ("friendly_fire", "affirmed")),
        ("A gas explosion tore through the market.", ("accident", "affirmed")),
        (
            "Fertiliser stored at the depot exploded, the port authority said.",
            ("accident", "affirmed"),
        ),
        ("Two levees gave way overnight, flooding the valley.", ("mechanical", "affirmed")),
        ("The bridge collapsed under the weight of the traffic.", ("mechanical", "affirmed")),
        ("A violent storm killed 40 people along the coast.", ("natural", "affirmed")),
        ("At least 12 people were killed by the cyclone.", ("natural", "affirmed")),
        ("Investigators are examining what happened.", ("under_investigation", "affirmed")),
        ("It is too early to say what caused the blast.", ("under_investigation", "affirmed")),
        (
            "The prosecutors said the circumstances of the blast cannot be finally established.",
            ("under_investigation", "affirmed"),
        ),
    ],
)
def test_causes_of_every_kind(text, expected):
    assert expected in causes_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said its forces carried out no strikes in the area.", "hostile_fire"),
        ("We did not strike that building, the spokesman said.", "hostile_fire"),
        ("The militia rejected any responsibility for the explosion.", "hostile_fire"),
        ("The government denies any involvement.", "hostile_fire"),
        ("He said Northland had no connection with the incident.", "hostile_fire"),
        ("We have no indication that Westland was involved.", "hostile_fire"),
        ("The ministry said claims of an airstrike were lies.", "hostile_fire"),
        ("Climate change did not cause the dams to collapse, the study found.", "natural"),
    ],
)
def test_denials_in_other_words(text, expected):
    assert (expected, "denied") in causes_of(text)


def test_a_hedge_keeps_the_claim_and_is_recorded():
    [mention] = [c for c in find_causes("The strike was probably a misfired rocket.") if
                 c.cause == "misfire"]  # fmt: skip
    assert mention.polarity == "affirmed"
    assert mention.hedge == "probably"


def test_an_open_question_claims_no_cause():
    found = causes_of("It is not clear whether the blast was caused by a gas leak.")
    assert found == {("under_investigation", "affirmed")}


def test_one_claim_per_agent_blamed():
    found = find_causes("The council blamed Northland and the Southern League for the attack.")
    assert {(c.cause, c.polarity, c.agent) for c in found} == {
        ("hostile_fire", "affirmed", "Northland"),
        ("hostile_fire", "affirmed", "Southern League"),
    }


def test_an_agent_is_the_subject_not_a_nearby_name():
    found = find_causes("According to the Western Command, two aircraft were involved.")
    assert found == []


def test_a_storm_as_the_topic_is_no_claim():
    assert causes_of("Aid reached the storm survivors on Tuesday.") == set()
    assert causes_of("The toll from the floods rose to 61.") == set()


def test_an_earthquake_striking_is_the_event_not_a_claim():
    assert causes_of("The quake struck at a depth of 10 km.") == set()


def test_a_weapon_used_in_a_shootdown_is_no_misfire():
    found = causes_of("We brought down two drones with air-defence missiles, the rebels said.")
    assert ("misfire", "affirmed") not in found


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The responsibility for this crime lies with the US and Northland.", {"US", "Northland"}),
        ("The premier held Northland responsible for the blasts.", {"Northland"}),
        ("The attack was conducted by the Valley Front, an official said.", {"Valley Front"}),
    ],
)
def test_responsibility_names_its_agents(text, agents):
    found = find_causes(text)
    assert {c.agent for c in found if c.cause == "hostile_fire"} == agents
    assert {c.polarity for c in found} == {"affirmed"}


def test_planted_bombs_are_an_attack():
    assert ("hostile_fire", "affirmed") in causes_of(
        "Bombs had been planted along the route to the shrine."
    )


def test_a_flood_is_a_cause_only_as_the_killer():
    assert ("natural", "affirmed") in causes_of("Floods kill 900 in the delta.")
    assert causes_of("Hundreds died in the floods that hit the delta.") == set()


def test_a_possibility_not_ruled_out_is_speculation():
    assert (
        causes_of(
            "A missile fired from the ground has not been ruled out, but that is only speculation."
        )
        == set()
    )


def test_where_it_was_fired_from_names_the_agent():
    found = find_causes("The president said it was unlikely the missile was fired from Eastland.")
    assert [(c.cause, c.polarity, c.agent) for c in found] == [
        ("hostile_fire", "denied", "Eastland")
    ]


def test_an_agent_alone_makes_a_named_weapon_a_claim():
    found = find_causes("Ruritanian missiles landed in the village.")
    assert [(c.cause, c.polarity, c.agent) for c in found] == [
        ("hostile_fire", "affirmed", "Ruritanian")
    ]


def test_a_parenthetical_however_keeps_the_denial():
    assert causes_of("It denied, however, that it had attacked the clinic.") == {
        ("hostile_fire", "denied")
    }


def test_a_denial_does_not_reach_the_next_predicate():
    found = causes_of(
        "The army denies any involvement and has blamed a rocket misfired by the Valley Front."
    )
    assert ("misfire", "affirmed") in found
    assert ("hostile_fire", "denied") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contracted negation, with either apostrophe, denies
        (
            "Officials said it wasn't a terrorist attack that killed them.",
            ("hostile_fire", "denied"),
        ),
        (
            "The army said it didn’t carry out any airstrike on the clinic.",
            ("hostile_fire", "denied"),
        ),
        (
            "“I don’t know whether it was a strike,” the officer said.",
            ("under_investigation", "affirmed"),
        ),
        # acts that are an attack by their own words
        ("Police said two bombs had been hidden in shopping bags.", ("hostile_fire", "affirmed")),
        (
            "Two explosive devices were detonated remotely by militants.",
            ("hostile_fire", "affirmed"),
        ),
        ("The governor said gunmen had carried out the explosions.", ("hostile_fire", "affirmed")),
        (
            "A source said the first blast was the result of a suicide bomber's action.",
            ("hostile_fire", "affirmed"),
        ),
        ("Mourners buried the victims of the VF twin bombings.", ("hostile_fire", "affirmed")),
        # whose munition it was, said after its description
        (
            "He said the missile which fell on Xtown last May, killing two, was Ruritanian.",
            ("hostile_fire", "affirmed"),
        ),
        (
            "Officials say the missile that hit Xland most likely came from Ruritania.",
            ("hostile_fire", "affirmed"),
        ),
        (
            "Zed: rocket that landed in Xland unlikely to have come from Ruritania",
            ("hostile_fire", "denied"),
        ),
        (
            "The missile was most likely launched from Xland rather than from Ruritania.",
            ("hostile_fire", "denied"),
        ),
        (
            "Ruritanian missiles have killed two farmers, an official said.",
            ("hostile_fire", "affirmed"),
        ),
        ("Two stray Ruritanian rockets are said to be responsible.", ("hostile_fire", "affirmed")),
        (
            "The debris shown by the press has nothing to do with Ruritanian weapons.",
            ("hostile_fire", "denied"),
        ),
        (
            "Officials said one rocket in the salvo failed and fell on a car park.",
            ("misfire", "affirmed"),
        ),
        # blame, hedged or denied without a verb
        (
            "Ministry: the incident was a tragedy, Ruritania not to blame",
            ("hostile_fire", "denied"),
        ),
        (
            "Analysts said the extremist group was most likely behind the attack.",
            ("hostile_fire", "affirmed"),
        ),
        (
            "Ruritanian missiles said to have strayed across the border",
            ("hostile_fire", "affirmed"),
        ),
        # a cause that made a disaster worse
        ("A study found climate change made the floods deadlier.", ("natural", "affirmed")),
        # neglect: warnings ignored, a structure left to decay
        (
            "Engineers say warnings on the Xtown dams were ignored for years.",
            ("accident", "affirmed"),
        ),
        ("Warnings went unheeded before the levees burst.", ("accident", "affirmed")),
        ("Critics say the decaying bridge was common knowledge.", ("accident", "affirmed")),
        ("Officials are accused of letting levee upkeep slide.", ("accident", "affirmed")),
        # more ways to name the weapon, the agent, a denial
        (
            "They said the fire was caused by a bomb that a jet dropped.",
            ("hostile_fire", "affirmed"),
        ),
        (
            "Ministry: no evidence that a Ruritanian missile crashed in Xland",
            ("hostile_fire", "denied"),
        ),
        (
            'The premier accused "gunmen" of attacking the clinic, "and not the RDF."',
            ("hostile_fire", "denied"),
        ),
    ],
)
def test_constructions_of_the_news(text, expected):
    assert expected in causes_of(text)


def test_a_relative_clause_starts_a_new_claim_of_blame():
    found = find_causes(
        "Evidence pointed to a misfired rocket as the cause, which the militia pinned on Ruritania."
    )
    assert ("misfire", "affirmed", None) in [(c.cause, c.polarity, c.agent) for c in found]
    assert ("hostile_fire", "affirmed", "Ruritania") in [
        (c.cause, c.polarity, c.agent) for c in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The missile that hit the farm came down in a field.",
        "Ruritania Buries Victims Of VF Twin Bombings",
        "The gunmen's own arms cache was found later.",
        "One of the two suicide bombers was a foreigner, the ministry said.",
        "UK strikes have hit 600 targets since March.",
        "The tanker is the fourth aircraft to be taken down since the war began.",
    ],
)
def test_no_cause_claimed(text):
    assert causes_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zed is sure the rocket that came down in Xland was not Ruritanian.",
        "The president said the rocket which landed in Vell did not belong to Zedland.",
    ],
)
def test_a_munition_not_of_a_side_waits_for_who_says_it(text):
    # "not ours" denies a misfire only when that side says it: the reader of the claimant decides
    found = find_causes(text)
    assert [(c.cause, c.polarity, c.context) for c in found] == [("misfire", "denied", "own_side")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said a missile fired from inside Vell caused the blast at Vell's clinic.",
            ("misfire", "affirmed", "Vell"),
        ),
        (
            "Officials said a missile fired from inside Zedland caused the blast at Vell's clinic.",
            ("hostile_fire", "affirmed", None),
        ),
        (
            "The president said a Zedish air defense [missile] caused the blast in eastern Vell.",
            ("misfire", "affirmed", None),
        ),
        (
            "Intelligence finds hospital blast came from inside Vell, Anna Bort says",
            ("misfire", "affirmed", "Vell"),
        ),
        (
            "He said Zedish surface-to-air systems could have done so if they malfunctioned.",
            ("misfire", "affirmed", None),
        ),
        (
            'He argued Ruritanian missiles "would not have been able to reach Vell territory".',
            ("hostile_fire", "denied", "Ruritanian"),
        ),
    ],
)
def test_whose_munition_it_was(text, expected):
    assert expected in {(c.cause, c.polarity, c.agent) for c in find_causes(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The tanker could have crashed if it malfunctioned.",
        "The missiles could have reached the town within minutes.",
        "A rocket fired from Vell hit a school in Zedland.",
        "The explosion came from inside the building.",
        "It is unclear whether the explosion came from inside Vell.",
    ],
)
def test_not_whose_munition_it_was(text):
    assert not {c.cause for c in find_causes(text)} & {"misfire"}
