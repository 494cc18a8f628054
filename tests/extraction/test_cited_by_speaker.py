"""A speaker who asserts something "according to" another: the speaker claims it, unless
the speaker is a newsroom relaying someone else. Invented bodies, people and places."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract

from .conftest import make_doc


def _causes(text: str) -> set[tuple[str, str, str | None]]:
    claims = extract(make_doc(text), []).claims
    return {(c.claimant, c.cause or "", c.relayed_by) for c in claims if c.kind == "cause"}


def test_an_official_citing_an_assessment_claims_it_himself():
    text = (
        "Prime Minister Ana Bolt has informed MPs that, according to Vell intelligence, a "
        "misfired rocket caused the blast at the Xtown depot."
    )
    found = _causes(text)
    assert {claimant for claimant, _, _ in found} == {"Ana Bolt"}
    assert ("Ana Bolt", "misfire", None) in found


def test_a_speaker_after_an_apposition_still_claims_what_he_cites():
    text = (
        "Ana Bolt, the Vell premier, told lawmakers on Monday that, according to the army, a "
        "misfired rocket caused the blast."
    )
    assert {claimant for claimant, _, _ in _causes(text)} == {"Ana Bolt"}


def test_a_newsroom_citing_a_body_gives_the_bodys_claim():
    text = (
        "The Zedland News Agency reported that, according to the Vell army, a misfired rocket "
        "caused the blast."
    )
    found = _causes(text)
    assert found
    assert all(claimant != "Zedland News Agency" for claimant, _, _ in found)


def test_informing_is_a_verb_of_saying_only_with_what_it_informs_of():
    said = _causes("The Vell premier informed lawmakers that a misfired rocket caused the blast.")
    assert {claimant for claimant, _, _ in said} == {"Vell premier"}
    sources = _causes("Well-informed sources said a misfired rocket caused the blast.")
    assert all("informed" not in claimant for claimant, _, _ in sources)


def test_the_one_told_is_not_who_fired():
    sources = [
        KnownSource("Vell Radio", aliases=("VR",), kind="outlet"),
        KnownSource("Qarran government", aliases=("Qarra",), kind="government"),
    ]
    doc = make_doc(
        "Zedland officials said the rocket that hit Xtown came from Qarra.",
        title="Zedland officials tell VR the rocket that hit Xtown most likely came from Qarra",
    )
    causes = [c for c in extract(doc, sources).claims if c.kind == "cause"]
    assert causes
    assert all(c.agent != "Vell Radio" for c in causes)


def test_a_body_that_made_a_statement_citing_its_experts_claims_it():
    text = (
        "The Vell government made an official statement on Thursday that, according to Vell "
        "experts, the rocket that landed in Xtown was fired by Zedish air defence."
    )
    assert {(claimant, cause) for claimant, cause, _ in _causes(text)} == {
        ("Vell government", "misfire")
    }


def test_a_statement_made_after_the_blast_claims_nothing_of_its_own():
    text = "Ana Bolt made a statement after the rocket was fired by Zedish air defence."
    assert all(claimant != "Ana Bolt" for claimant, _, _ in _causes(text))


def test_an_unknown_name_citing_a_body_leaves_the_claim_to_the_body():
    text = "ZBC added that, according to the Vell army, a misfired rocket caused the blast."
    assert all(claimant != "ZBC" for claimant, _, _ in _causes(text))


def test_an_agency_told_by_an_unnamed_source_claims_it():
    text = (
        "The state news agency VPA was told by an unnamed source that the blast was the work "
        "of a suicide bomber."
    )
    assert {claimant for claimant, _, _ in _causes(text)} == {"VPA"}


def test_a_named_source_that_told_an_agency_claims_it():
    text = (
        "The Vell Press Agency was told by the Zedland army that the blast was the work of a "
        "suicide bomber."
    )
    assert "Vell Press Agency" not in {claimant for claimant, _, _ in _causes(text)}
