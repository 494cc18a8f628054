"""One name for a body however a report writes it.

Reports name a government body in several ways: "X's Ministry of Health", "the Ministry of
Health of X", "the health ministry in X", "X Health Ministry", "the Xian health ministry". The
form news uses most is the country's adjective, the body's function and its head word, in
capitals: "Xian Health Ministry". `canonical_body` turns the others into it:

- a country's possessive or its name set before a body ("X's", "X Health Ministry"), and a
  body "of"/"in" a country ("the health ministry of X"), take the country's adjective;
- "Ministry of Y" and "Department of Y" are "Y Ministry", "Y Department" ("Ministry of
  Foreign Affairs": "Foreign Ministry");
- dotted initials are closed up ("X.Y." is "XY"), a ministry's "Defense" is "Defence" (the
  spelling of most of the world's news), a leading article goes.

Countries, their adjectives and their other names are reference data (seeds/countries.json:
name, adjective, other_names), read once; the adjective is the form news sets before a
body's name ("XY State Department", "Xish Foreign Ministry"). `fold_countries` reads every
form of a country in a lower-cased name as that adjective, for names.py to compare names.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

COUNTRIES_FILE = Path(__file__).resolve().parent.parent.parent / "seeds" / "countries.json"

# Dotted initials: "X.Y." is "XY".
INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}(?![A-Za-z])")
# The two spellings of the words bodies are named with; names.py reads them alike.
SPELLING = {
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
    "programme": "program",
    "labour": "labor",
}
# What a country's adjective may stand before, or a country follow with "of"/"in": a body
# of its state, or those who speak for it.
_STATE_BODY = frozenset(
    {
        "administration",
        "authorities",
        "authority",
        "department",
        "embassy",
        "government",
        "ministry",
        "officials",
    }
)
_LINK = frozenset({"of", "in", "for", "under", "to", "at", "on"})
_POSSESSIVE = r"(?:'s|’s|'|’)"


def close_initials(name: str) -> str:
    """ "X.Y. intelligence" -> "XY intelligence"."""
    if "." not in name:
        return name
    return INITIALS.sub(lambda m: m.group(0).replace(".", "").upper(), name)


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, str]:
    """Every form of a country, lower-cased -> the country's adjective."""
    if not path.is_file():
        return {}
    forms: dict[str, str] = {}
    for row in json.loads(path.read_text(encoding="utf-8")):
        adjective = row["adjective"]
        for form in (row["name"], adjective, *row.get("other_names", ())):
            forms.setdefault(form.lower(), adjective)
            if form.lower().startswith("the "):  # "the Xlands", "Xlands' ministry"
                forms.setdefault(form[4:].lower(), adjective)
    return forms


def country_forms() -> dict[str, str]:
    return _load(COUNTRIES_FILE)


@lru_cache(maxsize=4)
def _load_capitals(path: Path) -> dict[str, str]:
    """A country's capital, lower-cased -> the country's adjective."""
    if not path.is_file():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {row["capital"].lower(): row["adjective"] for row in rows if row.get("capital")}


def capital_of(form: str) -> str | None:
    """ "Xtown" (the capital of Xland) -> "Xlandian"; None: no capital."""
    return _load_capitals(COUNTRIES_FILE).get(" ".join(form.split()).lower())


@lru_cache(maxsize=4)
def _pattern(path: Path) -> re.Pattern[str] | None:
    forms = _load(path)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _country() -> re.Pattern[str] | None:
    return _pattern(COUNTRIES_FILE)


def adjective_of(form: str) -> str | None:
    """ "Xland", "Xlandian", "the Xlands" -> the adjective ("Xlandian"); None: no country."""
    return country_forms().get(" ".join(form.split()).lower())


@lru_cache(maxsize=8192)
def fold_countries(text: str) -> str:
    """Each form of a country in `text` as its adjective, lower-cased ("xland's health
    ministry" -> "xlandian's health ministry")."""
    pattern = _country()
    if pattern is None:
        return text
    return pattern.sub(lambda m: country_forms()[m.group(0).lower()].lower(), text)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", text.lower())


def _head(words: list[str]) -> str:
    """The body a name names: its last word before a link word."""
    for index, word in enumerate(words):
        if word in _LINK and index > 0:
            return words[index - 1]
    return words[-1] if words else ""


def _state_body(text: str) -> bool:
    return _head(_words(text)) in _STATE_BODY


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_MINISTRY_OF = re.compile(
    r"\b(ministry|department)\s+of\s+(?:the\s+)?(foreign\s+affairs|[a-z]+)$", re.IGNORECASE
)
# A ministry's name in the spelling most of the world's news gives it ("Xian Defence
# Ministry"); names.py reads both spellings alike whatever is stored.
_MINISTRY_SPELLING = {"defense": "defence"}
_SPELLED = re.compile(r"\b(?:" + "|".join(_MINISTRY_SPELLING) + r")\b", re.IGNORECASE)


def _respell(match: re.Match[str]) -> str:
    word = match.group(0)
    spelled = _MINISTRY_SPELLING[word.lower()]
    return spelled.capitalize() if word[0].isupper() else spelled


def _with_country(name: str) -> str:
    """ "X's Y", "Y of X", "X Y" (Y a body of the state) -> "Xian Y"; a body "in" X's
    capital ("the foreign ministry in Xtown") is X's too."""
    pattern = _country()
    if pattern is None:
        return name
    seat = re.match(r"(.+?)\s+in\s+([A-Z][\w.'’ -]+)$", name)
    if seat and capital_of(seat.group(2)) and _state_body(seat.group(1)):
        return f"{capital_of(seat.group(2))} {_ARTICLE.sub('', seat.group(1))}"
    countries = pattern.pattern
    possessive = re.match(rf"({countries}){_POSSESSIVE}\s+(.+)$", name, re.IGNORECASE)
    # Not a proper name the country owns ("X's ZET radio", "X's Chancellor Y"): as written.
    if possessive and (_state_body(possessive.group(2)) or possessive.group(2).islower()):
        return f"{adjective_of(possessive.group(1))} {possessive.group(2)}"
    following = re.match(rf"(.+?)\s+(?:of|in)\s+(?:the\s+)?({countries})$", name, re.IGNORECASE)
    if following and _state_body(following.group(1)) and not _country_in(following.group(1)):
        return f"{adjective_of(following.group(2))} {_ARTICLE.sub('', following.group(1))}"
    before = re.match(rf"({countries})\s+(.+)$", name, re.IGNORECASE)
    if before and _state_body(before.group(2)):
        return f"{adjective_of(before.group(1))} {before.group(2)}"
    return name


def _country_in(text: str) -> bool:
    pattern = _country()
    return pattern is not None and pattern.search(text) is not None


def _capitalised(name: str) -> str:
    """A ministry's or department's name in capitals ("Xian health ministry" -> "Xian
    Health Ministry"); the words after a link word, and hyphenated ones, as written."""
    words = name.split(" ")
    lowered = [w.lower() for w in words]
    if _head(_words(name)) not in ("ministry", "department"):
        return name
    out = []
    for index, word in enumerate(words):
        if lowered[index] in _LINK and index > 0:
            return " ".join(out + words[index:])
        out.append(word.capitalize() if word.isalpha() and word.islower() else word)
    return " ".join(out)


@lru_cache(maxsize=8192)
def canonical_body(name: str) -> str:
    """The one form of a body's name (see the module's docstring); any other name (a
    person, an outlet, an anonymous source) as written, spaces and initials aside."""
    text = close_initials(" ".join(name.split()))
    if not text or "(" in text:
        return text
    bare = _ARTICLE.sub("", text)
    # News names a government by its capital ("Xtown denied any role"): the government.
    if capital_of(bare):
        return f"{capital_of(bare)} government"
    text = _with_country(bare)
    if text == bare and not _state_body(bare):
        return close_initials(" ".join(name.split()))
    if _head(_words(text)) == "ministry":
        text = _SPELLED.sub(_respell, text)

    def ministry_first(match: re.Match[str]) -> str:
        function = match.group(2)
        if function.lower() == "foreign affairs":
            function = "Foreign"
        return f"{function} {match.group(1)}"

    text = _MINISTRY_OF.sub(ministry_first, text)
    return _capitalised(text)
