"""A denial of harm is no denial of the deed; a field names which office speaks."""

from __future__ import annotations

from factcheck.extraction import KnownSource

from .conftest import claims_of

LIST = [
    KnownSource("Vell Prime Minister's Office", ("Vell premier's office",), "government", "V"),
    KnownSource("Norland Police", (), "government", "N"),
]


def causes(text: str, **kwargs) -> set[tuple]:
    return {(c.claimant, c.cause, c.polarity) for c in claims_of(text, kind="cause", **kwargs)}


def test_no_one_harmed_in_a_strike_does_not_deny_the_strike():
    assert ("Police", "hostile_fire", "denied") not in causes(
        "Police said no civilians were killed in the airstrike."
    )
    assert not any(
        polarity == "denied"
        for _, _, polarity in causes("The army said no soldiers died in the missile strike.")
    )
    quoted = "Zedland army: 'no civilians' in Harrow strike"
    found = causes(f"{quoted}\n\nThe strike hit a depot.", title=quoted)
    assert not any(polarity == "denied" for _, _, polarity in found)
    headline = "Zedland army says no civilians killed in Harrow strike"
    found = causes(f"{headline}\n\nThe strike hit a depot.", title=headline)
    assert not any(polarity == "denied" for _, _, polarity in found)


def test_a_deed_denied_is_still_denied():
    assert ("Army", "hostile_fire", "denied") in {
        (claimant, cause, polarity)
        for claimant, cause, polarity in causes(
            "The army said it had carried out no strike on the town."
        )
    }
    assert ("Zedland", "hostile_fire", "denied") in causes(
        "Zedland said there was no evidence of a missile strike."
    )


def test_an_office_of_a_field_is_not_the_one_office_a_list_holds():
    text = (
        "Medics said 17 people died. By evening the local health office had raised the toll to 21."
    )
    found = {(c.claimant, c.min) for c in claims_of(text, LIST, kind="casualty")}
    assert ("local health office", 21) in found
    assert not any(claimant.startswith("Vell") for claimant, _ in found)


def test_the_one_police_force_a_desk_lists_still_speaks_for_police():
    found = {(c.claimant, c.min) for c in claims_of("Police said 21 people were killed.", LIST)}
    assert found == {("Norland Police", 21)}


def values(text: str) -> set[tuple]:
    return {(c.claimant, c.category, c.min, c.max) for c in claims_of(text, kind="casualty")}


def test_bodies_received_where_the_dead_are_brought_are_the_dead():
    assert values("Medics at the clinic said they had received 17 bodies.") == {
        ("Medics at the clinic", "killed", 17, 17)
    }


def test_doctors_and_rescuers_speak_unnamed():
    assert values("Seventeen people died, doctors said.") == {
        ("doctors (anonymous)", "killed", 17, 17)
    }
    assert values("Seventeen people died, according to medics.") == {
        ("medics (anonymous)", "killed", 17, 17)
    }
    assert values("Seventeen people died, rescue workers said.") == {
        ("rescue workers (anonymous)", "killed", 17, 17)
    }
    # doctors of a named hospital are not anonymous: no unnamed claimant is made of them
    assert not any(
        "anonymous" in claimant
        for claimant, *_ in values("Seventeen people died, doctors at Vell General Hospital said.")
    )


def test_a_hospital_admitting_patients_concedes_nothing():
    assert values("Hospitals admitted 30 injured people, police said.") == {
        ("Police", "injured", 30, 30)
    }
    assert values("The army admitted 30 soldiers were killed.") == {("Army", "killed", 30, 30)}


def test_a_spokesman_of_no_named_body_speaks_for_the_body_just_quoted():
    text = (
        "The Zedland army said it was not responsible.\n\n"
        "At a press briefing, spokesman Ivo Rusk said the army had not carried out any air "
        "strike near the clinic."
    )
    assert {c.claimant for c in claims_of(text, kind="cause")} == {"Zedland army"}
    quoted = (
        "Norland's defence ministry said its units had not been active.\n"
        '"We did not fire any missile," spokesman Arvid Teller said.'
    )
    assert {c.claimant for c in claims_of(quoted, kind="cause")} == {"Norland's defence ministry"}


def test_a_spokesman_after_a_person_is_himself():
    text = (
        "Tomas Renk said the army had not been active.\n"
        "Spokesman Arvid Teller said the army did not fire any missile."
    )
    assert {c.claimant for c in claims_of(text, kind="cause")} == {"Arvid Teller"}


def cause_claims(text: str) -> set[tuple]:
    return {(c.claimant, c.cause, c.polarity, c.agent) for c in claims_of(text, kind="cause")}


def test_an_unnamed_second_speaker_after_but_is_not_the_first():
    text = (
        "The Vell Brigades claimed that it had hit the depot with a drone, but the governor "
        "said there was no evidence of an attack."
    )
    assert cause_claims(text) == {("Vell Brigades", "hostile_fire", "affirmed", "Vell Brigades")}
    # "but it later said": the first speaker goes on
    casualties = claims_of(
        "Zedland said the toll was 9, but it later said 12 people were killed.", kind="casualty"
    )
    assert {(c.claimant, c.min) for c in casualties} == {("Zedland", 9), ("Zedland", 12)}


def test_a_drone_that_hit_and_a_base_attacked_are_strikes():
    assert ("Zedland", "hostile_fire", "affirmed", "Zedland") in cause_claims(
        "Zedland said its drone hit the depot."
    )
    assert ("Zedland", "hostile_fire", "affirmed", "Zedland") in cause_claims(
        "Zedland said it had struck the depot with drones."
    )
    assert ("Rebels", "hostile_fire", "affirmed", "Rebels") in cause_claims(
        "The rebels said they had attacked the barracks."
    )
    # a workers' strike and lightning are no attack
    assert cause_claims("Workers went on strike at the refinery, the union said.") == set()


def test_no_evidence_whatsoever_of_an_attack_denies_it():
    assert cause_claims(
        "Governor Ana Ferro said there was no evidence whatsoever of an attack."
    ) == {("Ana Ferro", "hostile_fire", "denied", None)}


def test_a_spokesperson_introduced_for_a_body_speaks_for_it_by_any_form_of_the_name():
    text = (
        "Ivo Rusk, a spokesman for the Zedland army, told reporters the army had not fired any "
        "missile.\nRusk said a misfired rocket launched by the Free Hills Front hit the clinic."
    )
    assert cause_claims(text) == {
        ("Zedland army", "hostile_fire", "denied", None),
        ("Zedland army", "misfire", "affirmed", "Free Hills Front"),
    }
    titled = (
        "Zedish army spokesperson Dan Hagar said he did not yet know what hit the hospital.\n"
        "Hagar later said a misfired rocket hit the hospital."
    )
    assert {claimant for claimant, *_ in cause_claims(titled)} == {"Zedish army"}


def test_two_subjects_the_parser_joins_over_but_speak_apart():
    text = (
        "A local militia, the Semmel Defence Brigades, claimed on social media that it had hit "
        "the depot with a drone, but the regional governor, Hanna Ferro, said there was no "
        "evidence of an attack."
    )
    assert cause_claims(text) == {
        ("Semmel Defence Brigades", "hostile_fire", "affirmed", "Semmel Defence Brigades"),
        ("Hanna Ferro", "hostile_fire", "denied", None),
    }


def test_a_groups_claims_called_baseless_deny_its_attack():
    text = (
        "The Sahil Brigades said they had shot down the drone.\n"
        "The navy said on Tuesday the aircraft was lost because of a malfunction and called the "
        "group's claims baseless."
    )
    assert ("Navy", "hostile_fire", "denied") in {
        (claimant, cause, polarity) for claimant, cause, polarity, _ in cause_claims(text)
    }


def test_two_names_the_parser_hangs_one_on_the_other_speak_apart():
    found = {
        (c.claimant, c.min) for c in claims_of("Vell Radio and Norland TV said 20 people died.")
    }
    assert found == {("Vell Radio", 20), ("Norland TV", 20)}


def test_one_resident_villager_or_eyewitness_speaks_unnamed():
    for text, claimant in [
        ("A resident said 15 people had died.", "resident (anonymous)"),
        ("One villager said 15 people had died.", "villager (anonymous)"),
        ("An eyewitness said 15 people had died.", "witness (anonymous)"),
        ("Eyewitnesses said 15 people had died.", "witnesses (anonymous)"),
        # named in apposition: the person speaks
        ("A resident, Ana Marsh, said 15 people had died.", "Ana Marsh"),
    ]:
        assert {(c.claimant, c.min) for c in claims_of(text)} == {(claimant, 15)}, text
