"""outlet_asserts_disputed: an outlet states as fact what only one side claims."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.causes import UNDETERMINED, cause_label, exclusive
from factcheck.rules.counts import group_key, interval_of, label_of, scope_of, statements_of
from factcheck.rules.registry import register


@register(
    name="outlet_asserts_disputed",
    description=(
        "An outlet states in its own voice (its body or its headline) what, by then, only "
        "claimants of one side had said while a claimant of another side disputed it: a "
        'headline saying the aircraft was "downed by the resistance" when only Iran\'s side '
        "says so and the US denies it; a report giving as fact the casualty count of one side "
        "that the other side's count contradicts. A cause is disputed by a denial or by an "
        "exclusive cause; a count by a count that does not overlap. Claimants of no known side "
        "are left out of the sides. One finding per outlet. Default severity: warning."
    ),
    severity="warning",
    params={"approx_tolerance": 0.1},
)
def outlet_asserts_disputed(
    claims: Sequence[ClaimFact], params: Mapping[str, Any]
) -> list[FindingDraft]:
    asserted: dict[int, list[ClaimFact]] = defaultdict(list)
    attributed: list[ClaimFact] = []
    for claim in claims:
        if claim.as_outlet:
            asserted[claim.claimant_id].append(claim)
        elif claim.claimant_side and claim.when is not None:
            attributed.append(claim)

    drafts = []
    for outlet_id, outlet_claims in asserted.items():
        points, claim_ids, topics = [], [], set()
        for claim in outlet_claims:
            if claim.when is None:
                continue
            earlier = [c for c in attributed if c.when <= claim.when and c.claimant_id != outlet_id]
            if claim.kind == "cause":
                found = _cause_dispute(claim, earlier)
            else:
                found = _count_dispute(claim, earlier, params["approx_tolerance"])
            if found is None:
                continue
            topic, point, support = found
            if topic not in topics:  # one point per cause or count, however often repeated
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


def _one_side(backers: list[ClaimFact], disputers: list[ClaimFact]):
    """The single side of the backers, and the disputers from other sides; None if not so."""
    sides = {c.claimant_side for c in backers}
    if len(sides) != 1:
        return None
    (side,) = sides
    against = [c for c in disputers if c.claimant_side != side]
    if not against:
        return None
    return side, against


def _names(claims: list[ClaimFact]) -> str:
    return ", ".join(sorted({c.claimant for c in claims}))


def _cause_dispute(claim: ClaimFact, earlier: list[ClaimFact]):
    if claim.polarity != "affirmed" or claim.cause in UNDETERMINED:
        return None
    causes = [c for c in earlier if c.kind == "cause"]
    backers = [c for c in causes if c.cause == claim.cause and c.polarity == "affirmed"]
    disputers = [
        c
        for c in causes
        if (c.cause == claim.cause and c.polarity == "denied")
        or (c.polarity == "affirmed" and exclusive(c.cause, claim.cause))
    ]
    found = _one_side(backers, disputers)
    if found is None:
        return None
    side, against = found
    point = (
        f'that it was {cause_label(claim.cause)} ("{claim.text}"), which only {side}\'s side '
        f"claims ({_names(backers)}) and {_names(against)} disputes"
    )
    return ("cause", claim.cause), point, [backers[0].id, against[0].id]


def _count_dispute(claim: ClaimFact, earlier: list[ClaimFact], tolerance: float):
    if claim.kind != "casualty" or scope_of(claim) != "incident" or claim.category == "aboard":
        return None
    interval = interval_of(claim, approx_tolerance=tolerance)
    if interval is None:
        return None
    key = (claim.category, group_key(claim.group), "incident")
    by_claimant: dict[int, list[ClaimFact]] = defaultdict(list)
    for c in earlier:
        if c.kind == "casualty" and (c.category, group_key(c.group), scope_of(c)) == key:
            by_claimant[c.claimant_id].append(c)
    backers, disputers = [], []
    for claimant_claims in by_claimant.values():
        series = statements_of(claimant_claims, approx_tolerance=tolerance)
        if not series:
            continue
        latest = series[-1]
        (backers if latest.interval.overlaps(interval) else disputers).append(latest.first)
    found = _one_side(backers, disputers)
    if found is None:
        return None
    side, against = found
    what = f"{claim.group or 'people'} {claim.category}"
    point = (
        f'{label_of(claim)} {what} ("{claim.text}"), a count only {side}\'s side gives '
        f"({_names(backers)}) and {_names(against)} contradicts"
    )
    return key, point, [backers[0].id, against[0].id]
