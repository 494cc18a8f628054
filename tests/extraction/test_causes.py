from __future__ import annotations

import pytest

from factcheck.extraction.causes import find_causes


def causes_of(text: str) -> set[tuple[str, str]]:
    return {(c.cause, c.polarity) for c in find_causes(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The army said the loss was not due to enemy fire or friendly fire.",
        "Neither hostile fire nor friendly fire brought the helicopter down, officials said.",
        "Hostile or friendly fire was not the cause of the crash, the command said.",
        "There was no fire involved, friendly or hostile.",
    ],
)
def test_two_denials(text):
    assert causes_of(text) == {("hostile_fire", "denied"), ("friendly_fire", "denied")}


def test_missile_strike_affirms_hostile_fire_with_agent():
    found = find_causes("The transport plane was hit by a missile fired by the Northern Legion.")
    assert [(c.cause, c.polarity, c.agent) for c in found] == [
        ("hostile_fire", "affirmed", "Northern Legion")
    ]


def test_shot_down_and_its_denial():
    assert causes_of("Rebels said they shot down the army helicopter.") == {
        ("hostile_fire", "affirmed")
    }
    assert causes_of("The helicopter was not shot down, the governor said.") == {
        ("hostile_fire", "denied")
    }


def test_a_crash_alone_is_no_cause():
    assert causes_of("A cargo plane crashed near the airport on Sunday.") == set()


def test_an_open_question_affirms_no_cause_and_says_it_is_unsettled():
    assert causes_of("It is unclear whether the jet was shot down.") == {
        ("under_investigation", "affirmed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two jets collided during a training flight.", ("collision", "affirmed")),
        ("Investigators blamed a mechanical failure.", ("mechanical", "affirmed")),
        ("The circumstances are under investigation.", ("under_investigation", "affirmed")),
        ("The navy ruled out a collision with its patrol boat.", ("collision", "denied")),
    ],
)
def test_other_causes(text, expected):
    assert expected in causes_of(text)


def test_friendly_fire_mistake():
    assert ("friendly_fire", "affirmed") in causes_of(
        "Allied air defences mistakenly shot down two fighter jets."
    )
