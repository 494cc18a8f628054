"""The language of stories other than strikes: a ferry lost in a storm, a stampede, a mine.
Who speaks under which name, what kills and what a storm does. Invented names throughout."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.extraction import KnownSource, extract
from factcheck.extraction.causes import find_causes

from .conftest import claims_of as _claims
from .conftest import make_doc


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least 41 people drowned when the ferry sank, police said.", 41),
        ("Nine pilgrims were crushed to death in the stampede, police said.", 9),
        ("Twelve miners suffocated underground, officials said.", 12),
        ("Six workers were burned to death in the fire, officials said.", 6),
    ],
)
def test_ways_of_dying_are_deaths(text, count):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [c.min for c in killed] == [count]


def test_a_surname_is_the_person_the_report_named_in_full():
    text = (
        "Governor Ana Marsh said the ferry was carrying 300 people.\n\n"
        '"We have recovered 41 bodies so far," Marsh told reporters on Sunday.'
    )
    assert {c.claimant for c in _claims(text)} == {"Ana Marsh"}


def test_a_surname_two_people_share_stays_as_written():
    text = (
        "Ana Marsh, the governor, said 300 people were aboard. Her brother Tom Marsh, a "
        'port official, said 250 were aboard.\n\n"We found 41 bodies," Marsh said.'
    )
    assert "Marsh" in {c.claimant for c in _claims(text)}


def test_one_body_one_spelling():
    text = (
        "The death toll rose to 58, the interior ministry said on Monday. The ministry added "
        "that 112 people had been rescued alive."
    )
    names = {c.claimant for c in _claims(text, kind="casualty")}
    assert len(names) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The operator, Vell Lake Lines, said a sudden storm sank the ferry.",
        "The ferry's operator, Vell Lake Lines, said a sudden storm sank the ferry.",
        "Vell Lake Lines, the ferry's operator, said a sudden storm sank the ferry.",
    ],
)
def test_a_body_named_in_apposition_speaks_under_its_name(text):
    causes = _claims(text, kind="cause")
    assert [(c.claimant, c.cause) for c in causes] == [("Vell Lake Lines", "natural")]


@pytest.mark.parametrize(
    "text",
    [
        "The company blamed bad weather for the sinking.",
        "The company blamed a sudden storm.",
        "The ferry sank in rough seas, the company said.",
        "The company said a storm had capsized the ferry.",
    ],
)
def test_weather_is_a_natural_cause_not_an_accident(text):
    assert {c.cause for c in _claims(text, kind="cause")} == {"natural"}


def test_weather_that_slowed_the_rescue_is_no_cause():
    assert not _claims("The search was hampered by bad weather, police said.", kind="cause")


def test_the_place_struck_is_not_who_struck_it():
    found = find_causes("Missiles struck Vell air base on Friday, killing two soldiers.")
    assert [(c.cause, c.agent) for c in found] == [("hostile_fire", None)]
    found = find_causes("The rocket came from Zedland, officials said.")
    assert [(c.cause, c.agent) for c in found] == [("hostile_fire", "Zedland")]


def test_a_newsroom_reports_a_strike_and_never_fires_one():
    wire = KnownSource(name="Vell Wire", aliases=("VellWire",), kind="news_agency")
    text = "XTOWN, March 12 (Vell Wire) - Missiles struck the air base, the army said."
    causes = _claims(text, [wire], kind="cause")
    assert causes
    assert all(c.agent != "Vell Wire" for c in causes)
    causes = _claims("Vell Wire said a missile hit the town.", [wire], kind="cause")
    assert [(c.claimant, c.agent) for c in causes] == [("Vell Wire", None)]


def test_an_earlier_month_opens_another_incident():
    text = (
        "Police said on Monday that at least 41 people had died in the capsizing.\n\n"
        "In February, 17 people drowned when a fishing boat sank near Xtown."
    )
    published = datetime(2026, 5, 4, 18, 0, tzinfo=UTC)
    counts = {c.min for c in _claims(text, kind="casualty", published=published)}
    assert counts == {41}
    # the month of the incident itself is this incident
    published = datetime(2026, 2, 20, 18, 0, tzinfo=UTC)
    counts = {c.min for c in _claims(text, kind="casualty", published=published)}
    assert counts == {41, 17}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Police ruled out sabotage.", "denied"),
        ("There was no sign of foul play, police said.", "denied"),
        ("The ministry said the blast was sabotage.", "affirmed"),
    ],
)
def test_sabotage_and_foul_play_are_deliberate_acts(text, polarity):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("hostile_fire", polarity)]


def test_negligence_yet_to_be_found_is_no_claim_of_it():
    text = "The prime minister said those responsible for any negligence would be punished."
    assert not _claims(text, kind="cause")


def test_the_incident_a_superlative_compares_with_is_another_one():
    text = (
        "The explosion was the deadliest industrial accident in Vell since 2011, when 40 miners "
        "were killed in a gas blast."
    )
    assert not _claims(text, kind="casualty")


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Investigators said a brake failure caused the crash.", "mechanical"),
        ("The operator said a signal fault caused the collision of the two trains.", "mechanical"),
        ("Police blamed driver error for the crash.", "accident"),
        ("Investigators blamed the improper storage of fertiliser for the blast.", "accident"),
    ],
)
def test_failures_of_machines_and_of_people(text, cause):
    assert cause in {c.cause for c in _claims(text, kind="cause")}


@pytest.mark.parametrize(
    "background",
    [
        "A 2019 quake in the same area killed 51 people.",
        "The 2019 quake in the same area killed 51 people.",
    ],
)
def test_an_earlier_years_disaster_is_another_incident(background):
    # (a year the lead names may be the incident's own: the background comes later)
    text = (
        "The earthquake killed at least 112 people, the disaster agency said.\n\n"
        "Rescuers worked through the night in the worst-hit towns, where apartment blocks had "
        "fallen onto the streets. Aid convoys reached the valley on Friday morning, and the "
        "army set up field kitchens beside the collapsed school. Power was back in most "
        "districts by the evening, the utility said, though the main road stayed closed "
        f"to traffic.\n\n{background}"
    )
    assert {c.min for c in _claims(text, kind="casualty")} == {112}


def test_the_deaths_a_toll_rose_by_are_no_toll():
    text = (
        "The death toll rose to 21 on Saturday after four people died in hospital, the "
        "ministry said."
    )
    assert {c.min for c in _claims(text, kind="casualty")} == {21}


@pytest.mark.parametrize(
    "text",
    [
        "The union rejected suggestions that the crash was caused by a bomb.",
        "There were reports that a bomb caused the crash.",
    ],
)
def test_suggestions_and_reports_the_outlet_tells_of_are_not_its_claims(text):
    assert not _claims(text, kind="cause")


def test_a_headlines_bare_title_is_the_person_the_report_gives_it():
    title = "Governor blames overloading for Lake Vell ferry disaster"
    text = (
        f"{title}\n\nThe regional governor, Ana Marsh, said on Sunday that the ferry was "
        "carrying more than 300 passengers."
    )
    claims = extract(make_doc(text, title=title), []).claims
    assert {c.claimant for c in claims} == {"Ana Marsh"}


def test_a_lowercase_title_is_not_part_of_the_name():
    text = "Fire chief Lena Dorr said ammonium nitrate stored nearby caused the blast."
    assert [c.claimant for c in _claims(text, kind="cause")] == ["Lena Dorr"]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Investigators blamed human error for the derailment.", "accident"),
        ("The colonel blamed human error for the shooting.", "friendly_fire"),
    ],
)
def test_human_error_is_friendly_fire_only_where_a_weapon_was_used(text, cause):
    assert [c.cause for c in find_causes(text)] == [cause]


@pytest.mark.parametrize(
    "text",
    [
        "Police said there was no sign of an attack.",
        "There is no evidence of an attack, the fire service said.",
    ],
)
def test_no_sign_of_an_attack_denies_one(text):
    found = find_causes(text)
    assert [(c.cause, c.polarity) for c in found] == [("hostile_fire", "denied")]


def test_an_attack_told_of_is_no_claim_of_cause():
    assert not find_causes("The attack began at dawn, police said.")


@pytest.mark.parametrize(
    "text",
    [
        "Omar Dace, a spokesman for the Vell Relief Agency, said 47 people were killed.",
        "At least 47 people were killed, said Omar Dace, a spokesman for the Vell Relief Agency.",
    ],
)
def test_a_spokesman_speaks_for_his_body_after_the_verb_as_before_it(text):
    assert {c.claimant for c in _claims(text)} == {"Vell Relief Agency"}


def test_the_agency_is_the_one_the_report_named_though_it_spoke_through_a_person():
    text = (
        "Villagers had gathered around the tanker, said Omar Dace, a spokesman for the Vell "
        "Relief Agency.\n\nBy Monday the toll had risen to 53, the agency said."
    )
    assert {c.claimant for c in _claims(text, kind="casualty")} == {"Vell Relief Agency"}


def test_the_agency_of_two_named_stays_unresolved():
    text = (
        "Omar Dace of the Vell Relief Agency and Ana Marsh of the Xtown Water Agency toured "
        "the site.\n\nBy Monday the toll had risen to 53, the agency said."
    )
    assert not {c.claimant for c in _claims(text, kind="casualty")} & {
        "Vell Relief Agency",
        "Xtown Water Agency",
    }


@pytest.mark.parametrize(
    "text",
    [
        "It was too early to say what had caused the collision, the minister said.",
        "The cause of the collision was not yet known, the minister said.",
    ],
)
def test_the_event_whose_cause_is_asked_is_no_cause(text):
    assert [c.cause for c in find_causes(text)] == ["under_investigation"]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The cause of the collapse was a gas leak, the mayor said.", "accident"),
        ("Police said the crash happened after the driver lost control of the bus.", "accident"),
    ],
)
def test_what_the_cause_was(text, cause):
    assert [c.cause for c in find_causes(text)] == [cause]


def test_losing_control_of_a_town_is_no_accident():
    assert not find_causes("The army said it had lost control of the town after the strike.")


@pytest.mark.parametrize(
    "text",
    [
        "The Vell Front said its fighters had planted explosives at the depot.",
        "The Vell Front said its fighters had hidden a bomb in the depot.",
    ],
)
def test_a_group_that_planted_the_bomb_claims_the_attack(text):
    causes = _claims("An explosion hit the depot on Saturday.\n\n" + text, kind="cause")
    assert [(c.cause, c.polarity, c.agent) for c in causes] == [
        ("hostile_fire", "affirmed", "Vell Front")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who stormed a hotel in Xtown killed at least 22 people, the ministry said.",
        "Police storm the hotel where gunmen killed 22, officials say.",
    ],
)
def test_storming_a_building_is_no_weather(text):
    assert "natural" not in {c.cause for c in find_causes(text)}


def test_a_storm_still_is():
    assert [c.cause for c in find_causes("The storm killed 12 people, officials said.")] == [
        "natural"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zedland's president, Karl Brandt, called it a cowardly act of terrorism.",
        "The president, Karl Brandt, described the blast as an act of terrorism.",
    ],
)
def test_what_a_named_official_calls_it(text):
    causes = _claims("A blast hit the market on Friday.\n\n" + text, kind="cause")
    assert [(c.claimant, c.cause) for c in causes] == [("Karl Brandt", "hostile_fire")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 42 people were killed, according to the Vell Red Cross and the Xtown Medics.",
        "At least 42 people were killed, according to both the Vell Red Cross and the Xtown "
        "Medics.",
    ],
)
def test_according_to_two_bodies_is_a_claim_of_each(text):
    counts = _claims("A blast hit the depot on Saturday.\n\n" + text, kind="casualty")
    assert sorted((c.claimant, c.min) for c in counts) == [
        ("Vell Red Cross", 42),
        ("Xtown Medics", 42),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army said a technical fault downed the helicopter.",
        "The army said bad weather had brought down the helicopter.",
    ],
)
def test_what_downed_an_aircraft_may_be_no_weapon(text):
    assert "hostile_fire" not in {c.cause for c in find_causes(text)}


def test_fire_from_the_ground_still_downs_one():
    found = find_causes("Anti-aircraft fire downed the helicopter, the rebels said.")
    assert [c.cause for c in found] == ["hostile_fire"]


@pytest.mark.parametrize(
    "sentence",
    ["There were no survivors, Vell Air said.", "No one survived, Vell Air said."],
)
def test_no_survivors_is_everyone_killed(sentence):
    text = "A Vell Air plane carrying 62 people crashed on Sunday.\n\n" + sentence
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.qualifier) for c in killed] == [("Vell Air", "all")]


def test_no_survivors_found_yet_is_no_toll():
    text = "A plane crashed on Sunday.\n\nNo survivors have been found, Vell Air said."
    assert not [c for c in _claims(text, kind="casualty") if c.category == "killed"]


@pytest.mark.parametrize(
    "opening",
    [
        "A Vell Air jet crashed near Xtown on Sunday.",
        "A plane operated by Vell Air crashed near Xtown on Sunday.",
    ],
)
def test_the_airline_is_the_one_airline_named(opening):
    text = opening + "\n\nThe airline said 62 people were on board."
    assert {c.claimant for c in _claims(text, kind="casualty") if c.min == 62} == {"Vell Air"}


@pytest.mark.parametrize(
    "speaker",
    [
        "A health official in the worst-hit province said",
        "Health officials in the worst-hit province said",
    ],
)
def test_health_officials_of_a_place_are_not_the_ministry(speaker):
    text = f"An earthquake hit Vell on Tuesday.\n\n{speaker} 1,100 people had died."
    assert "Health ministry" not in {c.claimant for c in _claims(text, kind="casualty")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven people died and more than 300 were taken to hospital, police said.",
        "Eleven people died and 300 were hospitalised, police said.",
    ],
)
def test_the_injured_told_by_their_care(sentence):
    counts = _claims("Gas leaked from a plant in Xtown.\n\n" + sentence, kind="casualty")
    assert sorted(c.category for c in counts) == ["injured", "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Vell Chemicals said a valve had failed, causing the leak.",
        "Engineers blamed a pump malfunction for the leak.",
    ],
)
def test_a_part_that_failed_is_mechanical(text):
    assert [c.cause for c in find_causes(text)] == ["mechanical"]


@pytest.mark.parametrize(
    "body",
    [
        "Troops killed at least nine people, the rights group Open Eye said.",
        "Troops killed at least nine people, Open Eye, a rights group, said.",
    ],
)
def test_a_headline_description_is_the_body_the_report_labels_so(body):
    claims = _claims(body, title="Rights group says troops killed nine protesters")
    assert {c.claimant for c in claims} == {"Open Eye"}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Troops opened fire on the crowd, killing nine people, Open Eye said.", "affirmed"),
        ("The ministry said the victims had been shot by armed rioters.", "affirmed"),
        ("The ministry denied that troops had used live ammunition.", "denied"),
        ("The ministry said nobody had been shot by police.", "denied"),
    ],
)
def test_shooting_at_people(text, polarity):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("hostile_fire", polarity)]


def test_dismissing_a_sides_claim_of_its_own_deed_denies_it():
    text = (
        "A helicopter crashed near Xtown on Sunday.\n\n"
        "The Vell Front said its fighters had shot down the helicopter.\n\n"
        "The army dismissed the claim as propaganda."
    )
    denied = [c for c in _claims(text, kind="cause") if c.polarity == "denied"]
    assert [(c.claimant, c.cause, c.agent) for c in denied] == [
        ("Army", "hostile_fire", "Vell Front")
    ]


def test_denying_an_accusation_after_a_sides_own_claim_denies_nothing():
    text = (
        "A helicopter crashed near Xtown on Sunday.\n\n"
        "The Vell Front said its fighters had shot down the helicopter.\n\n"
        "Zedland denied the accusation."
    )
    assert not [c for c in _claims(text, kind="cause") if c.polarity == "denied"]


def test_nobody_denies_its_own_verb_not_a_cause_further_on():
    text = "He said nobody had looked after the two dams that gave way in the storm."
    assert "denied" not in {c.polarity for c in find_causes(text)}


def test_an_earlier_ministry_figure_is_the_ministrys():
    text = (
        "The Xland health ministry said on Tuesday that 3,478 people had been killed.\n\n"
        "The UN refugee agency said more than 400,000 people had fled their homes. An earlier "
        "ministry figure, released on Monday, had put the toll at 3,000 dead."
    )
    counts = {c.min: c.claimant for c in _claims(text, kind="casualty")}
    assert counts[3000] == "Xland health ministry"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed at least 22 people before troops ended the siege on Friday, the interior "
        "ministry said.",
        "Gunmen killed at least 22 people, said the interior ministry Friday.",
    ],
)
def test_a_day_before_the_speaker_is_no_name_it_labels(text):
    assert {c.claimant for c in _claims(text)} == {"interior ministry"}


@pytest.mark.parametrize(
    "text",
    [
        "The drone came from Zedland, the minister said.",
        "The drone that hit the school was launched from Zedland, the minister said.",
    ],
)
def test_where_a_weapon_was_launched_names_who_launched_it(text):
    found = find_causes(text)
    assert [(c.cause, c.polarity, c.agent) for c in found] == [
        ("hostile_fire", "affirmed", "Zedland")
    ]


def test_calling_the_accusation_absurd_denies_it():
    text = (
        "A drone hit a school in Xtown on Monday.\n\n"
        "The Vell army said the drone came from Zedland.\n\n"
        "Zedland's foreign ministry called the accusation absurd."
    )
    denied = [c for c in _claims(text, kind="cause") if c.polarity == "denied"]
    who = [(c.claimant, c.cause) for c in denied]
    assert who == [("Zedland's foreign ministry", "hostile_fire")]


def test_a_headline_of_two_parts_keeps_the_first_speakers_claim():
    title = "Vell says drone that hit Xtown school came from Zedland; Zedland rejects claim"
    causes = _claims("A drone hit a school in Xtown on Monday.", title=title, kind="cause")
    assert [(c.claimant, c.polarity) for c in causes if c.claimant == "Vell"] == [
        ("Vell", "affirmed")
    ]
