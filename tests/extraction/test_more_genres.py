"""More genres and styles: an air crash and its investigation board, a pilgrimage crush with
two tolls, a poisoning, a helicopter lost in training, an outbreak, a migrant boat, a wire
brief, a press release, a column and a state-media item. The stories are in
tests/data/stories/; the sentences here are invented for each rule. Invented names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.causes import find_causes

from .conftest import claims_of as _claims

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"


def _story(name):
    return (STORIES / f"{name}.txt").read_text()


@pytest.mark.parametrize(
    "text",
    [
        "Zedland's air accident investigation board said the crew had received a stall warning.",
        "The Air Accidents Investigation Branch has sent a team to the site.",
        "Accident investigators arrived at the scene on Monday.",
        "The injured were taken to the accident and emergency department in Xtown.",
    ],
)
def test_accident_in_the_name_of_a_board_or_a_ward_is_no_cause(text):
    assert find_causes(text) == []


def test_an_accident_said_outright_is_still_one():
    causes = find_causes("The crash was an accident, investigators said.")
    assert [(c.cause, c.polarity) for c in causes] == [("accident", "affirmed")]


@pytest.mark.parametrize(
    "lead",
    [
        "ORLAN, Zedland (Wire) - Zedland's transport ministry said on Thursday that a jet "
        "crashed, killing all 54 people on board.",
        "ORLAN, Zedland - Zedland's transport ministry said on Thursday that a jet crashed, "
        "killing all 54 people on board.",
        "ORLAN, Zedland, June 4 (Wire) - Zedland's transport ministry said on Thursday that a "
        "jet crashed, killing all 54 people on board.",
    ],
)
def test_no_one_in_the_dateline_speaks(lead):
    killed = [c for c in _claims(lead, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.min) for c in killed] == [("Zedland's transport ministry", 54)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "At least 48 pilgrims were killed on Saturday, police said, while organisers of "
            "the festival put the number of dead at 23.",
            "organisers of the festival",
        ),
        (
            "At least 48 pilgrims were killed on Saturday, police said, while the organisers "
            "put the toll at 23.",
            "organisers",
        ),
        (
            "At least 48 pilgrims were killed on Saturday, police said, while officials put "
            "the toll at 23.",
            "officials (anonymous)",
        ),
    ],
)
def test_the_toll_after_while_is_the_other_bodys(text, claimant):
    killed = {c.min: c.claimant for c in _claims(text, kind="casualty") if c.category == "killed"}
    assert killed == {48: "Police", 23: claimant}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The organisers said 23 people had died.", "organisers"),
        ("The coastguard said 23 people had drowned.", "coastguard"),
        (
            "At least 27 migrants drowned when a boat capsized, the Zedland coastguard said.\n\n"
            "The coastguard said its boats had recovered 27 bodies from the sea.",
            "Zedland coastguard",
        ),
    ],
)
def test_bodies_known_by_their_role_speak(text, claimant):
    assert {c.claimant for c in _claims(text, kind="casualty")} == {claimant}


@pytest.mark.parametrize(
    "text",
    [
        "The airline said 23 people had died.",  # which airline the story does not say
        "The charity said 23 people had died.",
    ],
)
def test_a_role_the_story_never_names_claims_nothing(text):
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the past twenty years, ferry accidents on Lake Vell have killed more than 3,000 "
        "people.",
        "Floods have claimed 900 lives in the region over the last ten years.",
        "Over the past decade, stampedes at shrines in Zedland have killed 400 people.",
    ],
)
def test_a_record_of_years_is_background(text):
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    "text",
    [
        "Over the past three days, floods have killed 900 people in the region, officials said.",
        "The floods killed 900 people, the worst toll in the past decade, officials said.",
    ],
)
def test_days_of_one_disaster_and_a_comparison_with_years_are_this_toll(text):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [c.min for c in killed] == [900]


@pytest.mark.parametrize(
    "text",
    [
        '"Twenty-three devotees lost their lives," organiser Hana Pell said.',
        "Twenty-three fans were crushed to death at the gate, Hana Pell said.",
        "Twenty-three festival-goers died in the crush, Hana Pell said.",
    ],
)
def test_crowds_are_people(text):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [c.min for c in killed] == [23]


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("Police superintendent Dev Arlo said", "Dev Arlo said", "Dev Arlo"),
        ("Army spokesman Colonel Ivo Sander said", "Ivo Sander told reporters", "Ivo Sander"),
        ("Police commissioner Dev Arlo said", "Dev Arlo said", "Dev Arlo"),
    ],
)
def test_one_person_one_name_without_the_titles(first, second, name):
    text = f"{first} 23 people had died.\n\n{second} 40 people were injured."
    assert {c.claimant for c in _claims(text, kind="casualty")} == {name}


@pytest.mark.parametrize(
    ("text", "cause", "hedge"),
    [
        ("A military source said bad weather may have been a factor.", "natural", "may have"),
        ("Bad weather played a role, the source said.", "natural", None),
        ("A local official said the brakes of the bus had failed.", "mechanical", None),
        ("The board said the left engine had lost power during the climb.", "mechanical", None),
    ],
)
def test_a_factor_a_role_and_a_part_that_failed_are_causes(text, cause, hedge):
    assert [(c.cause, c.polarity, c.hedge) for c in find_causes(text)] == [
        (cause, "affirmed", hedge)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Weather was not a factor in the crash.",
        "Thousands of homes lost power after the blast.",
        "The brake failure inquiry began on Monday.",
    ],
)
def test_no_cause_in_a_factor_denied_loosely_or_a_topic(text):
    assert [c for c in find_causes(text) if c.polarity == "affirmed"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Vell Air rejected suggestions that poor maintenance had played a role.",
        "Vell Air denied that poor maintenance had caused the crash.",
    ],
)
def test_a_fault_denied_after_that_is_denied(text):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("accident", "denied")]


def test_the_board_the_report_named_speaks_as_itself():
    text = (
        "Zedland's air accident investigation board said the jet crashed, killing all 54 "
        "people on board.\n\nThe board said the left engine had lost power during the climb."
    )
    causes = _claims(text, kind="cause")
    assert [(c.claimant, c.cause) for c in causes] == [
        ("Zedland's air accident investigation board", "mechanical")
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ninety-six people remain in hospital, the health ministry said.", 96),
        ("The ministry said 37 people had died and 96 people were in hospital.", 96),
    ],
)
def test_people_in_hospital_are_injured(text, count):
    injured = [c for c in _claims(text, kind="casualty") if c.category == "injured"]
    assert [c.min for c in injured] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Marsh said 120 people had been injured, 80 of whom were in hospital.",
        "Ana Marsh said over 50 of those injured in the blasts remained in hospital in Xtown.",
    ],
)
def test_the_injured_still_in_hospital_are_a_part_not_a_count(text):
    injured = [c.min for c in _claims(text, kind="casualty") if c.category == "injured"]
    assert not {80, 50, 51} & set(injured)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        (
            "We reject the allegations circulating online that the fire was set deliberately.",
            "denied",
        ),
        ("Police said the fire had been started deliberately.", "affirmed"),
        ("Officials denied that the fire was arson.", "denied"),
        ("The fire was not set deliberately, the ministry said.", "denied"),
    ],
)
def test_a_fire_lit_on_purpose_is_an_attack(text, polarity):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("hostile_fire", polarity)]


@pytest.mark.parametrize(
    "text",
    ["Arson investigators arrived on Monday.", "The minister started the fire drill."],
)
def test_arson_as_a_name_and_a_drill_claim_nothing(text):
    assert [c for c in find_causes(text) if c.cause in ("hostile_fire", "accident")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said a gas leak started the fire.",
        "The blast was caused by a leaking cylinder at a food stall, fire chief Tomas Rell said.",
    ],
)
def test_what_started_the_fire_is_its_cause(text):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("accident", "affirmed")]


def test_a_gas_leak_said_and_arson_ruled_out():
    causes = find_causes("Police said a gas leak started the fire, and ruled out arson.")
    assert sorted((c.cause, c.polarity) for c in causes) == [
        ("accident", "affirmed"),
        ("hostile_fire", "denied"),
    ]


@pytest.mark.parametrize("kind", ["official", "state-run", "state-owned"])
def test_what_kind_of_outlet_it_is_is_no_part_of_its_name(kind):
    text = f"Eighteen people were killed when a bus overturned, the {kind} Zedland News Agency said"
    assert {c.claimant for c in _claims(text)} == {"Zedland News Agency"}


@pytest.mark.parametrize(
    "closing",
    [
        "committee secretary Hana Pell said.",
        "the committee's secretary, Hana Pell, said.",
    ],
)
def test_a_quote_of_two_sentences_is_the_speakers_the_close_names(closing):
    text = f'"Twenty-three devotees lost their lives. Many have gone home," {closing}'
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.attribution, c.min) for c in killed] == [("Hana Pell", "quote", 23)]


def test_a_quote_closed_by_a_pronoun_nobody_was_named_for_claims_nothing():
    text = '"Twenty-three devotees lost their lives. Many have gone home," she said.'
    assert _claims(text) == []


def test_a_driver_who_lost_control_is_an_accident():
    text = "The bus had veered off the road after its driver lost control on a sharp bend."
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("accident", "affirmed")]


def test_the_driver_of_a_bus_is_no_agent_of_the_speaker():
    text = "The ministry said the bus had veered off the road after its driver lost control."
    assert [(c.cause, c.agent) for c in _claims(text, kind="cause")] == [("accident", None)]


# -- the stories, read whole ------------------------------------------------------------


def _story_claims(name, **kwargs):
    return _claims(_story(name), **kwargs)


def _counts(claims, category):
    return {(c.claimant, c.min, c.max) for c in claims if c.category == category}


def _causes(claims):
    return {(c.claimant, c.cause, c.polarity) for c in claims if c.kind == "cause"}


def test_air_crash_board_finding_and_airline_denial():
    claims = _story_claims("aircrash", publisher="Reuters")
    board = "Zedland's air accident investigation board"
    assert (board, 54, 54) in _counts(claims, "killed")
    assert _causes(claims) == {
        (board, "mechanical", "affirmed"),  # the engine that lost power, not "accident"
        ("Vell Air", "accident", "denied"),  # no maintenance lapse
    }
    assert "Zedland" not in {c.claimant for c in claims}  # the dateline speaks for no one


def test_pilgrimage_police_and_organisers_tolls():
    claims = _story_claims("pilgrimage", publisher="AP")
    killed = _counts(claims, "killed")
    assert ("organisers of the festival", 23, 23) in killed
    assert ("Hana Pell", 23, 23) in killed
    assert {c.min for c in claims if c.category == "killed" and "Arlo" in c.claimant} == {48}
    assert {c.min for c in claims if c.category == "injured"} >= {112}


def test_poisoning_tolls_and_the_earlier_figure():
    claims = _story_claims("poisoning")
    assert _counts(claims, "killed") == {("health ministry", 37, 37), ("health ministry", 21, 21)}


def test_helicopter_no_hostile_activity_and_a_shoot_down_claimed():
    claims = _story_claims("helicopter", publisher="AFP")
    causes = _causes(claims)
    assert ("Ivo Sander", "hostile_fire", "denied") in causes
    assert ("Ivo Sander", "mechanical", "affirmed") in causes
    assert ("Vell Liberation Front", "hostile_fire", "affirmed") in causes
    assert ("military source (anonymous)", "natural", "affirmed") in causes
    assert {c.claimant for c in claims} & {"Colonel Ivo Sander"} == set()


def test_outbreak_running_total_and_background_epidemic():
    claims = _story_claims("cholera")
    killed = [c for c in claims if c.category == "killed"]
    assert (312, "cumulative") in {(c.min, c.scope) for c in killed}
    assert not {4000, 4001} & {c.min for c in killed}


def test_migrant_boat_coastguard_and_charity():
    claims = _story_claims("boat", publisher="Reuters")
    assert ("Zedland coastguard", 27, None) in _counts(claims, "killed")
    assert ("Zedland coastguard", 27, 27) in _counts(claims, "killed")
    assert ("Zedland coastguard", 70, 70) in _counts(claims, "aboard")
    assert ("rescue charity", None, 60) in _counts(claims, "missing")


def test_wire_brief_headline_cause_and_sabotage_ruled_out():
    text = _story("brief")
    claims = _claims(text, publisher="Zedland Wire", title=text.splitlines()[0])
    causes = _causes(claims)
    assert ("Tomas Rell", "accident", "affirmed") in causes
    assert ("Police", "hostile_fire", "denied") in causes
    assert {c.min for c in claims if c.category == "injured"} == {22}


def test_press_release_in_its_own_voice():
    claims = _story_claims("release", publisher="Ministry of the Interior")
    assert {c.claimant for c in claims} == {"Ministry of the Interior"}
    assert {c.min for c in claims if c.category == "killed"} == {14}
    assert ("Ministry of the Interior", "hostile_fire", "denied") in _causes(claims)
    assert ("Ministry of the Interior", "mechanical", "affirmed") in _causes(claims)


def test_column_background_is_no_toll():
    claims = _story_claims("column")
    assert [c for c in claims if c.kind == "casualty"] == []


def test_state_media_quoting_a_ministry_and_an_official():
    claims = _story_claims("statemedia", publisher="Zedland News Agency")
    assert ("Zedland News Agency", 18, 18) in _counts(claims, "killed")
    assert ("Ministry of Transport", 58, 58) in _counts(claims, "aboard")
    causes = _causes(claims)
    assert ("Ministry of Transport", "accident", "affirmed") in causes  # lost control
    assert ("official (anonymous)", "mechanical", "affirmed") in causes
    assert all(c.agent is None for c in claims if c.kind == "cause")


@pytest.mark.parametrize(
    "text",
    [
        "A lightning strike sparked the fire that killed 23 people.",
        "Lightning struck the tanker, killing 23 people.",
        "Heat stroke killed 23 pilgrims, officials said.",
        "Most of the 23 pilgrims died of heatstroke, officials said.",
    ],
)
def test_lightning_and_heatstroke_are_natural_causes(text):
    assert [(c.cause, c.polarity) for c in find_causes(text)] == [("natural", "affirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "The pilots reported a bird strike shortly after take-off.",
        "The workers went on strike after the fire killed 23 people.",
        "Two of the injured later died of their wounds.",
        "The fireworks lit up the sky like lightning.",
    ],
)
def test_strikes_that_are_no_attack_and_wounds_that_are_no_cause(text):
    assert [c for c in find_causes(text) if c.cause in ("hostile_fire", "natural")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The road death toll fell 12 percent last year, the ministry said.",
        "Deaths from road accidents fell 12% last year, the ministry said.",
    ],
)
def test_a_toll_that_fell_by_a_rate_is_no_count(text):
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the accident is under investigation.",
        "The ministry has formed a committee to investigate the causes of the accident.",
    ],
)
def test_the_cause_of_the_accident_is_an_inquiry_not_an_accident_claimed(text):
    assert [c.cause for c in find_causes(text)] == ["under_investigation"]


@pytest.mark.parametrize(
    "text",
    [
        "An inspector at each port could prevent the next disaster, which might kill hundreds.",
        "Officials warned that such a storm could kill up to 300 people.",
        "A crash there would kill 200 people, the union said.",
    ],
)
def test_a_harm_foretold_is_no_count(text):
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast may have killed 300 people, Mayor Ana Marsh said.", 300),
        ("The flood killed 120 people and could kill more, officials said.", 120),
        ("Will Marsh said 12 people were killed.", 12),
    ],
)
def test_a_guess_at_this_toll_and_a_name_that_is_a_modal_stay(text, count):
    assert [c.min for c in _claims(text, kind="casualty")] == [count]


def test_official_media_by_kind_keep_their_kind():
    text = "According to semi-official media, two bombs had been put in separate bags."
    assert {c.claimant for c in _claims(text, kind="cause")} == {"semi-official media"}


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers played a key role in the search after the earthquake.",
        "The army played a role in the rescue after the flood.",
    ],
)
def test_a_role_someone_else_played_links_no_cause(text):
    assert find_causes(text) == []


def test_a_body_after_a_title_word_keeps_its_full_name():
    text = (
        "Army Northern Command said 23 people had died.\n\n"
        "Northern Command said 40 people were injured."
    )
    names = {c.claimant for c in _claims(text, kind="casualty")}
    assert "Army Northern Command" in names
