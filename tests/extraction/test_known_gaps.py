"""Known gaps of the extractor, closed: joint claims of three or more named parties, headlines
in two parts, split tolls and their subgroups, and a hospital that speaks. Invented countries,
towns and bodies throughout."""

from __future__ import annotations

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
