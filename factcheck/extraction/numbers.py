"""Numbers in digits and words, with the hedges news puts in front of them.

A count becomes an interval: "at least 13" is [13, None], "more than 13" is [14, None],
"up to 6" is [None, 6], "about 6" is [6, 6] with the qualifier `approx`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_WORD_NUMBER = (
    rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|(?:{_UNIT}))"
    rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT}))?)?"
)
# a dozen / dozens / scores are vague amounts; "dozens" reads as at least 24
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{_WORD_NUMBER}|a dozen|dozens|scores|hundreds)"
ORDINAL = r"(?:{}|\d{{1,3}}(?:st|nd|rd|th))".format("|".join(ORDINALS))

# hedge phrase -> qualifier family; the order of alternatives matters (longest first)
HEDGES = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "up to": "at_most",
    "as many as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "fewer than": "less_than",
    "less than": "less_than",
    "under": "less_than",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "an estimated": "approx",
    "close to": "approx",
    "an approximate": "approx",
}
HEDGE = "(?:{})".format("|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)))

_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """Read "13", "1,300", "thirteen", "twenty-one", "two hundred" or "dozens" as an int."""
    s = text.strip().lower().replace("\u2011", "-")
    if not s:
        return None
    if s[0].isdigit():
        digits = s.replace(",", "")
        return int(digits) if digits.isdigit() else None
    if s in ("a dozen",):
        return 12
    if s in ("dozens",):
        return 24
    if s in ("scores",):
        return 40
    if s in ("hundreds",):
        return 200
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if word == "thousand":
                total += current
                current = 0
        else:
            return None
    return total + current


def parse_ordinal(text: str) -> int | None:
    s = text.strip().lower()
    if s in ORDINALS:
        return ORDINALS[s]
    m = re.match(r"^(\d{1,3})(?:st|nd|rd|th)$", s)
    return int(m.group(1)) if m else None


def is_vague(text: str) -> bool:
    return text.strip().lower() in ("dozens", "scores", "hundreds")


@dataclass(frozen=True)
class Interval:
    min: int | None
    max: int | None
    qualifier: str  # exact, at_least, at_most, approx


def interval_for(number: int, hedge: str | None, *, vague: bool = False) -> Interval:
    """Turn a number and its hedge ("at least", "up to", ...) into an interval."""
    family = HEDGES.get(hedge.lower().strip(), "") if hedge else ""
    if vague:  # "dozens" is at least 24
        return Interval(number, None, "at_least")
    if family == "at_least":
        return Interval(number, None, "at_least")
    if family == "more_than":
        return Interval(number + 1, None, "at_least")
    if family == "at_most":
        return Interval(None, number, "at_most")
    if family == "less_than":
        return Interval(None, max(number - 1, 0), "at_most")
    if family == "approx":
        return Interval(number, number, "approx")
    return Interval(number, number, "exact")
