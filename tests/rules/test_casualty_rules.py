"""casualty_revision, casualty_conflict, aboard_mismatch and cumulative_total on plain facts."""

from __future__ import annotations

from tests.rules.facts import at, claimant_sets, count, run

CENTCOM = "US Central Command"


def test_revision_rise_is_a_note_naming_claimant_values_and_times():
    claims = [
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6, when=at(12, 0)),
        count(CENTCOM, "killed", 6, qualifier="all", when=at(13, 0)),
    ]
    (draft,) = run("casualty_revision", claims)
    assert draft.message.startswith("US Central Command: crew killed 4 of 6 (12 Mar) -> all 6")
    assert not draft.raised
    assert sorted(draft.claim_ids) == [c.id for c in claims]


def test_revision_fall_is_raised_except_for_the_missing():
    killed = [count(CENTCOM, "killed", 6, when=at(12)), count(CENTCOM, "killed", 4, when=at(13))]
    missing = [count(CENTCOM, "missing", 2, when=at(12)), count(CENTCOM, "missing", 0, when=at(13))]
    (fall,) = run("casualty_revision", killed)
    (found,) = run("casualty_revision", missing)
    assert fall.raised
    assert "falls is unusual" in fall.message
    assert not found.raised


def test_consistent_updates_and_late_reports_are_not_revisions():
    claims = [
        count(CENTCOM, "killed", 4, None, qualifier="at_least", when=at(12)),
        count(CENTCOM, "killed", 4, when=at(12, 18)),
        # A later report of the first figure, dated only by its document: not a fall.
        count(CENTCOM, "killed", 6, when=at(13, 9)),
        count(CENTCOM, "killed", 4, when=at(13, 20), published_at=at(13, 20)),
    ]
    (draft,) = run("casualty_revision", claims)
    assert "4 (12 Mar) -> 6 (13 Mar 09:00)" in draft.message
    assert not draft.raised


def test_conflict_between_claimants_at_the_same_time():
    claims = [
        count("Darvan Ministry of Defence", "killed", 12, group="people", when=at(8, month=4)),
        count("Teshka Liberation Front", "killed", 16, group="people", when=at(8, month=4)),
    ]
    (draft,) = run("casualty_conflict", claims)
    assert "Darvan Ministry of Defence says 12" in draft.message
    assert "Teshka Liberation Front says 16" in draft.message


def test_no_conflict_when_intervals_overlap_or_one_claimant_revised():
    claims = [
        count("Reuters", "killed", 4, None, qualifier="at_least", when=at(13)),
        count(CENTCOM, "killed", 4, qualifier="of_total", when=at(12)),
        count(CENTCOM, "killed", 6, qualifier="all", when=at(13)),
        count("Stars and Stripes", "killed", 6, when=at(13, 18)),
    ]
    assert run("casualty_conflict", claims) == []


def test_conflict_compares_latest_values_within_the_window():
    claims = [
        count("Outlet A", "killed", 4, when=at(10)),
        count("Outlet B", "killed", 6, when=at(13)),  # A's 4 is 3 days old: not compared
    ]
    assert run("casualty_conflict", claims) == []
    assert len(run("casualty_conflict", claims, window_hours=96)) == 1


def test_outlets_reporting_one_claimant_are_that_claimant():
    claims = [
        count(CENTCOM, "killed", 4, publisher="Reuters", when=at(12)),
        count(CENTCOM, "killed", 6, publisher="AP", when=at(13)),
    ]
    assert run("casualty_conflict", claims) == []


def test_aboard_mismatch_at_least_five_agrees_with_six_normally_three_does_not():
    agreeing = [
        count("US official (anonymous)", "aboard", 5, None, qualifier="at_least", when=at(12)),
        count(CENTCOM, "aboard", 6, when=at(13)),
        count(CENTCOM, "killed", 4, qualifier="of_total", count_total=6, when=at(13)),
    ]
    assert run("aboard_mismatch", agreeing) == []
    normally = count("Stars and Stripes", "aboard", 3, qualifier="approx", when=at(13))
    (draft,) = run("aboard_mismatch", [*agreeing, normally])
    assert "about 3: Stars and Stripes" in draft.message
    assert claimant_sets([draft]) == [
        sorted(["Stars and Stripes", CENTCOM, "US official (anonymous)"])
    ]


def test_cumulative_toll_that_falls_or_misses_the_incident():
    falls = [
        count(
            "Pentagon",
            "killed",
            13,
            None,
            qualifier="at_least",
            scope="cumulative",
            group="US troops",
            when=at(13),
        ),
        count("Pentagon", "killed", 11, scope="cumulative", group="US troops", when=at(14)),
    ]
    (draft,) = run("cumulative_total", falls)
    assert "goes down" in draft.message
    below = [
        count(CENTCOM, "killed", 6, when=at(13, 9)),
        count("Outlet A", "killed", 6, when=at(13, 10)),
        count("Outlet A", "killed", 5, scope="cumulative", group="US troops", when=at(13, 12)),
    ]
    (draft,) = run("cumulative_total", below)
    assert "lower than this incident alone" in draft.message
    # A toll stated before the incident's counts cannot be expected to include them.
    early = [below[2], count(CENTCOM, "killed", 6, when=at(14))]
    assert run("cumulative_total", early) == []
