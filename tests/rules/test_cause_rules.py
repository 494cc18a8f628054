"""cause_contradiction, cause_revision and outlet_asserts_disputed on plain facts."""

from __future__ import annotations

from tests.rules.facts import at, cause, claimant_sets, count, run

CENTCOM = "US Central Command"
KHATAM = "Khatam al-Anbiya Central Headquarters"


def test_denial_against_affirmation_names_both_sides():
    claims = [
        cause(CENTCOM, "hostile_fire", "denied", when=at(12)),
        cause(KHATAM, "hostile_fire", agent="Islamic Resistance in Iraq", when=at(12, 22)),
        cause("IRGC", "hostile_fire", when=at(12, 23)),
    ]
    (draft,) = run("cause_contradiction", claims)
    assert f"not hostile fire: {CENTCOM} (12 Mar)" in draft.message
    assert f"hostile fire by Islamic Resistance in Iraq: {KHATAM} (12 Mar 22:00)" in draft.message
    assert "hostile fire: IRGC (12 Mar 23:00)" in draft.message
    assert claimant_sets([draft]) == [sorted([CENTCOM, KHATAM, "IRGC"])]
    assert draft.key == ("cause",)
    assert not draft.lowered


def test_another_party_blamed_within_one_category_is_a_contradiction():
    claims = [
        cause("Interior Ministry", "hostile_fire", agent="Israel", when=at(3, month=1)),
        cause("Islamic State", "hostile_fire", agent="Islamic State", when=at(4, month=1)),
        cause("Presidency", "hostile_fire", agent="the US and Israel", when=at(4, month=1)),
    ]
    (draft,) = run("cause_contradiction", claims)
    assert "hostile fire by Israel: Interior Ministry" in draft.message
    assert "hostile fire by Islamic State: Islamic State" in draft.message
    # Israel and "the US and Israel" are not at odds: no finding from them alone; nor are
    # "resistance groups" and "the Islamic Resistance in Iraq".
    assert run("cause_contradiction", [claims[0], claims[2]]) == []
    resistance = [
        cause("Militia", "hostile_fire", agent="Islamic Resistance in Iraq", when=at(12)),
        cause("Broadcaster", "hostile_fire", agent="resistance groups", when=at(12)),
    ]
    assert run("cause_contradiction", resistance) == []


def test_hedged_claims_weigh_less():
    claims = [
        cause("Ministry", "hostile_fire", when=at(12)),
        cause("Analyst", "misfire", text="the rocket may have misfired", when=at(13)),
    ]
    (draft,) = run("cause_contradiction", claims)
    assert "Analyst (13 Mar, hedged)" in draft.message
    assert draft.lowered
    hedged_headline = cause(
        "Outlet A",
        "misfire",
        attribution="headline",
        text="Rocket possibly misfired",
        when=at(13),
    )
    assert run("outlet_asserts_disputed", [claims[0], hedged_headline]) == []


def test_exclusive_causes_contradict_compatible_ones_do_not():
    claims = [
        cause("Darvan Ministry of Defence", "mechanical", side="Darvan", when=at(7, month=4)),
        cause("Teshka Liberation Front", "hostile_fire", side="Teshka", when=at(8, month=4)),
    ]
    (draft,) = run("cause_contradiction", claims)
    assert "mechanical failure" in draft.message
    compatible = [
        cause("A", "accident", side="X", when=at(12)),
        cause("B", "collision", side="Y", when=at(12)),
        cause("C", "under_investigation", side="Y", when=at(12)),
    ]
    assert run("cause_contradiction", compatible) == []


def test_outlets_in_their_own_voice_take_part_unless_turned_off():
    claims = [
        cause(CENTCOM, "hostile_fire", "denied", when=at(12)),
        cause("Press TV", "hostile_fire", attribution="headline", when=at(13)),
    ]
    (draft,) = run("cause_contradiction", claims)
    assert claimant_sets([draft]) == [sorted([CENTCOM, "Press TV"])]
    assert run("cause_contradiction", claims, include_outlet_voice=False) == []


def test_one_claimant_changing_its_mind_is_not_a_contradiction():
    claims = [
        cause(CENTCOM, "hostile_fire", "denied", when=at(12)),
        cause(CENTCOM, "hostile_fire", when=at(14)),
    ]
    assert run("cause_contradiction", claims) == []


def test_cause_revision_when_one_claimant_changes_its_account():
    claims = [
        cause("Darvan Ministry of Defence", "mechanical", when=at(7, month=4)),
        cause("Darvan Ministry of Defence", "hostile_fire", when=at(9, month=4)),
    ]
    (draft,) = run("cause_revision", claims)
    assert (
        "it said it was mechanical failure (7 Apr), then said it was hostile fire" in draft.message
    )
    steady = [
        cause(CENTCOM, "hostile_fire", "denied", when=at(12)),
        cause(CENTCOM, "accident", when=at(14)),
        # Back to "under investigation": no new account.
        cause(CENTCOM, "under_investigation", when=at(14, 18)),
        # An old denial reported again later, dated only by its document: no change.
        cause(CENTCOM, "hostile_fire", "denied", when=at(15), published_at=at(15)),
    ]
    assert run("cause_revision", steady) == []


def test_cause_revision_from_under_investigation_to_a_cause():
    claims = [
        cause("Army", "under_investigation", when=at(17, 20, month=10)),
        cause("Army", "misfire", agent="an armed group", when=at(18, 9, month=10)),
    ]
    (draft,) = run("cause_revision", claims)
    assert "it said the cause was not yet known (17 Oct 20:00), then said it was a misfire" in (
        draft.message
    )
    # Both in one report at one moment: their place in the text orders nothing.
    same_moment = [
        cause("Army", "under_investigation", when=at(17, 20, month=10)),
        cause("Army", "misfire", when=at(17, 20, month=10)),
    ]
    assert run("cause_revision", same_moment) == []


def test_outlet_asserting_what_one_side_claims_and_another_denies():
    claims = [
        cause(
            "Press TV",
            "hostile_fire",
            attribution="headline",
            text="Resistance downs tanker",
            when=at(13),
        ),
        cause(KHATAM, "hostile_fire", when=at(12)),
        cause(CENTCOM, "hostile_fire", "denied", when=at(12)),
    ]
    (draft,) = run("outlet_asserts_disputed", claims)
    assert draft.message.startswith("Press TV states as fact, in its own voice (headline)")
    assert f"which {KHATAM} claim and {CENTCOM} dispute" in draft.message
    assert claimant_sets([draft]) == [["Press TV"]]
    # Not disputed: nothing to flag.
    assert run("outlet_asserts_disputed", claims[:2]) == []
    # A denial made only after the headline does not make it an assertion of a disputed cause.
    later = [claims[0], claims[1], cause(CENTCOM, "hostile_fire", "denied", when=at(15))]
    assert run("outlet_asserts_disputed", later) == []


def test_outlet_asserts_disputed_on_an_undated_document():
    claims = [
        cause("Outlet A", "hostile_fire", attribution="outlet", text="downed by a missile"),
        cause(KHATAM, "hostile_fire"),
        cause(CENTCOM, "hostile_fire", "denied"),
    ]
    (draft,) = run("outlet_asserts_disputed", claims)
    assert "Outlet A states as fact" in draft.message


def test_outlet_asserting_one_sides_casualty_count():
    claims = [
        count("Corvan Ministry of Defence", "killed", 2, side="Corvan", when=at(20)),
        count("Hadrani Armed Forces", "killed", 40, None, side="Hadran", when=at(21, 6)),
        count(
            "Hadran News Agency",
            "killed",
            24,
            None,
            qualifier="at_least",
            attribution="headline",
            text="Dozens of troops killed",
            when=at(21, 6),
        ),
    ]
    (draft,) = run("outlet_asserts_disputed", claims)
    assert "at least 24 crew killed" in draft.message
    assert "a figure no primary source gives, against 2 from Corvan Ministry" in draft.message
    relayed = count(
        "Hadran News Agency",
        "killed",
        40,
        None,
        qualifier="at_least",
        attribution="headline",
        text="At least 40 troops killed",
        when=at(21, 7),
    )
    # One side's figure against one other's: reporting either is not taking a side.
    assert run("outlet_asserts_disputed", [*claims[:2], relayed]) == []
    # Against two primary sources' figures, printing the one side's as fact is.
    second = count("Corvan Health Office", "killed", 3, when=at(21))
    (draft,) = run("outlet_asserts_disputed", [*claims[:2], second, relayed])
    assert "a figure Hadrani Armed Forces give, against 2 from Corvan Ministry" in draft.message


def test_a_group_claiming_the_act_does_not_dispute_an_outlet_naming_it_otherwise():
    headline = cause(
        "Outlet A",
        "hostile_fire",
        agent="resistance groups",
        attribution="headline",
        text="Resistance shoots down tanker",
        when=at(13),
    )
    claims = [
        headline,
        cause("Umbrella Front", "hostile_fire", agent="Umbrella Front", when=at(12)),
    ]
    assert run("outlet_asserts_disputed", claims) == []
    blamed_elsewhere = cause("Ministry", "hostile_fire", agent="a foreign air force", when=at(12))
    (draft,) = run("outlet_asserts_disputed", [headline, blamed_elsewhere])
    assert "Ministry dispute" in draft.message
