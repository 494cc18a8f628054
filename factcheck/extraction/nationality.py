"""The words that set a speaker's country before a role: "a Xian official", "X.Y. officials".

The countries are reference data (seeds/countries.json: name, adjective, other_names), the
same file the rules fold body names with; read once at import. A country's nationality words
are its adjective and the other names that read as adjectives ("Xish"); where the adjective
is the country's initials ("XY"), the full name stands before a role too ("X Y officials")
and the initials may be dotted ("X.Y."). A few blocs ("Western", "European", "NATO") are
not countries but qualify a speaker the same way.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

COUNTRIES_FILE = Path(__file__).resolve().parent.parent.parent / "seeds" / "countries.json"

_BLOCS = {"western": "Western", "european": "European", "nato": "NATO"}
_ADJECTIVAL = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|i|ch)$")
_INITIALS = re.compile(r"[A-Z]{2,3}$")


def nationality_forms(path: Path) -> dict[str, str]:
    """Each nationality word, lower-cased -> the label anonymous speakers take ("US")."""
    forms = dict(_BLOCS)
    if not path.is_file():
        return forms
    for row in json.loads(path.read_text(encoding="utf-8")):
        adjective = row["adjective"]
        others = row.get("other_names", ())
        words = [adjective, *(w for w in others if _ADJECTIVAL.match(w) or _INITIALS.match(w))]
        if _INITIALS.match(adjective):
            words.append(row["name"])
        for word in words:
            forms.setdefault(word.lower(), adjective)
            if _INITIALS.match(word):
                forms.setdefault(".".join(word.lower()) + ".", adjective)
    return forms


NATIONALITY: dict[str, str] = nationality_forms(COUNTRIES_FILE)


def _alternative(form: str) -> str:
    return r"\s+".join(re.escape(part) for part in form.split())


def _alternation(forms: list[str]) -> str:
    # Longest first, so "X Y" wins over "X"; dotted initials may carry a space ("X. Y.").
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(_alternative(f).replace(r"\.", r"\.\s?") for f in ordered)


NATIONALITY_ALTERNATION = _alternation(list(NATIONALITY))
# The words a regular demonym pattern ("[A-Z][a-z]+(an|ian|ese|i|ish)") misses: patterns
# that already hold that one need only these, and stay small.
REGULAR_DEMONYM = r"[A-Z][a-z]+(?:an|ian|ese|i|ish)"
IRREGULAR_ALTERNATION = _alternation(
    [f for f in NATIONALITY if not re.fullmatch(REGULAR_DEMONYM, f, re.IGNORECASE)]
)


def nationality_label(surface: str) -> str:
    """ "u.s." / "x. y." -> its country's label; "" for no nationality word."""
    key = re.sub(r"\s+", " ", surface).lower()
    return NATIONALITY.get(key) or NATIONALITY.get(key.replace(". ", "."), "")


def country_names(path: Path) -> dict[str, tuple[str, str]]:
    """Each name of a country that is a noun ("Xland", "the X Republic", "XL"), lower-cased
    -> (its name, its adjective); the forms that read as adjectives ("Xish") are left out."""
    names: dict[str, tuple[str, str]] = {}
    if not path.is_file():
        return names
    for row in json.loads(path.read_text(encoding="utf-8")):
        country, adjective = row["name"], row["adjective"]
        names.setdefault(country.lower(), (country, adjective))
        for name in row.get("other_names", ()):
            if name != adjective and not _ADJECTIVAL.match(name):
                names.setdefault(name.lower(), (country, adjective))
        if _INITIALS.match(adjective):  # "XL" names the country as a noun too
            names.setdefault(adjective.lower(), (country, adjective))
            names.setdefault(".".join(adjective.lower()) + ".", (country, adjective))
    return names


COUNTRY_NAMES: dict[str, tuple[str, str]] = country_names(COUNTRIES_FILE)


def country_of(name: str) -> tuple[str, str] | None:
    """ "Xland", "XL" (a country named as a noun) -> (its name, its adjective); else None."""
    return COUNTRY_NAMES.get(re.sub(r"\s+", " ", name.strip()).lower())


def country_government(name: str) -> str | None:
    """ "Xland" (a country speaking) -> "Xish government", the body that speaks for it;
    None for any other name."""
    found = country_of(name)
    return f"{found[1]} government" if found else None
