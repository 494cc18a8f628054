"""cumulative_total: a running toll that goes down, or misses the incident it includes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import group_key, scope_of, statements_of, when_label
from factcheck.rules.registry import register

# A cumulative toll of these groups includes the incident's counts of the crew.
TROOPS = ("troops", "service", "personnel", "military", "soldiers", "airmen")


def includes(cumulative_group: str, incident_group: str) -> bool:
    if cumulative_group == incident_group:
        return True
    return incident_group in ("crew", "") and any(w in cumulative_group for w in TROOPS)


@register(
    name="cumulative_total",
    description=(
        "A cumulative toll (scope cumulative) from one claimant goes down over time, or is "
        "lower than the incident's count it must include: a toll stated after every "
        "claimant already agreed on at least N for this incident (same category, and the "
        "crew counting among the troops) cannot be below N. Conservative: only this event's "
        "incident is summed, and only counts stated before the toll. Default severity: "
        "warning."
    ),
    severity="warning",
    params={"approx_tolerance": 0.1},
)
def cumulative_total(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    tolerance = params["approx_tolerance"]
    cumulative: dict[tuple[int, str, str], list[ClaimFact]] = defaultdict(list)
    incident: dict[str, dict[int, list[ClaimFact]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.kind != "casualty" or claim.category == "aboard":
            continue
        if scope_of(claim) == "cumulative":
            cumulative[(claim.claimant_id, claim.category, group_key(claim.group))].append(claim)
        else:
            incident[claim.category][claim.claimant_id].append(claim)

    drafts = []
    for (claimant_id, category, group), toll_claims in cumulative.items():
        statements = statements_of(toll_claims, approx_tolerance=tolerance)
        claimant = toll_claims[0].claimant
        what = f"{group or 'people'} {category}"
        falls = [
            (before, after)
            for before, after in pairwise(statements)
            if after.interval.high < before.interval.low
        ]
        if falls:
            before, after = falls[0]
            drafts.append(
                FindingDraft(
                    key=(claimant_id, category, group, "falls"),
                    message=(
                        f"{claimant}'s cumulative toll of {what} goes down: {before.label} "
                        f"({when_label(before.at)}) -> {after.label} ({when_label(after.at)}). "
                        "A running total cannot fall: check for a typo or a changed baseline."
                    ),
                    claim_ids=[c.id for c in (*before.claims, *after.claims)],
                    evidence={"claimants": [claimant], "from": before.label, "to": after.label},
                )
            )
        for statement in statements:
            floor, basis = _incident_floor(incident, category, group, statement, tolerance)
            if floor is None or statement.interval.high >= floor:
                continue
            drafts.append(
                FindingDraft(
                    key=(claimant_id, category, group, "below_incident"),
                    message=(
                        f"{claimant}'s cumulative toll of {what}, {statement.label} "
                        f"({when_label(statement.at)}), is lower than this incident alone: "
                        f"at least {floor} {category} by then. The total may not have been "
                        "updated."
                    ),
                    claim_ids=[c.id for c in (*statement.claims, *basis)],
                    evidence={"claimants": [claimant], "toll": statement.label, "floor": floor},
                )
            )
            break
    return drafts


def _incident_floor(incident, category, group, statement, tolerance):
    """The count of this incident every claimant agreed on before the toll was stated."""
    if statement.at is None:
        return None, []
    floors = []
    basis = []
    for claimant_claims in incident[category].values():
        relevant = [
            c
            for c in claimant_claims
            if includes(group, group_key(c.group)) and c.when and c.when <= statement.at
        ]
        series = statements_of(relevant, approx_tolerance=tolerance)
        if series:
            floors.append(series[-1].interval.low)
            basis.append(series[-1].first)
    if not floors:
        return None, []
    floor = min(floors)
    return (int(floor) if floor > 0 else None), basis
