"""Casualty counts as intervals, and a claimant's statements over time.

"at least 13" is [13, inf), "four of the six" is [4, 4] (with 6 aboard), "all six" is
[6, 6]; "about 150" widens by a tolerance. Two counts agree when their intervals overlap.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from factcheck.rules.base import ClaimFact

INF = math.inf


@dataclass(frozen=True)
class Interval:
    low: float
    high: float  # INF: unbounded

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __str__(self) -> str:
        if self.high == INF:
            return f"at least {int(self.low)}" if self.low > 0 else "an unknown number"
        if self.low == self.high:
            return str(int(self.low))
        if self.low == 0:
            return f"up to {int(self.high)}"
        return f"{int(self.low)}–{int(self.high)}"


def interval_of(claim: ClaimFact, *, approx_tolerance: float = 0.1) -> Interval | None:
    """The interval a casualty claim states, or None when it carries no number."""
    # Asked of each claim by several rules in one evaluation: read once per tolerance.
    cached = claim.__dict__.setdefault("_intervals", {})
    if approx_tolerance not in cached:
        cached[approx_tolerance] = _interval_of(claim, approx_tolerance=approx_tolerance)
    return cached[approx_tolerance]


def _interval_of(claim: ClaimFact, *, approx_tolerance: float) -> Interval | None:
    if claim.count_min is None and claim.count_max is None:
        return None
    low = float(claim.count_min or 0)
    high = INF if claim.count_max is None else float(claim.count_max)
    if claim.qualifier == "at_least":
        high = INF if claim.count_max is None or claim.count_max == claim.count_min else high
        if claim.count_max is None:
            high = _vague_ceiling(claim, high)
            if _more_than(claim):
                # "more than 5,300" (stored as at least 5,301) and "5,300" give one figure.
                low -= 1
    if claim.qualifier == "approx":
        slack = round(max(low, 0 if high == INF else high) * approx_tolerance)
        low, high = max(0.0, low - slack), high + slack
    return Interval(low, high)


# "dozens" (stored as at least 24) are fewer than a hundred; "hundreds" fewer than a thousand.
_VAGUE = (
    (re.compile(r"\b(dozens|several dozen|scores)\b", re.IGNORECASE), 99),
    (re.compile(r"\bhundreds\b", re.IGNORECASE), 999),
    (re.compile(r"\bthousands\b", re.IGNORECASE), 9999),
)


def vague(claim: ClaimFact) -> bool:
    """ "hundreds", "dozens": a count without a figure, consistent with any in its range."""
    return (
        claim.qualifier == "at_least"
        and claim.count_max is None
        and _vague_ceiling(claim, INF) != INF
    )


def _vague_ceiling(claim: ClaimFact, high: float) -> float:
    for words, ceiling in _VAGUE:
        if (claim.count_min or 0) <= ceiling and words.search(claim.text):
            return float(ceiling)
    return high


def label_of(claim: ClaimFact) -> str:
    """The count as the claimant put it: "4 of 6", "all 6", "at least 5", "about 3"."""
    low, high = claim.count_min, claim.count_max
    if claim.qualifier == "of_total" and claim.count_total:
        return f"{low} of {claim.count_total}"
    if claim.qualifier == "all" and low is not None:
        return f"all {low}"
    if claim.qualifier == "approx" and low is not None:
        return f"about {low}"
    if claim.qualifier == "at_most" and high is not None:
        return f"up to {high}"
    if high is None:
        if _more_than(claim):
            return f"more than {low - 1}"  # "more than 300" is stored as at least 301
        return f"at least {low}"
    if low == high:
        return str(low)
    return f"{low}–{high}"


def _more_than(claim: ClaimFact) -> bool:
    """ "more than 300" stored as at least 301 (the figure said is not the one stored)."""
    low = claim.count_min
    return bool(
        low
        and claim.count_max is None
        and _MORE_THAN.search(claim.text)
        and str(low) not in claim.text.replace(",", "")
    )


_MORE_THAN = re.compile(r"\b(more than|over|above|upwards of|in excess of|exceeds?)\b", re.I)
_MEMBERS = re.compile(r"\s+(members?|personnel)$")


@lru_cache(maxsize=4096)  # a few groups, asked of every claim in every pass
def group_key(group: str) -> str:
    """Normalises a group so "crew", "Crew members" and "crew member" compare equal."""
    key = " ".join(group.lower().replace("u.s.", "us").split())
    return _MEMBERS.sub("", key)


def scope_of(claim: ClaimFact) -> str:
    return claim.scope or "incident"


def when_label(moment: datetime | None) -> str:
    """ "12 Mar", or "12 Mar 14:05" when the time of day is known (a date alone is stored
    as midnight or noon UTC)."""
    if moment is None:
        return "undated"
    # Formatting costs more than the rest of a series' message: one label per moment. The
    # offset is part of the key (two equal moments in other zones read other days and hours).
    return _when_label(moment, moment.utcoffset())


@lru_cache(maxsize=4096)
def _when_label(moment: datetime, offset) -> str:
    if moment.hour in (0, 12) and moment.minute == 0 and moment.second == 0:
        return f"{moment.day} {moment:%b}"
    return f"{moment.day} {moment:%b %H:%M}"


_FIRST = re.compile(
    r"\b(initially|originally|at first|first (?:reported|said|put|gave|announced))\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(earlier|previous(?:ly)?|at the time|had (?:been )?(?:said|put|reported|given|announced|"
    r"confirmed|stated))\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(now|later|already|has since|have since|since (?:raised|revised|lowered)|revised|"
    r"updated|latest|new toll|rose to|risen to|climbed to)\b",
    re.IGNORECASE,
)


def narrative_rank(claim: ClaimFact) -> int:
    """-2 for "initially ..." / "first reported", -1 for "earlier" / "had said", 1 for
    "now ..." / "has since", else 0: the only order claims of one moment have (their place
    in the text is none)."""
    cached = claim.__dict__.get("_narrative_rank")
    if cached is None:
        cached = claim.__dict__["_narrative_rank"] = _narrative_rank(claim)
    return cached


_CUES = (
    "already",
    "initial",
    "original",
    "earlier",
    "first",
    "previous",
    "the time",
    "had ",
    "now",
    "later",
    "since",
    "revised",
    "updated",
    "latest",
    "new toll",
    "rose",
    "risen",
    "climbed",
)


_CUE_SCAN = re.compile("|".join(re.escape(cue) for cue in _CUES), re.IGNORECASE)


def _has_cue(text: str) -> bool:
    """_CUE_SCAN finds a cue. ASCII text (most of it) is lowered and searched with plain
    substring tests, several times faster than the case-blind regex and the same answer
    (case folding of ASCII is lowering); other text keeps the regex."""
    if text.isascii():
        lowered = text.lower()
        # A plain loop: about twice as fast as any() over a generator, asked of every claim.
        for cue in _CUES:  # noqa: SIM110
            if cue in lowered:
                return True
        return False
    return _CUE_SCAN.search(text) is not None


# A figure named as the one before ("the previous count of 95", "its earlier figure of 20",
# "the original toll, 30"): an earlier statement, whatever else the sentence tells ("the
# revised toll ... the previous count of 95 arose because ...").
_EARLIER_FIGURE = re.compile(
    r"\b(?:previous|earlier|former|prior|old|initial|original|first)\s+(?:death\s+)?"
    r"(?:toll|count|figure|tally|estimate|number)s?(?:\s+(?:of|at|was|had\s+been))?[\s,]*$",
    re.IGNORECASE,
)


def named_earlier(claim: ClaimFact) -> bool:
    """The text names the figure as one its holder has since replaced ("the previous count
    of 95", "its earlier figure of 20")."""
    return bool(claim.lead_in) and _EARLIER_FIGURE.search(claim.lead_in) is not None


def _narrative_rank(claim: ClaimFact) -> int:
    """A figure the text names as the earlier one first; then the extractor's narrative
    order (the cue it read in the claim's sentence); else the span's own cue; else one in
    the clause that leads into it ("Initially X had confirmed | the deaths of four")."""
    earlier = _EARLIER_FIGURE.search(claim.lead_in) if claim.lead_in else None
    if earlier is not None:
        return -2 if earlier.group(0).lower().startswith(("initial", "original", "first")) else -1
    if claim.narrative:
        return claim.narrative
    return _rank_of(claim.text) or _rank_of(claim.lead_in)


@lru_cache(maxsize=4096)  # spans and lead-ins repeat across the reports of one story
def _rank_of(text: str) -> int:
    if not text or not _has_cue(text):  # most spans: no cue, one quick scan
        return 0
    if _FIRST.search(text):
        return -2
    if _EARLIER.search(text):
        return -1
    if _LATER.search(text):
        return 1
    return 0


def date_only(moment: datetime | None) -> bool:
    """A date stored without its time of day (noon or midnight UTC, to the second)."""
    return (
        moment is not None
        and moment.hour in (0, 12)
        and moment.minute == 0
        and moment.second == 0
        and moment.microsecond == 0
    )


def order_time(claim: ClaimFact) -> float:
    """When, for ordering: a statement known only by its day ("said on Tuesday", in a later
    report) counts from the end of that day, so that it follows the same day's statements
    whose time is known rather than preceding them by accident. A report dated by its day
    alone (stored at midnight) counts from midday, the middle of the hours it may have come
    out in: not before every report of that day whose hour is known ("4 Jan" is not earlier
    than "4 Jan 03:00"), and still before what a later report says was said that day."""
    cached = claim.__dict__.get("_order_time")
    if cached is None:
        cached = claim.__dict__["_order_time"] = _order_time(claim)
    return cached


def _order_time(claim: ClaimFact) -> float:
    when = claim.when
    if when is None:
        return float("-inf")
    if not date_only(when):
        return when.timestamp()
    if when != claim.published_at:
        return when.replace(hour=23, minute=59, second=59).timestamp()
    return when.replace(hour=12).timestamp()


def same_moment(one: ClaimFact, other: ClaimFact) -> bool:
    """Neither time nor narrative orders the two claims. An undated claim has no time to
    order it: only a narrative cue does ("initially", "now")."""
    if narrative_rank(one) != narrative_rank(other):
        return False
    first, second = order_time(one), order_time(other)
    return first == second or float("-inf") in (first, second)


def told_after(earlier: Statement, later: Statement) -> bool:
    """The two values have an order: by their first claims' times or cues, or, where those
    are of one moment, by a cue on any claim of the later value told after one of the
    earlier ("first reported at 20" ... "already reaches 103")."""
    if not same_moment(earlier.first, later.first):
        return True
    return max(narrative_rank(c) for c in later.claims) > min(
        narrative_rank(c) for c in earlier.claims
    )


def chronological(claims: Iterable[ClaimFact]) -> list[ClaimFact]:
    """Claims ordered by when they were stated, then by narrative cues ("initially",
    "now"), then by document date, then by id (a stable order, not a time order)."""
    return sorted(claims, key=_chronological_key)


def _chronological_key(claim: ClaimFact) -> tuple:
    key = claim.__dict__.get("_chronological_key")
    if key is None:
        published = claim.published_at
        key = claim.__dict__["_chronological_key"] = (
            order_time(claim),
            narrative_rank(claim),
            published.timestamp() if published else float("-inf"),
            claim.id,
        )
    return key


@dataclass
class Statement:
    """One value a claimant put out, with every claim that reports it."""

    interval: Interval
    at: datetime | None
    claims: list[ClaimFact] = field(default_factory=list)
    vague: bool = False  # only "hundreds", "dozens" so far: no figure of its own

    @property
    def first(self) -> ClaimFact:
        return self.claims[0]

    @property
    def superseded(self) -> bool:
        """Every report of the value names it as the one its holder has since replaced: not
        the holder's current figure, whatever came after it in the record."""
        return all(named_earlier(c) for c in self.claims)

    @property
    def order(self) -> float:
        """When the value was first said, as claims are ordered (order_time): what series
        are sorted by, so what finds the value current at a moment."""
        return order_time(self.claims[0])

    @property
    def label(self) -> str:
        # The most precise wording among the claims that report it.
        exact = [c for c in self.claims if c.count_min == c.count_max]
        return label_of((exact or self.claims)[0])


def _same_value(current: Interval, new: Interval) -> bool:
    if not current.overlaps(new):
        return False
    return not (current.high == INF and new.high == INF and current.low != new.low)


# Rules of one evaluation ask for the same claimant's series (casualty_revision of every
# claimant, the standing of the primary sources, cumulative_total): computed once. Keyed by
# the claim objects' identity; the entry keeps the claims alive, so an identity cannot be
# reused while it is cached. The statements are shared: callers read them, never change them.
_SERIES: OrderedDict[tuple, tuple[list[ClaimFact], list[Statement]]] = OrderedDict()
_SERIES_SIZE = 256


def statements_of(claims: Sequence[ClaimFact], *, approx_tolerance: float = 0.1) -> list[Statement]:
    """One claimant's series of values over time (see _statements_of), computed once for the
    same claims."""
    listed = list(claims)
    key = (approx_tolerance, *map(id, listed))
    hit = _SERIES.get(key)
    if hit is not None:
        _SERIES.move_to_end(key)
        return list(hit[1])
    series = _statements_of(listed, approx_tolerance=approx_tolerance)
    _SERIES[key] = (listed, series)
    if len(_SERIES) > _SERIES_SIZE:
        _SERIES.popitem(last=False)
    return list(series)


def _statements_of(claims: list[ClaimFact], *, approx_tolerance: float) -> list[Statement]:
    """One claimant's series of values over time.

    A claim that repeats a value the claimant already gave, with no date of its own (only
    its document's: "CENTCOM had initially reported four deaths" in a later report), is a
    report of the earlier statement, not a new one: it joins that statement instead of
    moving the series.
    A claim consistent with the current value (the same count, or "at least 4" after "4")
    joins the current statement too; two open-ended counts with different floors ("over
    5,200", then "more than 5,300") are two statements, and so are a floor and a figure at
    least twice it said later ("at least 20" on the first day, "89" two days on: a rise).
    A vague count ("hundreds") joins a figure it is consistent with but never takes its
    place: "at least 500", "hundreds" and then "471" are two values, not one; a figure after
    a vague count gives it its value.
    """
    series: list[Statement] = []
    for claim in chronological(claims):
        interval = interval_of(claim, approx_tolerance=approx_tolerance)
        if interval is None:
            continue
        is_vague = vague(claim)
        if (
            series
            and _same_value(series[-1].interval, interval)
            and not _floor_left_behind(series[-1], claim, interval)
        ):
            current = series[-1]
            current.claims.append(claim)
            if is_vague:
                continue
            # Keep the narrower reading of the value ("4" rather than "at least 4").
            if current.vague or (interval.high - interval.low) < (
                current.interval.high - current.interval.low
            ):
                current.interval = interval
                current.vague = False
            continue
        if claim.dated_by_document_only:
            earlier = next(
                (
                    s
                    for s in series
                    if _same_value(s.interval, interval)
                    and not _floor_left_behind(s, claim, interval)
                ),
                None,
            )
            if earlier is not None:
                earlier.claims.append(claim)
                continue
        series.append(Statement(interval=interval, at=claim.when, claims=[claim], vague=is_vague))
    return _cue_order(series)


def _floor_left_behind(current: Statement, claim: ClaimFact, interval: Interval) -> bool:
    """ "At least 20" on the first day, then "89" two days on: the toll rose, a new value,
    though the two overlap. Only a figure of its own (no floor, no vague count) at least
    twice the floor and said later than every report of it moves the series."""
    if current.interval.high != INF or current.vague or interval.high == INF:
        return False
    if interval.low < 2 * max(current.interval.low, 1):
        return False
    return all(order_time(c) < order_time(claim) for c in current.claims)


def _cue_order(series: list[Statement]) -> list[Statement]:
    """Values first said at one time are ordered by the cues of every report of them (one
    report's "first reported at 20" before its "already 103"), never by their place in the
    text: where the cues tell nothing, the order stays as it was and no change is read."""
    start = 0
    while start < len(series):
        moment = order_time(series[start].first)
        end = start + 1
        while end < len(series) and order_time(series[end].first) == moment:
            end += 1
        if end - start > 1 and moment != float("-inf"):
            series[start:end] = sorted(series[start:end], key=_cue_span)
        start = end
    return series


def _cue_span(statement: Statement) -> tuple[int, int]:
    ranks = [narrative_rank(c) for c in statement.claims]
    return (min(ranks), max(ranks))
