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
# vague amounts, read as at least the smallest amount the word allows: "dozens" is 24
VAGUE = {
    "tens of thousands": 20000,
    "thousands": 2000,
    "several thousand": 2000,
    "several hundred": 200,
    "hundreds": 200,
    "several dozen": 24,
    "a few dozen": 24,
    "dozens": 24,
    "scores": 40,
}
_VAGUE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in VAGUE)
# "3 thousand", "20K", "1.2 million": digits with a scale word
_SCALED = r"\d{1,3}(?:[.,]\d{1,3})?\s*(?:thousand|million|[kK](?![\w-]))"
NUMBER = (
    rf"(?:{_SCALED}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{_VAGUE}|a\s+(?:hundred|thousand)|"
    rf"{_WORD_NUMBER}|a dozen)"
)
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
    "above": "at_least",
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
    "somewhere around": "approx",
    "in the region of": "approx",
    "an estimated": "approx",
    "close to": "approx",
    "an approximate": "approx",
}
HEDGE = "(?:{})".format("|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)))


def parse_number(text: str) -> int | None:
    """Read "13", "1,300", "thirteen", "twenty-one", "two hundred" or "dozens" as an int."""
    s = text.strip().lower().replace("\u2011", "-")
    if not s:
        return None
    s = re.sub(r"\s+", " ", s)
    scaled = re.fullmatch(r"(\d{1,3}(?:[.,]\d{1,3})?)\s*(thousand|million|k)", s)
    if scaled:
        factor = 1_000_000 if scaled.group(2) == "million" else 1000
        return round(float(scaled.group(1).replace(",", ".")) * factor)
    if s in ("a dozen",):
        return 12
    if s in VAGUE:
        return VAGUE[s]
    if s in ("a hundred", "a thousand"):
        return 100 if s.endswith("hundred") else 1000
    if s[0].isdigit():
        digits = s.replace(",", "")
        return int(digits) if digits.isdigit() else None

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
    return re.sub(r"\s+", " ", text.strip().lower()) in VAGUE


# "100 to 300", "5,000-6,000", "between 18,000 and 20,000": both ends of an estimate
RANGE = re.compile(
    rf"(?P<between>\bbetween\s+|\bfrom\s+|\bsomewhere\s+from\s+)?(?P<lo>{NUMBER})\s*"
    rf"(?:-to-|-|–|\bto\b|(?<=\d)\s*and\b|(?<=[a-z])\s+and\b)\s*(?P<hi>{NUMBER})(?![\w,.]\d)",
    re.IGNORECASE,
)
# "from 103 to 95", "rose from 38 to 150": a revision, not a range
_REVISION_BEFORE = re.compile(
    r"\b(?:rose|risen|raised|lowered|revised|increased|climbed|dropped|fell|cut|reduced|went|"
    r"jumped|corrected|updated|changed|brought)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def find_ranges(text: str) -> list[tuple[int, int, int, int]]:
    """Ranges in a sentence as (start, end, low, high)."""
    out = []
    for m in RANGE.finditer(text):
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        if lo is None or hi is None or lo >= hi:
            continue
        if (
            m.group("between")
            and m.group("between").strip().lower() == "from"
            and (_REVISION_BEFORE.search(text[: m.start()]))
        ):
            continue
        if (
            hi < 100
            and not m.group("between")
            and re.match(r"\d", m.group("lo"))
            and "-" in (m.group(0))
            and "-to-" not in m.group(0).lower()
        ):
            continue  # "2-1", a score or a date, not an estimate
        if re.match(r"\d{4}$", m.group("lo")) and 1900 <= lo <= 2100:
            continue  # "2022-2023"
        lo_scaled = re.search(r"hundred|thousand", m.group("hi"), re.IGNORECASE)
        if lo_scaled and lo < 100 and re.fullmatch(r"\d+", m.group("lo")):
            continue
        out.append((m.start(), m.end(), lo, hi))
    return out


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
