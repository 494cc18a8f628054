"""The language of contested strikes: two warring sides over days, a toll and an accusation
from one, a denial and another cause from the other, a third party's own figure, tolls revised
in later updates. The stories in tests/data/stories/ (market, convoy, liveblog, revision,
shelter, bridge, hospital, ferryport) were the probes. Invented names and sentences throughout."""

from __future__ import annotations

import pytest

from .conftest import claims_of as _claims


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman, Colonel Piet Arno, said the blast was caused by a rocket that had misfired.",
        "A spokesman, Piet Arno, said the blast was caused by a rocket that had misfired.",
        "An army spokeswoman, Major Ilse Borg, told reporters the rocket had misfired.",
    ],
)
def test_the_name_after_a_role_speaks(text):
    claimants = {c.claimant for c in _claims(text)}
    assert claimants
    assert claimants <= {"Piet Arno", "Ilse Borg"}


def test_a_bare_spokesman_is_still_anonymous():
    claims = _claims("A spokesman said the rocket had misfired.")
    assert {c.claimant for c in claims} == {"spokesperson (anonymous)"}


def test_a_ministry_named_by_its_country_is_not_another_countrys():
    text = (
        "The Vell health ministry said 40 people died. Two of the dead were from Ostria, the "
        "Ostrian foreign ministry said. The Vell ministry said on Monday that the toll had risen "
        "to 44."
    )
    toll = [c for c in _claims(text, kind="casualty") if c.min == 44]
    assert [c.claimant for c in toll]
    assert "Ostrian" not in toll[0].claimant


def test_a_ministry_named_by_its_country_is_that_countrys():
    text = (
        "The Vell health ministry said 40 people died. The Vell ministry said on Monday that the "
        "toll had risen to 44."
    )
    assert {c.claimant for c in _claims(text, kind="casualty")} == {"Vell health ministry"}


def test_the_ministry_without_a_country_is_the_last_one():
    text = (
        "The Ostrian foreign ministry said 40 people died. The ministry said on Monday that the "
        "toll had risen to 44."
    )
    assert {c.claimant for c in _claims(text, kind="casualty")} == {"Ostrian foreign ministry"}


def _causes(text):
    return [(c.cause, c.polarity) for c in _claims(text, kind="cause")]


@pytest.mark.parametrize(
    "text",
    [
        "Vell's military denied it had fired on the city, the army said.",
        "Zedland said in a statement that it had not launched any missiles that day.",
        "The Vell army said it had never fired at the market.",
    ],
)
def test_a_side_denies_firing(text):
    assert ("hostile_fire", "denied") in _causes(text)


@pytest.mark.parametrize(
    "text",
    [
        "At least 27 people were killed in the market, the Zedland health ministry said, "
        "blaming artillery fire by the Vell army.",
        "Nine civilians died when the bridge was hit, Vell officials said, accusing Zedland of "
        "shelling the crossing.",
        "Vell forces opened fire on the convoy, killing 12 people, the ministry said.",
    ],
)
def test_a_side_accuses_the_other(text):
    assert ("hostile_fire", "affirmed") in _causes(text)


def test_the_agent_of_artillery_fire_is_after_by():
    text = "The ministry said 12 people died and blamed artillery fire by the Vell army."
    agents = {c.agent for c in _claims(text, kind="cause") if c.cause == "hostile_fire"}
    assert agents & {"Vell", "Vell army"}


@pytest.mark.parametrize(
    "text",
    [
        "A fire on the bridge killed 12 people, police said.",
        "The fire at the market killed 12 people, police said.",
    ],
)
def test_a_blaze_on_a_place_is_no_firing(text):
    assert ("hostile_fire", "affirmed") not in _causes(text)


def test_stored_munitions_are_an_accident():
    text = (
        "Zedland said the explosion, which killed 20 people, was caused by munitions stored at "
        "the terminal by the Vell army."
    )
    assert ("accident", "affirmed") in _causes(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Director Mira Santel said 71 people had been brought in with injuries.", 71),
        ("Police said 12 people were admitted with burns.", 12),
        ("Police said 12 people were brought in with gunshot wounds.", 12),
    ],
)
def test_brought_in_or_admitted_with_injuries_are_injured(text, count):
    injured = [c for c in _claims(text, kind="casualty") if c.category == "injured"]
    assert [c.min for c in injured] == [count]


def test_the_bodies_brought_in_are_not_injured():
    text = "Police said the bodies of 12 people were brought in."
    assert all(c.category != "injured" for c in _claims(text, kind="casualty"))


def test_two_groups_among_the_dead_are_a_part_of_the_toll():
    text = "Two drivers and one medic were among the dead, police said."
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert all(c.qualifier == "at_least" for c in killed)
    assert killed


def test_an_earlier_figure_given_is_the_speakers():
    text = (
        "The Zedland emergency service says the death toll has risen to 34. It had earlier "
        "given a figure of 22 dead."
    )
    found = {(c.claimant, c.min) for c in _claims(text, kind="casualty")}
    assert found == {("Zedland emergency service", 34), ("Zedland emergency service", 22)}


def test_an_act_of_terror_by_a_side_is_hostile_fire():
    text = "Foreign Minister Anton Kale said the attack was a deliberate act of terror by Vell."
    causes = [(c.cause, c.polarity, c.agent) for c in _claims(text, kind="cause")]
    assert causes == [("hostile_fire", "affirmed", "Vell")]


@pytest.mark.parametrize(
    ("text", "category", "group", "count"),
    [
        (
            "The UN said at least 19 civilians were killed, including four children.",
            "killed",
            "children",
            4,
        ),
        (
            "The UN said 31 people had been killed, among them 12 children.",
            "killed",
            "children",
            12,
        ),
        ("Police said 12 people were injured, including three children.", "injured", "children", 3),
        (
            "Police said 40 people died, including 12 women and children.",
            "killed",
            "women and children",
            12,
        ),
    ],
)
def test_children_or_women_including_in_a_toll_are_a_subgroup(text, category, group, count):
    found = {(c.category, c.group, c.min, c.max) for c in _claims(text, kind="casualty")}
    assert (category, group, count, count) in found


@pytest.mark.parametrize(
    "text",
    [
        "Police said 40 people died, including 12 soldiers.",
        "The town, including 400 children, was evacuated after 12 people died, police said.",
    ],
)
def test_other_parts_or_a_part_before_the_toll_are_not_counted(text):
    assert [c.min for c in _claims(text, kind="casualty")] in ([40], [12])


@pytest.mark.parametrize(
    ("text", "category", "group", "count"),
    [
        ("Two of the dead were children, police said.", "killed", "children", 2),
        ("Three of the injured were soldiers, police said.", "injured", "soldiers", 3),
        (
            "Two of the dead were foreign nationals, the Ostrian foreign ministry said.",
            "killed",
            "foreigners",
            2,
        ),
        ("Police said 12 foreigners were killed.", "killed", "foreigners", 12),
    ],
)
def test_some_of_the_dead_named_by_who_they_were(text, category, group, count):
    found = [(c.category, c.group, c.min, c.max) for c in _claims(text, kind="casualty")]
    assert found == [(category, group, count, count)]


def test_some_of_the_dead_as_people_is_no_toll():
    assert _claims("Two of the dead were people from Xtown, police said.", kind="casualty") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vell rejected Zedland's claim that 60 people died.",
        "The Vell army rejected claims that 60 people died.",
        "Vell dismissed as propaganda reports that 60 civilians died.",
        "The Vell army denied that 60 civilians had been killed.",
        "The claim that 60 people died was rejected by the Vell army.",
        "Police denied that 1,200 people were killed.",
    ],
)
def test_a_figure_denied_is_not_the_deniers_count(text):
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army denied that its forces had fired, saying 60 people died in a gas blast.", 60),
        ("The ministry denied reports that the toll had risen, saying 40 people had died.", 40),
    ],
)
def test_a_figure_after_the_denial_is_the_speakers(text, count):
    assert [c.min for c in _claims(text, kind="casualty")] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Vell said the market was hit by a Zedland rocket that fell short.",
        "The market was hit by a missile which had misfired, police said.",
    ],
)
def test_hit_by_a_munition_that_failed_is_a_misfire(text):
    assert _causes(text) == [("misfire", "affirmed")]


def test_hit_by_a_munition_that_killed_is_still_a_strike():
    text = "Vell said the market was hit by a Zedland rocket that killed five people."
    assert ("misfire", "affirmed") not in _causes(text)


def test_a_toll_revised_down_is_the_revisers():
    text = "The ministry later revised the toll down to 33 from 45."
    assert {c.claimant for c in _claims(text, kind="casualty")} == {"Ministry"}


@pytest.mark.parametrize(
    "text",
    [
        "An oil tank fire caused by lightning killed three workers, police said.",
        "Police said the storage tank fire, started by a Vell Oil contractor, killed three.",
    ],
)
def test_a_tank_fire_is_no_gunfire(text):
    assert ("hostile_fire", "affirmed") not in _causes(text)


def test_a_sides_own_soldiers_are_counted():
    text = "The Vell army said 14 of its soldiers were wounded in the exchange of fire."
    found = [(c.category, c.group, c.min, c.max) for c in _claims(text, kind="casualty")]
    assert found == [("injured", "soldiers", 14, 14)]


@pytest.mark.parametrize(
    "text",
    ["The agency said two of its staff were killed.", "Police said one of their officers died."],
)
def test_a_bodys_own_people_among_the_dead_are_no_toll(text):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.qualifier, c.max) for c in killed] == [("at_least", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Vell denied shelling the market as the toll rose to 34.",
        "Vell said it had not fired on the market, as the death toll climbed to 34.",
    ],
)
def test_a_toll_in_the_writers_as_clause_is_not_the_speakers(text):
    found = [(c.claimant, c.attribution) for c in _claims(text, kind="casualty")]
    assert found == [("Example Wire", "outlet")]


def test_a_headline_toll_after_a_denial_is_the_outlets():
    claims = _claims(
        "The strike happened on Tuesday.", title="Vell denies shelling market as toll rises to 34"
    )
    found = [(c.claimant, c.min) for c in claims if c.kind == "casualty"]
    assert found == [("Example Wire", 34)]


def test_the_speakers_own_rise_is_still_theirs():
    found = [(c.claimant, c.min) for c in _claims("The ministry said the toll rose to 34.")]
    assert found == [("Ministry", 34)]


@pytest.mark.parametrize(
    "text",
    [
        "The UN said it could not yet say who was responsible.",
        "The UN said it was unable to determine who fired the rocket.",
        "The Vell Monitoring Mission said it was unable to establish who had fired.",
        "The UN said it could not say what caused the blast.",
    ],
)
def test_a_third_party_that_cannot_say_who_fired(text):
    assert _causes(text) == [("under_investigation", "affirmed")]


def test_who_the_victims_were_is_no_question_of_cause():
    assert _causes("Police said they could not say who the victims were.") == []


def test_a_blast_caused_by_an_artillery_shell_is_hostile_fire():
    text = "Civil Watch said its analysis suggested the blast was caused by a Vell artillery shell."
    causes = [(c.cause, c.polarity, c.hedge) for c in _claims(text, kind="cause")]
    assert causes == [("hostile_fire", "affirmed", "suggested")]


@pytest.mark.parametrize("stamp", ["14:05 GMT - ", "14:05 - ", "09.12 - "])
def test_a_live_blogs_time_stamp_is_no_part_of_the_speaker(stamp):
    text = f"{stamp}Zedland's emergency service now says 41 people were killed in the strike."
    found = [(c.claimant, c.min) for c in _claims(text, kind="casualty")]
    assert found == [("Zedland's emergency service", 41)]


def test_accused_of_shell_companies_is_no_shelling():
    text = "Vell accused Zedland of running shell companies after 12 people died, police said."
    assert ("hostile_fire", "affirmed") not in _causes(text)


def test_a_list_of_parts_after_including_is_counted_part_by_part():
    text = "Police said 40 people died, including four children and two Britons."
    found = {(c.group, c.min) for c in _claims(text, kind="casualty")}
    assert found == {("people", 40), ("children", 4), ("Britons", 2)}


@pytest.mark.parametrize(
    "text",
    [
        "Several outlets, including Vell state media, were still citing the first day's figure "
        "of 30 dead.",
        "Several outlets were still citing a figure of 30 dead.",
    ],
)
def test_outlets_still_citing_an_old_figure_are_not_the_writer(text):
    assert all(c.attribution != "outlet" for c in _claims(text, kind="casualty"))


def test_a_third_party_that_cannot_say_which_side_fired():
    text = (
        "The United Nations said its monitors had confirmed 51 civilian deaths and could not say "
        "which side had fired the missile."
    )
    assert _causes(text) == [("under_investigation", "affirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides denied responsibility for the blast.",
        "Each side accused the other of shelling the station.",
        "Neither side commented on the strike.",
        "Neither army has responded to reports of the strike.",
    ],
)
def test_both_sides_name_no_speaker_and_silence_is_no_denial(text):
    assert _claims(text, kind="cause") == []


def test_one_of_its_own_then_others_missing_is_no_count():
    text = (
        "According to the Vell Relief Society, it has lost touch with at least one of its aid "
        "workers, and others may also be missing."
    )
    assert _claims(text, kind="casualty") == []


def test_a_later_toll_counts_the_people_not_the_part_named_before():
    text = (
        "Two of the dead were foreign nationals, the Ostrian foreign ministry said. The Vell "
        "ministry said on Monday that the toll had risen to 44, with more than 100 wounded."
    )
    groups = {c.min: c.group for c in _claims(text, kind="casualty")}
    assert groups == {2: "foreigners", 44: "people", 101: "people"}


def test_a_second_that_clause_has_its_own_polarity():
    text = (
        "The army said it did not target the station and that the missile was a Zedland "
        "interceptor that went astray."
    )
    assert sorted(_causes(text)) == [("hostile_fire", "denied"), ("misfire", "affirmed")]


def test_a_denial_governs_each_that_clause():
    text = "The army denied that it fired the missile and that the strike was a deliberate attack."
    assert _causes(text) == [("hostile_fire", "denied")]


@pytest.mark.parametrize(
    "text",
    [
        "The strike, which Zedland blamed on Vell, killed 12 people.",
        "The strike, which the army said targeted militants, killed 12 people.",
    ],
)
def test_a_speaker_inside_a_relative_clause_does_not_give_the_main_clauses_toll(text):
    found = [(c.claimant, c.attribution) for c in _claims(text, kind="casualty")]
    assert found == [("Example Wire", "outlet")]


def test_a_speaker_with_a_relative_clause_of_its_own_still_speaks():
    found = [c.claimant for c in _claims("The ministry, which runs the hospital, said 12 died.")]
    assert found == ["Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "Zedland's defence ministry said Vell forces shelled the market, killing 12.",
        "Vell denied it had shelled the town.",
    ],
)
def test_shelling_a_place(text):
    assert {cause for cause, _ in _causes(text)} == {"hostile_fire"}


@pytest.mark.parametrize(
    "text",
    [
        "Each side accused the other of firing on the city.",
        "Both sides accused each other of firing at the convoy.",
    ],
)
def test_an_accusation_by_no_one_named_is_not_the_writers(text):
    assert _claims(text) == []


def test_a_named_accuser_speaks():
    text = "Zedland accused Vell of firing on the city, killing 12."
    assert {c.claimant for c in _claims(text)} == {"Zedland"}


def test_the_accused_in_the_passive_is_no_speaker():
    text = "The authorities stand accused of letting dam upkeep slide, as the floods kill many."
    causes = [(c.claimant, c.cause) for c in _claims(text, kind="cause")]
    assert ("Example Wire", "accident") in causes
