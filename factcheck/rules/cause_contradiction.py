"""cause_contradiction: one finding per event whose claimants give accounts of the cause that
cannot all be true, listing each side with its claimants."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.causes import UNDETERMINED, agent_words, cause_label, disputes, hedged
from factcheck.rules.counts import when_label
from factcheck.rules.registry import register


@dataclass
class Side:
    """One account of the cause: a category, affirmed or denied, by a party (or none)."""

    cause: str
    polarity: str
    agent: str
    primaries: dict[int, list[ClaimFact]] = field(default_factory=lambda: defaultdict(list))
    outlets: dict[int, list[ClaimFact]] = field(default_factory=lambda: defaultdict(list))

    @property
    def claims(self) -> list[ClaimFact]:
        return [c for group in (self.primaries, self.outlets) for cs in group.values() for c in cs]

    @property
    def representative(self) -> ClaimFact:
        return self.claims[0]

    def label(self) -> str:
        if self.polarity == "denied":
            by = f" by {self.agent}" if self.agent else ""
            return f"not {cause_label(self.cause)}{by}"
        by = f" by {self.agent}" if self.agent else ""
        return f"{cause_label(self.cause)}{by}"


def _side_key(claim: ClaimFact) -> tuple[str, str, frozenset[str]]:
    return (claim.cause, claim.polarity, agent_words(claim.agent))


@register(
    name="cause_contradiction",
    description=(
        "Claimants contradict each other on the cause: on the category (an airstrike vs a "
        "misfired rocket; hostile fire vs an accident, a collision or mechanical failure), on "
        "the party within one category (an attack by one group vs by a state), or one denies "
        "what another affirms. One finding per event lists each side of the dispute with its "
        "primary sources and, apart, the outlets stating it in their own voice (unless "
        '`include_outlet_voice` is off). Hedged claims ("possibly", "may have") are marked '
        "and weigh less: when every disagreement has a hedged claim on one side, the severity "
        "is one level lower. Across claimants only (one claimant changing its account is "
        "cause_revision). Default severity: warning."
    ),
    severity="warning",
    params={"include_outlet_voice": True},
)
def cause_contradiction(
    claims: Sequence[ClaimFact], params: Mapping[str, Any]
) -> list[FindingDraft]:
    sides: dict[tuple[str, str, frozenset[str]], Side] = {}
    for claim in sorted(claims, key=lambda c: c.id):
        if claim.kind != "cause" or claim.cause in UNDETERMINED or not claim.polarity:
            continue
        outlet = claim.outlet_voice
        if outlet and not params["include_outlet_voice"]:
            continue
        key = _side_key(claim)
        if key not in sides:
            # "resistance groups" joins "the Islamic Resistance in Iraq": one party, one side.
            key = next(
                (k for k in sides if k[:2] == key[:2] and key[2] and k[2] and k[2] & key[2]),
                key,
            )
        side = sides.setdefault(
            key, Side(cause=claim.cause, polarity=claim.polarity, agent=claim.agent)
        )
        (side.outlets if outlet else side.primaries)[claim.claimant_id].append(claim)

    listed = list(sides.values())
    disputed: set[int] = set()
    flat_dispute = False
    between_primaries = False
    for index, one in enumerate(listed):
        for other in listed[index + 1 :]:
            if not disputes(one.representative, other.representative):
                continue
            holders_one = set(one.primaries) | set(one.outlets)
            holders_other = set(other.primaries) | set(other.outlets)
            if holders_one <= holders_other and holders_other <= holders_one:
                continue  # the same claimants both ways: their own revision, not a dispute
            disputed |= {index, listed.index(other)}
            if one.primaries and other.primaries:
                between_primaries = True
                if _flat(one) and _flat(other):
                    flat_dispute = True
    if not disputed or not any(listed[i].primaries for i in disputed):
        return []

    lines, claim_ids, claimants = [], [], set()
    for index in sorted(disputed, key=lambda i: (listed[i].polarity, listed[i].cause, i)):
        side = listed[index]
        lines.append(f"{side.label()}: {_holders(side)}")
        claim_ids += [c.id for c in side.claims]
        claimants |= {c.claimant for c in side.claims}
    return [
        FindingDraft(
            key=("cause",),
            message=(
                "Contradictory accounts of the cause: "
                + "; ".join(lines)
                + ". Weigh the evidence each side offers before reporting either account as fact."
            ),
            claim_ids=claim_ids,
            evidence={"claimants": sorted(claimants), "sides": lines},
            lowered=not (between_primaries and flat_dispute),
            digest_basis=sorted(
                f"{c.claimant_id}:{c.cause}:{c.polarity}:{','.join(sorted(agent_words(c.agent)))}"
                for index in disputed
                for c in listed[index].claims
            ),
        )
    ]


def _flat(side: Side) -> bool:
    return any(not hedged(c) for cs in side.primaries.values() for c in cs)


def _holders(side: Side) -> str:
    parts = []
    for claims in side.primaries.values():
        first = min(claims, key=lambda c: (c.when is None, c.when or 0, c.id))
        hedge = ", hedged" if all(hedged(c) for c in claims) else ""
        parts.append(f"{first.claimant} ({when_label(first.when)}{hedge})")
    text = ", ".join(parts) if parts else "no primary source"
    if side.outlets:
        names = sorted({cs[0].claimant for cs in side.outlets.values()})
        text += "; in their own voice: " + ", ".join(names)
    return text
