"""outlet_asserts_disputed: an outlet states as fact what a primary source disputes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.causes import (
    UNDETERMINED,
    agent_words,
    agents_differ,
    cause_label,
    disputes,
    hedged,
)
from factcheck.rules.counts import Statement, interval_of, label_of, scope_of
from factcheck.rules.registry import register
from factcheck.rules.standing import (
    LEAD,
    Measure,
    by_measure,
    measure_label,
    measure_of,
    relays,
    standing_of,
)

CATEGORIES = ("killed", "injured", "missing")


@register(
    name="outlet_asserts_disputed",
    description=(
        "An outlet states in its own voice (its body or its headline) what a primary source "
        'disputes: a headline saying the aircraft was "downed by the resistance" while the '
        "command denies hostile fire; a report giving as fact one side's death toll that "
        "more primary sources' figures of the time contradict than back. A cause is disputed by a "
        "denial, an exclusive cause, or another party blamed (not by a group claiming the act "
        "itself); a count by a "
        "primary's figure that does not overlap it (an outlet still printing its own source's "
        "revised figure is stale_figure's). Dated claims are weighed against what was said "
        "by then; undated ones (no date in the document) against everything said. Hedged "
        'wording ("possibly", "may have") is not an assertion. One finding per outlet. '
        "Default severity: warning."
    ),
    severity="warning",
    params={"approx_tolerance": 0.1},
)
def outlet_asserts_disputed(
    claims: Sequence[ClaimFact], params: Mapping[str, Any]
) -> list[FindingDraft]:
    tolerance = params["approx_tolerance"]
    asserted: dict[int, list[ClaimFact]] = defaultdict(list)
    primary_causes: list[ClaimFact] = []
    for claim in claims:
        if claim.as_outlet:
            if not hedged(claim):
                asserted[claim.claimant_id].append(claim)
        elif not claim.outlet_voice and claim.kind == "cause" and claim.cause not in UNDETERMINED:
            primary_causes.append(claim)
    if not asserted:
        return []
    measures = by_measure(claims, CATEGORIES)
    standings = {
        m: standing_of(measure_claims, approx_tolerance=tolerance)
        for m, measure_claims in measures.items()
        if m[2] == "incident"
    }

    drafts = []
    for outlet_id, outlet_claims in asserted.items():
        points: list[str] = []
        topics: set[Any] = set()
        claim_ids: list[int] = []
        for claim in sorted(outlet_claims, key=lambda c: (c.attribution != "headline", c.id)):
            if claim.kind == "cause":
                found = _cause_dispute(claim, primary_causes)
            else:
                found = _count_dispute(claim, standings, tolerance)
            if found is None:
                continue
            topic, point, support = found
            if topic in topics:  # one point per cause or count, however often repeated
                continue
            topics.add(topic)
            points.append(point)
            claim_ids += [claim.id, *support]
        if not points:
            continue
        outlet = outlet_claims[0].claimant
        where = "headline" if any(c.attribution == "headline" for c in outlet_claims) else "report"
        drafts.append(
            FindingDraft(
                key=(outlet_id,),
                message=(
                    f"{outlet} states as fact, in its own voice ({where}), "
                    + "; ".join(points)
                    + ". Such claims should be attributed, not asserted."
                ),
                claim_ids=claim_ids,
                evidence={"claimants": [outlet], "points": points},
            )
        )
    return drafts


def _by_then(claim: ClaimFact, other: ClaimFact) -> bool:
    """Said by the time the outlet printed its claim (either undated: taken as said)."""
    if claim.when is None or other.when is None:
        return True
    return other.when <= claim.when + LEAD


def _names(claims: Sequence[ClaimFact]) -> str:
    return ", ".join(sorted({c.claimant for c in claims}))


def _cause_dispute(claim: ClaimFact, primaries: list[ClaimFact]):
    if claim.polarity != "affirmed" or claim.cause in UNDETERMINED:
        return None
    said = [p for p in primaries if _by_then(claim, p)]
    # A denial or an exclusive cause disputes the outlet's account, and so does another party
    # blamed for the same cause, except by a group claiming the act itself: the outlet's
    # "resistance groups" may be that group named otherwise.
    disputers = [
        p
        for p in said
        if disputes(claim, p)
        and not hedged(p)
        and not (
            p.cause == claim.cause
            and p.polarity == claim.polarity
            and agent_words(p.agent) & agent_words(p.claimant)
        )
    ]
    if not disputers:
        return None
    backers = [
        p
        for p in said
        if p.cause == claim.cause
        and p.polarity == "affirmed"
        and not agents_differ(p.agent, claim.agent)
    ]
    by = f" by {claim.agent}" if claim.agent else ""
    given = f"which {_names(backers)} claim" if backers else "which no primary source claims"
    point = (
        f'that it was {cause_label(claim.cause)}{by} ("{claim.text}"), {given} and '
        f"{_names(disputers)} dispute"
    )
    return ("cause", claim.cause), point, [p.id for p in (*backers[:3], *disputers[:3])]


def _count_dispute(claim: ClaimFact, standings, tolerance: float):
    measure: Measure = measure_of(claim)
    if claim.kind != "casualty" or scope_of(claim) != "incident" or measure not in standings:
        return None
    interval = interval_of(claim, approx_tolerance=tolerance)
    if interval is None:
        return None
    standing = standings[measure]
    if any(stale.claim.id == claim.id for stale in standing.stale):
        return None  # its own source revised it: stale_figure says so
    backers: list[Statement] = []
    disputers: list[Statement] = []
    for series in standing.primaries.values():
        if any(relays(interval, s.interval) for s in series if _then(claim, s)):
            backers.append(next(s for s in series if relays(interval, s.interval)))
            continue
        current = _current(claim, series)
        if current is not None and not current.interval.overlaps(interval):
            disputers.append(current)
    # Printing the figure most primary sources give is reporting, not taking a side: only a
    # figure more of them contradict than back (or none backs) is flagged.
    if len(disputers) <= len(backers):
        return None
    given = (
        f"a figure {_names([b.first for b in backers])} give"
        if backers
        else "a figure no primary source gives"
    )
    point = (
        f'{label_of(claim)} {measure_label(measure)} ("{claim.text}"), {given}, against '
        + ", ".join(f"{d.label} from {d.first.claimant}" for d in disputers)
    )
    support = [b.first.id for b in backers[:3]] + [d.first.id for d in disputers[:3]]
    return measure, point, support


def _then(claim: ClaimFact, statement: Statement) -> bool:
    return claim.when is None or statement.at is None or statement.at <= claim.when + LEAD


def _current(claim: ClaimFact, series: list[Statement]) -> Statement | None:
    """The source's figure when the outlet printed its own (its last one for an undated
    claim); None when it had said nothing yet."""
    if claim.when is None:
        return series[-1] if series else None
    said = [s for s in series if s.at is None or s.at <= claim.when + LEAD]
    if not said:
        return None
    latest = said[-1]
    # A figure stated long before counts as current only for a few days.
    if latest.at is not None and claim.when - latest.at > timedelta(days=7):
        return None
    return latest
