"""cause_contradiction: claimants affirm and deny the same cause, or exclusive causes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.causes import UNDETERMINED, cause_label, exclusive
from factcheck.rules.registry import register


@register(
    name="cause_contradiction",
    description=(
        "Claimants contradict each other on the cause: one affirms a cause another denies "
        '("struck by a missile" / "not due to hostile fire"), or they affirm causes that '
        "exclude each other (hostile fire vs an accident, mechanical failure or a collision; "
        "friendly fire vs hostile fire). Across claimants only (one claimant changing its "
        "mind is cause_revision). One finding per event names every claimant on each side of "
        "each point, with their side in the story (Source.side). Outlets stating a cause in "
        "their own voice take part unless `include_outlet_voice` is off. Default severity: "
        "warning."
    ),
    severity="warning",
    params={"include_outlet_voice": True},
)
def cause_contradiction(
    claims: Sequence[ClaimFact], params: Mapping[str, Any]
) -> list[FindingDraft]:
    # claimant -> (cause, polarity) -> its first claim saying so
    said: dict[int, dict[tuple[str, str], ClaimFact]] = defaultdict(dict)
    for claim in claims:
        if claim.kind != "cause" or claim.cause in UNDETERMINED or not claim.polarity:
            continue
        if claim.as_outlet and not params["include_outlet_voice"]:
            continue
        said[claim.claimant_id].setdefault((claim.cause, claim.polarity), claim)

    # point of contradiction -> (claims of one account, claims of the other)
    points: dict[tuple[str, str], tuple[dict[int, ClaimFact], dict[int, ClaimFact]]] = defaultdict(
        lambda: ({}, {})
    )
    holders = list(said.values())
    for index, first in enumerate(holders):
        for second in holders[index + 1 :]:
            for one, other in ((first, second), (second, first)):
                for (cause, polarity), claim in one.items():
                    if polarity != "affirmed":
                        continue
                    denial = other.get((cause, "denied"))
                    if denial is not None:
                        _add(points[(f"+{cause}", f"-{cause}")], claim, denial)
                    for (other_cause, other_polarity), rival in other.items():
                        if (
                            other_polarity == "affirmed"
                            and cause < other_cause
                            and exclusive(cause, other_cause)
                        ):
                            _add(points[(f"+{cause}", f"+{other_cause}")], claim, rival)
    if not points:
        return []

    lines, involved = [], {}
    for (one, other), (one_claims, other_claims) in sorted(points.items()):
        involved.update(one_claims)
        involved.update(other_claims)
        lines.append(f"{_said(one_claims.values(), one)}; {_said(other_claims.values(), other)}")
    return [
        FindingDraft(
            key=("cause",),
            message=(
                "Contradictory accounts of the cause: " + ". ".join(lines) + ". Weigh the "
                "evidence each side offers before reporting either account as fact."
            ),
            claim_ids=sorted(involved),
            evidence={
                "claimants": sorted({c.claimant for c in involved.values()}),
                "points": [list(point) for point in sorted(points)],
            },
        )
    ]


def _add(sides: tuple[dict, dict], claim: ClaimFact, against: ClaimFact) -> None:
    sides[0][claim.id] = claim
    sides[1][against.id] = against


def _said(claims, stance: str) -> str:
    """ "US Central Command (US) denies it was hostile fire" """
    names: dict[str, str] = {}
    agents = set()
    for claim in sorted(claims, key=lambda c: c.id):
        side = claim.claimant_side
        names.setdefault(
            claim.claimant,
            f"{claim.claimant} ({side})" if side and side != claim.claimant else claim.claimant,
        )
        if claim.agent:
            agents.add(claim.agent)
    labels = list(names.values())
    who = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + f" and {labels[-1]}"
    plural = len(labels) > 1
    cause = cause_label(stance[1:])
    if stance[0] == "+":
        by = f" by {', '.join(sorted(agents))}" if agents else ""
        return f"{who} {'say' if plural else 'says'} it was {cause}{by}"
    return f"{who} {'deny' if plural else 'denies'} it was {cause}"
