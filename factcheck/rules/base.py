"""What rules consume and produce: plain data, no ORM.

The engine turns an event's Claim rows into `ClaimFact`s and each rule returns
`FindingDraft`s; the engine alone talks to the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime
from typing import Any

# Sources that are parties to a story rather than outlets reporting it.
PARTY_KINDS = ("government", "military", "armed_group", "person", "ngo")
# Sources that report a story: what they print is, unless no party said it, a relay.
OUTLET_KINDS = ("outlet", "news_agency")


class cached:
    """functools.cached_property without its lock (Python 3.11 takes one on every first
    read): read of thousands of facts per evaluation, where the lock cost more than the
    property. A fact is built and read by one thread; two computing it at once would store
    the same value."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


@dataclass(frozen=True)
class ClaimFact:
    """One claim as the rules see it."""

    id: int
    document_id: int
    claimant_id: int
    claimant: str
    claimant_side: str
    claimant_kind: str
    publisher_id: int | None
    publisher: str
    attribution: str  # quote, reported, outlet, headline
    kind: str  # casualty, cause
    text: str
    stated_at: datetime | None  # when the claimant said it, if the text tells
    published_at: datetime | None  # when the document came out
    category: str = ""
    group: str = ""
    count_min: int | None = None
    count_max: int | None = None  # None: unbounded
    count_total: int | None = None
    qualifier: str = ""
    scope: str = ""
    cause: str = ""
    polarity: str = ""
    agent: str = ""
    # The outlet that relays this claim of a primary source, where the text says so
    # (Claim.relayed_by); None where the extractor did not tell.
    relayed_by_id: int | None = None
    hedged: bool = False  # "possibly", "may have", "likely": weighs less than a flat claim
    # The order the document's narrative gives the statement (Claim.narrative): -1 "at the
    # time", "initially"; 1 "has since", "now"; 0 none told
    narrative: int = 0
    # The words of the clause before the span, within its sentence ("Initially X had
    # confirmed" before "the deaths of four"): where narrative cues of time often stand.
    lead_in: str = ""

    @cached
    def when(self) -> datetime | None:
        """The best time we know for the statement: stated_at, else the document's date."""
        return self.stated_at or self.published_at

    # Asked of every claim by several rules in one evaluation: read once (the fields they
    # read never change, the instance being frozen).
    @cached
    def in_own_voice(self) -> bool:
        """The publisher states it itself (body or headline), not quoting anyone."""
        return self.attribution in ("outlet", "headline")

    @cached
    def as_outlet(self) -> bool:
        """A news outlet states it in its own voice: the claimant is the publisher, and no
        party to the story (a ministry's own statement is not an outlet's voice)."""
        return (
            self.in_own_voice
            and self.claimant_id == self.publisher_id
            and self.claimant_kind not in PARTY_KINDS
        )

    @cached
    def outlet_voice(self) -> bool:
        """Said by an outlet rather than by a party to the story: the publisher's own voice,
        or another outlet cited ("Reuters reported ..."). Such a figure is a relay of the
        primary source that gave it, a stale one, or a side of its own (factcheck.rules.
        standing decides)."""
        return self.as_outlet or self.claimant_kind in OUTLET_KINDS

    @property
    def dated_by_document_only(self) -> bool:
        """No time of its own: it carries the document's date (or none at all)."""
        return self.stated_at is None or self.stated_at == self.published_at

    @classmethod
    def of(cls, values: dict[str, Any]) -> ClaimFact:
        """A fact of these field values (the others take their defaults), built without the
        generated __init__'s one frozen setattr per field: three times faster, for the
        engine's thousands of claims per pass."""
        fact = object.__new__(cls)
        fact.__dict__.update(_FACT_DEFAULTS)
        fact.__dict__.update(values)
        return fact


_FACT_DEFAULTS = {f.name: f.default for f in fields(ClaimFact) if f.default is not MISSING}


@dataclass
class FindingDraft:
    """A finding as a rule produces it; the engine upserts it by (rule, fingerprint)."""

    key: Sequence[Any]  # what the inconsistency is about (claimants, category, group...)
    message: str
    claim_ids: Sequence[int]
    evidence: dict[str, Any] = field(default_factory=dict)
    # Raised one level above the rule's configured severity (e.g. a count that falls).
    raised: bool = False
    # One level below it (an outlet alone against the primary sources, say).
    lowered: bool = False
    # What counts as new evidence, where not every new claim is (a relay more of a known
    # figure is not): the engine digests this instead of the claim ids when given.
    digest_basis: Sequence[str] | None = None


RuleFunction = Callable[[Sequence[ClaimFact], Mapping[str, Any]], list[FindingDraft]]


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    default_severity: str
    params: Mapping[str, Any]
    evaluate: RuleFunction


def fingerprint_of(*, event_id: int, rule: str, key: Sequence[Any]) -> str:
    """A stable identity for an inconsistency: the same key gives the same fingerprint."""
    raw = "|".join([str(event_id), rule, *(str(part) for part in key)])
    return hashlib.sha256(raw.encode()).hexdigest()


def claims_digest_of(claim_ids: Sequence[int | str]) -> str:
    """Identifies the set of claims (or of sides and values) a finding rests on."""
    parts = set(claim_ids)
    ordered = sorted(parts) if all(isinstance(p, int) for p in parts) else sorted(parts, key=str)
    raw = ",".join(str(part) for part in ordered)
    return hashlib.sha256(raw.encode()).hexdigest()
