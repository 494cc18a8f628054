"""A meeting convened "to examine the incident" is not an inquiry into its cause; a
commission convened to investigate it is. Invented names throughout."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _inquiries(text: str) -> list[str]:
    claims = extract(make_doc(text), []).claims
    return [c.claimant for c in claims if c.kind == "cause" and c.cause == "under_investigation"]


def test_a_security_body_convened_to_examine_the_blast_is_no_inquiry():
    text = "Vell's premier has also convened his country's top security body to examine the blast."
    assert _inquiries(text) == []


def test_envoys_summoned_to_discuss_it_are_no_inquiry():
    text = (
        "The Vell League called an emergency meeting of envoys to discuss what happened in Xtown."
    )
    assert _inquiries(text) == []


def test_a_commission_convened_to_investigate_is_one():
    text = "Zedland convened a commission of experts to investigate the blast."
    assert _inquiries(text) != []
