"""Causes: which exclude each other, and each claimant's latest stance on each cause."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.rules.base import ClaimFact

# Causes that cannot both be true of one loss: a deliberate strike excludes every other
# cause; a munition that failed or strayed excludes an accident without a weapon and a
# collision. A storm and a structure giving way can both be true (the dams burst in it).
DETERMINED = (
    "hostile_fire",
    "friendly_fire",
    "misfire",
    "collision",
    "accident",
    "mechanical",
    "natural",
)
EXCLUSIVE = {frozenset({"hostile_fire", other}) for other in DETERMINED if other != "hostile_fire"}
EXCLUSIVE |= {
    frozenset({"misfire", "accident"}),
    frozenset({"misfire", "collision"}),
    frozenset({"friendly_fire", "accident"}),
    frozenset({"friendly_fire", "collision"}),
}
# Not a cause: saying it is being investigated contradicts nothing.
UNDETERMINED = {"under_investigation", "unknown"}

LABELS = {
    "hostile_fire": "hostile fire",
    "friendly_fire": "friendly fire",
    "misfire": "a misfire",
    "accident": "an accident",
    "mechanical": "mechanical failure",
    "collision": "a collision",
    "natural": "a natural cause",
    "under_investigation": "under investigation",
}

# Words that weaken a claim: it weighs less than a flat assertion.
HEDGES = re.compile(
    r"\b(possibl[ey]|may(?: well)? have|might(?: have)?|could have|likely|probabl[ey]|"
    r"apparently|appears?|seem(?:s|ed)?|suspect(?:ed|s)?|believed?|thought to|reportedly|"
    r"unconfirmed|not ruled? out|cannot rule out)\b",
    re.IGNORECASE,
)
# Words that name no party by themselves ("the", "forces", "groups"; "Islamic" is shared by
# parties at odds with each other).
_AGENT_STOP = {
    "the",
    "and",
    "of",
    "in",
    "a",
    "an",
    "its",
    "their",
    "regime",
    "government",
    "forces",
    "group",
    "groups",
    "militia",
    "militias",
    "islamic",
    "army",
    "military",
    "movement",
}
_AGENT_SAME = {
    "zionist": "israel",
    "isis": "islamic state",
    "isil": "islamic state",
    "daesh": "islamic state",
}


def exclusive(cause: str, other: str) -> bool:
    return frozenset({cause, other}) in EXCLUSIVE


def cause_label(cause: str) -> str:
    return LABELS.get(cause, cause.replace("_", " "))


def hedged(claim: ClaimFact) -> bool:
    """ "possibly", "may have", "likely": the claimant does not state it flatly."""
    cached = claim.__dict__.get("_hedged")
    if cached is None:
        cached = claim.__dict__["_hedged"] = claim.hedged or bool(HEDGES.search(claim.text))
    return cached


def _root(word: str) -> str:
    for suffix in ("ian", "ia", "i", "e", "an"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def agent_words(agent: str) -> frozenset[str]:
    """ "the Israeli military" -> {israel, military}; "US and Israel" -> {us, israel}."""
    words = []
    for word in re.findall(r"[a-z]+", agent.lower().replace(".", "")):
        words += _AGENT_SAME.get(word, word).split()
    return frozenset(_root(w) for w in words if w not in _AGENT_STOP)


def agents_differ(one: str, other: str) -> bool:
    """Two named agents that cannot be the same party: no word in common ("Israel" and "the
    US and Israel" agree, "resistance groups" and "the Islamic Resistance in Iraq" too;
    "Islamic State" and "Israel" differ)."""
    a, b = agent_words(one), agent_words(other)
    if not a or not b:
        return False
    return not (a & b)


def agents_meet(one: str, other: str) -> bool:
    """A denial reaches an affirmation: no agent on either side, or a shared party."""
    a, b = agent_words(one), agent_words(other)
    return not a or not b or bool(a & b)


def disputes(claim: ClaimFact, other: ClaimFact) -> bool:
    """Two cause claims that cannot both stand: one denies what the other affirms (of the
    same party, where both name one), exclusive causes, or one cause by different parties."""
    if claim.cause in UNDETERMINED or other.cause in UNDETERMINED:
        return False
    if claim.cause == other.cause:
        if claim.polarity != other.polarity:
            return agents_meet(claim.agent, other.agent)
        return claim.polarity == "affirmed" and agents_differ(claim.agent, other.agent)
    return claim.polarity == other.polarity == "affirmed" and exclusive(claim.cause, other.cause)
