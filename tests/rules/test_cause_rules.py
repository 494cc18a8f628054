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
    assert "IRGC" in draft.message
    assert f"{CENTCOM} (US) denies it was hostile fire" in draft.message
    assert "IRGC (Iran) say it was hostile fire by Islamic Resistance in Iraq" in draft.message
    assert claimant_sets([draft]) == [sorted([CENTCOM, KHATAM, "IRGC"])]


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
        cause(CENTCOM, "under_investigation", when=at(13)),
        cause(CENTCOM, "accident", when=at(14)),
        # An old denial reported again later, dated only by its document: no change.
        cause(CENTCOM, "hostile_fire", "denied", when=at(15), published_at=at(15)),
    ]
    assert run("cause_revision", steady) == []


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
    assert "only Iran's side claims (Khatam al-Anbiya Central Headquarters)" in draft.message
    assert claimant_sets([draft]) == [["Press TV"]]
    # Not disputed, or backed by both sides: nothing to flag.
    assert run("outlet_asserts_disputed", claims[:2]) == []
    both = [*claims, cause("Reuters", "hostile_fire", side="US", when=at(13))]
    assert run("outlet_asserts_disputed", both) == []


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
    assert "a count only Hadran's side gives" in draft.message
