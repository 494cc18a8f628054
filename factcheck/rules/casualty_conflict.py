"""casualty_conflict: one finding per measure whose holders give counts that cannot all be true."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import Statement, order_time, statements_of, when_label
from factcheck.rules.registry import register
from factcheck.rules.standing import Measure, by_measure, measure_label, standing_of

CATEGORIES = ("killed", "injured", "missing", "survived", "aircraft_lost")


@register(
    name="casualty_conflict",
    description=(
        "The holders of one measure of an event (crew killed; people killed, cumulative; "
        "injured...) give counts that do not overlap at the same time: each holder's latest "
        "value is compared with the others' latest values stated within `window_hours`. The "
        "holders are the primary sources, and outlets printing a figure no primary source "
        "gave; an outlet printing a primary's figure of that time is that source's relay, "
        "counted under it, never a side (one printing a figure its source had revised is "
        "stale_figure's). One finding per measure lists each value with its holders, how many "
        "outlets relay it, first and latest time; it is updated in place as reports arrive. "
        '"At least 4" and "6" agree; one holder going from "4 of 6" to "all 6" is a '
        "revision. With `ignore_lagging`, a holder still giving a figure the other one itself "
        "gave earlier is taken for a late report. Severity: the rule's (default warning) when "
        "two primary sources disagree, one level lower when only outlets' own figures stand "
        "against the primaries."
    ),
    severity="warning",
    params={"window_hours": 48, "approx_tolerance": 0.1, "ignore_lagging": True},
)
def casualty_conflict(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    drafts = []
    for measure, measure_claims in sorted(by_measure(claims, CATEGORIES).items()):
        draft = _measure_conflict(measure, measure_claims, params)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _measure_conflict(
    measure: Measure, claims: list[ClaimFact], params: Mapping[str, Any]
) -> FindingDraft | None:
    tolerance = params["approx_tolerance"]
    standing = standing_of(claims, approx_tolerance=tolerance)
    series: dict[int, list[Statement]] = dict(standing.primaries)
    for outlet_id, own in standing.own.items():
        series[outlet_id] = statements_of(own, approx_tolerance=tolerance)
    if len(series) < 2:
        return None
    pairs = _conflicts(series, params)
    if not pairs:
        return None
    involved = {cid for pair in pairs for cid in pair}
    between_primaries = any(a in standing.primaries and b in standing.primaries for a, b in pairs)

    relays_of = standing.relays
    # value label -> holder lines
    values: dict[str, list[str]] = defaultdict(list)
    order: dict[str, float] = {}
    claim_ids: list[int] = []
    basis: set[str] = set()
    for cid in sorted(involved, key=lambda c: series[c][0].first.claimant):
        for statement in series[cid]:
            if statement.at is None and len(series[cid]) > 1:
                continue
            claim_ids += [c.id for c in statement.claims]
            label = statement.label
            holder = statement.first.claimant
            outlets = {
                relay.claim.relayed_by_id or relay.claim.publisher_id
                for relay in relays_of.get(cid, [])
                if relay.statement is statement
            } | {c.publisher_id for c in statement.claims if c.publisher_id != c.claimant_id}
            outlets.discard(None)
            span = _span(statement)
            line = f"{holder} ({span}"
            if cid in standing.own:
                line += ", in its own voice"
            if outlets:
                line += f"; relayed by {len(outlets)} outlet{'s' if len(outlets) > 1 else ''}"
            line += ")"
            values[label].append(line)
            order.setdefault(label, statement.interval.low)
            basis.add(f"{cid}:{label}")
    stale_by_value: dict[str, set[str]] = defaultdict(set)
    for stale in standing.stale:
        if stale.source_id in involved and stale.matched.label in values:
            stale_by_value[stale.matched.label].add(stale.claim.claimant)
    points = []
    for label in sorted(values, key=lambda v: order[v]):
        point = f"{label}: " + ", ".join(values[label])
        if stale_by_value.get(label):
            point += "; printed after its source revised it by " + ", ".join(
                sorted(stale_by_value[label])
            )
        points.append(point)
    what = measure_label(measure)
    standing_note = (
        "Primary sources disagree"
        if between_primaries
        else "Outlets print figures of their own against the primary sources"
    )
    return FindingDraft(
        key=measure,
        message=(
            f"Conflicting counts of {what}: "
            + "; ".join(points)
            + f". {standing_note}: find out which figure is current and what each rests on."
        ),
        claim_ids=claim_ids,
        evidence={
            "claimants": sorted({series[cid][0].first.claimant for cid in involved}),
            "measure": list(measure),
            "values": {label: values[label] for label in sorted(values, key=lambda v: order[v])},
        },
        lowered=not between_primaries,
        digest_basis=sorted(basis),
    )


def _span(statement: Statement) -> str:
    times = sorted(c.when for c in statement.claims if c.when is not None)
    if not times:
        return "undated"
    first, latest = when_label(times[0]), when_label(times[-1])
    return first if first == latest else f"{first} to {latest}"


def _conflicts(
    series: dict[int, list[Statement]], params: Mapping[str, Any]
) -> set[tuple[int, int]]:
    """Holder pairs whose values of one moment do not overlap.

    At each moment a holder said something (first said, or said again in a later report),
    each holder's value is its latest statement by then, live while it was said or repeated
    within `window_hours`; the holders speaking at that moment are compared with the live
    ones. With `ignore_lagging`, a holder whose value the other gave earlier lags behind it.
    """
    # Times as claims are ordered (order_time: a report dated by its day alone counts from
    # the day's end), in seconds, so that each series' starts ascend.
    window = timedelta(hours=float(params["window_hours"])).total_seconds()
    ignore_lagging = params["ignore_lagging"]
    said: dict[float, set[int]] = defaultdict(set)
    # Per holder: its dated statements, their starts, and when each was said or repeated, in
    # order (a statement counts from its start).
    holders: list[tuple[int, list[Statement], list[float], list[list[float]]]] = []
    for cid, statements in series.items():
        dated = [s for s in statements if s.at is not None]
        starts = [s.order for s in dated]
        repeats = []
        for statement, start in zip(dated, starts, strict=True):
            times = sorted({max(order_time(c), start) for c in statement.claims if c.when})
            repeats.append(times)
            for moment in times:
                said[moment].add(cid)
        holders.append((cid, dated, starts, repeats))
    conflicts: set[tuple[int, int]] = set()
    # A pair's values are compared once: the outcome depends on the two statements alone.
    compared: dict[tuple[int, int, int, int], bool] = {}
    for moment in sorted(said):
        live: dict[int, tuple[list[Statement], int]] = {}
        since = moment - window
        for cid, dated, starts, repeats in holders:
            upto = bisect_right(starts, moment)
            if not upto:
                continue
            times = repeats[upto - 1]
            last = bisect_right(times, moment)
            if last and times[last - 1] >= since:
                live[cid] = (dated, upto - 1)
        for a in said[moment]:
            if a not in live:
                continue
            for b in live:
                pair = (a, b) if a < b else (b, a)
                if a == b or pair in conflicts:
                    continue
                (dated_a, index_a), (dated_b, index_b) = live[pair[0]], live[pair[1]]
                key = (*pair, index_a, index_b)
                clash = compared.get(key)
                if clash is None:
                    clash = compared[key] = _clash(
                        dated_a, index_a, dated_b, index_b, window, ignore_lagging
                    )
                if clash:
                    conflicts.add(pair)
    return conflicts


def _clash(dated_a, index_a, dated_b, index_b, window, ignore_lagging) -> bool:
    """Two holders' current values (by index in their dated series) cannot both be true."""
    sa, sb = dated_a[index_a], dated_b[index_b]
    if sa.interval.overlaps(sb.interval):
        return False
    return not (
        ignore_lagging
        and (_lags(sb, dated_a[:index_a], sa, window) or _lags(sa, dated_b[:index_b], sb, window))
    )


def _lags(value: Statement, earlier: list[Statement], current: Statement, window) -> bool:
    """`value` repeats one of the other holder's earlier figures, stated within the window
    after that holder moved on from it (a late report, not a disagreement)."""
    following = [*earlier, current]
    for index, statement in enumerate(earlier):
        revised = following[index + 1]
        if (
            statement.interval.overlaps(value.interval)
            and value.at is not None
            and revised.at is not None
            and value.order - revised.order <= window
        ):
            return True
    return False
