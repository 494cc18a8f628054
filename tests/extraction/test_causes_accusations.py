"""Accusation and responsibility language: who charges whom with the harm ("charged X with a
massacre", "pinned the blast on X", "was quick to hold X responsible"), and a denial spoken in
a relative clause by the side the sentence blames ("..., which has denied responsibility")."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract
from factcheck.extraction.causes import find_causes

from .conftest import make_doc


def _causes(text, sources):
    return [
        (c.claimant, c.cause, c.polarity, c.agent)
        for c in extract(make_doc(text), sources).claims
        if c.kind == "cause"
    ]


def test_charged_with_a_massacre_accuses_the_one_charged(sources):
    found = _causes(
        "Lena Varga, the health minister of the Vell government, charged Zedland with a massacre.",
        sources,
    )
    assert ("Lena Varga", "hostile_fire", "affirmed", "Zedland") in found


def test_charged_with_no_harm_or_by_a_court_accuses_no_one():
    assert not find_causes("The army charged the rebels with stirring unrest after the blast.")
    assert not any(
        c.agent for c in find_causes("He was charged with the murder of three people in the blast.")
    )


def test_quick_to_hold_responsible_is_the_subjects_claim(sources):
    found = _causes("Gulf governments were quick to hold Zedland responsible.", sources)
    assert ("Gulf governments", "hostile_fire", "affirmed", "Zedland") in found


def test_pinned_on_is_an_accusation_by_the_subject(sources):
    found = _causes("The Ruritanian government pinned the blast on Zedland.", sources)
    assert ("Ruritanian government", "hostile_fire", "affirmed", "Zedland") in found


def test_a_relative_clause_denial_is_the_blamed_sides_own(sources):
    found = _causes(
        "The Zedland army denies any involvement and has blamed a rocket misfired by the Vell "
        "Front, a separate militant group, which has in turn denied responsibility.",
        sources,
    )
    assert ("Zedland army", "misfire", "affirmed", "Vell Front") in found
    assert ("Zedland army", "hostile_fire", "denied", "Zedland army") in found
    assert ("Vell Front", "misfire", "denied", "Vell Front") in found
    assert not any(c[0] == "Zedland army" and c[1:3] == ("misfire", "denied") for c in found)


def test_a_group_named_by_its_kind_alone_speaks_for_no_one(sources):
    found = _causes(
        "Officials in Ruritania said early evidence pointed to a misfired rocket as the cause "
        "of the explosion, which the militant group pinned on Zedland.",
        sources,
    )
    assert not any(c[0].lower().endswith("group") for c in found)


def test_an_attack_a_group_has_claimed_in_a_relative_clause(sources):
    found = _causes(
        "Two bombs killed 90 people at the shrine in twin blasts which the Vell Front has claimed.",
        sources,
    )
    assert ("Vell Front", "hostile_fire", "affirmed", "Vell Front") in found


def test_an_attack_which_claimed_lives_claims_no_one():
    assert not [c for c in find_causes("It was the bombing which claimed 90 lives.") if c.agent]


def test_points_the_finger_at_accuses(sources):
    found = _causes("Zedland officials points the finger at Vell for the blasts.", sources)
    assert any(c[1:4] == ("hostile_fire", "affirmed", "Vell") for c in found)


def test_falsely_pointed_the_finger_denies_it():
    found = find_causes("The headline falsely pointed the finger at Zedland for the blast.")
    assert [(c.cause, c.polarity) for c in found] == [("hostile_fire", "denied")]


def test_it_after_a_narrated_sentence_is_its_subject():
    sources = [
        KnownSource(name="Zedland Army", aliases=("Zedland Army",), kind="military"),
        KnownSource(
            name="Vell Health Ministry", aliases=("Vell health ministry",), kind="government"
        ),
    ]
    text = (
        "The Vell health ministry said 40 people died in the blast at the clinic.\n\n"
        "The Zedland Army has been shelling the region since March. It denied, however, that "
        "it had attacked the clinic."
    )
    found = _causes(text, sources)
    assert any(c[0] == "Zedland Army" and c[1:3] == ("hostile_fire", "denied") for c in found)
    assert not any(c[0] != "Zedland Army" and c[2] == "denied" for c in found)


def test_hinting_at_involvement_accuses_each_side_named(sources):
    found = _causes(
        "Four days after the blasts, Vell officials are still hinting at Zedish and Ruritanian "
        "involvement.",
        sources,
    )
    agents = {c[3] for c in found if c[1:3] == ("hostile_fire", "affirmed")}
    assert {"Zedish", "Ruritanian"} <= agents or {"Zedland", "Ruritania"} <= agents


def test_condemned_for_the_attack_accuses(sources):
    found = _causes(
        'Vell President Arno Tull condemned Zedland for the attack, calling it "an escalation".',
        sources,
    )
    assert ("Vell President Arno Tull", "hostile_fire", "affirmed", "Zedland") in found


def test_condemning_the_attack_names_no_culprit():
    assert not [
        c for c in find_causes("The Vell Front condemned the attack on the clinic.") if c.agent
    ]


def test_officials_still_hinting_speak_for_themselves(sources):
    found = _causes(
        "Even though the Vell Front group has claimed responsibility, Zedish officials are "
        "still hinting at Ruritanian and Tallish involvement.",
        sources,
    )
    hinted = {c[0] for c in found if c[3] in ("Ruritanian", "Tallish", "Ruritania", "Tallia")}
    assert hinted == {"Zedish officials (anonymous)"}


def _disaster_causes(text: str) -> list[tuple[str, str, str | None]]:
    from factcheck.extraction import extract

    from .conftest import make_doc

    claims = extract(make_doc(text), []).claims
    return [(c.cause, c.polarity, c.agent) for c in claims if c.kind == "cause"]


def test_authorities_blamed_for_a_flood_are_blamed_for_negligence():
    found = _disaster_causes("Residents of Xtown blame feuding governments for flood deaths.")
    assert ("accident", "affirmed", "feuding governments") in found


def test_the_weather_blamed_for_a_flood_is_a_natural_cause():
    found = _disaster_causes("Vell residents blamed Storm Vell for the floods.")
    assert ("natural", "affirmed", "Storm Vell") in found
    assert all(c[0] != "hostile_fire" for c in found)


def test_unused_upkeep_contracts_are_negligence():
    text = (
        'Tomas Renk said papers had shown that "we have contracts and maintenance agreements, '
        'but they have not been used".'
    )
    assert any(c[0] == "accident" for c in _disaster_causes(text))
