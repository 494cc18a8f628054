"""Agents that are names, not places or dates; a part of the toll is not the toll. Sentences
written for these tests."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract
from factcheck.extraction.casualties import find_counts
from factcheck.extraction.causes import find_causes

from .conftest import make_doc

REGION = [KnownSource("Zedgroup", (), "armed_group", "Z")]


def _causes(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.cause, c.polarity, c.agent) for c in find_causes(text)]


def test_the_word_before_a_claimed_deed_is_not_a_second_culprit():
    # "Zerman" looks like a demonym; the speaker says it did the deed itself
    assert _causes("The Zedgroup says it was behind the deadly Zerman bombings in Ruritania.") == [
        ("hostile_fire", "affirmed", "<claimant>")
    ]
    text = "The Zedgroup claimed responsibility for the Zerman bombing, which killed 40."
    assert _causes(text) == [("hostile_fire", "affirmed", "Zedgroup")]


def test_a_demonym_still_names_the_agent_when_no_one_claims_the_deed():
    assert _causes("A Ruritanian airstrike killed 40 people.") == [
        ("hostile_fire", "affirmed", "Ruritanian")
    ]


def test_a_sentence_opening_with_its_date_is_no_part_of_the_name():
    found = _causes("On Thursday Zedgroup was behind the attack, which killed 40.")
    assert found == [("hostile_fire", "affirmed", "Zedgroup")]
    claims = extract(
        make_doc("On Thursday Zedgroup said it was responsible for the attack, which killed 40."),
        REGION,
    ).claims
    assert {c.agent for c in claims if c.kind == "cause"} == {"Zedgroup"}


def test_a_place_of_the_report_is_not_the_agent_of_a_deed_named_after_it():
    text = (
        "Police condemn the Xtan terror attack, which killed 40 people.\n\n"
        "The blasts hit a market in Xtan, a city in the west, on Monday."
    )
    claims = extract(make_doc(text), REGION).claims
    causes = [c for c in claims if c.kind == "cause"]
    assert causes
    assert all(c.agent is None for c in causes)


def test_women_or_children_among_the_dead_are_a_subgroup():
    counts = find_counts(
        "It said 40 people died, and that among the dead were 12 women and children.",
        aircraft_event=False,
        us_context=False,
    )
    groups = {(c.group, c.min) for c in counts}
    assert ("people", 40) in groups
    assert ("women", 12) in groups


def test_responsibility_claimed_by_a_group_names_it_the_agent():
    text = (
        "Responsibility for the Zerman bombing, which killed 30 people, has been claimed by "
        "the extremist Zedland Front group."
    )
    assert _causes(text) == [("hostile_fire", "affirmed", "Zedland Front")]
    assert _causes("Responsibility for the attack has not been claimed by anyone.") == []


def _cause_agents(text: str) -> set[tuple[str, str | None]]:
    return {(c.claimant, c.agent) for c in extract(make_doc(text), REGION).claims if c.cause}


def test_by_of_means_or_place_is_no_agent():
    assert _cause_agents("The first bomb was set off by remote control, killing 20 people.") == {
        ("Example Wire", None)
    }
    found = _cause_agents(
        "The Zedgroup said it had carried out the blasts by the burial site of the general."
    )
    assert found == {("Zedgroup", "Zedgroup")}


def test_the_source_of_a_claim_is_not_its_agent():
    text = "According to Zedgroup, the blasts were caused by remotely detonated bombs in a car."
    assert _cause_agents(text) == {("Zedgroup", None)}


def test_it_in_a_claim_owned_by_a_group_is_that_group():
    text = (
        "John Vell, a spokesman for the Borduran government, said it was not in a position to "
        "question the Front's claim that it was behind the attack."
    )
    # the spokesman speaks for the government
    assert _cause_agents(text) == {("Borduran government", "Front")}
