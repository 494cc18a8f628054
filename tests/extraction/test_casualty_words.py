"""Casualty vocabulary: zero claims, injuries, nationalities, ranges, vague counts."""

from __future__ import annotations

import pytest

from factcheck.extraction.casualties import find_counts


def counts_of(text: str) -> set[tuple[str, int | None, int | None, str]]:
    return {
        (c.category, c.min, c.max, c.qualifier)
        for c in find_counts(text, aircraft_event=False, us_context=False)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nobody was hurt in the fire.", {("injured", 0, 0, "exact")}),
        ("No one was injured, the operator said.", {("injured", 0, 0, "exact")}),
        (
            "There were no casualties, the coastguard said.",
            {("killed", 0, 0, "exact"), ("injured", 0, 0, "exact")},
        ),
        ("All personnel are accounted for.", {("missing", 0, 0, "exact")}),
    ],
)
def test_zero_claims(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nine workers were hospitalised after the leak.",
        "Nine workers were treated for burns.",
        "Nine workers were diagnosed with smoke poisoning.",
        "Nine workers are in a critical condition.",
        "Nine workers were hurt.",
    ],
)
def test_injury_wording(text):
    assert counts_of(text) == {("injured", 9, 9, "exact")}


@pytest.mark.parametrize(
    "text",
    [
        "Nine miners remain trapped under the collapsed tunnel.",
        "Nine climbers were buried under the avalanche.",
        "Nine villagers are still unaccounted for.",
    ],
)
def test_missing_wording(text):
    assert counts_of(text) == {("missing", 9, 9, "exact")}


def test_counts_by_nationality():
    found = find_counts(
        "Three Danish engineers were killed and 12 Britons wounded.",
        aircraft_event=False,
        us_context=False,
    )
    assert {(c.category, c.group, c.min) for c in found} == {
        ("killed", "people", 3),
        ("injured", "Britons", 12),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 4,000 and 5,000 people are missing.", ("missing", 4000, 5000, "approx")),
        ("Officials said 100 to 300 people were killed.", ("killed", 100, 300, "approx")),
        ("He put the dead at 300.", ("killed", 300, 300, "exact")),
        ("She estimated the toll at 50 or less.", ("killed", None, 50, "at_most")),
        ("Thousands are still missing.", ("missing", 2000, None, "at_least")),
        ("Relief groups said 10 thousand people were missing.", ("missing", 10000, 10000, "exact")),
        ("The flood left 87 villagers dead.", ("killed", 87, 87, "exact")),
        ("The toll has passed 2,000.", ("killed", 2000, None, "at_least")),
        ("Up to 600 people are feared dead.", ("killed", None, 600, "at_most")),
    ],
)
def test_intervals(text, expected):
    assert expected in counts_of(text)


def test_a_revision_is_not_a_range():
    assert counts_of("The ministry lowered the toll from 95 to 84.") != {
        ("killed", 95, 84, "approx")
    }
    assert all(c[0] != "killed" or c[1] != 84 or c[3] != "approx" for c in counts_of(
        "The ministry lowered the toll from 95 to 84."))  # fmt: skip


def test_injured_further_after_a_toll_counts():
    found = counts_of("The blast killed 40 people and injured a further 120.")
    assert ("injured", 120, 120, "exact") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty martyred in the twin blasts.", ("killed", 40, 40, "exact")),
        ("The agency had at first given a death toll of 61.", ("killed", 61, 61, "exact")),
        ("The number of martyrs has been announced as 84 so far.", ("killed", 84, 84, "exact")),
    ],
)
def test_more_toll_wording(text, expected):
    assert expected in counts_of(text)


def test_so_far_in_a_war_is_cumulative_and_so_far_alone_is_not():
    war = find_counts(
        "So far in the war 300 soldiers have been killed.", aircraft_event=False,
        us_context=False,
    )  # fmt: skip
    toll = find_counts(
        "Officials said 84 people have been killed so far.", aircraft_event=False,
        us_context=False,
    )  # fmt: skip
    assert [c.scope for c in war] == ["cumulative"]
    assert [c.scope for c in toll] == ["incident"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens more people were missing.", ("missing", 24, None, "at_least")),
        ("Thousands of people are missing from the town.", ("missing", 2000, None, "at_least")),
        ("Hundreds were thought to be missing.", ("missing", 200, None, "at_least")),
        ("The missing could number 10,000 or more.", ("missing", 10000, None, "at_least")),
        ("The dead number at least 958.", ("killed", 958, None, "at_least")),
        ("Over 900 people have still not been found.", ("missing", 901, None, "at_least")),
        ("Rescuers said 40 were found dead.", ("killed", 40, 40, "exact")),
    ],
)
def test_missing_and_found_wording(text, expected):
    assert expected in counts_of(text)


def test_more_dead_is_still_a_change_not_a_total():
    assert counts_of("Twelve more people died overnight.") == set()


def test_a_possessive_before_the_toll_put_at_a_figure():
    assert ("killed", 75, 75, "exact") in counts_of(
        "The governor had given the province's death toll as 75."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second toll joined to the first
        (
            "The raid pushed the count of dead up to 930, and the injured to some 4,100.",
            {("killed", 930, 930, "exact"), ("injured", 4100, 4100, "approx")},
        ),
        (
            "Officials had estimated the dead at 70, and the missing at 300.",
            {("killed", 70, 70, "exact"), ("missing", 300, 300, "exact")},
        ),
        # the low end of a range is the range
        (
            "The report puts the toll at the low end of the 40-to-90 spectrum.",
            {("killed", 40, 90, "approx")},
        ),
        # a figure after "than the" is a reference to another count
        ("The fire caused far fewer casualties than the 200 dead first reported.", set()),
        # the group after "among the dead were", and one "numbering" a figure
        (
            "Among the dead were 17 students, and foreign workers numbering at least a dozen.",
            {("killed", 17, 17, "exact"), ("killed", 12, None, "at_least")},
        ),
        ("Among the injured are nine nurses.", {("injured", 9, 9, "exact")}),
        ("The ward has nine nurses.", set()),
    ],
)
def test_joined_tolls_ranges_references_and_groups(text, expected):
    assert counts_of(text) == expected


def test_a_superlatives_since_is_no_running_total():
    found = find_counts(
        "The blast killed 61 people, the deadliest attack in the region since 1988.",
        aircraft_event=False,
        us_context=False,
    )
    assert [(c.min, c.scope) for c in found] == [(61, "incident")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The victims included 30 students, as well as aid workers numbering at least a dozen.",
            {("killed", 30, 30, "exact"), ("killed", 12, None, "at_least")},
        ),
        (
            "Police said 60 people had been hurt and 5 more had suffered serious injuries.",
            {("injured", 60, 60, "exact"), ("injured", 5, 5, "exact")},
        ),
    ],
)
def test_included_victims_and_suffered_injuries(text, expected):
    assert counts_of(text) == expected


def test_a_vague_toll_of_dead_and_missing_counts_both():
    assert counts_of("Rescue teams race on as hundreds dead and missing after the storm.") == {
        ("killed", 200, None, "at_least"),
        ("missing", 200, None, "at_least"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Up to 35 miners were hurt in the blast.", ("injured", None, 35, "at_most")),
        ("Twelve protesters were wounded, medics said.", ("injured", 12, 12, "exact")),
        ("Six hostages were killed in the raid.", ("killed", 6, 6, "exact")),
        (
            "At least 14 pedestrians died when the bridge gave way.",
            ("killed", 14, None, "at_least"),
        ),
        ("Two fishermen are missing off the cape.", ("missing", 2, 2, "exact")),
    ],
)
def test_more_people_counted(text, expected):
    assert expected in counts_of(text)


def test_family_members_are_people_not_a_crew():
    found = find_counts(
        "Four family members were killed when the roof fell.", aircraft_event=False,
        us_context=False,
    )  # fmt: skip
    assert {(c.category, c.group, c.min) for c in found} == {("killed", "people", 4)}
