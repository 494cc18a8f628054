from __future__ import annotations

import pytest

from factcheck.extraction.numbers import interval_for, parse_number, parse_ordinal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6", 6),
        ("1,300", 1300),
        ("six", 6),
        ("Thirteen", 13),
        ("twenty-one", 21),
        ("two hundred", 200),
        ("three thousand four hundred", 3400),
        ("dozens", 24),
        ("a dozen", 12),
        ("banana", None),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def test_parse_ordinal():
    assert parse_ordinal("fourth") == 4
    assert parse_ordinal("21st") == 21
    assert parse_ordinal("many") is None


@pytest.mark.parametrize(
    ("hedge", "expected"),
    [
        (None, (13, 13, "exact")),
        ("at least", (13, None, "at_least")),
        ("more than", (14, None, "at_least")),
        ("over", (14, None, "at_least")),
        ("up to", (None, 13, "at_most")),
        ("as many as", (None, 13, "at_most")),
        ("fewer than", (None, 12, "at_most")),
        ("about", (13, 13, "approx")),
        ("nearly", (13, 13, "approx")),
    ],
)
def test_hedges_make_intervals(hedge, expected):
    interval = interval_for(13, hedge)
    assert (interval.min, interval.max, interval.qualifier) == expected


def test_vague_amount_is_a_lower_bound():
    interval = interval_for(24, None, vague=True)
    assert (interval.min, interval.max, interval.qualifier) == (24, None, "at_least")
