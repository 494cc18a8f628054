"""The extractor's interface: plain data in, plain data out, no Django.

The pipeline (`factcheck.services.claims_extract`) turns a Document into a
`DocumentInput`, calls `factcheck.extraction.extract`, and stores each
`ExtractedClaim` as a `claims.Claim`. Keeping this layer free of the ORM lets the
extractor be measured and benchmarked on plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Vocabularies shared with the record (claims.models uses the same strings).
ATTRIBUTIONS = ("quote", "reported", "outlet", "headline")
KINDS = ("casualty", "cause")
CASUALTY_CATEGORIES = ("killed", "injured", "missing", "aboard", "survived", "aircraft_lost")
QUALIFIERS = ("exact", "at_least", "at_most", "approx", "of_total", "all")
SCOPES = ("incident", "cumulative")
CAUSES = (
    "hostile_fire",
    "friendly_fire",
    "accident",
    "mechanical",
    "collision",
    "under_investigation",
    "unknown",
)
POLARITIES = ("affirmed", "denied")


@dataclass(frozen=True)
class KnownSource:
    """A source of the record, as the extractor needs it to resolve claimants."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""  # government, military, state_media, news_agency, outlet, armed_group, ...
    side: str = ""
    domains: tuple[str, ...] = ()  # web hosts an outlet publishes on ("example.com")


@dataclass(frozen=True)
class EventContext:
    """What the record knows of the event a document is linked to: the words that name it
    (its place, the words of its key and title), the places its other reports lead with
    (scope.lead_places, each named by two reports or more) and its date. A report linked to
    the event but led by another incident claims nothing about it outside what names it."""

    names: tuple[str, ...] = ()
    places: frozenset[str] = frozenset()
    occurred_on: date | None = None


@dataclass(frozen=True)
class DocumentInput:
    text: str
    title: str = ""
    publisher: str = ""  # canonical name of the publishing Source
    published_at: datetime | None = None
    language: str = "en"
    event: EventContext | None = None  # the event the document is linked to, if any


@dataclass
class ExtractedClaim:
    claimant: str  # canonical Source name when resolved, else the surface form
    attribution: str  # one of ATTRIBUTIONS
    kind: str  # one of KINDS
    start: int  # span offsets into DocumentInput.text (or .title when in_title)
    end: int
    stated_on: date | None = None
    claimant_resolved: bool = True  # False: a provisional Source for a reviewer to confirm
    claimant_anonymous: bool = False  # "a US official", "sources"
    relayed_by: str | None = None  # the outlet that relays the claim ("X, citing Y": X)
    joint: bool = False  # one of several claimants of the same words ("X and Y said")
    in_title: bool = False  # the span lies in the title because the title is not in the text
    # the order the text gives the statement among the document's own (narrative.py):
    # -1 "at the time", "initially"; 1 "has since", "now"; 0 no cue
    narrative: int = 0
    # casualty values
    category: str | None = None
    group: str | None = None
    min: int | None = None
    max: int | None = None  # None = unbounded
    qualifier: str | None = None
    total: int | None = None  # the M of "N of the M"
    scope: str | None = None
    # cause values
    cause: str | None = None
    polarity: str | None = None
    agent: str | None = None
    hedge: str | None = None  # "likely", "may have": the claim stands, qualified


@dataclass(frozen=True)
class EventProposal:
    """What the extractor believes the document is about, for grouping into events."""

    title: str
    aircraft: str | None = None  # "KC-135"
    place: str | None = None  # "the western desert"
    occurred_on: date | None = None
    confidence: float = 0.0  # 0..1; the pipeline links only above a threshold


@dataclass
class ExtractionResult:
    claims: list[ExtractedClaim] = field(default_factory=list)
    skipped_reason: str | None = None  # why no claims were read (empty, binary, language...)
    event: EventProposal | None = None
