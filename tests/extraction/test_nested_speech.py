"""Nested and noun-framed speech: the innermost speaker claims, the outer one relays.
Invented bodies, people and places throughout."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract

from .conftest import make_doc


def _causes(text: str) -> set[tuple[str, str, str | None]]:
    claims = extract(make_doc(text), []).claims
    return {(c.claimant, c.polarity or "", c.relayed_by) for c in claims if c.kind == "cause"}


def test_quoted_says_inside_a_post_is_the_inner_speakers():
    text = (
        "Ravi Onder, who advises the Zedland premier, wrote: \u201cVellmark says Xland had no "
        "role in the bombing in Ytown.\u201d"
    )
    found = _causes(text)
    assert ("Vellmark", "denied", "Ravi Onder") in found
    assert not any(claimant == "Ravi Onder" for claimant, _, _ in found)


def test_negated_outer_verb_keeps_the_outer_speaker():
    text = "Ravi Onder did not say Vellmark denied that Xland fired the missile."
    assert not any(claimant == "Vellmark" for claimant, _, _ in _causes(text))


def test_statements_by_two_bodies_give_both_claimants():
    text = (
        "The retraction came after statements by Vellmark and Zedland that a misfired Xland "
        "rocket caused the blast at the depot."
    )
    names = {claimant for claimant, _, _ in _causes(text)}
    assert names == {"Vellmark", "Zedland"}


def test_statement_frame_ends_before_a_relative_with_its_own_speaker():
    text = (
        "The retraction came after statements by Vellmark that a misfired rocket caused the "
        "explosion, which the Xland militia blamed on a Zedland air strike."
    )
    claims = extract(make_doc(text), []).claims
    theirs = {c.cause for c in claims if c.kind == "cause" and c.claimant == "Vellmark"}
    assert theirs == {"misfire"}


def test_those_who_consider_a_blast_something_claim_it():
    text = (
        "Two farmers died in the blast, an explosion that Ostrava and the Harbour League "
        "consider most likely the result of a missile fired by Zedland's air defence."
    )
    names = {claimant for claimant, _, _ in _causes(text)}
    assert "Ostrava" in names
    assert "Harbour League" in names


def test_a_known_agency_reporting_what_an_official_said_relays_it():
    agency = KnownSource("Zed Press Agency", ("ZPA",), "news_agency")
    text = (
        "ZPA reported that Vell province's deputy governor, Ilan Mott, said bombers had "
        "carried out the blasts."
    )
    claims = extract(make_doc(text), [agency]).claims
    causes = [(c.claimant, c.relayed_by) for c in claims if c.kind == "cause"]
    assert causes
    assert all(claimant != "Zed Press Agency" for claimant, _ in causes)
    assert all(relay == "Zed Press Agency" for _, relay in causes)


def test_according_to_between_a_telling_verb_and_its_that_clause_relays_the_teller():
    text = (
        "President Paul Hart informed his allies, according to a diplomatic source, that an "
        "anti-aircraft missile caused the explosion near the border."
    )
    causes = [(c.claimant, c.relayed_by) for c in extract(make_doc(text), []).claims
              if c.kind == "cause"]  # fmt: skip
    assert causes == [("Paul Hart", "diplomatic source")]
