"""Descriptions of armed groups and bodies that must not reach for the wrong source: "the
group" after a group the list does not hold, a subordinate clause before a named group, a
ministry named by its field, an accuser "of involvement in" an attack. Invented names."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract

from .conftest import make_doc

# a listed group whose first word opens the name of another group the story names
FREE_BRIGADES = KnownSource(
    name="Free Vell Brigades", aliases=("the Free Vell Brigades",), kind="armed_group"
)
TALLIS_FRONT = KnownSource(name="Tallis Front", kind="armed_group")
ZEDLAND = KnownSource(
    name="Zedland government",
    aliases=("Zedland's government", "Zedish foreign ministry"),
    kind="government",
    side="Zedland",
)


def _causes(text: str, sources: list[KnownSource], title: str = "") -> list[tuple[str, str]]:
    claims = extract(make_doc(text, title=title), sources).claims
    return [(c.claimant, c.polarity) for c in claims if c.kind == "cause"]


def test_the_group_is_not_a_listed_group_sharing_a_first_word():
    text = (
        "The Free Marrow Legion said on Thursday that it was responsible for the bombing in "
        "Xtown, according to a post on the Telegram account of the extremist group.\n\n"
        "The group described it as an operation, saying two militants had set off explosive "
        "belts strapped to their bodies."
    )
    claimants = {c for c, _ in _causes(text, [FREE_BRIGADES, TALLIS_FRONT])}
    assert "Free Vell Brigades" not in claimants
    assert "Free Marrow Legion" in claimants


def test_even_though_opens_a_clause_not_a_name():
    text = (
        "Even though the Marrow Legion (ML) group has claimed responsibility, Vell officials "
        "are still hinting at Zedish involvement."
    )
    claimants = {c for c, _ in _causes(text, [])}
    assert not any(c.startswith("Even") for c in claimants)
    assert "Marrow Legion group" in claimants


def test_a_ministry_named_by_its_field_is_not_its_countrys_foreign_ministry():
    text = (
        "In a statement on the twin blasts in Xtown, Zedland's Ministry of Intelligence said one "
        "of the alleged suicide bombers was a national of Vell.\n\nThe claim cannot be "
        "verified, and Zedland's government usually puts out incomplete information, critics "
        "said."
    )
    claimants = {c for c, _ in _causes(text, [ZEDLAND])}
    assert "Zedland's Ministry of Intelligence" in claimants
    assert "Zedland government" not in claimants


def test_an_accuser_is_not_the_charge_that_follows_it():
    text = "Zedland and Vell have been accused by Marrow of involvement in an attack near the "
    text += "grave of Tomas Renk on Wednesday that killed at least 95 people."
    assert {c for c, _ in _causes(text, [])} == {"Marrow"}
