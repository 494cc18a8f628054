"""Conflict reports of kinds the other stories do not tell: a warship hit in a strait, shelling
across a border, a depot blast, a prisoner camp struck, friendly fire admitted, a downed drone's
debris, a checkpoint attack claimed online, a ceasefire broken. The stories in
tests/data/stories/ (strait, shelling, depot, powcamp, friendly, drone, checkpoint, ceasefire)
were the probes. Invented names and sentences throughout."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from .conftest import claims_of

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"
MARCH = datetime(2026, 3, 13, 15, 0, tzinfo=UTC)


def _story_claims(name: str):
    title, _, text = (STORIES / f"{name}.txt").read_text().partition("\n")
    return claims_of(text, title=title.removeprefix("# "), published=MARCH)


def _causes(claims):
    return {(c.claimant, c.cause, c.polarity) for c in claims if c.kind == "cause"}


def _counts(claims, category="killed"):
    return {(c.claimant, c.min) for c in claims if c.category == category}


# -- background: a month long past opens another incident ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In June, the group said it had shot down a police helicopter.",
        "In January, an army helicopter crashed near Tarn, killing two crew members.",
        "A truce in August collapsed when a missile strike on Brask killed 23 people.",
    ],
)
def test_a_month_long_before_the_report_is_another_incident(text):
    assert claims_of(text, published=MARCH) == []


def test_this_months_and_last_months_incidents_are_kept():
    for text in (
        "In March, the strike on Brask killed 23 people, the ministry said.",
        "The ministry said the strike on Brask in February killed 23 people.",
    ):
        assert {c.min for c in claims_of(text, kind="casualty", published=MARCH)} == {23}


def test_a_running_total_from_a_month_is_kept():
    text = "The fighting has killed 312 people since it began in August, the ministry said."
    assert {c.min for c in claims_of(text, kind="casualty", published=MARCH)} == {312}


def test_a_month_ahead_is_no_background():
    text = "In June, the inquiry will report; the ministry said 23 people were killed."
    assert {c.min for c in claims_of(text, kind="casualty", published=MARCH)} == {23}


# -- who speaks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Border shelling kills at least nine as Zedland and Vell trade blame",
        "Zedland and Vell traded blame after shelling killed nine",
    ],
)
def test_trading_blame_is_no_ones_headline(title):
    text = "Artillery fire killed at least nine people on Thursday."
    headline = [
        c for c in claims_of(text, title=title) if c.in_title or c.attribution == "headline"
    ]
    assert headline
    assert {c.claimant for c in headline} == {"Example Wire"}


def test_two_sides_accusing_each_other_speak_for_neither():
    text = (
        "Zedland and Vell accused each other on Thursday of breaking the truce, as shelling "
        "killed at least four people."
    )
    assert {c.claimant for c in claims_of(text)} <= {"Example Wire"}


def test_she_is_the_minister_named_in_apposition():
    text = (
        "The Red Dune Movement said dozens of sailors had been killed.\n\n"
        "Norland's defence minister, Greta Ulm, said later that an inquiry had been opened. "
        "Two sailors were still missing, she said."
    )
    missing = claims_of(text, kind="casualty")
    assert {(c.claimant, c.category) for c in missing if c.min == 2} == {("Greta Ulm", "missing")}


@pytest.mark.parametrize("how", ["calling itself", "known as"])
def test_a_group_speaks_under_the_name_it_goes_by(how):
    text = f"An armed group {how} the Ash Ridge Brigade said its fighters had killed 11 officers."
    assert {c.claimant for c in claims_of(text, kind="casualty")} == {"Ash Ridge Brigade"}


def test_a_statement_judged_false_is_not_its_owners_words():
    text = (
        "The Vell interior ministry said five police officers were killed when gunmen opened "
        "fire on the post.\n\nThe ministry's spokesman, Ivo Brandt, said the group's statement "
        'was "propaganda" and that the attackers had fled.'
    )
    causes = _causes(claims_of(text))
    assert causes == {("Vell interior ministry", "hostile_fire", "affirmed")}


def test_a_witness_counts_his_own_colleagues():
    text = (
        "A police officer at the scene, who asked not to be named, said at least seven of his "
        "colleagues had died."
    )
    assert {(c.category, c.min) for c in claims_of(text, kind="casualty")} == {("killed", 7)}


# -- what is denied ------------------------------------------------------------------------


def test_rejecting_a_claim_denies_its_owners_deed():
    text = (
        "The navy rejected a claim by the Ostrian-backed Red Dune Movement that it had hit the "
        "frigate with an anti-ship missile."
    )
    [cause] = claims_of(text, kind="cause")
    assert (cause.cause, cause.polarity, cause.agent) == (
        "hostile_fire",
        "denied",
        "Red Dune Movement",
    )


def test_hitting_a_ship_with_missiles_is_a_strike():
    text = "The Red Dune Movement said it had hit the frigate with two missiles."
    assert _causes(claims_of(text)) == {("Red Dune Movement", "hostile_fire", "affirmed")}


def test_reports_of_one_cause_called_false_leave_the_other_affirmed():
    text = (
        "The army had initially said the soldiers were killed in a mortar attack by Red Dune "
        'fighters, and a spokesman had called reports of friendly fire "false."'
    )
    causes = {(c.cause, c.polarity) for c in claims_of(text, kind="cause")}
    assert ("hostile_fire", "affirmed") in causes
    assert ("hostile_fire", "denied") not in causes


def test_a_possibility_kept_open_is_not_affirmed():
    text = 'The ministry said investigators were examining "all versions, including sabotage."'
    causes = {(c.cause, c.polarity) for c in claims_of(text, kind="cause")}
    assert ("hostile_fire", "affirmed") not in causes


def test_a_fire_that_broke_out_is_an_accident():
    text = (
        "The ministry said the blasts were caused by a fire that broke out during the "
        "unloading of shells."
    )
    assert _causes(claims_of(text)) == {("Ministry", "accident", "affirmed")}


# -- friendly fire -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The strike was carried out by our own aircraft because of an error," General Eero '
        "Lund said.",
        "The army admitted that its own aircraft killed four soldiers.",
    ],
)
def test_a_sides_own_aircraft_is_friendly_fire(text):
    causes = {(c.cause, c.polarity) for c in claims_of(text, kind="cause")}
    assert causes == {("friendly_fire", "affirmed")}


def test_a_strike_by_the_speakers_side_on_its_own_men_is_friendly_fire():
    text = (
        "Norland's armed forces acknowledged that four of their own soldiers died in an air "
        "strike by a Norland jet."
    )
    causes = {(c.cause, c.polarity) for c in claims_of(text, kind="cause")}
    assert causes == {("friendly_fire", "affirmed")}


# -- counts --------------------------------------------------------------------------------


def test_a_figure_lowered_is_read():
    text = "The emergency service later lowered the number of injured to 15."
    assert {(c.category, c.min) for c in claims_of(text, kind="casualty")} == {("injured", 15)}


def test_people_beside_soldiers_are_not_all_civilians():
    text = (
        "The shelling killed at least nine people on Thursday. Zedland said six civilians were "
        "killed. Vell said three soldiers were killed."
    )
    nine = [c for c in claims_of(text, kind="casualty") if c.min == 9]
    assert [c.group for c in nine] == ["people"]


# -- the stories whole ---------------------------------------------------------------------


def test_checkpoint_story():
    claims = _story_claims("checkpoint")
    assert ("Black Ridge Brigade", 11) in _counts(claims)
    assert ("Vell interior ministry", 5) in _counts(claims)
    assert not any(c.category == "aircraft_lost" for c in claims)  # June's helicopter
    assert ("Black Ridge Brigade", "hostile_fire", "denied") not in _causes(claims)


def test_friendly_fire_story():
    claims = _story_claims("friendly")
    causes = _causes(claims)
    assert ("Eero Lund", "friendly_fire", "affirmed") in causes
    assert ("Army", "hostile_fire", "denied") not in causes
    assert 19 not in {c.min for c in claims}  # 2024's bombing
    assert not any(c.cause == "mechanical" for c in claims)  # January's crash


def test_ceasefire_story():
    claims = _story_claims("ceasefire")
    assert "Vell" not in {c.claimant for c in claims}
    assert 23 not in {c.min for c in claims}  # the truce that collapsed in April


def test_strait_story():
    claims = _story_claims("strait")
    assert ("Norland navy", "hostile_fire", "denied") in _causes(claims)
    assert ("Greta Ulm", 2) in _counts(claims, "missing")


def test_drone_story():
    claims = _story_claims("drone")
    assert ("city's emergency service", 17) in _counts(claims, "injured")
    causes = _causes(claims)
    assert ("Zedland's defence ministry", "misfire", "affirmed") in causes
    assert ("Zedland's defence ministry", "hostile_fire", "denied") in causes


# -- a daily briefing, a rebuttal, an analysis ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Over the past day, Vell forces lost up to 420 servicemen killed and wounded, the "
        "ministry said.",
        "The ministry said 40 soldiers were killed or injured.",
    ],
)
def test_one_figure_for_the_dead_and_wounded_counts_neither(text):
    assert claims_of(text, kind="casualty") == []


def test_hundreds_killed_or_hurt_are_as_many_of_each():
    text = "Hundreds of people were killed or hurt in the blast, the ministry said."
    assert {(c.category, c.min) for c in claims_of(text, kind="casualty")} >= {("killed", 200)}


def test_the_dead_and_the_wounded_counted_apart_are_kept():
    text = "The ministry said 12 people were killed and 40 wounded."
    assert {(c.category, c.min) for c in claims_of(text, kind="casualty")} == {
        ("killed", 12),
        ("injured", 40),
    }


def test_not_the_first_strike_is_no_denial():
    text = "It is not the first time the two sides have traded blame over a strike on a dam."
    assert ("hostile_fire", "denied") not in {
        (c.cause, c.polarity) for c in claims_of(text, kind="cause")
    }


def test_a_missile_that_breached_a_dam_is_no_structural_failure():
    text = "Vell has blamed Zedland, saying a Zedland missile breached the dam wall."
    causes = {(c.cause, c.agent) for c in claims_of(text, kind="cause")}
    assert causes == {("hostile_fire", "Zedland")}
    assert claims_of("Officials said a missile had breached the dam.", kind="cause") == []


def test_a_dam_that_gave_way_is_still_one():
    text = "Engineers said the dam had collapsed under the weight of the water."
    assert "mechanical" in {c.cause for c in claims_of(text, kind="cause")}


def test_said_at_the_time_keeps_to_the_background_before():
    text = (
        "The dam broke on Sunday, killing 16 people, officials said.\n\n"
        "Last year, a drone strike on the Pell power station cut power to 200,000 homes. Vell "
        "said at the time that nine workers were killed."
    )
    assert {c.min for c in claims_of(text, kind="casualty", published=MARCH)} == {16}


def test_analysis_story():
    claims = _story_claims("analysis")
    assert 9 not in {c.min for c in claims}  # last year's power station
    assert 52 not in {c.min for c in claims}  # 2023's reservoir
    assert ("Vell", "hostile_fire", "affirmed") in _causes(claims)
    assert not any(c.polarity == "denied" and c.claimant == "Example Wire" for c in claims)


def test_briefing_story():
    claims = _story_claims("briefing")
    assert 420 not in {c.max for c in claims}
    assert ("Zedland Ministry of Defence", 4) in _counts(claims)


def test_a_reversed_earlier_account_is_not_claimed_again():
    text = (
        "Norland's armed forces acknowledged that four soldiers died in a strike by a Norland "
        "jet, reversing earlier statements that blamed the Red Dune Movement."
    )
    assert "Red Dune Movement" not in {c.agent for c in claims_of(text, kind="cause")}
