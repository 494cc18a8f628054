"""Disasters of kinds and in forms the extractor had not met: a wildfire, an avalanche, a
cyclone told in a live blog, a tower-block fire with a correction, a fuel tanker blast, a
chemical leak, a stand that gave way. Invented names and sentences throughout; the stories
are in tests/data/stories/ (wildfire, avalanche, cyclone_live, volcano_qa,
highrise_correction, tanker, chemleak, stadium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.causes import find_causes

from .conftest import claims_of


def _counts(text: str) -> list[tuple[str, str, int | None, int | None, str]]:
    return [
        (c.claimant, c.category, c.min, c.max, c.qualifier)
        for c in claims_of(text, kind="casualty")
    ]


def _causes(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.cause, c.polarity, c.hedge) for c in find_causes(text)]


# -- a live blog's time stamps are clocks, not counts -----------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "08:10 - The national relief agency says at least six people have been killed.",
        "08:10 The national relief agency says at least six people have been killed.",
        "08.10 GMT - The national relief agency says at least six people have been killed.",
    ],
)
def test_a_time_stamp_is_not_a_toll(entry):
    assert _counts(entry) == [("national relief agency", "killed", 6, None, "at_least")]


def test_a_bare_dash_is_no_word_of_a_group():
    # "10 - The national ...": "national" is a people's noun, but a dash stands between
    text = "Entry 10 - The national agency says 12 people were injured."
    assert [c[1:] for c in _counts(text)] == [("injured", 12, 12, "exact")]


def test_the_agency_later_in_a_live_blog_is_the_one_quoted_hours_before():
    text = (
        "06:45 - The national disaster management agency says at least six people have died.\n\n"
        "07:30 - The weather office says the storm came ashore further south.\n\n"
        "09:00 - The disaster agency has raised the death toll to 26."
    )
    killed = [c for c in claims_of(text, kind="casualty") if c.category == "killed"]
    assert {c.claimant for c in killed} == {"national disaster management agency"}
    assert [c.min for c in killed] == [6, 26]


# -- counted people of resorts and blocks of flats --------------------------------------


@pytest.mark.parametrize(
    ("text", "group_word"),
    [
        ("The avalanche killed five skiers on Saturday, officials said.", "skiers"),
        ("The fire killed three tenants on the top floor, police said.", "tenants"),
        ("The blaze killed two hotel guests, the fire brigade said.", "guests"),
        ("The blast killed two neighbours of the plant, police said.", "neighbours"),
    ],
)
def test_skiers_tenants_guests_and_neighbours_are_counted(text, group_word):
    killed = [c for c in claims_of(text, kind="casualty") if c.category == "killed"]
    assert len(killed) == 1
    assert group_word in text[killed[0].start : killed[0].end]


# -- sent to hospital: the injured, not the dead -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The gas leak sent about 140 people to hospital and killed two workers, officials said.",
        "The fumes sent 140 residents to hospital on Friday, officials said.",
    ],
)
def test_people_sent_to_hospital_are_injured(text):
    counts = _counts(text)
    assert [c[1:3] for c in counts if c[2] == 140] == [("injured", 140)]


# -- others like it, in recent years: background ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Similar accidents have killed hundreds of people in Zedland in recent years.",
        "Tanker fires have killed more than 300 people in recent years, police said.",
        "Similar blasts killed dozens of people in the province last year.",
    ],
)
def test_similar_accidents_and_recent_years_are_background(text):
    assert claims_of(text, kind="casualty") == []


# -- an expert who examined the site is no inquiry under way -----------------------------


def test_who_examined_the_site_describes_the_speaker():
    text = (
        '"The structure was overloaded," said Ivo Marr, an engineer who examined the site '
        "for the regional government."
    )
    assert "under_investigation" not in [c[0] for c in _causes(text)]


def test_investigators_examining_a_cause_is_still_an_inquiry():
    assert ("under_investigation", "affirmed", None) in _causes(
        "Investigators were examining a power line that had come down, police said."
    )


# -- a wildfire names the event, not its cause ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A wildfire swept into the town of Arnel on Wednesday, killing 11 people.",
        "A wildfire driven by strong winds swept into the town, the fire service said.",
        "Flames fanned by gale-force winds reached the outskirts of Arnel.",
    ],
)
def test_a_wildfire_and_the_winds_that_spread_it_are_no_cause(text):
    assert "natural" not in [c[0] for c in _causes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The wildfire was sparked by lightning, the fire service said.",
        "Strong winds brought down the roof, officials said.",
    ],
)
def test_lightning_and_winds_that_did_the_harm_stay_natural(text):
    assert ("natural", "affirmed") in [c[:2] for c in _causes(text)]


# -- a cause not established yet --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said the cause of the fire had not yet been established.",
        "The cause of the blaze is yet to be determined, police said.",
        "The company said what caused the leak had not been determined.",
    ],
)
def test_a_cause_not_established_is_under_investigation(text):
    assert ("under_investigation", "affirmed") in [c[:2] for c in _causes(text)]


def test_damage_not_determined_is_no_open_cause():
    assert _causes("The fire caused damage that has not been determined, police said.") == []


# -- what broke: a faulty appliance, a stand that gave way, a design flaw ruled out ------


@pytest.mark.parametrize(
    ("text", "polarity", "hedge"),
    [
        ("The fire was believed to have been caused by a faulty refrigerator.", "affirmed",
         "believed"),
        ("A faulty heater sparked the blaze, the fire chief said.", "affirmed", None),
        ("A section of the stand gave way as fans jumped, police said.", "affirmed", None),
        ("The engineer ruled out a design flaw.", "denied", None),
    ],
)  # fmt: skip
def test_what_broke_is_mechanical(text, polarity, hedge):
    assert ("mechanical", polarity, hedge) in _causes(text)


def test_a_faulty_part_replaced_is_no_cause():
    assert _causes("The operator said it had replaced a faulty valve in March.") == []


# -- the company named as the owner of the truck ----------------------------------------


def test_the_company_is_the_owner_named_in_apposition():
    text = (
        "The truck's owner, Tarnhaul Logistics, said its driver had survived.\n\n"
        "The company said the accident was caused by a minibus that cut in front of the tanker."
    )
    causes = claims_of(text, kind="cause")
    assert causes
    assert {c.claimant for c in causes} == {"Tarnhaul Logistics"}


# -- a correction note: the retracted figure is no claim, the corrected one is -----------


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article said 14 people died in the fire.",
        "A previous version of this story incorrectly stated that 14 people had died.",
        "This article has been amended to correct the number of dead, which was wrongly "
        "given as 14.",
        "Editor's note: an earlier version of this report wrongly said 14 people were injured.",
    ],
)
def test_a_correction_notes_retracted_figure_is_no_claim(note):
    assert claims_of(note, kind="casualty") == []


def test_the_corrected_figure_stays():
    text = (
        "Correction: An earlier version of this article said 14 people died. The fire "
        "service has said 12 people died."
    )
    assert [(c.claimant, c.min) for c in claims_of(text, kind="casualty")] == [("fire service", 12)]


# -- a question-and-answer interview ----------------------------------------------------

_INTERVIEW = (
    "The blast at the Arnel refinery killed at least nine workers, the regional governor "
    "said. We spoke to Ida Marsk, head of the Zedland Safety Board.\n\n"
    "Q: How many people are still missing?\n\n"
    "Marsk: Four workers are still missing. We believe 12 people were injured.\n\n"
    "Q: Was it sabotage? Some say 20 people died.\n\n"
    "A: We have ruled out sabotage. A gas leak caused the explosion."
)


def test_an_answer_is_the_interviewees_own_words():
    claims = claims_of(_INTERVIEW)
    mine = [c for c in claims if c.claimant == "Ida Marsk"]
    assert {(c.kind, c.category or c.cause, c.min) for c in mine} == {
        ("casualty", "missing", 4),
        ("casualty", "injured", 12),
        ("cause", "hostile_fire", None),
        ("cause", "accident", None),
    }
    assert {c.attribution for c in mine} == {"quote"}


def test_a_question_asserts_nothing():
    claims = claims_of(_INTERVIEW, kind="casualty")
    assert 20 not in [c.min for c in claims]


def test_answers_of_no_one_named_are_dropped():
    text = (
        "Q: How many died?\n\n"
        "A: About 20 people died, and we have ruled out sabotage.\n\n"
        "The regional agency said 25 people died."
    )
    claims = claims_of(text)
    assert [(c.claimant, c.min) for c in claims] == [("regional agency", 25)]


def test_a_name_label_in_a_story_with_no_questions_is_no_interview():
    text = "Ida Marsk heads the board.\n\nMarsk: a lifetime of safety work.\n\n11 people died."
    assert [c.claimant for c in claims_of(text, kind="casualty")] == ["Example Wire"]


# -- left with burns, left in hospital: the injured --------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast left 19 people with burns, the ministry said.", 19),
        ("The crash left 30 passengers with serious injuries, police said.", 30),
        ("The fire left two firefighters in hospital, police said.", 2),
    ],
)
def test_left_with_burns_or_in_hospital_is_injured(text, count):
    assert [(c[1], c[2]) for c in _counts(text)] == [("injured", count)]


def test_left_without_power_is_no_casualty():
    assert _counts("The storm left 4,000 people without power, police said.") == []


# -- an event named, then what set it off -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said the avalanche was triggered by a group of off-piste skiers.",
        "The landslide was caused by illegal quarrying, residents said.",
    ],
)
def test_a_natural_event_set_off_by_people_is_not_natures_doing(text):
    assert "natural" not in [c[0] for c in _causes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The landslide was triggered by heavy rain, officials said.",
        "The avalanche killed five skiers on Saturday.",
    ],
)
def test_a_natural_event_set_off_by_nature_stays_natural(text):
    assert ("natural", "affirmed") in [c[:2] for c in _causes(text)]


def test_the_operator_in_a_headline_is_the_one_the_body_names():
    claims = claims_of(
        "An explosion killed three workers at the refinery, its operator, Tarnpetro, said.",
        title="Refinery blast: operator says 3 workers killed",
        kind="casualty",
    )
    assert {(c.claimant, c.attribution, c.min) for c in claims} == {
        ("Tarnpetro", "headline", 3),
        ("Tarnpetro", "reported", 3),
    }


def test_colleagues_who_lost_their_lives_are_counted():
    claims = claims_of("Ana Dorn said three colleagues lost their lives.", kind="casualty")
    assert [(c.category, c.min) for c in claims] == [("killed", 3)]


# -- a natural event blamed on people ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Environmental groups blamed illegal logging for the landslides.",
        "Residents blamed the landslides on illegal logging.",
    ],
)
def test_landslides_blamed_on_logging_are_not_natures_doing(text):
    assert "natural" not in [c[0] for c in _causes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials blamed the landslides on heavy rain.",
        "Officials blamed heavy rain for the landslides.",
        "He blamed the storm for the deaths.",
    ],
)
def test_landslides_blamed_on_the_weather_stay_natural(text):
    assert ("natural", "affirmed") in [c[:2] for c in _causes(text)]


def test_pyroclastic_flows_that_killed_are_natural():
    assert ("natural", "affirmed", None) in _causes(
        "Pyroclastic flows swept through the village, killing 17."
    )


def test_an_eruption_of_violence_is_no_volcano():
    assert _causes("An eruption of violence left three dead.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said there was no indication of a deliberate act.", ("hostile_fire", "denied")),
        ("Police said the leak was a deliberate act.", ("hostile_fire", "affirmed")),
        (
            "The leak began when a valve on a storage tank failed, the operator said.",
            ("mechanical", "affirmed"),
        ),
    ],
)
def test_a_deliberate_act_and_a_failed_valve(text, expected):
    assert expected in [c[:2] for c in _causes(text)]


def test_a_valve_that_failed_an_inspection_is_no_cause():
    assert _causes("A valve on the tank was replaced after it failed an inspection.") == []


def test_interviewer_labels_and_we_ruled_out_in_an_answer():
    text = (
        "Ida Marsk, head of the Zedland Safety Board, spoke to us about the blast.\n\n"
        "Interviewer: What caused it?\n\n"
        "Ida Marsk: A gas leak caused the explosion. We have ruled out sabotage."
    )
    causes = claims_of(text, kind="cause")
    assert {(c.claimant, c.cause, c.polarity, c.agent) for c in causes} == {
        ("Ida Marsk", "accident", "affirmed", None),
        # "we" ruled it out: the speaker judges, it is not denying a deed of its own
        ("Ida Marsk", "hostile_fire", "denied", None),
    }


# -- "we" inside a quote is the one quoted ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('"We have ruled out sabotage," police said.', "Police"),
        ('"We have found no evidence of foul play," the police chief, Omar Tesk, said.',
         "Omar Tesk"),
        # not the body quoted in the paragraph before
        ('Police said the fire was an accident.\n\n"We have ruled out sabotage," Ida Marsk '
         "said.", "Ida Marsk"),
    ],
)  # fmt: skip
def test_we_inside_a_quote_is_the_one_quoted(text, claimant):
    denials = [c for c in claims_of(text, kind="cause") if c.polarity == "denied"]
    assert [(c.claimant, c.cause) for c in denials] == [(claimant, "hostile_fire")]


def test_a_quote_of_two_sentences_with_we_in_the_second_is_the_one_quoted():
    text = '"A gas leak caused the explosion. We have ruled out sabotage," Ida Marsk said.'
    causes = claims_of(text, kind="cause")
    assert {(c.claimant, c.cause, c.polarity) for c in causes} == {
        ("Ida Marsk", "accident", "affirmed"),
        ("Ida Marsk", "hostile_fire", "denied"),
    }


# -- the stories, read whole ------------------------------------------------------------

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"


def _story(name: str, kind: str | None = None):
    title, _, text = (STORIES / f"{name}.txt").read_text().partition("\n")
    return claims_of(text, title=title.removeprefix("# "), kind=kind)


def test_the_cyclone_live_blog_reads_the_agencys_tolls_not_its_clocks():
    killed = [c for c in _story("cyclone_live", "casualty") if c.category == "killed"]
    assert [(c.claimant, c.min, c.qualifier) for c in killed] == [
        ("national disaster management agency", 6, "at_least"),
        ("national disaster management agency", 19, "exact"),
        ("national disaster management agency", 26, "exact"),
    ]


def test_the_volcano_interview_gives_the_outlet_no_words_of_the_interviewee():
    claims = _story("volcano_qa")
    assert all(c.claimant != "Example Wire" for c in claims)


def test_the_tower_fire_correction_keeps_twelve_dead_not_fourteen():
    killed = [c for c in _story("highrise_correction", "casualty") if c.category == "killed"]
    assert {c.min for c in killed} == {12}


def test_the_chlorine_leak_sent_people_to_hospital_and_killed_two():
    counts = {(c.category, c.min) for c in _story("chemleak", "casualty")}
    assert ("injured", 140) in counts
    assert ("killed", 2) in counts
    assert ("killed", 140) not in counts


def test_the_tanker_story_keeps_past_accidents_out_and_names_the_haulier():
    claims = _story("tanker")
    assert not any(c.kind == "casualty" and c.min == 200 for c in claims)
    assert ("Dunmore Haulage", "accident") in {(c.claimant, c.cause) for c in claims}


def test_the_stadium_engineer_examined_the_site_and_ruled_out_a_design_flaw():
    sorin = {(c.cause, c.polarity) for c in _story("stadium", "cause") if c.claimant == "Lev Sorin"}
    assert ("under_investigation", "affirmed") not in sorin
    assert ("mechanical", "denied") in sorin


def test_the_wildfire_is_no_natural_cause_before_its_cause_is_known():
    assert "natural" not in {c.cause for c in _story("wildfire", "cause")}
