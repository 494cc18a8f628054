"""Narrative order: which statements of a document the text itself places earlier or later.

A report retells a story out of order: it leads with the latest figure and goes back to
the first one ("it said at the time that four were killed", "the ministry initially put the
toll at ten", "hours after it reported that ..."), or moves on to an update ("has since
raised", "now says", "revised"). A sentence's position says nothing about when its claim
was made; these cues do, with or without a publication date. Each claim gets a rank:
-1 (the text places it earlier), 1 (later) or 0 (no cue), taken from the cue nearest
before the claim in its sentence (a cue inside the claim's own words counts when none
precedes it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .sentences import Sentence, split_sentences
from .types import ExtractedClaim

EARLIER = -1
LATER = 1

_EARLIER = (
    r"at\s+the\s+time|at\s+first|initially|originally|earlier|previously|"
    r"first\s+(?:reported|said|announced|put|gave)|"
    r"had\s+(?:said|reported|announced|stated|confirmed|put|given|claimed)|"
    r"(?:hours|days|minutes|shortly|soon)\s+after\s+(?:it|they|he|she|the\s+\w+)\s+"
    r"(?:had\s+)?(?:said|reported|announced|stated|confirmed)|"
    r"before\s+(?:revising|raising|lowering|updating|correcting)"
)
_LATER = (
    r"now|later|subsequently|has\s+since|have\s+since|since\s+(?:raised|revised|lowered|"
    r"updated|corrected|confirmed)|revised|updated|in\s+an\s+update|raised\s+(?:the|its|their)\s+"
    r"(?:toll|figure|count|estimate)|lowered\s+(?:the|its|their)\s+(?:toll|figure|count|"
    r"estimate)|latest\s+(?:toll|figure|count)|new\s+toll"
)
CUES = re.compile(rf"\b(?:(?P<earlier>{_EARLIER})|(?P<later>{_LATER}))\b", re.IGNORECASE)
# "earlier this week" dates the incident, "later in hospital" the death: not a statement's
# order ("it said earlier" and "later confirmed" are)
_NOT_ORDER = re.compile(
    r"\s+(?:this|that|last)\s+(?:week|month|year|morning)|\s+in\s+(?:hospital|the\s+day)",
    re.IGNORECASE,
)


def cue_ranks(text: str) -> list[tuple[int, int]]:
    """(offset, rank) of every narrative cue in `text`, in order."""
    out: list[tuple[int, int]] = []
    for m in CUES.finditer(text):
        if _NOT_ORDER.match(text, m.end()):
            continue
        out.append((m.start(), EARLIER if m.group("earlier") else LATER))
    return out


def rank_in_sentence(sentence: str, start: int, end: int) -> int:
    """The rank of the claim at [start, end) (offsets into `sentence`)."""
    cues = cue_ranks(sentence[:end])
    before = [rank for pos, rank in cues if pos < start]
    if before:
        return before[-1]
    inside = [rank for pos, rank in cues if pos >= start]
    return inside[0] if inside else 0


def rank_claims(text: str, claims: Iterable[ExtractedClaim]) -> None:
    """Set `narrative` on each claim of the document's text (a headline's claims keep 0)."""
    sentences: list[Sentence] | None = None
    starts: list[int] = []
    for claim in claims:
        if claim.in_title:
            continue
        if sentences is None:
            sentences = split_sentences(text)
            starts = [s.start for s in sentences]
        at = bisect.bisect_right(starts, claim.start) - 1
        if at < 0 or claim.start >= sentences[at].end:
            continue
        sentence = sentences[at]
        claim.narrative = rank_in_sentence(
            sentence.text, claim.start - sentence.start, claim.end - sentence.start
        )
