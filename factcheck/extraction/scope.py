"""Incident scope: the parts of a sentence that speak of another incident.

A report about this morning's strike recalls other events: "its attack last week killed
more than 1,400", "last week the storm also caused destruction in another country, where
at least 15 people were killed", "the bombing at the airport in August 2021 left 13
troops dead". A count or a cause in such a part is no claim about this incident. The
rest of the sentence still is ("X -- whose attack last week killed 1,400 -- called the
strike a massacre": the massacre is a claim about this incident).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .dates import MONTHS, WEEKDAYS, find_dates
from .lexicon import any_of
from .types import EventContext

# words that place a clause at another time or another incident
# ("last week", "last month" are not among them: a follow-up report calls its own
# incident "last week's attack")
OTHER_INCIDENT = [
    "{years|decades} ago",
    "in a separate {attack|incident|strike|bombing|explosion|ambush|raid|blast|shooting|crash}",
    "in another {attack|incident|strike|bombing|explosion|ambush|raid|blast|shooting|crash}",
    "a similar {attack|incident|strike|bombing|explosion|crash|disaster}",
    # "similar accidents have killed hundreds in Zedland": others like it, plural
    "similar {attacks|incidents|strikes|bombings|explosions|crashes|disasters}",
    "similar {accidents|fires|blasts}",
    "the previous {attack|incident|strike|bombing|explosion|crash|disaster}",
    "the deadliest since",
    # "the attack came two weeks after a suicide bomber killed 11": the earlier one's dead
    "{come} {days|weeks|months|years} after",
    "{come} {a|one|two|three|four|five|six|several|few} {day|week|month|year} after",
    "{come} {two|three|four|five|six|several|a few} {days|weeks|months|years} after",
    "{be} also {hit|struck|affected}",
    # "Xland, next door, was hit as well: air strikes cut a power line there"
    "{be} {hit|struck|affected} as well",
    # other aircraft: "three fighters were also shot down over another country"
    "{be} also {shot|brought} down",
    "{be} also downed",
    "also {cause}",
    # "a fire unrelated to combat broke out on the carrier and injured two sailors" (not "the
    # loss was unrelated to enemy fire": a cause denied)
    "{fire|blaze|attack|incident|strike|accident|explosion|crash} unrelated to",
    "an unrelated {fire|attack|incident|strike|accident|explosion|crash}",
    # a record of many acts is no count of this one ("committed many war crimes, killing ...")
    "{commit|committed} {many|countless|numerous|repeated} ... {crime|atrocity|massacre}",
    # the attack that started the war the report is set in is not the report's incident
    "{set} off the {current|ongoing|present} {war|conflict|fighting}",
    # "X went to war with Y after Y's assault ..., in which 1,400 were killed"
    "{go} to war with ... after",
    "{spark|trigger|start} the {current|ongoing|present} {war|conflict|fighting}",
]
_OTHER = any_of(OTHER_INCIDENT)
# what happens as a rule, not on one day, in the present tense: "road accidents kill thousands
# of people in the country every year", "building collapses are common there" ("a festival held
# every year" is no such rule: the verb is no present tense of killing)
_YEARS_PAST = (
    r"\b(?:(?:in|over|during|for|across)\s+the\s+(?:past|last|previous)\s+(?:(?:\w+|\d+)\s+)?"
    r"(?:years|decades?|century)|in\s+recent\s+(?:years|decades))\b"
)
_NO_SUPERLATIVE = (
    r"(?:(?!\b(?:deadliest|worst|bloodiest|highest|biggest|largest|most|first|only)\b)"
    r"[^.;]){0,80}?"
)
_DEATH_VERB = r"\b(?:killed|died|claimed|injured|drowned|perished|lost\s+their\s+lives)\b"
_HABITUAL = re.compile(
    r"\b(?:kill|kills|die|claim|claims|injure|injures)\b[^.;]{0,60}?\b(?:every|each|a)\s+"
    r"(?:year|summer|winter|season)\b|\b(?:are|is)\s+(?:common|frequent|commonplace|"
    r"routine)\s+(?:in|on|at|during)\b|"
    # a record of years, not one day's dead: "over the past two decades, ferry accidents have
    # killed more than 3,000 people", "have claimed 900 lives in the last ten years"
    # ("the worst toll in the past decade" is a comparison: the toll is this one's)
    rf"{_YEARS_PAST}{_NO_SUPERLATIVE}{_DEATH_VERB}|{_DEATH_VERB}{_NO_SUPERLATIVE}{_YEARS_PAST}",
    re.IGNORECASE,
)
# "since 2011" opens a running total (cumulative, kept); "in 2011" is another time
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# a full date with its year ("on January 3, 2019", "3 March 2019") is a time as well
_YEAR = re.compile(
    rf"\b(?:in|during|back\s+in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
    rf"((?:19|20)\d\d)\b|\b(?:[Tt]he|[Aa]n?)\s+((?:19|20)\d\d)\s+(?=[a-z])|"
    rf"\b(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+((?:19|20)\d\d)\b"
)
# "on Oct. 7", "Gen. Smith": a full stop that ends no part
_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "No",
)  # fmt: skip
# where a sentence breaks into parts that can be about different things
_PART_BREAK = re.compile(
    r"\s[—–]\s|\s--\s|[;()]|,\s+(?=(?:which|where|when|who|whose|its|their)\b)|"
    + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
    + r"\.\s",
    re.I,
)


def incident_years(text: str, published: date | None) -> frozenset[int]:
    """The years a document's own incident may carry: the year of publication, a year its
    lead names, a year it names more than once (a report of a two-year-old strike names
    its year early or often; a background paragraph names another year once)."""
    years = _years(text)
    own = {y for y in years if years.count(y) > 1}
    own |= set(_years(text[:400]))
    if published is not None:
        own.add(published.year)
    return frozenset(own)


# "X stated on November 16, 2019 that ...": the date of words, not of an incident
_SAID_ON = re.compile(
    r"\b(?:said|says|stated|told|announced|added|declared|wrote|reported|confirmed|spoke)"
    r"\b[^.;]{0,25}$",
    re.IGNORECASE,
)


def _years(text: str) -> list[int]:
    years = []
    for m in _YEAR.finditer(text):
        if m.group(3) and _SAID_ON.search(text, max(0, m.start() - 60), m.start()):
            continue
        years.append(int(m.group(1) or m.group(2) or m.group(3)))
    return years


# a superlative's year is a comparison: "the deadliest attack in the country since the
# revolution of 1979" says nothing of 1979's incidents
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|strongest|heaviest|hottest|highest|"
    r"costliest|most\s+\w+)\b[^.;]{0,60}?\bsince\b[^.;,]*",
    re.IGNORECASE,
)
_SINCE_YEAR_END = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|strongest|heaviest|hottest|highest|"
    r"costliest|most\s+\w+)\b[^.;]{0,60}?\bsince\s+"
    r"(?:(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:19|20)\d\d|(?:(?:early|late|mid-?)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+(?:which|where|when|who|whose)\b", re.IGNORECASE)


# a month with no day or year, in the past tense: "a truce in April collapsed"
_IN_MONTH = re.compile(
    rf"\bin\s+(?:(?:early|late|mid-?)\s*)?({_MONTH})\b(?!\s*(?:\d|of\s+this|this\s+year))"
)
# a running total from that month: "has killed 312 since it began in August"
_RUNNING_SINCE = re.compile(
    r"\b(?:since|began|begun|begin|started|start|erupted|broke\s+out|launched)\b", re.I
)
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|shall|due|expected|scheduled|plans?)\b", re.I)


def _months_back(part: str, published: date | None) -> bool:
    """The part names a month two or more months before the publication ("in April" in a
    March report is last April): another time, so another incident."""
    if published is None or _LOOKS_AHEAD.search(part) or _RUNNING_SINCE.search(part):
        return False
    for m in _IN_MONTH.finditer(part):
        if (published.month - MONTHS[m.group(1).lower()]) % 12 >= 2:
            return True
    return False


def other_incident_spans(
    text: str, years: frozenset[int], published: date | None = None
) -> list[tuple[int, int]]:
    """Spans (offsets into `text`, one sentence) that speak of another incident."""
    cuts = [0, *[m.start() for m in _PART_BREAK.finditer(text)], len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(cuts):
        part = text[start:end]
        other = _OTHER.search(part) is not None or _HABITUAL.search(part) is not None
        other = other or _months_back(part, published)
        if not other and years:
            other = any(y not in years for y in _years(_SUPERLATIVE_SINCE.sub("", part)))
        if not other and spans and spans[-1][1] == start and _RELATIVE.match(part):
            other = True  # "the bombing in 2021, which left 13 troops dead"
        if not other and _RELATIVE.match(part) and _SINCE_YEAR_END.search(text, 0, start):
            other = True  # "the deadliest since 2011, when 40 miners were killed"
        if other:
            if start == 0 and re.match(r"\W*(?:in\s+\w*\s*\d{4}|\w+\s+years\s+ago)",
                                       part, re.I):  # fmt: skip
                return [(0, len(text))]  # "Last week, ...": the whole sentence
            spans.append((start, end))
    return spans


def in_other_incident(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


# "In Kharkiv, the shelling killed three": a sentence set in a place that the report's
# title and lead never name tells of another incident. A speaker's place ("In the capital,
# the ministry said six died") is where the words were said, not where the dead fell: kept.
_IN_PLACE = re.compile(r"^\W*In\s+(?P<place>[A-Z][\w'’-]+)\b")
_NOT_PLACES = frozenset(
    [name.capitalize() for name in (*MONTHS, *WEEKDAYS)]
    + [
        "The",
        "A",
        "An",
        "His",
        "Her",
        "Its",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "Some",
        "All",
        "Addition",
        "Total",
        "Response",
        "Contrast",
        "Particular",
        "Fact",
        "Short",
        "General",
        "Turn",
        "Return",
        "Practice",
        "Reality",
        "Recent",
        "Other",
        "One",
        "Two",
        "Three",
        "Each",
        "Both",
        "Such",
        "March",
        "Spring",
        "Summer",
        "Autumn",
        "Fall",
        "Winter",
        "Statement",
        "Remarks",
        "Comments",
        "Interview",
        "Video",
        "Photos",
        "Pictures",
        "Images",
    ]
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|according|reported|reports|"
    r"confirmed|confirms|stated|added|wrote|posted|estimated)\b",
    re.IGNORECASE,
)


def in_unnamed_place(text: str, lead: str) -> bool:
    """The sentence opens on "In <Place>" and the lead (title and first lines) never names
    that place, nor does anyone speak in the sentence."""
    m = _IN_PLACE.match(text)
    if m is None or m.group("place") in _NOT_PLACES:
        return False
    if re.search(rf"\b{re.escape(m.group('place'))}\b", lead):
        return False
    return not _SPEECH.search(text)


# -- a report led by another incident ---------------------------------------------------
# A report linked to this event may lead on another incident and recall this one only in
# background ("Xland fires missiles at Yland ... in response to the Vell bombing"). Such a
# report is known by its lead: published days after the event, naming none of the event's
# names, set somewhere else. Its sentences about the lead incident claim nothing about the
# event; its sentences that name the event (its place, its date) still do.

LEAD_DAYS = 2  # a report this close to the event's date leads on the event itself
_COUNTRIES_FILE = Path(__file__).resolve().parent.parent.parent / "seeds" / "countries.json"
# "at targets in Xland and Yland", "in suburban Vell", "near the Zedland border"
_LEAD_PLACE = re.compile(
    r"\b(?:in|near|at|over|off|outside)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?P<place>[A-Z][\w'’-]+)(?:\s+and\s+(?P<other>[A-Z][\w'’-]+))?"
)
# "the strike was carried out by": a bare definite incident is the report's own, the lead's
# ("the suicide attack near the shrine" or "the attack in Vell" names which one it is)
_BARE_INCIDENT = re.compile(
    r"\bthe\s+(?:attacks?|strikes?|bombings?|blasts?|explosions?|shootings?|assault|raids?|"
    r"massacre|killings)\b(?!\s+(?:in|near|at|on|off|against|of|outside|inside)\b)",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\b(?:today|tonight|this\s+morning)\b", re.IGNORECASE)


def _country_names(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    rows = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(
        _fold(name) for row in rows for name in (row["name"], *row.get("other_names", ()))
    )


def _fold(text: str) -> str:
    """Lower case without accents: "Xów" and "Xow" are one name."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


_COUNTRIES = _country_names(_COUNTRIES_FILE)


@dataclass(frozen=True)
class ForeignLead:
    """A report led by another incident: where its lead ends, the lead's places, and the
    event's own names and date (what keeps a sentence)."""

    lead_end: int
    places: frozenset[str]  # folded
    event_names: frozenset[str]  # folded: its towns, landmarks and key words, no country
    event_date: date


def _names_in(text: str, names: frozenset[str]) -> bool:
    folded = _fold(text)
    squashed = re.sub(r"[^0-9a-z]", "", folded)
    for name in names:
        if re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded):
            return True
        if any(c.isdigit() for c in name) and re.sub(r"[^0-9a-z]", "", name) in squashed:
            return True  # "XR-40" for "xr40"
    return False


def _event_names(names: tuple[str, ...]) -> frozenset[str]:
    """The event's words that name it: of at least four letters, no year, no word for what
    happened ("bombing", "crash"), no country (a report on another incident in the same
    country names the country too)."""
    words = {
        _fold(w)
        for name in names
        for w in re.split(r"[\s,/_-]+", name)
        if len(w) >= 4 and not w.isdigit() and re.search(r"[A-Za-z]", w)
    }
    return frozenset(
        w for w in words if w not in _DIRECTIONS | _COUNTRIES and not _INCIDENT_NOUN.match(w)
    )


# the words of a key or title that say what happened, not where: no name of the event
_INCIDENT_NOUN = re.compile(
    r"(?:attack|strike|bomb|blast|explo|crash|collision|flood|quake|earthquake|storm|fire|"
    r"shoot|missile|rocket|drone|raid|kill|massacre|disaster|twin|deadly|incident)"
)
_DIRECTIONS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]
)


def lead_places(text: str, title: str = "") -> frozenset[str]:
    """The places a report's lead (title and first paragraph) sets it in, folded ("in
    suburban Vell" -> "vell", "Xland's" -> "xland")."""
    lead = f"{title}\n{text[: _lead_end(text)]}"
    places = set()
    for m in _LEAD_PLACE.finditer(lead):
        for place in (m.group("place"), m.group("other")):
            if place and place not in _NOT_PLACES:
                places.add(_fold(re.sub(r"['’]s$", "", place)))
    return frozenset(p for p in places if len(p) >= 4)


def foreign_lead(
    text: str, title: str, published: date | None, event: EventContext | None
) -> ForeignLead | None:
    """The report's lead incident where it is not the event (None: the report leads on the
    event, or too little is known to tell): published days off the event's date, its lead
    naming none of the event's names and set in places none of the event's reports lead with."""
    if event is None or published is None or event.occurred_on is None or not event.places:
        return None
    if abs((published - event.occurred_on).days) <= LEAD_DAYS:
        return None
    # the event's towns and landmarks, from its other reports' leads, name it as well
    towns = {p for p in event.places if p not in _COUNTRIES}
    names = _event_names(event.names) | towns
    if not names:
        return None
    lead_end = _lead_end(text)
    if _names_in(f"{title}\n{text[:lead_end]}", names):
        return None
    every_name = event.places | {_fold(w) for n in event.names for w in re.split(r"[\s,/_-]+", n)}
    places = lead_places(text, title) - every_name
    if not places:
        return None
    return ForeignLead(lead_end, places, frozenset(names), event.occurred_on)


def _lead_end(text: str) -> int:
    """The end of the lead: the first paragraph, and the one after it where the first is a
    headline (short, no full stop)."""
    paragraphs = [m for m in re.finditer(r"[^\n]+", text[:1200]) if m.group(0).strip()]
    if not paragraphs:
        return 0
    first = paragraphs[0].group(0).rstrip()
    if len(paragraphs) > 1 and len(first) < 160 and not first.endswith("."):
        return min(paragraphs[1].end(), 900)
    return min(paragraphs[0].end(), 900)


def about_foreign_lead(
    sentence: str, start: int, lead: ForeignLead, published: date | None
) -> bool:
    """The sentence (at `start` in the text) tells of the lead incident, not of the event:
    it lies in the lead, names a place of the lead, a date days off the event's, "today", or
    the lead's incident by a bare "the attack"; unless it names the event or its date."""
    if _names_in(sentence, lead.event_names):
        return False
    dates = [d for _, _, d in find_dates(sentence, published)]
    if any(abs((d - lead.event_date).days) <= LEAD_DAYS for d in dates):
        return False
    if start < lead.lead_end or _names_in(sentence, lead.places):
        return True
    if any(abs((d - lead.event_date).days) > LEAD_DAYS for d in dates):
        return True
    return bool(_TODAY.search(sentence) or _BARE_INCIDENT.search(sentence))
