"""Propose the incident a document is about: what happened, to which aircraft, where, when.

The proposal is a guess for grouping documents into events; the pipeline links a document
only when `confidence` is high enough, so a missing place or date lowers it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .dates import find_dates
from .types import EventProposal

AIRCRAFT_TYPE = re.compile(
    r"\b(?:KC|F|F/A|C|MQ|RQ|B|E|AH|UH|CH|MH|HH|V|P|A|Mi|MiG|Su|Tu|Il|An|Ka|Yak|L|AW|EC|AS)"
    r"-\d{1,3}[A-Z]{0,2}\b|"
    r"\b(?:Boeing|Airbus|Embraer|Antonov|Ilyushin|Tupolev|Sukhoi)[\s-]?[A-Z]?\d{2,3}\w*|"
    r"\b(?:Black\s*Hawk|Apache|Chinook|Osprey|Reaper|Heron|Bayraktar)\b"
)
# what kind of incident, by the words that name it (checked in this order)
INCIDENT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("midair collision", re.compile(r"\bmid-?air\s+collision|\bcollided\s+in\s+mid-?air", re.I)),
    ("drone shootdown", re.compile(r"\b(?:shot|brought)\s+down\b[^.]{0,60}\bdrones?\b|"
                                   r"\bdrones?\b[^.]{0,40}\b(?:shot|brought)\s+down", re.I)),
    ("helicopter crash", re.compile(r"\bhelicopter\b[^.]{0,60}\b(?:crash\w*|went\s+down|"
                                    r"shot\s+down|brought\s+down)|\bhelicopter\s+crash", re.I)),
    ("aircraft loss", re.compile(r"\b(?:aircraft|plane|jet|tanker)\b[^.]{0,80}\b(?:crash\w*|"
                                 r"went\s+down|gone\s+down|was\s+lost|shot\s+down|downed)|"
                                 r"\b(?:plane|aircraft|jet)\s+crash|\bloss\s+of\s+(?:an?\s+|the\s+)?"
                                 r"(?:[\w-]+\s+){0,3}(?:aircraft|plane|jet|tanker|KC-\d+)", re.I)),
    ("earthquake", re.compile(r"\b(?:earthquake|quake|tremor)\b", re.I)),
    ("ferry capsize", re.compile(r"\b(?:ferry|boat|vessel|ship)\b[^.]{0,60}\b(?:capsiz\w*|sank|"
                                 r"overturn\w*)|\bcapsiz\w+", re.I)),
    ("missile strike", re.compile(r"\bmissiles?\b[^.]{0,60}\b(?:struck|hit|strike|attack)|"
                                  r"\bmissile\s+(?:strike|attack)", re.I)),
    ("strike", re.compile(r"\b(?:air\s*strike|bomb(?:ed|ing)|blast|explosion)\b", re.I)),
)  # fmt: skip
PLACE = re.compile(
    r"\b(?:in|over|near|off|on|at)[ \t]+(?:the[ \t]+)?(?P<place>(?:(?:western|eastern|northern|"
    r"southern|central|north|south|east|west)[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
    r"(?:[ \t]+(?:province|region|ridge|coast|strait|hills|air[ \t]+base|harbour|harbor|bay|"
    r"valley|district|county))?)"
)
_NOT_PLACES = frozenset(
    [
        "Operation",
        "The",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Telegram",
        "X",
        "Twitter",
        "Facebook",
        "Friday's",
    ]
)
_INCIDENT_WORD = re.compile(
    r"\b(?:crash\w*|went\s+down|shot\s+down|downed|lost|collided|struck|hit|exploded|capsized|"
    r"sank|killed|quake|earthquake|blast|explosion)\b",
    re.IGNORECASE,
)


def incident_kind(body: str) -> str | None:
    """ "aircraft loss", "earthquake", "missile strike" ... or None."""
    for kind, pattern in INCIDENT_KINDS:
        if pattern.search(body):
            return kind
    return None


def _place(title: str, lead: str, body: str) -> str | None:
    votes: Counter[str] = Counter()
    for weight, text in ((3, title), (2, lead), (1, body)):
        for m in PLACE.finditer(text):
            place = m.group("place")
            if place.split()[0] in _NOT_PLACES:
                continue
            votes[place] += weight
    return votes.most_common(1)[0][0] if votes else None


def _occurred_on(body: str, published: date | None) -> date | None:
    """The earliest date told next to the incident in the opening of the report."""
    found: list[date] = []
    for m in _INCIDENT_WORD.finditer(body[:1500]):
        window = body[max(0, m.start() - 120) : m.end() + 120]
        found += [d for _, _, d in find_dates(window, published) if not published or d <= published]
    return min(found) if found else published


def propose_event(
    text: str, title: str = "", published: date | None = None
) -> EventProposal | None:
    """What incident the document reports, with a confidence in 0..1 (None: no incident)."""
    body = text[:20_000]
    kind = incident_kind(f"{title}\n{body}")
    if kind is None:
        return None
    types = Counter(m.group(0) for m in AIRCRAFT_TYPE.finditer(f"{title}\n{body}"))
    aircraft = types.most_common(1)[0][0] if types else None
    place = _place(title, body[:600], body)
    occurred = _occurred_on(body, published)
    subject = aircraft if aircraft and kind in ("aircraft loss", "helicopter crash") else None
    what = f"{subject} lost" if subject else kind.capitalize()
    label = f"{what} {'over' if subject else 'in'} {place}" if place else what
    confidence = 0.3 + 0.2 * bool(aircraft) + 0.25 * bool(place) + 0.15 * (occurred is not None)
    return EventProposal(
        title=label,
        aircraft=aircraft,
        place=place,
        occurred_on=occurred,
        confidence=round(min(confidence, 1.0), 2),
    )
