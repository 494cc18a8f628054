"""Who is speaking: known sources by alias, anonymous officials, pronouns and generic
descriptions ("the command", "the military") that refer back to a source already named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .nationality import (
    IRREGULAR_ALTERNATION,
    NATIONALITY_ALTERNATION,
    REGULAR_DEMONYM,
    nationality_label,
)
from .types import KnownSource

# a nationality word before a role or a service: "Xian officials", "the X.Y. military"
_NAT_ALT = rf"{IRREGULAR_ALTERNATION}|{REGULAR_DEMONYM}"

ANONYMOUS = re.compile(
    r"\b(?:(?:an?|one|two|three|several|some|other|another|a\s+second|a\s+third|the)\s+)?"
    rf"(?:(?:senior|{_NAT_ALT}|military|defen[cs]e|security|government|administration|"
    r"intelligence|local|two|three|several|knowledgeable|informed|police|"
    r"navy|naval|army|ministry|air\s+force|health|port|rescue|emergency|hospital|judicial|"
    r"independent|election|rights|medical)\s+){0,3}"
    r"(?:officials?|sources?|spokes(?:man|woman|person)|officers?|residents|witnesses|survivors|"
    # the people who count the dead and the hurt where they are brought: "doctors said"
    r"paramedics|rescuers|(?:rescue|health|aid|medical)\s+workers|(?:hospital|medical)\s+staff|"
    r"villagers|locals|(?:a\s+)?passenger|(?:a\s+)?survivor|(?:a\s+)?witness|"
    r"eyewitnesses|"
    # those who count the dead of a crackdown or a riot without speaking for a body
    r"activists|observers|medics|doctors|nurses|"
    # "a doctor at the district hospital, Rana Solt, said": the named one speaks
    # "a resident said", "one villager said", "an eyewitness said": one of them, unnamed
    r"(?:a\s+)?(?:medic|doctor|nurse|resident|villager|eyewitness)"
    r"(?![^,.;\"“”]{0,60},\s+(?:Dr\.\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+,)|"
    r"people\s+living\s+(?:there|nearby|close\s+by|in\s+the\s+area)|people\s+(?:familiar"
    r"\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s+(?:the\s+)?\w+)\b"
    r"(?!\s+(?:of|from|at)\s+(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
# "US", "Xian", "NATO": a country or a bloc, not a body
NATIONALITY_WORD = re.compile(rf"\b({NATIONALITY_ALTERNATION})(?![\w])", re.IGNORECASE)
# a demonym of any country, "Calderran official", "Hadrani source"
_DEMONYM = re.compile(
    r"\b([A-Z][a-z]+(?:an|ian|ese|i|ish|ch))\s+(?:[a-z]+\s+){0,2}(?:officials?|sources?)"
)
_SERVICE = re.compile(r"\b(intelligence|military)\s+(?:officials?|sources?|officers?)\b", re.I)
_DESCRIPTOR = re.compile(
    r"\b(military|defen[cs]e|security|government|intelligence|administration|diplomatic|"
    r"police|navy|naval|army|judicial)\b",
    re.IGNORECASE,
)

# generic descriptions -> the kind of source they stand for ("" = any non-person)
GENERIC = re.compile(
    r"\b(?:(?P<pron>it|they|he|she|we)|"
    r"(?P<stmt>(?:the|its|their|his|her|that)\s+(?:initial\s+|earlier\s+|latest\s+|"
    r"later\s+|first\s+|updated\s+)?(?:statement|report|announcement|release|post|update|"
    r"account))|"
    rf"(?P<mil>(?:(?:the|a)\s+|^|(?<=,\s))(?:(?:{_NAT_ALT})\s+)?(?:military(?:\s+command)?|command|"
    r"armed\s+forces))|"
    r"(?P<grp>(?:the|an?)\s+(?:(?:[A-Z][a-z]+(?:an|ian|ese|i|ish)|[A-Z][a-z]+-(?:backed|aligned)|armed|Shiite|Shia|"
    r"rebel|insurgent|militant|jihadist|separatist)\s+)?(?:militia|armed)?\s*(?:group|faction|militia|umbrella\s+group|organi[sz]ation|"
    r"alliance)(?:\s+of\s+(?:[\w-]+\s+){0,3}(?:factions|groups|militias))?"
    r"(?:\s+in\s+[A-Z][a-z]+)?(?:\s+(?:with\s+links\s+to|linked\s+to)\s+[A-Z][a-z]+)?|"
    r"(?:[\w-]+\s+){0,2}(?:rebels|militias|militants|insurgents)(?:\s+in\s+[\w'’\s]{0,40}?"
    r"province)?)|"
    r"(?P<navy>(?:(?:the|a)\s+)?navy)|(?P<army>(?:(?:the|a)\s+)?army)|"
    r"(?P<police>(?:(?:the|a)\s+)?police)|"
    r"(?P<airforce>(?:the|a)\s+air\s+force(?:\s+command)?)|"
    r"(?P<min>(?:(?:the|a)\s+)?(?:defen[cs]e\s+|foreign\s+|interior\s+|health\s+|intelligence\s+)?"
    r"ministry(?:\s+of\s+(?:defen[cs]e|health|interior|foreign\s+affairs|intelligence))?)|"
    r"(?P<staff>the\s+general\s+staff)|"
    r"(?P<other>(?:the\s+)?(?:civil\s+defen[cs]e|fire\s+(?:service|department|brigade)|coast\s+"
    r"guard|rescue\s+services|emergency\s+services|state\s+media|local\s+media|"
    # "local authorities": the place's own bodies, named so (not bare "Authorities")
    r"(?:local|provincial|regional|municipal|city)\s+(?:government|administration|authorities)|"
    r"health\s+authorities|"
    r"authorities))|"
    r"(?P<agency>(?:the\s+|(?<=,\s))(?:news\s+|disaster\s+|relief\s+)?agency)|"
    r"(?P<official>the\s+(?:same\s+)?(?:official|source|spokes(?:man|woman|person)))|"
    r"(?P<head>(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:authority|office|operator|company|"
    r"airline|carrier|"
    r"council|commission|brigades|front|guard|service|agency|"
    # "the institute said", "the committee said": the body named before
    r"institute|committee)))\b",
    re.IGNORECASE,
)


_WORD = re.compile(r"(?<![\w@.-])[\w][\w.'’-]*")
_THE_BEFORE = re.compile(r"(?<![\w@.'’-])the\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    name: str  # canonical name, or the surface form when unresolved
    kind: str  # source kind, "anonymous", "person", or "generic:<what>"
    resolved: bool = True
    anonymous: bool = False
    side: str = ""


def _alias_variants(alias: str) -> set[str]:
    variants = {alias}
    if alias.lower().startswith("the "):
        variants.add(alias[4:])
    for a in list(variants):
        if "U.S." in a:
            variants.add(a.replace("U.S.", "US"))
        if re.search(r"\bUS\b", a):
            variants.add(re.sub(r"\bUS\b", "U.S.", a))
    return variants


class SourceIndex:
    """Finds known sources in text by name or alias."""

    def __init__(self, sources: Sequence[KnownSource]) -> None:
        self.sources = {s.name: s for s in sources}
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        shared: dict[str, set[str]] = {}  # an alias two sources use ("Air Force command")
        for source in sources:
            for alias in (source.name, *source.aliases):
                for variant in _alias_variants(alias):
                    # short acronyms ("AP", "DoD") must match their case
                    if len(variant) <= 5 or variant.isupper():
                        exact[variant] = source.name
                    else:
                        folded[variant.lower()] = source.name
                    shared.setdefault(variant.lower(), set()).add(source.name)
            # a source's own name always means that source
            exact[source.name] = source.name
        self._matching: dict[str, list[str]] = {}
        self._shared = {alias: names for alias, names in shared.items() if len(names) > 1}
        self._exact = exact
        self._folded = folded
        # aliases grouped by their first word: a sentence is scanned word by word and only
        # the aliases that can start at a word are tried (one big alternation is slow)
        by_first: dict[str, set[str]] = {}
        for piece in {*exact, *folded}:
            first = re.split(r"\s+", piece, maxsplit=1)[0].lower()
            by_first.setdefault(first, set()).add(piece)
        self._by_first = {
            first: re.compile(
                "|".join(
                    re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(pieces, key=len, reverse=True)
                )
                + r"(?![\w-])",
                re.IGNORECASE,
            )
            for first, pieces in by_first.items()
        }
        # where an alias may start: one pass of the C regex engine finds the few words that
        # begin an alias, instead of a Python loop over every word of the text
        firsts = sorted({f.rstrip(".'’") for f in by_first} - {""}, key=len, reverse=True)
        self._starts = re.compile(
            r"(?<![\w@.-])(?:" + "|".join(re.escape(f) for f in firsts) + r")[.'’]*(?![\w.'’-])"
        )  # run on the lowercased text: case-folding in the regex engine is slower

    def lookup(self, surface: str) -> str | None:
        s = re.sub(r"\s+", " ", surface.strip())
        s = re.sub(r"^(?:the|The)\s+", "", s)
        s = re.sub(r"['’]s$", "", s)
        if s in self._exact:
            return self._exact[s]
        if s.lower() in self._folded:
            return self._folded[s.lower()]
        return None

    def lookup_partial(self, surface: str) -> str | None:
        """ "General Command" -> the one source with an alias that begins with it."""
        s = re.sub(r"\s+", " ", surface.strip()).lower()
        s = re.sub(r"^the\s", "", s)
        if len(s) < 8 or " " not in s:
            return None
        found = {name for alias, name in self._folded.items() if alias.startswith(s + " ")}
        found |= {name for alias, name in self._folded.items() if alias.endswith(" " + s)}
        return found.pop() if len(found) == 1 else None

    def lookup_demonym(self, word: str) -> str | None:
        """ "Hadrani" -> the source known as "Hadran"; "Corvanian" -> "Corvania"."""
        for stem in (word, word[:-1], word[:-2], word[:-3] + "a", word[:-2] + "a"):
            if len(stem) >= 4:
                found = self.lookup(stem)
                if found:
                    return found
        return None

    def matching(self, head: str) -> list[str]:
        """Sources whose name or an alias contains the head word ("navy", "ministry")."""
        cached = self._matching.get(head)
        if cached is None:
            word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
            cached = self._matching[head] = [
                s.name
                for s in self.sources.values()
                if any(word.search(a) for a in (s.name, *s.aliases))
            ]
        return cached

    def disambiguate(self, surface: str, name: str, context: str) -> str:
        """For an alias several sources share, the one whose country the context names."""
        key = re.sub(r"\s+", " ", surface.strip()).lower()
        key = re.sub(r"^the\s+", "", key)
        names = self._shared.get(key)
        if not names:
            return name
        named = [n for n in names if n.split()[0][:-1] in context]
        return named[0] if len(named) == 1 else name

    def find(self, text: str, offset: int = 0, context: str = "") -> list[Mention]:
        mentions: list[Mention] = []
        resume = 0
        low_text = text.lower()
        if len(low_text) != len(text):  # a character whose lower case is longer: rare
            low_text = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        for word in self._starts.finditer(low_text):
            start = word.start()
            if start < resume:
                continue
            low = word.group()
            pattern = self._by_first.get(low) or self._by_first.get(low.rstrip(".'’"))
            found = pattern.match(text, start) if pattern else None
            name = self.lookup(found.group()) if found else None
            if found is None or name is None:  # no alias, or an acronym in the wrong case
                continue
            if context and self._shared:
                name = self.disambiguate(found.group(), name, context)
            the = _THE_BEFORE.search(text, max(0, start - 12), start)
            begin = the.start() if the else start
            source = self.sources[name]
            mentions.append(
                Mention(
                    offset + begin,
                    offset + found.end(),
                    text[begin : found.end()],
                    name,
                    source.kind,
                    side=source.side,
                )
            )
            resume = found.end()
        return mentions

    def kind_of(self, name: str) -> str:
        source = self.sources.get(name)
        return source.kind if source else ""

    def side_of(self, name: str) -> str:
        source = self.sources.get(name)
        return source.side if source else ""


def _side(surface: str) -> str:
    """The country a speaker's description names ("a Xian official": Xian's label)."""
    nat = NATIONALITY_WORD.search(surface)
    return nationality_label(nat.group(1)) if nat else ""


def anonymous_name(surface: str) -> str:
    """ "A U.S. official" -> "US official (anonymous)"; "a military source" ->
    "military source (anonymous)"."""
    nat = NATIONALITY_WORD.search(surface)
    nationality = nationality_label(nat.group(1)) if nat else ""
    if not nationality:
        demonym = _DEMONYM.search(surface)
        nationality = demonym.group(1) if demonym else ""
    if not nationality:
        descriptor = _DESCRIPTOR.search(surface)
        nationality = descriptor.group(1).lower() if descriptor else ""
    if re.search(r"\bpeople\s+(?:familiar|briefed|with)", surface, re.IGNORECASE):
        return "sources (anonymous)"
    if re.search(r"\bpeople\s+living\b", surface, re.IGNORECASE):
        return "residents (anonymous)"  # "people living there said": residents
    role_m = re.search(
        r"(officials?|sources?|spokes\w+|officers?|residents?|(?:eye)?witness(?:es)?|survivors?|"
        r"villagers?|"
        r"locals|passengers?|activists|observers|medics?|doctors?|nurses?|paramedics|rescuers|"
        r"(?:rescue|health|aid|medical|hospital)\s+(?:workers|staff))\s*$",
        surface,
        re.IGNORECASE,
    )
    has_country = nationality and nationality.lower() not in ("military", "intelligence")
    service = _SERVICE.search(surface) if has_country else None
    if service:  # "a Xish intelligence official": the service stays in the name
        nationality = f"{nationality} {service.group(1).lower()}"
    role = role_m.group(1).lower() if role_m else "official"
    role = role.removeprefix("eye")  # an eyewitness is a witness
    if role == "officer":
        role = "official"
    if role == "officers":
        role = "officials"
    if role.startswith("spokes"):
        role = "spokesperson"
    return f"{nationality} {role} (anonymous)".strip() if nationality else f"{role} (anonymous)"


_MAY_BE_ANONYMOUS = re.compile(
    r"official|source|spokes|officer|resident|witness|survivor|villager|locals|passenger|"
    r"activists|observers|medic|doctor|nurse|rescuer|workers|staff|"
    r"people\s+living",
    re.I,
)


def find_anonymous(text: str, offset: int = 0) -> list[Mention]:
    out: list[Mention] = []
    if not _MAY_BE_ANONYMOUS.search(text):
        return out
    for m in ANONYMOUS.finditer(text):
        surface = m.group(0)
        if re.match(r"the\s+(?:same\s+)?(?:official|source|spokes\w+)\b", surface, re.IGNORECASE):
            continue  # "the official": anaphora, handled as generic
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                surface,
                anonymous_name(surface),
                "anonymous",
                anonymous=True,
                side=_side(surface),
            )
        )
    return out


# a word every generic description holds: without one, the big pattern cannot match
_GENERIC_KEYS = frozenset(
    [
        "it", "they", "he", "she", "we", "statement", "report", "announcement", "release", "post",
        "update", "military", "command", "forces", "group", "faction", "militia", "militias",
        "organisation", "organization", "alliance", "factions", "groups", "rebels", "militants",
        "insurgents", "navy", "army", "police", "air", "ministry", "staff", "defence", "defense",
        "civil", "fire", "coast", "rescue", "emergency", "media", "authorities", "government",
        "administration", "agency", "official", "source", "spokesman", "spokeswoman",
        "spokesperson", "authority", "office", "operator", "company", "council", "commission",
        "brigades", "front", "guard", "service", "account", "airline", "carrier", "institute",
        "committee",
    ]
)  # fmt: skip
_WORDS = re.compile(r"[a-z]+")


def find_generic(text: str, offset: int = 0) -> list[Mention]:
    out: list[Mention] = []
    if _GENERIC_KEYS.isdisjoint(_WORDS.findall(text.lower())):
        return out
    for m in GENERIC.finditer(text):
        what = m.lastgroup or ""
        surface = m.group(0)
        if what == "pron":
            pron = surface.lower()
            what = "person" if pron in ("he", "she") else "pron"
        elif what == "head":
            what = "head:" + surface.split()[-1].lower()
        side = _side(surface)
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                surface,
                surface,
                f"generic:{what}",
                resolved=False,
                side=side,
            )
        )
    return out
