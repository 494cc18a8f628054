"""A sentence opened by "Earlier," is an earlier incident when it tells a deed, an earlier
statement about this one when someone speaks in its first clause. Invented names."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _causes(text: str) -> set[tuple[str, str]]:
    return {
        (c.claimant, c.cause or "") for c in extract(make_doc(text), []).claims if c.kind == "cause"
    }


def test_an_earlier_statement_is_still_a_claim_about_this_event():
    text = (
        "A rocket hit a barn in Xtown on Tuesday, killing two farmers.\n\n"
        "Earlier, Vell media had published the finding that Zedish air defence forces fired "
        "the rocket."
    )
    assert ("Vell media", "misfire") in _causes(text)


def test_an_agency_that_earlier_quoted_an_official_relays_the_officials_claim():
    text = (
        "A rocket hit a barn in Xtown on Tuesday, killing two farmers.\n\n"
        "Earlier, the Vell Press Agency had quoted a Zedland defence official as saying the "
        "rocket was fired by Qarran forces."
    )
    found = _causes(text)
    assert any(cause == "hostile_fire" for _, cause in found)


def test_an_earlier_incident_told_as_a_deed_claims_nothing():
    text = (
        "A rocket hit a barn in Xtown on Tuesday, killing two farmers.\n\n"
        "Earlier, Qarran missile strikes shook Zedland's power grid, and an official called "
        "the situation critical."
    )
    assert all(
        cause != "hostile_fire" or "Qarr" not in claimant for claimant, cause in _causes(text)
    )
    assert len(_causes(text)) == 0


def test_the_outlets_recap_inside_an_earlier_statement_is_not_read_again():
    text = (
        "Earlier, Vell media had published the finding that Zedish air defence forces fired "
        "the rocket which fell in Xtown and killed two farmers."
    )
    claims = extract(make_doc(text), []).claims
    assert [c.claimant for c in claims] == ["Vell media"]
