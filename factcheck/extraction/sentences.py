"""Sentence splitting with offsets, linear in the length of the text.

News text breaks on line ends (headlines, bullet points, captions) and on sentence
punctuation; abbreviations ("U.S.", "Gen.", "Feb.") and initials do not end a sentence.
Quoted spans are located too, so a claim can tell a direct quote from reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "tech",
        "cmdr",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fla",
        "calif",
        "wash",
        "ala",
        "ariz",
        "ark",
        "colo",
        "conn",
        "del",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "wis",
        "wyo",
        "approx",
        "dept",
        "est",
        "fig",
        "al",
    ]
)

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)|\n")
_CONTINUES_AFTER_US = re.compile(
    r"(?:Air|Army|Navy|Central|Department|Marine|Space|Forces?|Embassy|[A-Z]{2,})\b"
)
_TOKEN_BEFORE = re.compile(r"(?<![0-9])([A-Za-z][A-Za-z.]{0,11})\.$")
_QUOTE = re.compile(r"“[^“”\n]{1,2000}”|\"[^\"\n]{1,2000}\"|‘[^‘’\n]{3,600}’(?!\w)")

# one line longer than this is not prose; it is split hard so no pattern sees it whole
MAX_SENTENCE = 2000


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in title case ("Military Says U.S. Refueling Plane Has Crashed")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 200:
        return False
    words = re.findall(r"[A-Za-z][\w'’.-]*", line)
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitals >= 0.7 * len(words)


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the period ending at `stop` belongs to an abbreviation or an initial."""
    if text[stop - 1] != ".":
        return False
    m = _TOKEN_BEFORE.search(text, max(0, stop - 14), stop)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        # "U.S. officials" continues; "in the U.S. The next" ends: look at the next word
        nxt = text[stop : stop + 40].lstrip()
        return not (
            word == "u.s"
            and nxt[:1].isupper()
            and not _CONTINUES_AFTER_US.match(nxt)
            and not _title_case_line(text, stop)
        )
    return "." in word and len(word) <= 6  # "e.g", "a.m", "p.m"


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; offsets index `text`."""
    sentences: list[Sentence] = []
    start = 0

    def add(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:
            cut = s + MAX_SENTENCE
            sentences.append(Sentence(s, cut, text[s:cut], len(sentences)))
            s = cut
        if e > s:
            sentences.append(Sentence(s, e, text[s:e], len(sentences)))

    for m in _BOUNDARY.finditer(text):
        stop = m.end()
        if m.group() != "\n":
            punct_end = m.start() + len(m.group().rstrip("\"”’')]"))
            if _is_abbreviation(text, punct_end):
                continue
            nxt = text[stop : stop + 3].lstrip()
            if nxt[:1].islower():
                continue
        add(start, stop)
        start = stop
    add(start, len(text))
    return sentences


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (the marks included)."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)
