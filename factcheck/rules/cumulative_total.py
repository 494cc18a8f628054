"""cumulative_total: a running toll that goes down, or misses the incident it includes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import (
    group_key,
    label_of,
    same_moment,
    scope_of,
    statements_of,
    when_label,
)
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

    drafts: list[FindingDraft] = []
    for (claimant_id, category, group), toll_claims in cumulative.items():
        statements = statements_of(toll_claims, approx_tolerance=tolerance)
        claimant = toll_claims[0].claimant
        what = f"{group or 'people'} {category}"
        # Two values of one moment (one report's "7" and "11") are in no order: not a fall.
        falls = [
            (before, after)
            for before, after in pairwise(statements)
            if after.interval.high < before.interval.low
            and not same_moment(before.first, after.first)
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
    flagged = {(d.key[0], d.key[1], d.key[2]) for d in drafts}
    unflagged = {key: tolls for key, tolls in cumulative.items() if key not in flagged}
    return drafts + _includes_notes(claims, unflagged, tolerance)


def _includes_notes(claims, cumulative, tolerance) -> list[FindingDraft]:
    """One note per cumulative measure whose tolls are printed beside this incident's count
    (the war's toll "up to 3,500" in a report of the hospital's 500): the toll must include
    the incident, and both figures must be of the same moment and source to be added up."""
    incident_by_document: dict[tuple[int, str], list[ClaimFact]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "casualty" and scope_of(claim) == "incident" and claim.count_min:
            incident_by_document[(claim.document_id, claim.category)].append(claim)
    by_measure: dict[tuple[str, str], list[tuple[ClaimFact, ClaimFact]]] = defaultdict(list)
    for (_claimant_id, category, group), toll_claims in cumulative.items():
        for toll in toll_claims:
            beside = incident_by_document.get((toll.document_id, category))
            if beside:
                by_measure[(category, group)].append((toll, beside[0]))
    drafts = []
    for (category, group), pairs in sorted(by_measure.items()):
        lines, claim_ids, seen = [], [], set()
        for toll, incident in pairs:
            if (toll.claimant_id, toll.count_min) in seen:
                continue
            seen.add((toll.claimant_id, toll.count_min))
            lines.append(
                f"{toll.claimant} gives {label_of(toll)} ({when_label(toll.when)}) beside this "
                f"incident's {label_of(incident)} {incident.category} ({incident.claimant})"
            )
            claim_ids += [toll.id, incident.id]
        drafts.append(
            FindingDraft(
                key=(category, group, "includes"),
                message=(
                    f"Cumulative toll of {group or 'people'} {category} beside this incident's "
                    "count: " + "; ".join(lines) + ". The running total must include the "
                    "incident: check both figures come from the same source and moment."
                ),
                claim_ids=claim_ids,
                evidence={"claimants": sorted({t.claimant for t, _ in pairs}), "tolls": lines},
                lowered=True,
            )
        )
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
