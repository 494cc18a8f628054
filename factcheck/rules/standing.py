"""Who holds a figure: primary sources, the outlets that relay them, and what is left.

Most reports repeat a primary source's figure, in the outlet's voice or citing it. A figure
an outlet prints is, at the time it printed it:
- a relay of every primary source whose figure then (its latest statement by that time, or
  its first one if the outlet printed it a little before the source's own statement reached
  the record) agrees with it; `Claim.relayed_by`, where the extractor set it, says so outright;
- stale when no primary's current figure agrees, but one of them had given it earlier and
  revised it since ("4 of 6 killed" after the command said all 6): late by the time since
  that source's revision;
- a side of its own when no primary source ever gave it.
Relays and stale figures are not sides of a disagreement; a figure of its own is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from factcheck.rules.base import ClaimFact
from factcheck.rules.counts import (
    Interval,
    Statement,
    group_key,
    interval_of,
    order_time,
    scope_of,
    statements_of,
)

# An outlet's report may precede, in the record, the source statement it relays (the
# statement reached us through a later report): a source's first figure stated within this
# long after the outlet's is still taken for the one it relays.
LEAD = timedelta(hours=12)

Measure = tuple[str, str, str]  # category, group, scope


def measure_of(claim: ClaimFact) -> Measure:
    # Asked of every casualty claim by several rules in one evaluation: read once.
    measure = claim.__dict__.get("_measure")
    if measure is None:
        measure = claim.__dict__["_measure"] = (
            claim.category,
            group_key(claim.group),
            scope_of(claim),
        )
    return measure


def measure_label(measure: Measure) -> str:
    category, group, scope = measure
    return f"{group or 'people'} {category}" + (", cumulative" if scope == "cumulative" else "")


@dataclass
class Stale:
    claim: ClaimFact
    source_id: int
    source: str
    matched: Statement  # the source's earlier statement the outlet still prints
    revised: Statement  # the source's statement that superseded the figure
    late: timedelta


@dataclass
class Relay:
    claim: ClaimFact
    statement: Statement  # the source's statement it relays


@dataclass
class Standing:
    """One measure's claims sorted by standing."""

    primaries: dict[int, list[Statement]] = field(default_factory=dict)
    relays: dict[int, list[Relay]] = field(default_factory=lambda: defaultdict(list))
    stale: list[Stale] = field(default_factory=list)
    own: dict[int, list[ClaimFact]] = field(default_factory=lambda: defaultdict(list))
    undated: list[ClaimFact] = field(default_factory=list)


def _current_index(series: list[Statement], times: list[float], moment: float) -> int | None:
    """The source's statement current at `moment` (an order_time; its first one when the
    outlet printed it shortly before the statement reached the record), by index; None:
    nothing said yet."""
    upto = bisect_right(times, moment)
    if upto:
        return upto - 1
    if series and series[0].order - moment <= LEAD.total_seconds():
        return 0
    return None


# The rules of one evaluation ask for the same measures' standing (casualty_conflict,
# stale_figure, outlet_asserts_disputed): computed once. Keyed by the claim objects' identity;
# the entry keeps the claims alive, so an identity cannot be reused while it is cached.
_CACHE: OrderedDict[tuple, tuple[list[ClaimFact], Standing]] = OrderedDict()
_CACHE_SIZE = 32


def standing_of(claims: Iterable[ClaimFact], *, approx_tolerance: float = 0.1) -> Standing:
    """The measure's standing (see _standing_of), computed once for the same claims."""
    listed = list(claims)
    key = (approx_tolerance, *(id(c) for c in listed))
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit[1]
    standing = _standing_of(listed, approx_tolerance=approx_tolerance)
    _CACHE[key] = (listed, standing)
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return standing


def _standing_of(claims: list[ClaimFact], *, approx_tolerance: float) -> Standing:
    """Sorts one measure's casualty claims into primaries' series, relays, stale figures and
    outlets' figures of their own. Undated outlet figures are relays when a primary ever gave
    them, else figures of their own; they are never stale (no time to be late by)."""
    primary_claims: dict[int, list[ClaimFact]] = defaultdict(list)
    outlet_claims: list[ClaimFact] = []
    for claim in claims:
        if interval_of(claim, approx_tolerance=approx_tolerance) is None:
            continue
        (outlet_claims if claim.outlet_voice else primary_claims[claim.claimant_id]).append(claim)
    standing = Standing()
    for claimant_id, own_claims in primary_claims.items():
        series = statements_of(own_claims, approx_tolerance=approx_tolerance)
        standing.primaries[claimant_id] = series
        for statement in series:
            for claim in statement.claims:
                if claim.relayed_by_id is not None:
                    standing.relays[claimant_id].append(Relay(claim, statement))
    dated = {
        cid: [s for s in series if s.at is not None] for cid, series in standing.primaries.items()
    }
    # By the order claims are sorted in (a report dated by its day alone counts from the
    # day's end), so that the times of a series always ascend.
    times = {cid: [s.order for s in series] for cid, series in dated.items()}
    # Outlets print the same figure at the same time over and over: judged once per pair.
    judged: dict[tuple, list[tuple[int, Statement]] | Stale | None] = {}
    for claim in outlet_claims:
        interval = interval_of(claim, approx_tolerance=approx_tolerance)
        if interval is None:
            continue
        if claim.when is not None:
            key = (interval.low, interval.high, claim.when)
            if key not in judged:
                judged[key] = _at_the_time(claim, interval, dated, times)
            found = judged[key]
            if isinstance(found, Stale):
                standing.stale.append(replace(found, claim=claim))
                continue
            if found:
                for cid, statement in found:
                    standing.relays[cid].append(Relay(claim, statement))
                continue
        # Undated, or matching a primary's figure only later: a relay all the same.
        found = [
            (cid, statement)
            for cid, series in standing.primaries.items()
            for statement in series
            if relays(interval, statement.interval)
        ]
        if found:
            for cid, statement in found:
                standing.relays[cid].append(Relay(claim, statement))
        else:
            standing.own[claim.claimant_id].append(claim)
    return standing


def relays(printed: Interval, given: Interval) -> bool:
    """An outlet's figure repeats a source's: it covers it ("more than 100" for 103), or
    starts where it does ("500" for "over 500"); "at least 105" for "at least 100" does not."""
    if not printed.overlaps(given):
        return False
    covers = printed.low <= given.low and given.high <= printed.high
    return covers or printed.low == given.low


def _at_the_time(claim, interval, dated, times) -> list[tuple[int, Statement]] | Stale | None:
    """The primaries' statements of that time the figure relays, or the revision it missed.

    Stale wins over a match when a source that gave the figure revised it after the
    newest statement still giving it (a two-month-old figure one ministry never updated,
    printed after another, which gave it too, corrected it)."""
    moment = order_time(claim)
    current_matches: list[tuple[int, Statement]] = []
    stale: Stale | None = None
    for cid, series in dated.items():
        index = _current_index(series, times[cid], moment)
        if index is None:
            continue
        current = series[index]
        if relays(interval, current.interval):
            # A figure its own report names as replaced ("the previous count of 95") is no
            # current figure to relay: the outlet's may still be stale against another's.
            if not current.superseded:
                current_matches.append((cid, current))
            continue
        earlier = next(
            (i for i in range(index - 1, -1, -1) if relays(interval, series[i].interval)), None
        )
        if earlier is None:
            continue
        matched = series[earlier]
        revised = series[earlier + 1]
        late = max(claim.when - revised.at, timedelta(0))
        if stale is None or revised.order > stale.revised.order:
            stale = Stale(
                claim=claim,
                source_id=cid,
                source=current.first.claimant,
                matched=matched,
                revised=revised,
                late=late,
            )
    if stale is not None and all(
        statement.order < stale.revised.order for _, statement in current_matches
    ):
        return stale
    return current_matches or None


def by_measure(
    claims: Sequence[ClaimFact], categories: Sequence[str]
) -> dict[Measure, list[ClaimFact]]:
    measures: dict[Measure, list[ClaimFact]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "casualty" and claim.category in categories:
            measures[measure_of(claim)].append(claim)
    return measures
