"""Who a cause names: one agent per name ("blamed X and Y"), passive blame ("X was held
responsible"), and a claim that is not questioned ("not in a position to question ...")."""

from __future__ import annotations

import pytest

from factcheck.extraction.causes import find_causes


def _agents(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.cause, c.polarity, c.agent) for c in find_causes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Front was held responsible for the attack.",
        "The Northern Front and the Eastern Legion were blamed for the bombing by an official.",
        "The Northern Front and the Eastern Legion were accused of involvement in the blasts.",
    ],
)
def test_passive_blame_names_the_agents_before_it(text):
    found = _agents(text)
    assert ("hostile_fire", "affirmed", "Northern Front") in found
    assert all(polarity == "affirmed" for _, polarity, _ in found)


def test_two_agents_blamed_are_two_claims():
    assert _agents("The minister blamed the Northern Front and the Eastern Legion for it.") == [
        ("hostile_fire", "affirmed", "Northern Front"),
        ("hostile_fire", "affirmed", "Eastern Legion"),
    ]


def test_accused_of_something_else_is_no_cause():
    assert _agents("The Northern Front was accused of stealing aid from the camps.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said the government was not in a position to question the group's claim "
        "that it was behind the attack.",
        "The minister said there was no reason to doubt that the Northern Front was behind the "
        "attack.",
    ],
)
def test_a_claim_not_questioned_is_not_denied(text):
    assert all(c.polarity == "affirmed" for c in find_causes(text))
    assert find_causes(text)


def test_a_plain_denial_stays_denied():
    assert _agents("The army said the Northern Front was not behind the attack.") == [
        ("hostile_fire", "denied", "Northern Front")
    ]


def test_a_strike_on_the_launch_site_is_a_reply_not_the_cause():
    text = "The army said the launch point was then struck by its jets shortly after."
    assert [c for c in find_causes(text) if c.cause == "hostile_fire"] == []
    assert _agents("The plane was then hit by a missile fired by the Northern Front.") == [
        ("hostile_fire", "affirmed", "Northern Front")
    ]
