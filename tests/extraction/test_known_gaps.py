"""Known gaps of the extractor, closed: joint claims of three or more named parties, headlines
in two parts, split tolls and their subgroups, and a hospital that speaks. Invented countries,
towns and bodies throughout."""

from __future__ import annotations

import pytest

from .conftest import claims_of


def _who(claims) -> set[str]:
    return {c.claimant for c in claims}


# 1. "X, Y and Z said": one claim per named claimant, as "X and Y said" gives


def test_three_countries_blaming_a_group_each_claim_it():
    text = (
        "Fighting near the border town of Ostra killed 30 soldiers on Monday.\n\n"
        "Zedland, Vell and Norland blamed the Free Army for the attack."
    )
    causes = claims_of(text, kind="cause")
    assert _who(causes) == {"Zedland", "Vell", "Norland"}
    assert all(c.cause == "hostile_fire" and c.polarity == "affirmed" for c in causes)


def test_three_named_bodies_giving_a_toll_each_claim_it():
    text = (
        "A ferry capsized off Kessa on Sunday.\n\n"
        "The Zedland Interior Ministry, the Vell Red Cross and the Norland Civil Defence said "
        "12 people were killed."
    )
    counts = [c for c in claims_of(text, kind="casualty") if c.min == 12]
    assert _who(counts) == {"Zedland Interior Ministry", "Vell Red Cross", "Norland Civil Defence"}


def test_a_list_the_parser_reads_as_an_apposition_still_gives_every_named_body():
    text = (
        "A blast at the Ostra docks killed four workers on Monday.\n\n"
        "Mayor Alan Brook, the Ostra Fire Brigade and the Ostra Port Authority said the blast "
        "was caused by a gas leak."
    )
    causes = claims_of(text, kind="cause")
    assert _who(causes) == {"Alan Brook", "Ostra Fire Brigade", "Ostra Port Authority"}
    assert all(c.cause == "accident" for c in causes)


def test_a_true_apposition_is_not_a_list():
    text = (
        "A blast at the Ostra docks killed four workers on Monday.\n\n"
        "The port's operator, Kessa Lines, and the Ostra Port Authority said the blast was "
        "caused by a gas leak."
    )
    causes = claims_of(text, kind="cause")
    assert "The port's operator" not in _who(causes)
    assert "Ostra Port Authority" in _who(causes)


def test_outlets_citing_one_source_are_relays_not_joint_claimants():
    text = (
        "Fighting near Ostra killed 30 soldiers on Monday.\n\n"
        "Kessa Radio, the Ostra News and Vell Today, citing the army, reported 33 dead."
    )
    counts = [c for c in claims_of(text, kind="casualty") if c.min == 33]
    assert counts
    assert not _who(counts) & {"Kessa Radio", "Ostra News", "Vell Today", "Vell"}


# 2. A headline in two parts: the second part's speaker gets its own claim

_BODY = "A missile hit the market in Ostra on Sunday, the town's mayor said."


def _headline_causes(title: str) -> set[tuple[str, str, str, str | None]]:
    return {
        (c.claimant, c.cause, c.polarity, c.agent)
        for c in claims_of(_BODY, title=title, kind="cause")
        if c.attribution == "headline"
    }


def test_a_second_part_that_rejects_the_claim_denies_the_first_parts_cause():
    found = _headline_causes(
        "Zedland says Norland missile struck Ostra market; Norland rejects claim"
    )
    assert ("Zedland", "hostile_fire", "affirmed", None) in found
    assert ("Norland", "hostile_fire", "denied", None) in found


def test_a_second_part_that_denies_the_accusation_denies_the_blame_on_itself():
    found = _headline_causes(
        "Zedland blames Norland for strike that killed 20; Norland dismisses accusation as lies"
    )
    assert found == {
        ("Zedland", "hostile_fire", "affirmed", "Norland"),
        ("Norland", "hostile_fire", "denied", "Norland"),
    }


def test_a_second_part_joined_by_as_gives_its_speaker_the_blame():
    found = _headline_causes("Norland denies role as Zedland blames it for blast")
    assert found == {
        ("Norland", "hostile_fire", "denied", "Norland"),
        ("Zedland", "hostile_fire", "affirmed", "Norland"),
    }


def test_blaming_it_never_makes_the_speaker_its_own_culprit():
    # two names before the speaker: whom "it" means is not told, so no agent is guessed
    found = _headline_causes("Norland denies role in Ostra blast as Zedland blames it")
    assert not any(c == "Zedland" and a == "Zedland" for c, _, _, a in found)


def test_blaming_it_on_a_cause_is_still_the_cause():
    causes = claims_of(
        "A blast hit a depot in Ostra on Sunday. Police blamed it on a gas leak.",
        kind="cause",
    )
    assert [(c.cause, c.polarity) for c in causes] == [("accident", "affirmed")]


# 3. Split tolls: each group its own count; a part never the whole toll


def _counts(text: str) -> set[tuple[str, str | None, int | None, int | None]]:
    return {(c.category, c.group, c.min, c.max) for c in claims_of(text, kind="casualty")}


def test_a_toll_split_by_group_gives_each_group_its_count():
    found = _counts("The Zedland army said 12 soldiers and three civilians were killed in Ostra.")
    assert found == {("killed", "soldiers", 12, 12), ("killed", "civilians", 3, 3)}


def test_a_split_toll_after_the_verb_and_a_list_of_three():
    found = _counts(
        "The shelling of Ostra killed 12 soldiers and three civilians, Vell Radio said."
    )
    assert found == {("killed", "soldiers", 12, 12), ("killed", "civilians", 3, 3)}
    found = _counts(
        "Ten soldiers, four police officers and two children were wounded, the mayor of Ostra said."
    )
    assert found == {
        ("injured", "soldiers", 10, 10),
        ("injured", "security forces", 4, 4),  # police, under the group of their kind
        ("injured", "children", 2, 2),
    }


def test_a_part_of_a_split_toll_does_not_rename_the_whole_toll():
    text = (
        "A blast in Ostra on Monday killed 12 soldiers and three civilians, the Zedland army "
        "said.\n\nThe Vell health ministry said 14 people died."
    )
    assert ("killed", "people", 14, 14) in _counts(text)


def test_a_total_including_a_subgroup_gives_both():
    found = _counts("Six people, including two children, were killed, the Ostra mayor said.")
    assert found == {("killed", "people", 6, 6), ("killed", "children", 2, 2)}


def test_the_dead_included_a_subgroup_is_never_the_toll():
    found = _counts("The dead included four police officers, the Zedland interior ministry said.")
    assert found == {("killed", "security forces", 4, 4)}
    found = _counts("Among the dead were five firefighters, Vell Radio reported.")
    assert found == {("killed", "firefighters", 5, 5)}
    assert _counts("Among the dead were six people from Vell, Ostra police said.") == set()


# 4. "The hospital said": the hospital the report names; none where it names none


_SHELLED = "A shell hit a crowded market in Ostra on Monday.\n\n"


def test_the_hospital_is_the_one_the_report_names():
    text = (
        "A shell hit Vell General Hospital in Ostra on Monday.\n\n"
        "The hospital said 40 people were wounded.\n\n"
        "The hospital director said 12 people had died."
    )
    found = {(c.claimant, c.category, c.min) for c in claims_of(text, kind="casualty")}
    assert found == {
        ("Vell General Hospital", "injured", 40),
        ("Vell General Hospital", "killed", 12),
    }


def test_the_hospitals_director_and_its_doctors_speak_for_it():
    text = (
        _SHELLED + "Doctors at Vell General Hospital said they were overwhelmed.\n\n"
        "The hospital's director said 26 people had died.\n\n"
        "Doctors at Vell General Hospital said 30 people were wounded."
    )
    found = {(c.claimant, c.category, c.min) for c in claims_of(text, kind="casualty")}
    assert found == {
        ("Vell General Hospital", "killed", 26),
        ("Vell General Hospital", "injured", 30),
    }


def test_a_hospital_the_report_does_not_name_claims_nothing():
    text = (
        _SHELLED + "Doctors at the hospital said they were overwhelmed.\n\n"
        "The hospital's director said 26 people had died.\n\n"
        "The hospital said 30 people were wounded."
    )
    assert claims_of(text, kind="casualty") == []


def test_two_hospitals_leave_the_hospital_unknown():
    text = (
        "Shells hit Vell General Hospital and Kessa Hospital in Ostra on Monday.\n\n"
        "The hospital said 40 people were wounded."
    )
    assert claims_of(text, kind="casualty") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war has killed seven Zedland soldiers and more than 150 others have suffered "
            "wounds, Vell Radio said.",
            {("killed", "soldiers", 7, 7), ("injured", "people", 151, None)},
        ),
        (
            "The attack killed 12 soldiers and 40 civilians were wounded, Vell Radio said.",
            {("killed", "soldiers", 12, 12), ("injured", "civilians", 40, 40)},
        ),
    ],
)
def test_a_count_that_opens_a_clause_of_its_own_is_no_part_of_a_list(text, expected):
    assert _counts(text) == expected
