"""The language of attack stories: shootings, bombings, ambushes, strikes on ships. Who
speaks, who fired, and which paragraphs tell of another attack. Invented names throughout."""

from __future__ import annotations

from .conftest import claims_of as _claims


def test_a_passive_deed_is_not_the_speakers_own():
    text = (
        "The patrol was crossing the bridge near Xtown when it was hit by a roadside bomb, "
        "the Zedland army said in a statement."
    )
    causes = _claims(text, kind="cause")
    assert causes
    assert all(c.agent is None or "Zedland" not in c.agent for c in causes)


def test_a_ship_that_was_hit_did_not_fire():
    text = (
        "The tanker was sailing north when it was hit off the coast, the Vell Shipping "
        "company said."
    )
    causes = _claims(text, kind="cause")
    assert all(c.agent is None or "Vell" not in c.agent for c in causes)


def test_a_pronoun_after_blame_is_the_accused():
    text = "Zedland blamed the Vell Front for the attack, saying they had fired rockets at homes."
    agents = {c.agent for c in _claims(text, kind="cause") if c.polarity == "affirmed"}
    assert "Zedland" not in agents


def test_the_speaker_who_fired_is_still_the_agent():
    text = "The Vell Front said its fighters had fired rockets at the Zedland base."
    agents = {c.agent for c in _claims(text, kind="cause")}
    assert agents <= {"Vell Front", None}


def test_an_earlier_weekday_than_the_lead_is_another_attack():
    text = (
        "Shelling killed at least nine civilians in Xtown on Wednesday, Mayor Ada Venn said.\n\n"
        "On Monday, a rocket strike on the bus station in the same town killed 7 people."
    )
    counts = sorted(c.min for c in _claims(text, kind="casualty"))
    assert counts == [9]


def test_a_later_weekday_than_the_lead_is_the_same_story():
    text = (
        "A car bomb killed 12 people in Xtown on Monday, police said.\n\n"
        "On Wednesday, the health ministry said the toll had risen to 15."
    )
    counts = sorted(c.min for c in _claims(text, kind="casualty"))
    assert counts == [12, 15]


def test_a_statement_on_an_earlier_day_is_kept():
    text = (
        "The army said on Wednesday that a strike on Monday had killed 8 fighters.\n\n"
        "On Monday, the Vell Front said the strike had killed 6 civilians."
    )
    counts = sorted(c.min for c in _claims(text, kind="casualty"))
    assert counts == [6, 8]


def test_a_role_then_a_name_in_apposition_speaks():
    text = "A church elder, Jonas Pike, said he had counted 27 bodies inside the building."
    claims = _claims(text, kind="casualty")
    assert [(c.claimant, c.min) for c in claims] == [("Jonas Pike", 27)]


def test_a_role_with_a_place_then_a_name_speaks():
    text = "A doctor at the district hospital, Rana Solt, said 48 people had been wounded."
    claims = _claims(text, kind="casualty")
    assert [(c.claimant, c.category, c.min) for c in claims] == [("Rana Solt", "injured", 48)]


def test_a_role_then_a_name_after_witnesses_is_not_the_witnesses():
    text = (
        "Gunmen stormed the market in Xtown, witnesses said.\n\n"
        "A shop owner, Ilsa Moran, said 14 people had been killed."
    )
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [c.claimant for c in killed] == ["Ilsa Moran"]


def test_a_familys_dead_are_not_a_toll():
    text = "The bride's uncle, Tamas Quill, said 11 members of his family had died."
    assert _claims(text, kind="casualty") == []
    text = "Ana Brel said nine of her relatives were killed in the strike."
    assert _claims(text, kind="casualty") == []


def test_a_subset_before_and_that_is_not_the_next_clauses_missing():
    text = (
        "Mayor Ada Venn said 23 people had been wounded, including four children, and that "
        "rescuers were searching for people under the rubble."
    )
    claims = _claims(text, kind="casualty")
    # the four children are a part of the wounded (test_contested_stories), never missing
    assert [(c.category, c.min) for c in claims] == [("injured", 23), ("injured", 4)]
    assert claims[1].group == "children"


def test_a_group_described_in_apposition_claims_the_attack():
    text = "The Tarn Shield, a militant group, claimed responsibility for the bombing in Xtown."
    causes = _claims(text, kind="cause")
    assert [(c.claimant, c.cause, c.polarity, c.agent) for c in causes] == [
        ("Tarn Shield", "hostile_fire", "affirmed", "Tarn Shield")
    ]


def test_a_body_named_before_its_role_speaks():
    text = "The Harbour Board, the port's operator, said 4 dock workers were killed in the blast."
    assert {c.claimant for c in _claims(text)} == {"Harbour Board"}


def test_a_lower_case_title_before_a_name_is_no_part_of_it():
    text = "Security minister Aldo Grieve said 14 hostages were killed in the raid."
    assert {c.claimant for c in _claims(text)} == {"Aldo Grieve"}
    text = "Military spokesman Fenn Ardo said 12 soldiers were killed in the ambush."
    assert {c.claimant for c in _claims(text)} == {"Fenn Ardo"}


def test_no_comment_on_a_strike_is_no_denial():
    text = (
        "The Zedland defence ministry said its forces had downed 40 drones overnight but did "
        "not comment on the strike in Xtown that killed two workers."
    )
    assert [c for c in _claims(text, kind="cause") if c.polarity == "denied"] == []


def test_the_weapon_that_hit_is_not_the_agent():
    text = "Governor Ivo Senn said the plant had been hit by three drones overnight, killing two."
    agents = {c.agent for c in _claims(text, kind="cause")}
    assert agents == {None}
    text = "Governor Ivo Senn said the plant had been hit by Zedland drones, killing two."
    assert {c.agent for c in _claims(text, kind="cause")} == {"Zedland"}


def test_people_abducted_are_not_people_aboard():
    text = (
        "Kidnappings have surged in the north, with more than 400 people abducted since "
        "January, according to the Vell Rights Council."
    )
    assert [c for c in _claims(text, kind="casualty") if c.category == "aboard"] == []


def test_the_attack_that_came_weeks_before_is_another():
    text = (
        "Gunmen killed 15 people at the market in Xtown on Saturday, police said.\n\n"
        "The attack came two weeks after a suicide bomber killed 11 people at a bus station."
    )
    assert sorted(c.min for c in _claims(text, kind="casualty")) == [15]


def test_the_group_is_the_group_last_named():
    text = (
        "Soldiers freed 23 hostages in a raid on a farm in Xtown on Tuesday, the interior "
        "ministry said.\n\n"
        "The hostages had been abducted by the Vell Front last month.\n\n"
        "The group said in a statement that 11 hostages had died in the raid.\n\n"
        "More than 400 people have been abducted this year, according to a local rights group."
    )
    eleven = [c for c in _claims(text, kind="casualty") if c.min == 11]
    assert [c.claimant for c in eleven] == ["Vell Front"]


def test_state_media_citing_police_relays_the_police():
    text = (
        "At least 8 people were killed when a bomb exploded near a bus stop in Xtown on "
        "Wednesday, state media reported, citing police."
    )
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.relayed_by, c.min) for c in killed] == [("Police", "state media", 8)]


def test_a_surname_takes_the_full_name_without_its_titles():
    text = (
        '"This is an act of terror," Interior Minister Selma Rook said.\n\n'
        "Rook said 11 people had been killed in the bombing in Xtown."
    )
    assert {c.claimant for c in _claims(text, kind="casualty")} == {"Selma Rook"}


def test_the_deadliest_since_a_month_tells_of_the_earlier_strike():
    text = (
        "An air strike on a camp in Xtown killed at least 45 people, the Vell health ministry "
        "said.\n\n"
        "It was the deadliest strike on the camp since May, when a strike killed 29 people."
    )
    assert sorted(c.min for c in _claims(text, kind="casualty")) == [45]


def test_a_denial_does_not_deny_a_groups_claim_of_its_own_deed():
    text = (
        "The Vell Front said it had fired the rockets that killed 5 people in Xtown.\n\n"
        "Zedland's foreign ministry denied the accusation."
    )
    denied = [c for c in _claims(text, kind="cause") if c.polarity == "denied"]
    assert all(c.agent != "Vell Front" for c in denied)


def test_the_kind_of_body_before_its_name_is_no_part_of_it():
    text = "The aid group Medics Abroad said its clinic had received 61 wounded."
    assert {c.claimant for c in _claims(text)} == {"Medics Abroad"}
