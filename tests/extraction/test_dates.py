from __future__ import annotations

from datetime import date

import pytest

from factcheck.extraction.dates import resolve_date

FRIDAY = date(2026, 3, 13)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Thursday", date(2026, 3, 12)),
        ("Friday night", date(2026, 3, 13)),
        ("late on Monday", date(2026, 3, 9)),
        ("on Saturday", date(2026, 3, 7)),
        ("yesterday", date(2026, 3, 12)),
        ("this morning", date(2026, 3, 13)),
        ("on March 12", date(2026, 3, 12)),
        ("12 March", date(2026, 3, 12)),
        ("Feb. 28", date(2026, 2, 28)),
        ("on December 30", date(2025, 12, 30)),
        ("June 3, 2024", date(2024, 6, 3)),
    ],
)
def test_resolves_against_publication(expression, expected):
    assert resolve_date(expression, FRIDAY) == expected


def test_weekday_without_publication_date_is_unknown():
    assert resolve_date("on Thursday", None) is None
    assert resolve_date("on March 12, 2026", None) == date(2026, 3, 12)
