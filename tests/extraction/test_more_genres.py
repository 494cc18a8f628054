"""More genres and styles: an air crash and its investigation board, a pilgrimage crush with
two tolls, a poisoning, a helicopter lost in training, an outbreak, a migrant boat, a wire
brief, a press release, a column and a state-media item. The stories are in
tests/data/stories/; the sentences here are invented for each rule. Invented names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction import extract
from factcheck.extraction.causes import find_causes

from .conftest import make_doc

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"


def _claims(text, sources=(), kind=None, **kwargs):
    claims = extract(make_doc(text, **kwargs), list(sources)).claims
    return [c for c in claims if kind is None or c.kind == kind]


def _story(name):
    return (STORIES / f"{name}.txt").read_text()


@pytest.mark.parametrize(
    "text",
    [
        "Zedland's air accident investigation board said the crew had received a stall warning.",
        "The Air Accidents Investigation Branch has sent a team to the site.",
        "Accident investigators arrived at the scene on Monday.",
        "The injured were taken to the accident and emergency department in Xtown.",
    ],
)
def test_accident_in_the_name_of_a_board_or_a_ward_is_no_cause(text):
    assert find_causes(text) == []


def test_an_accident_said_outright_is_still_one():
    causes = find_causes("The crash was an accident, investigators said.")
    assert [(c.cause, c.polarity) for c in causes] == [("accident", "affirmed")]


@pytest.mark.parametrize(
    "lead",
    [
        "ORLAN, Zedland (Wire) - Zedland's transport ministry said on Thursday that a jet "
        "crashed, killing all 54 people on board.",
        "ORLAN, Zedland - Zedland's transport ministry said on Thursday that a jet crashed, "
        "killing all 54 people on board.",
        "ORLAN, Zedland, June 4 (Wire) - Zedland's transport ministry said on Thursday that a "
        "jet crashed, killing all 54 people on board.",
    ],
)
def test_no_one_in_the_dateline_speaks(lead):
    killed = [c for c in _claims(lead, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.min) for c in killed] == [("Zedland's transport ministry", 54)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "At least 48 pilgrims were killed on Saturday, police said, while organisers of "
            "the festival put the number of dead at 23.",
            "organisers of the festival",
        ),
        (
            "At least 48 pilgrims were killed on Saturday, police said, while the organisers "
            "put the toll at 23.",
            "organisers",
        ),
        (
            "At least 48 pilgrims were killed on Saturday, police said, while officials put "
            "the toll at 23.",
            "officials (anonymous)",
        ),
    ],
)
def test_the_toll_after_while_is_the_other_bodys(text, claimant):
    killed = {c.min: c.claimant for c in _claims(text, kind="casualty") if c.category == "killed"}
    assert killed == {48: "Police", 23: claimant}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The organisers said 23 people had died.", "organisers"),
        ("The coastguard said 23 people had drowned.", "coastguard"),
        (
            "At least 27 migrants drowned when a boat capsized, the Zedland coastguard said.\n\n"
            "The coastguard said its boats had recovered 27 bodies from the sea.",
            "Zedland coastguard",
        ),
    ],
)
def test_bodies_known_by_their_role_speak(text, claimant):
    assert {c.claimant for c in _claims(text, kind="casualty")} == {claimant}


@pytest.mark.parametrize(
    "text",
    [
        "The airline said 23 people had died.",  # which airline the story does not say
        "The charity said 23 people had died.",
    ],
)
def test_a_role_the_story_never_names_claims_nothing(text):
    assert _claims(text) == []
