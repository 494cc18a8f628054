"""Name variants of one source within an event, read as that source.

Claimants come from the text, so one source reaches the record under several names: "Health
Ministry", "Ministry of Health", "the health ministry in X", "X-run health ministry", "X Health
Ministry", "X's Health Ministry". Within one event, two party sources are one when their names
hold the same words once word order, articles, linking words ("of", "in", "under"), descriptive
modifiers ("X-run", "X-controlled"), spelling ("defence", "U.S.", a transliterated name's
doubled letter) and a country's name against its adjective ("X's", "Xian"; every form
seeds/countries.json gives a country, by bodies.fold_countries, else a regular adjective's
stem) are set aside, or when one is the acronym the other spells ("WHO"); and a name whose
words all belong to other names naming the same kind of body (the same head word: "ministry")
is theirs where those names form one line ("health ministry" in "X health ministry" in "X strip
health ministry"), never where they part ("health ministry" beside "X health ministry" and "Y
health ministry" stays its own), nor where the longer one names a part of it ("X Front" and "X
Front Health Office") or another body of the kind: a word naming what the body does
("authorities in X" are not "health authorities in X") or one set inside the shorter name ("X
News Agency" is not "X Students' News Agency").

Within one report, a short name is the longer one the same report gives ("the health
ministry in X said ... the health ministry added"): where the report names one line of longer
variants (as a claimant or in its text), its short-named claims are theirs, even where the
event holds other bodies of the kind.

The source is shown under the variant with the most claims, a bare one ("health ministry",
a surname) only where it has no fuller one ("X Health Ministry", the full name).

Outlets, publishers and anonymous sources are never merged: an outlet's own voice is told
apart by its id, and "officials (anonymous)" are not one person. One exception: unnamed
"Xian officials" (or authorities) are the Xian government's voice where the event holds that
government as a source ("Xland lowered the toll": the Xian government).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from factcheck.rules.base import OUTLET_KINDS, ClaimFact
from factcheck.rules.bodies import SPELLING, close_initials, country_forms, fold_countries

_MODIFIER = re.compile(
    r"\b[\w.]+-(?:run|controlled|led|based|backed|affiliated|linked|appointed|aligned)\b"
)
# "the health ministry under X" is the "X-run health ministry": who runs it, not which body.
_UNDER = re.compile(r"\bunder\s+[\w.'’-]+\s*$")
_WORD = re.compile(r"[\w]+")
_FILLER = frozenset({"the", "of", "in", "under", "for", "s", "its", "a", "an", "affairs"})
_SPELLING = SPELLING
_LINK = frozenset({"of", "in", "under", "to", "for", "at", "on"})
# Nouns that name a body (not a person): a word set inside such a name makes another body
# ("X News Agency", "X Students' News Agency").
_BODY = frozenset(
    {
        "agency",
        "authority",
        "authorities",
        "bureau",
        "command",
        "commission",
        "committee",
        "council",
        "department",
        "directorate",
        "force",
        "forces",
        "group",
        "institute",
        "ministry",
        "network",
        "office",
        "organization",
        "organisation",
        "service",
        "services",
        "society",
        "union",
    }
)


# Words inside a body's name that say how wide or of what kind its work is, not whose body
# it is: "National Medical Emergency Organization" names the "Emergency Organization".
_SCOPE = frozenset({"national", "federal", "central", "general", "medical"})


def display_name(name: str) -> str:
    """The name as shown: dotted initials closed up ("U.S. intelligence" -> "US
    intelligence")."""
    return close_initials(name)


_DOUBLED = re.compile(r"(\w)\1+")


def _stem(word: str) -> str:
    """A country's name and its adjective alike ("Xia" and "Xian", "Xland's"): one stem;
    spellings of one name that differ by a doubled letter ("Ossama", "Osama") too."""
    word = _DOUBLED.sub(r"\1", _SPELLING.get(word, word))
    for suffix in ("ian", "ia", "an", "i", "e", "a"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=8192)
def _tokens(name: str) -> tuple[str, ...]:
    text = _MODIFIER.sub(" ", display_name(name).lower().replace("’", "'"))
    text = _UNDER.sub(" ", text)
    text = fold_countries(text)  # "xland's", "the xlands", "xlandish": one adjective
    return tuple(_WORD.findall(text.replace("'s", " ")))


@lru_cache(maxsize=8192)
def name_words(name: str) -> frozenset[str]:
    """The words that identify a source's name, in no order."""
    return frozenset(_stem(w) for w in _tokens(name) if w not in _FILLER)


@lru_cache(maxsize=8192)
def head_word(name: str) -> str:
    """What the name names: its last word before any "of"/"in"/"to" ("ministry" in "the
    Ministry of Health" and in "X health ministry"; "office" in "X Front Health Office",
    which is not the front itself)."""
    tokens = _core(_tokens(name))
    return tokens[-1] if tokens else ""


def _core(tokens: Sequence[str]) -> Sequence[str]:
    """The words before the first link word ("health ministry" of "health ministry in X")."""
    for index, token in enumerate(tokens):
        if token in _LINK and index > 0:
            return tokens[:index]
    return tokens


def _function(tokens: Sequence[str]) -> str:
    """The word saying what the body does: the one before its head ("health" in "X health
    ministry"), or after "of"/"for" where nothing stands before it ("Ministry of Health")."""
    core = _core(tokens)
    if len(core) > 1:
        return _stem(core[-2])
    rest = tokens[len(core) :]
    if rest and rest[0] in ("of", "for"):
        after = [t for t in rest[1:] if t not in _FILLER]
        return _stem(after[0]) if after else ""
    return ""


def _part_of(short: str, long: str) -> bool:
    """The shorter name (its words all in the longer one) may name the same source: the
    longer one adds no word saying what the body does that the shorter one lacks, and, for
    a body, sets no word inside the shorter one's words."""
    short_tokens, long_tokens = _tokens(short), _tokens(long)
    short_words = name_words(short)
    function = _function(long_tokens)
    if function and function not in short_words and _function(short_tokens) not in name_words(long):
        return False
    if head_word(long) in _BODY:
        # A country's adjective set inside is no other body ("Eastern Xian Health Ministry"
        # is the "Eastern Health Ministry"), nor is a word saying how wide or of what kind
        # its work is ("Xian National Medical Emergency Organization" is the "Xian Emergency
        # Organization"); any other word is ("X Students' News Agency").
        kept = [t for t in _core(long_tokens) if t not in _FILLER]
        core = [_stem(t) for t in kept]
        inside = [i for i, w in enumerate(core) if w in short_words]
        if inside and any(
            core[i] not in short_words and kept[i] not in _adjectives() and kept[i] not in _SCOPE
            for i in range(inside[0], inside[-1] + 1)
        ):
            return False
    return True


@lru_cache(maxsize=4)
def _adjectives_of(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for form in forms for w in _WORD.findall(form.lower()))


def _adjectives() -> frozenset[str]:
    """Every country's adjective as names' tokens hold it (lower case, by fold_countries)."""
    return _adjectives_of(tuple(sorted(set(country_forms().values()))))


def _surname_of(name: str, word: frozenset[str]) -> bool:
    """A one-word name joins a longer one only as its last word in a person's full name
    ("Biden" in "US President Joe Biden"), never as the organisation a person or body
    belongs to ("UN" in "an ambassador to the UN", "Hamas" in "authorities under Hamas")."""
    tokens = _WORD.findall(name.replace("’", "'").replace("'s", ""))
    return (
        len(tokens) > 1
        and _stem(tokens[-1].lower()) in word
        and all(t[0].isupper() for t in tokens if t.lower() not in _FILLER)
    )


def _mergeable(fact: ClaimFact, publishers: set[int]) -> bool:
    return not (
        fact.claimant_kind in OUTLET_KINDS
        or fact.claimant_id in publishers
        # "X (anonymous)", "Outlet (Agency)"; not a name with its acronym ("Z Front (ZF)")
        or ("(" in fact.claimant and not _with_own_acronym(fact.claimant))
    )


_NAMED = r"(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*)\s+){1,5}[A-Z][\w’'-]*"
# "the Zedland Front (ZF)", "ZF (Zedland Front)", "the Zedland Front (ZLF or ZF)": a name
# and its acronym, as a report gives them.
_ACRONYM_GIVEN = re.compile(
    rf"(?P<name>{_NAMED})\s+\((?P<acronyms>[A-Z]{{2,8}}(?:\s+or\s+[A-Z]{{2,8}})*)\)"
    rf"|\b(?P<acronym>[A-Z]{{2,8}})\s+\((?P<expansion>{_NAMED})\)"
)


def _tied(name: str, acronym: str) -> str:
    """The words of `name` an acronym given beside it stands for: the longest run of two
    words or more that ends the name and starts with the acronym's first letter ("the
    Zedland Front (ZF)"); "" where none does (a dateline: "Xtown (AFP)", "XTOWN (ZNA)")."""
    words = name.split()
    if name.isupper():
        return ""
    for start in range(len(words) - 1):
        if words[start][0] == acronym[0]:
            return " ".join(words[start:])
    return ""


def _with_own_acronym(name: str) -> bool:
    match = re.search(r"^(.*?)\s*\(([A-Z]{2,8})\)", name)
    return match is not None and bool(_tied(match.group(1), match.group(2)))


# Words around a body's name that name no other body: "the extremist Z group", "the Z
# Front's statement".
_AROUND = re.compile(
    r"^(?:the\s+)?(?:(?:extremist|militant|terrorist|jihadist|armed|rebel)\s+)?"
    r"(?P<core>.+?)"
    r"(?:(?:'s|’s)\s+statement|\s+(?:(?:extremist|militant|terrorist|jihadist|armed|rebel)\s+)?"
    r"(?:group|organi[sz]ation|movement))?$",
    re.IGNORECASE,
)


def _alias_key(name: str) -> str:
    name = re.sub(r"\s*\([^()]*\)", "", close_initials(" ".join(name.split())))
    match = _AROUND.match(name.strip())
    return (match.group("core") if match else name).casefold()


def _aliases_given(texts: Mapping[int, str] | None) -> dict[str, str]:
    """Name key -> one key for all the names the event's reports give one body ("Zedland
    Front (ZF)", "ZF (Zedland Front)", "Zedland Front (ZLF or ZF)": one body)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for text in (texts or {}).values():
        if "(" not in text:
            continue
        for match in _ACRONYM_GIVEN.finditer(text):
            if match.group("name"):
                acronyms = re.split(r"\s+or\s+", match.group("acronyms"))
                name = _tied(match.group("name"), acronyms[0])
            else:
                acronyms = [match.group("acronym")]
                name = _tied(match.group("expansion"), acronyms[0])
            if not name:
                continue
            for acronym in acronyms:
                a, b = root(_alias_key(name)), root(_alias_key(acronym))
                if a != b:
                    parent[a] = b
    return {key: root(key) for key in parent}


def _aliases_tied(names: dict[int, str], words: dict[int, frozenset[str]], texts) -> None:
    """Sources whose names the reports give as one body's (a name and its acronym; a name
    written "ZF/Zedland Front", each part one of them) take one set of words: one source."""
    aliases = _aliases_given(texts)
    if not aliases:
        return
    classes: dict[str, list[int]] = defaultdict(list)
    for source_id, name in names.items():
        if source_id not in words:
            continue
        # "ZF/Zedland Front": a name in two forms, of which the reports tie one (or both).
        keys = {aliases.get(_alias_key(part)) for part in name.split("/") if part.strip()}
        keys.discard(None)
        if len(keys) == 1:
            classes[next(iter(keys))].append(source_id)
    for source_ids in classes.values():
        if len(source_ids) < 2:
            continue
        # The fullest name's words for all ("Zedland Front" rather than "ZF").
        fullest = max(source_ids, key=lambda s: (len(words[s]), -s))
        for source_id in source_ids:
            words[source_id] = words[fullest]


def _joins(short_id: int, long_id: int, names, words) -> bool:
    """The source named `short_id` may be the one named `long_id` (a longer name of the
    same head word)."""
    short, long = words[short_id], words[long_id]
    if not short < long:
        return False
    if len(short) == 1:
        return _surname_of(names[long_id], short)
    return _part_of(names[short_id], names[long_id])


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LINKING = _FILLER - {"affairs"}


def _initials(name: str) -> str:
    """ "World Health Organization" -> "WHO"; "Office for the Coordination of X Affairs" ->
    "OCXA": the capitalised words' first letters (linking words and articles skipped)."""
    tokens = _WORD.findall(_MODIFIER.sub(" ", name.replace("'s", " ")))
    if any(t.isupper() for t in tokens):
        return ""  # "US Senate" spells no "US": it holds it
    return "".join(t[0] for t in tokens if t[0].isupper() and t.lower() not in _LINKING)


def _acronyms_spelled_out(names: dict[int, str], words: dict[int, frozenset[str]]) -> None:
    """A name that is the initials of one other name of the event ("WHO", "World Health
    Organization") takes its words: one source. Two names with those initials: left apart."""
    acronyms = {s: names[s] for s in words if _ACRONYM.fullmatch(names[s])}
    if not acronyms:
        return
    spelled: dict[str, set[frozenset[str]]] = defaultdict(set)
    for source_id, name in names.items():
        if source_id in words and source_id not in acronyms and " " in name:
            spelled[_initials(name)].add(words[source_id])
    for source_id, acronym in acronyms.items():
        found = spelled.get(acronym)
        if found and len(found) == 1:
            words[source_id] = next(iter(found))


def _chain(keys: Sequence[frozenset[str]]) -> bool:
    return all(a <= b or b <= a for a in keys for b in keys)


_STATE_VOICE = re.compile(r"^(?P<country>.+?)\s+(?:officials|authorities)\s*\(anonymous\)$", re.I)


def _state_voices(facts: list[ClaimFact], publishers: set[int]) -> list[ClaimFact]:
    """Unnamed "Xian officials" speak for the Xian government: where the event holds that
    government as a source ("Xland lowered the toll" is stored as the Xian government),
    their claims are its. A single unnamed official, or officials of no country, stay apart."""
    governments: dict[str, tuple[int, str]] = {}
    for fact in facts:
        if _mergeable(fact, publishers):
            country = re.match(r"^(.+?)\s+government$", fact.claimant.strip(), re.I)
            if country is not None:
                governments.setdefault(
                    fold_countries(country.group(1).lower()), (fact.claimant_id, fact.claimant)
                )
    if not governments:
        return facts
    out = []
    for fact in facts:
        voice = _STATE_VOICE.match(fact.claimant.strip())
        adjective = fold_countries(voice.group("country").lower()) if voice else ""
        if voice and adjective in _adjectives() and adjective in governments:
            source_id, name = governments[adjective]
            fact = replace(fact, claimant_id=source_id, claimant=name)
        out.append(fact)
    return out


# What a union's or alliance's units are called (not a state's: "X, the US military
# command" is no unit that speaks for the US).
_UNIT_HEAD = r"(?:office|agency|mission|arm|body|programme|program|fund|organi[sz]ation)"
_PARENT_ACRONYM = r"(?:[A-Z]\.){2,}|[A-Z]{2,6}"
# "ZORA, the ZU's relief coordination office", "ZORA, the Z.U. relief office", "ZORA, a ZU
# agency": the report gives the body an acronym names as a unit of a larger one (the parent
# an acronym too, as news writes the bodies of unions and alliances).
_UNIT_OF = re.compile(
    rf"\b(?P<unit>[A-Z]{{2,8}}),\s+(?:the|an?)\s+(?P<parent>{_PARENT_ACRONYM})"
    rf"(?:(?:'s|’s)\s+|\s+)(?:[a-z][\w-]*\s+){{0,4}}{_UNIT_HEAD}\b"
)


def _parents_given(texts: Mapping[int, str] | None) -> dict[str, set[str]]:
    """Unit acronym -> the parents the event's reports give it ("ZORA" -> {"ZU"})."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in (texts or {}).values():
        for match in _UNIT_OF.finditer(text):
            found[match.group("unit")].add(close_initials(match.group("parent")))
    return found


def _units_with_parents(
    facts: list[ClaimFact], publishers: set[int], texts: Mapping[int, str] | None
) -> list[ClaimFact]:
    """A unit the reports tie to its parent ("ZORA, the ZU's relief office") is shown under
    both ("ZU ZORA"), and where it is the parent's only unit among the event's sources, the
    parent's claims are its ("the ZU lowered its toll", in a report of ZORA's figures): one
    side, as a ministry and its spokesman are. A parent with two units stays apart."""
    parents = _parents_given(texts)
    if not parents:
        return facts
    names = {f.claimant_id: f.claimant for f in facts if _mergeable(f, publishers)}
    spelled: dict[str, set[int]] = defaultdict(set)
    for source_id, name in names.items():
        if " " in name:
            spelled[_initials(name)].add(source_id)
    units: dict[str, list[int]] = defaultdict(list)  # parent -> its units among the sources
    for source_id, name in names.items():
        given = parents.get(name, set())
        if len(given) == 1:
            units[next(iter(given))].append(source_id)
    to: dict[int, tuple[int, str]] = {}
    for parent, unit_ids in units.items():
        for unit_id in unit_ids:
            to[unit_id] = (unit_id, f"{parent} {names[unit_id]}")
        if len({names[u] for u in unit_ids}) != 1:
            continue  # two units: the parent's own claims are neither's
        of_parent = [s for s, name in names.items() if display_name(name) == parent]
        if len(spelled.get(parent, ())) == 1:
            of_parent += list(spelled[parent])
        for source_id in of_parent:
            to[source_id] = to[unit_ids[0]]
    return [
        replace(fact, claimant_id=to[fact.claimant_id][0], claimant=to[fact.claimant_id][1])
        if fact.claimant_id in to
        else fact
        for fact in facts
    ]


def merged_name_variants(
    facts: Sequence[ClaimFact], texts: Mapping[int, str] | None = None
) -> list[ClaimFact]:
    """The facts with each claimant that is a name variant of another source of the event
    replaced by that source (id, and the fullest common name of its variants). `texts`
    (document id -> text) lets a report's short names take the longer one it gives, and
    ties a unit to its parent (_units_with_parents)."""
    publishers = {f.publisher_id for f in facts if f.publisher_id is not None}
    facts = _state_voices(list(facts), publishers)
    facts = _units_with_parents(facts, publishers, texts)
    names: dict[int, str] = {}
    for fact in facts:
        if _mergeable(fact, publishers):
            names[fact.claimant_id] = fact.claimant
    if not names:
        return list(facts)
    words = {source_id: name_words(name) for source_id, name in names.items()}
    words = {source_id: w for source_id, w in words.items() if w}
    _acronyms_spelled_out(names, words)
    _aliases_tied(names, words, texts)
    by_head: dict[str, list[int]] = defaultdict(list)
    for source_id in words:
        by_head[head_word(names[source_id])].append(source_id)
    longer: dict[int, list[int]] = {}
    for same_head in by_head.values():
        for source_id in same_head:
            others = [o for o in same_head if _joins(source_id, o, names, words)]
            if others:
                longer[source_id] = others
    facts = _in_report_context(list(facts), longer, names, words, texts)
    counts: Counter[int] = Counter(f.claimant_id for f in facts if f.claimant_id in words)

    # Same words: one group at once.
    by_words: dict[frozenset[str], list[int]] = defaultdict(list)
    for source_id, w in words.items():
        by_words[w].append(source_id)
    # A word set inside others joins them where those others form one chain.
    parent = {key: key for key in by_words}
    for key in sorted(by_words, key=len):
        supersets = {
            words[other] for source_id in by_words[key] for other in longer.get(source_id, ())
        }
        if supersets and _chain(list(supersets)):
            parent[key] = max(supersets, key=len)

    def root(key: frozenset[str]) -> frozenset[str]:
        while parent[key] != key:
            key = parent[key]
        return key

    groups: dict[frozenset[str], list[int]] = defaultdict(list)
    for key, source_ids in by_words.items():
        groups[root(key)].extend(source_ids)
    to: dict[int, tuple[int, str]] = {}
    for source_ids in groups.values():
        shown = _shown(source_ids, names, words, counts)
        for source_id in source_ids:
            if source_id != shown or display_name(names[source_id]) != names[source_id]:
                to[source_id] = (shown, display_name(names[shown]))
    if not to:
        return facts
    return [
        replace(fact, claimant_id=to[fact.claimant_id][0], claimant=to[fact.claimant_id][1])
        if fact.claimant_id in to
        else fact
        for fact in facts
    ]


def _shown(source_ids, names, words, counts) -> int:
    """The variant that names the group: the most claims, a bare name ("health ministry",
    "Lindqvist": two words at most, inside a longer variant) only where nothing else is."""
    fuller = [
        s
        for s in source_ids
        if len(words[s]) > 2 or not any(words[s] < words[o] for o in source_ids)
    ] or source_ids
    return max(fuller, key=lambda s: (counts[s], len(names[s]), -s))


def _in_report_context(facts, longer, names, words, texts) -> list[ClaimFact]:
    """Short-named claims take the longer name their own report gives, where it gives one
    line of them (as another claim's claimant, or in its text)."""
    if not longer:
        return facts
    in_document: dict[int, set[int]] = defaultdict(set)
    for fact in facts:
        in_document[fact.document_id].add(fact.claimant_id)
    folded: dict[int, str] = {}
    chosen: dict[tuple[int, int], int | None] = {}
    out = []
    for fact in facts:
        candidates = longer.get(fact.claimant_id)
        if not candidates:
            out.append(fact)
            continue
        key = (fact.document_id, fact.claimant_id)
        if key not in chosen:
            present = [c for c in candidates if c in in_document[fact.document_id]]
            if texts is not None and fact.document_id in texts:
                if fact.document_id not in folded:
                    folded[fact.document_id] = texts[fact.document_id].casefold()
                text = folded[fact.document_id]
                present += [
                    c for c in candidates if c not in present and names[c].casefold() in text
                ]
            given = [words[c] for c in present]
            chosen[key] = (
                max(present, key=lambda c: (len(words[c]), -c))
                if present and _chain(given)
                else None
            )
        target = chosen[key]
        out.append(
            fact if target is None else replace(fact, claimant_id=target, claimant=names[target])
        )
    return out
