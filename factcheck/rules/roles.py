"""A person who speaks for a body, read as that body; a person named by surname alone,
read under the full name the report gives.

Reports quote people by name and give their post once, beside the name or in the name
itself: "X Y, the ministry's spokesman", "the health minister X Y", "X Y, who leads the Z
Society", "State Department spokesperson X Y". A claim of the spokesman and a claim of the
ministry are one side's, so before name variants are merged (names.py) a person's claims
take the body their post names, and a claimant that is a post ("the Z Society's chief in
the region", "health minister of the eastern administration") takes it too.

A body's regional qualifier is put in one form, the one news uses before a body's name:
"the interior ministry of Xland's eastern government", "health authorities in eastern
Xland" and "the eastern Xian health ministry" are all "Eastern Xian ... Ministry", so that
names.py reads their words alike. "Health authorities" are the health ministry.

What does not map: an outlet, an anonymous source, a head of state or government (who
speaks for no one body), a post that names no body.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from factcheck.rules.base import OUTLET_KINDS, ClaimFact
from factcheck.rules.bodies import _country, adjective_of, canonical_body

# Head words of a body's name; a capitalised name ending in one of them is a body.
_BODY_HEADS = (
    "agency|authority|authorities|bureau|center|centre|command|commission|committee|"
    "council|crescent|cross|department|diocese|directorate|forces|foundation|fund|"
    "government|guard|guards|institute|ministry|mission|office|organization|organisation|"
    "program|programme|service|services|society|union|university"
)
_CAP = r"[A-Z][\w'’.-]*"
_LINKS = r"(?:of|for|and|the|on|in|al|de|&)"
# "the Center for Naval Studies", "Libyan Red Crescent", "World Food Programme".
_NAMED_BODY = re.compile(
    rf"(?:\bthe\s+)?((?:{_CAP}\s+(?:(?:{_LINKS}|{_CAP})\s+)*?)?(?:{_BODY_HEADS.title()}|"
    rf"{_BODY_HEADS.upper()})\b(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)?)"
)
_MINISTERS = (
    "health|interior|foreign|defen[cs]e|information|finance|justice|energy|transport|"
    "education|economy|agriculture|environment|emergency|emergencies|intelligence|"
    "culture|labou?r|trade|industry|water|housing|communications|tourism|religious"
)
# "interior minister", "Minister of Health", "health minister of the X government".
_MINISTER = re.compile(
    rf"\b(?:({_MINISTERS})\s+minister|minister\s+(?:of|for)\s+(?:the\s+)?({_MINISTERS}))"
    r"((?:\s+(?:of|in|at)\s+[^,;:.!?\"“”]+)?)",
    re.IGNORECASE,
)
# Posts whose holder speaks for the body after "of"/"for"/"at" ("spokesman for X").
_POST = (
    r"spokes(?:man|woman|person)|head|chief|director(?:-general)?|leader|chairman|"
    r"chairwoman|chair|secretary[- ]general|under-?secretary|deputy|official|analyst|"
    r"researcher|expert|representative|envoy|coordinator|commander|manager|member|"
    r"officer|employee|worker|staffer|adviser|advisor"
)
_POST_OF = re.compile(
    rf"\b(?:{_POST})\s+(?:of|for|at|with|in|to)\s+((?:the\s+)?[^,;:.!?\"“”]+)", re.IGNORECASE
)
# "X's spokesman", "State Department spokesperson": the body before the post.
_BODY_POST = re.compile(
    rf"^(?:the\s+)?(.+?)(?:'s|’s)?\s+(?:{_POST})\b(?:\s+(?:in|for)\s+the\s+region)?$",
    re.IGNORECASE,
)
_WHO = re.compile(
    r"\bwho\s+(?:leads|heads|runs|chairs|directs|speaks\s+for|works\s+(?:for|at)|"
    r"serves\s+as|is)\s+(.+)",
    re.IGNORECASE,
)
# An aide of a president speaks for the presidency ("an adviser to the Xian president").
_PRESIDENCY = re.compile(
    r"\b(?:advis(?:er|or|es)|aide|deputy|chief\s+of\s+staff)\b.*?\b(?:to\s+)?(?:the\s+)?"
    r"(?:(\w+)(?:'s|’s)?\s+)?president\b",
    re.IGNORECASE,
)
# Heads of state or government speak for no one body.
_HEAD_OF_STATE = re.compile(r"\b(?:president|prime\s+minister|king|emir|premier)\b", re.I)

_DIRECTION = r"(?P<direction>north|south|east|west)(?:ern)?"
_REGIONAL = re.compile(
    rf"\s+(?:of|in|under)\s+(?:the\s+)?(?:(?P<owner>[\w ]+?)(?:'s|’s)\s+)?{_DIRECTION}"
    r"(?:\s+(?!(?:government|administration|authorities)\b)(?P<country>[A-Z][\w]+))?"
    r"(?:\s+(?:government|administration|authorities))?$",
    re.IGNORECASE,
)
_REGIONAL_BEFORE = re.compile(rf"^(?:the\s+)?{_DIRECTION}\s+(?P<rest>.+)$", re.IGNORECASE)
_HEALTH_AUTHORITIES = re.compile(r"\bhealth\s+(?:authorities|officials)\b", re.IGNORECASE)
# "health authorities", "the Xian health authorities in Y": the name is theirs alone.
_HEALTH_NAME = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,2}health\s+(?:authorities|officials)"
    r"(?:\s+(?:in|of|under)\s+.+)?$",
    re.IGNORECASE,
)


def _adjective(word: str | None, fallback: str) -> str:
    if not word:
        return fallback
    if word.lower() in ("country", "the country", "nation", "the nation"):
        return fallback
    return adjective_of(word) or ""


def regional_name(name: str, country: str = "") -> str:
    """ "Interior Ministry of Xland's eastern government", "health authorities in eastern
    Xland" -> "Eastern Xian Interior Ministry", "Eastern Xian Health Ministry". `country`:
    the adjective "the country's" stands for in the report."""
    text = _HEALTH_AUTHORITIES.sub("health ministry", " ".join(name.split()))
    match = _REGIONAL.search(text)
    body = text
    prefix = ""
    if match is not None:
        owner = _adjective(match.group("owner"), country)
        place = _adjective(match.group("country"), "")
        if match.group("country") and not place:
            return canonical_body(text) if text != name else name
        adjective = place or owner
        body = text[: match.start()]
        prefix = f"{match.group('direction').capitalize()}ern {adjective}".strip()
    else:
        before = _REGIONAL_BEFORE.match(text)
        if before is not None and _head_is_body(before.group("rest")):
            prefix = f"{before.group('direction').capitalize()}ern"
            body = before.group("rest")
    if not prefix:
        return canonical_body(text)
    body = re.sub(r"^the\s+", "", body, flags=re.IGNORECASE)
    return canonical_body(f"{prefix} {canonical_body(body)}")


def _head_is_body(text: str) -> bool:
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and re.fullmatch(_BODY_HEADS, words[-1]) is not None


# A town's mayor speaks for its municipality: "the mayor of Xtown", "Xtown's mayor", "Xtown
# mayor" are "Xtown Municipality" ("the city's mayor" names no town: none).
_TOWN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_MAYOR = re.compile(
    rf"^(?:the\s+)?(?:(?P<town>{_TOWN})(?:'s|’s)?\s+mayor|"
    rf"mayor\s+of\s+(?:the\s+(?:city|town|municipality)\s+of\s+)?(?P<of>{_TOWN}))\b"
)


def _municipality(post: str) -> str | None:
    mayor = _MAYOR.match(post)
    if mayor is None:
        return None
    town = re.sub(r"['’]s$", "", mayor.group("town") or mayor.group("of"))
    if adjective_of(town) or town.split()[0] in ("The", "A", "An", "Its", "Their"):
        return None  # "Xland's mayor" is no town's: as written
    return f"{town} Municipality"


def body_of_post(post: str, country: str = "") -> str | None:
    """The body a post names: "interior minister in the country's eastern government" ->
    that government's interior ministry; "spokesman for the X Agency" -> "X Agency";
    "who leads the X Society" -> "X Society"; "the mayor of Xtown" -> "Xtown Municipality";
    None where it names none."""
    post = " ".join(post.strip(" ,\"“”'").split())
    if not post:
        return None
    municipality = _municipality(post)
    if municipality is not None:
        return municipality
    who = _WHO.search(post)
    if who is not None:
        return body_of_post(who.group(1), country)
    minister = _MINISTER.search(post)
    if minister is not None:
        function = (minister.group(1) or minister.group(2)).lower()
        before = post[: minister.start()].split()
        place = _adjective(re.sub(r"(?:'s|’s)$", "", before[-1]), "") if before else ""
        rest = minister.group(3) or ""
        if re.fullmatch(r"\s+(?:of|in|at)\s+(?:the\s+)?government", rest, re.IGNORECASE):
            rest = ""
        name = f"{place} {function} ministry{rest}".strip()
        return regional_name(name, country)
    presidency = _PRESIDENCY.search(post)
    if presidency is not None:
        adjective = _adjective(presidency.group(1), country) if presidency.group(1) else ""
        return f"{adjective} Presidential Office".strip()
    if _HEAD_OF_STATE.search(post) and not _POST_OF.search(post):
        return None
    named = _NAMED_BODY.findall(post)
    post_of = _POST_OF.search(post)
    if post_of is not None:
        target = post_of.group(1)
        core = re.split(r"\s+(?:of|in|at|for|under|to|which|based)\s+", target)[0]
        if _head_is_body(core):
            return regional_name(target, country)
        inner = _NAMED_BODY.findall(target)
        if inner:
            return regional_name(inner[-1], country)
    body_post = _BODY_POST.match(post)
    if body_post is not None and _head_is_body(body_post.group(1)):
        return regional_name(body_post.group(1), country)
    if body_post is not None and _NAMED_BODY.fullmatch(body_post.group(1).strip()):
        return regional_name(body_post.group(1), country)
    if named:
        return regional_name(named[-1], country)
    return None


_PERSON_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "la"})


def _person_name(name: str) -> bool:
    """A person's name: one to four capitalised words (particles aside), no body noun, no
    initials ("OCHA" is a body's)."""
    words = name.replace("-", " ").split()
    if not 1 <= len(words) <= 5 or _head_is_body(name) or any(w.isupper() for w in words):
        return False
    return all(_PERSON_WORD.match(w) or w.lower() in _PARTICLES for w in words)


# A post standing before a capitalised name within the claimant's own name ("Xian Interior
# Minister X Y", "State Department spokesperson X Y").
_TITLED = re.compile(
    rf"^(?P<post>.*\b(?:minister|{_POST}))\s+(?P<name>(?-i:(?:{_CAP}\s+)*{_CAP}))$", re.IGNORECASE
)
_STOP = r"(?=\s*[,;:.!?\"“”(])"


@lru_cache(maxsize=4096)
def _appositive_pattern(name: str) -> re.Pattern[str]:
    # "X Y, the ministry's spokesman, said"; "X Y, who leads the Z Society, told"; a
    # second appositive naming the body ("..., a think tank, the Z Institute, said").
    return re.compile(
        rf"{re.escape(name)},\s+(?P<after>[^,;:.!?\"“”()]{{3,120}}?"
        rf"(?:,\s+the\s+(?-i:{_CAP})[^,;:.!?\"“”()]{{0,80}}?)?){_STOP}",
        re.IGNORECASE,
    )


# "X, citing the Y Society, said": X relays Y, it does not speak for it.
_RELAYING = re.compile(r"(?:citing|quoting|according|in\s+a\s+statement)\b", re.IGNORECASE)
# "X, the Y Agency reported": Y reports X's words, it is no post of X's.
_SPEECH_END = re.compile(
    r"\b(?:said|says|told|reported|reports|added|wrote|writes|quoted|cited|stated)$",
    re.IGNORECASE,
)
_POST_WORD = re.compile(rf"\b(?:minister|mayor|{_POST})\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?\"“”()]|\b(?:said|says|told|according to|by)\s")
_GIVEN = re.compile(rf"(?:,\s*)?(?:(?!(?i:minister|{_POST})\b)(?-i:{_CAP})\s+){{0,2}}$")


def _post_before(text: str, at: int) -> str:
    """The post set before a name ("State Department spokesman X Y", "the chief of the Z
    Society's branch, X Y"): the clause's words before it, where they end in a post."""
    window = text[max(0, at - 150) : at]
    starts = list(_CLAUSE_START.finditer(window))
    clause = window[starts[-1].end() :] if starts else window
    # "the chief of the Z Society's branch, X Y": the comma before the name goes; one
    # before the post ends another clause ("Speaking at a briefing, Z spokesman X Y").
    clause = clause[: _GIVEN.search(clause).start()].strip().rsplit(",", 1)[-1].strip()
    post_words = list(_POST_WORD.finditer(clause))
    if not post_words or len(clause) - post_words[-1].start() > 70:
        return ""
    return clause


def _posts_in(name: str, text: str) -> list[str]:
    if name not in text:
        return []
    posts = [
        m.group("after")
        for m in _appositive_pattern(name).finditer(text)
        if not _RELAYING.match(m.group("after")) and not _SPEECH_END.search(m.group("after"))
    ]
    start = text.find(name)
    while start != -1:
        before = _post_before(text, start)
        if before:
            posts.append(before)
        start = text.find(name, start + len(name))
    return posts


_THE_COUNTRY = re.compile(r"\b(?:country|nation)\b", re.IGNORECASE)


def _country_for(post: str, text: str) -> str:
    """The country "the country's" stands for in a report, where the post says it."""
    return _report_country(text[:2000]) if text and _THE_COUNTRY.search(post) else ""


@lru_cache(maxsize=256)
def _report_country(text: str) -> str:
    """The country a report is about: the one its opening names most."""
    pattern = _country()
    if pattern is None:
        return ""
    found = Counter(adjective_of(m.group(0)) for m in pattern.finditer(text))
    found.pop(None, None)
    return found.most_common(1)[0][0] if found else ""


def _mappable(fact: ClaimFact, publishers: set[int]) -> bool:
    return not (
        fact.claimant_kind in OUTLET_KINDS
        or fact.claimant_kind == "anonymous"
        or fact.claimant_id in publishers
        or "(" in fact.claimant
    )


def body_for(name: str, texts: Sequence[str]) -> str | None:
    """The body a claimant speaks for, from its name ("the X Society's chief in the region")
    or the post its reports give it ("X Y, the ministry's spokesman"); None: none told."""
    texts = list(texts)
    country = _country_for(name, texts[0]) if texts else ""
    titled = _TITLED.match(name)
    if titled is not None:
        return body_of_post(titled.group("post"), country)
    if not _person_name(name):
        if _POST_WORD.search(name):  # "the X Society's chief in the region"
            return body_of_post(name, country)
        if _REGIONAL.search(name) or _REGIONAL_BEFORE.match(name) or _HEALTH_NAME.match(name):
            mapped = regional_name(name, country)
            return mapped if mapped != name else None
        return None
    bodies = []
    for text in texts:
        for post in _posts_in(name, text):
            body = body_of_post(post, _country_for(post, text))
            if body:
                bodies.append(body)
    if not bodies:
        return None
    # The fullest name among those given ("Xian Interior Ministry" over "Interior Ministry").
    return max(bodies, key=lambda b: (len(b.split()), bodies.count(b)))


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+")
# Words that stand before a surname without being the given name.
_NOT_GIVEN = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "president",
        "minister",
        "prime",
        "premier",
        "general",
        "gen",
        "chancellor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "governor",
        "mayor",
        "senator",
        "king",
        "queen",
        "prince",
        "sheikh",
        "emir",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "major",
        "maj",
        "captain",
        "capt",
        "admiral",
        "commander",
        "chief",
        "director",
        "head",
        "leader",
        "envoy",
        "deputy",
        "said",
        "says",
        "told",
        "the",
        "a",
        "an",
        "and",
        "but",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "according",
        "when",
        "while",
        "as",
    ]
)


def full_name(name: str, texts: Sequence[str]) -> str | None:
    """A claimant named by surname alone ("Lindqvist", "Mr Lindqvist") in the full name its
    reports give ("Ana Lindqvist"): the given name most often set before it."""
    surname = _HONORIFIC.sub("", name)
    if " " in surname or not _person_name(surname):
        return None
    pattern = re.compile(rf"\b([A-Z][a-z'’-]+)\s+{re.escape(surname)}\b")
    given: Counter[str] = Counter()
    for text in texts:
        if surname in text:
            for match in pattern.finditer(text):
                word = match.group(1)
                if word.lower() not in _NOT_GIVEN and adjective_of(word) is None:
                    given[word] += 1
    if not given:
        return None
    return f"{given.most_common(1)[0][0]} {surname}"


def _named_in_full(name: str, full_names: Sequence[str]) -> bool:
    """The event already names this surname in full: names.py joins them."""
    surname = _HONORIFIC.sub("", name).casefold()
    return any(
        other.casefold().endswith(" " + surname) and other.casefold() != name.casefold()
        for other in full_names
    )


def spoken_for(facts: Sequence[ClaimFact], texts: Mapping[int, str] | None) -> list[ClaimFact]:
    """The facts with each claimant who speaks for a body (by its name or its post in the
    reports) replaced by that body: an existing source of the event of the same name where
    there is one, else the body's name under the claimant's own id."""
    publishers = {f.publisher_id for f in facts if f.publisher_id is not None}
    documents: dict[int, list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    for fact in facts:
        if _mappable(fact, publishers):
            names[fact.claimant_id] = fact.claimant
            if fact.document_id not in documents[fact.claimant_id]:
                documents[fact.claimant_id].append(fact.document_id)
    if not names:
        return list(facts)
    texts = texts or {}
    by_name = {name.casefold(): source_id for source_id, name in names.items()}
    full_names = [name for name in names.values() if " " in name]
    to: dict[int, tuple[int, str]] = {}
    for source_id, name in names.items():
        reports = [texts[d] for d in documents[source_id] if d in texts]
        body = body_for(name, reports)
        if body is None and not _named_in_full(name, full_names):
            body = full_name(name, reports)
        if not body or body.casefold() == name.casefold():
            continue
        target = by_name.get(body.casefold(), source_id)
        to[source_id] = (target, body)
    if not to:
        return list(facts)
    return [
        replace(fact, claimant_id=to[fact.claimant_id][0], claimant=to[fact.claimant_id][1])
        if fact.claimant_id in to
        else fact
        for fact in facts
    ]
