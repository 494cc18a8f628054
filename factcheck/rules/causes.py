"""Causes: which exclude each other, and each claimant's latest stance on each cause."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.rules.base import ClaimFact
from factcheck.rules.counts import chronological

# Causes that cannot both be true of one loss.
EXCLUSIVE = {
    frozenset({"hostile_fire", "accident"}),
    frozenset({"hostile_fire", "mechanical"}),
    frozenset({"hostile_fire", "collision"}),
    frozenset({"hostile_fire", "friendly_fire"}),
    frozenset({"hostile_fire", "misfire"}),
    frozenset({"hostile_fire", "natural"}),
    frozenset({"misfire", "natural"}),
    frozenset({"misfire", "accident"}),
}
# Not a cause: saying it is being investigated contradicts nothing.
UNDETERMINED = {"under_investigation", "unknown"}

LABELS = {
    "hostile_fire": "hostile fire",
    "friendly_fire": "friendly fire",
    "accident": "an accident",
    "mechanical": "mechanical failure",
    "collision": "a collision",
    "misfire": "a misfire",
    "natural": "a natural disaster",
}


def exclusive(cause: str, other: str) -> bool:
    return frozenset({cause, other}) in EXCLUSIVE


def cause_label(cause: str) -> str:
    return LABELS.get(cause, cause.replace("_", " "))


@dataclass
class Stance:
    """A claimant's latest word on each cause: affirmed or denied, with the claim saying it."""

    affirmed: dict[str, ClaimFact] = field(default_factory=dict)
    denied: dict[str, ClaimFact] = field(default_factory=dict)


def stances_by_claimant(claims: Iterable[ClaimFact]) -> dict[int, Stance]:
    stances: dict[int, Stance] = {}
    for claim in chronological(c for c in claims if c.kind == "cause"):
        if claim.cause in UNDETERMINED:
            continue
        stance = stances.setdefault(claim.claimant_id, Stance())
        if claim.polarity == "affirmed":
            stance.denied.pop(claim.cause, None)
            # The first claim of a stance is kept: later repeats add nothing new.
            stance.affirmed.setdefault(claim.cause, claim)
        elif claim.polarity == "denied":
            stance.affirmed.pop(claim.cause, None)
            stance.denied.setdefault(claim.cause, claim)
    return stances
