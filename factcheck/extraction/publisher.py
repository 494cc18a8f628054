"""The publisher of a document that names none: from its URL's host or its own text.

Read in this order, the first that answers wins:

1. the URL's host, against the hosts the reference sources publish on (`domains`);
2. a dateline that credits an outlet at the head of the text ("CITY (Outlet) - ...");
3. a footer line where the outlet speaks of its own site ("Outlet's website can also be
   accessed at ...").

A party's site is not a publisher ("a statement on the ministry's website"): a name the
reference sources know as a government, a military, an armed group, a person or an NGO is
never returned, and neither is a description ("the ministry", "its").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from .types import KnownSource

# sources that are parties to a story, not publishers of it
PARTY_KINDS = frozenset({"government", "military", "armed_group", "person", "ngo", "anonymous"})
# words of an institution's name, never of an outlet's ("Defence Ministry's website")
_INSTITUTION = re.compile(
    r"\b(?:ministry|department|command|army|forces?|police|office|government|council|"
    r"headquarters|embassy|agency\s+for|guards?|corps|militia|brigades?)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her|our|this|that)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}"
# "BAGHDAD (Outlet) -", "(Outlet) —" at the head of a line near the top of the text
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][A-Za-z .,'-]{{0,60}}?\s)?\((?P<name>{_NAME})\)\s*[-—–]\s",
    re.MULTILINE,
)
_DATELINE_REACH = 800  # characters from the top
# "Outlet's website can also be accessed at", "Outlet's website is ..." on a line of its own
_OWN_SITE = re.compile(
    rf"^[ \t]*(?P<name>{_NAME})['’]s\s+(?:web\s*site|site|app)\s+(?:can|is|may)\b",
    re.MULTILINE,
)
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "en.", "english.")


def _host(url: str) -> str:
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


def publisher_from_host(url: str, sources: Sequence[KnownSource]) -> str | None:
    """The source whose domains hold the URL's host (a subdomain counts), if any."""
    host = _host(url)
    if not host:
        return None
    best: tuple[int, str] | None = None
    for source in sources:
        for domain in source.domains:
            domain = domain.lower().strip().removeprefix("www.")
            matches = bool(domain) and (host == domain or host.endswith("." + domain))
            if matches and (best is None or len(domain) > best[0]):  # the most specific wins
                best = (len(domain), source.name)
    return best[1] if best else None


def _lookup(name: str, sources: Sequence[KnownSource]) -> KnownSource | None:
    wanted = " ".join(name.split()).casefold()
    for source in sources:
        if source.name.casefold() == wanted or any(a.casefold() == wanted for a in source.aliases):
            return source
    return None


def _as_publisher(name: str, sources: Sequence[KnownSource]) -> str | None:
    """The canonical name of an outlet named so, or the name itself when the reference
    sources do not know it and it reads like an outlet's; None for a party or a phrase."""
    name = " ".join(name.split()).strip(" .,'-")
    if len(name) < 2 or _DETERMINER.match(name):
        return None
    known = _lookup(name, sources)
    if known is not None:
        return None if known.kind in PARTY_KINDS else known.name
    if _INSTITUTION.search(name):
        return None
    return name


def publisher_from_text(text: str, sources: Sequence[KnownSource]) -> str | None:
    """The outlet the text credits as its own publisher, if it does."""
    for m in _DATELINE.finditer(text, 0, _DATELINE_REACH):
        found = _as_publisher(m.group("name"), sources)
        if found:
            return found
    for m in _OWN_SITE.finditer(text):
        found = _as_publisher(m.group("name"), sources)
        if found:
            return found
    return None


def find_publisher(text: str, url: str, sources: Sequence[KnownSource]) -> str | None:
    """A missing publisher: from the URL's host, else from the text (see the module doc)."""
    return publisher_from_host(url, sources) or publisher_from_text(text, sources)
