"""Relative and absolute dates, resolved against the document's publication date.

"on Thursday" is the most recent Thursday on or before publication, "yesterday" the day
before, "on March 12" that day of the publication year (or the year before when it would
fall after publication).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:night|morning|afternoon|evening))?"

DATE_EXPRESSION = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY}){_PART}"
    rf"|(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>20\d\d))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})(?:\s+(?P<year2>20\d\d))?"
    r"|(?P<week>(?:at\s+the\s+(?:start|beginning)|early|earlier)\s+(?:of|in)\s+(?:the|this)\s+"
    r"week|earlier\s+this\s+week)"
    r"|(?P<yesterday>yesterday)|(?P<today>today|tonight|this\s+morning|this\s+afternoon"
    r"|this\s+evening|earlier\s+today))\b",
    re.IGNORECASE,
)
AT_THE_TIME = re.compile(
    r"\b(?:at\s+the\s+time|initially|earlier|previously|first\s+reported|had\s+(?:said|confirmed"
    r"|reported|announced|stated))\b",
    re.IGNORECASE,
)


_DATE_KEYS = (
    "day", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "tonight", "this", "week",
)  # fmt: skip
_DIGIT = re.compile(r"\d")


def resolve_weekday(weekday: str, published: date) -> date:
    target = WEEKDAYS.index(weekday.lower())
    return published - timedelta(days=(published.weekday() - target) % 7)


def _month_day(month: str, day: str, year: str | None, published: date | None) -> date | None:
    m = MONTHS.get(month.lower().rstrip("."))
    if not m:
        return None
    try:
        if year:
            return date(int(year), m, int(day))
        if published is None:
            return None
        candidate = date(published.year, m, int(day))
    except ValueError:
        return None
    if candidate > published + timedelta(days=1):
        candidate = candidate.replace(year=candidate.year - 1)
    return candidate


def resolve_match(m: re.Match[str], published: date | None) -> date | None:
    if m.group("weekday"):
        return resolve_weekday(m.group("weekday"), published) if published else None
    if m.group("month"):
        return _month_day(m.group("month"), m.group("day"), m.group("year"), published)
    if m.group("month2"):
        return _month_day(m.group("month2"), m.group("day2"), m.group("year2"), published)
    if m.group("week"):  # "earlier in the week": the Monday of it, or the day before
        if published is None:
            return None
        return published - timedelta(days=published.weekday() or 1)
    if m.group("yesterday"):
        return published - timedelta(days=1) if published else None
    if m.group("today"):
        return published
    return None


def find_dates(text: str, published: date | None, offset: int = 0) -> list[tuple[int, int, date]]:
    """Every date expression in `text` that resolves, as (start, end, date)."""
    out: list[tuple[int, int, date]] = []
    low = text.lower()
    if not any(key in low for key in _DATE_KEYS) and not _DIGIT.search(text):
        return out  # most sentences carry no date: skip the big pattern
    for m in DATE_EXPRESSION.finditer(text):
        resolved = resolve_match(m, published)
        if resolved is not None:
            out.append((offset + m.start(), offset + m.end(), resolved))
    return out


def resolve_date(expression: str, published: date | None) -> date | None:
    m = DATE_EXPRESSION.search(expression)
    return resolve_match(m, published) if m else None
