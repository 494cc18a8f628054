"""Word families: a vocabulary written as lemmas, matched in every inflection.

A phrase is written the way a journalist would list it: ``"{dam} {give} way"``. A word in
braces stands for its whole family (``give gives gave given giving``; ``dam dams``); other
words are literal; ``...`` lets up to four words come between. `phrase()` compiles one such
phrase to a regular expression, `any_of()` a list of them, so the vocabulary modules stay
lists of phrases, each testable on its own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

from .folding import folded

# forms the regular rules below cannot make (past, past participle, and odd plurals)
IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("am", "is", "are", "was", "were", "been", "being"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "say": ("says", "said", "saying"),
    "strike": ("struck", "stricken"),
    "give": ("gave", "given"),
    "fall": ("fell", "fallen"),
    "hit": ("hit", "hitting"),
    "shoot": ("shot",),
    "bring": ("brought",),
    "go": ("went", "gone", "goes"),
    "blow": ("blew", "blown"),
    "hold": ("held",),
    "hide": ("hid", "hidden"),
    "let": ("letting",),
    "fly": ("flew", "flown", "flies"),
    "tear": ("tore", "torn"),
    "break": ("broke", "broken"),
    "sweep": ("swept",),
    "sink": ("sank", "sunk", "sunken"),
    "leave": ("left",),
    "lose": ("lost",),
    "lead": ("led",),
    "know": ("knew", "known"),
    "take": ("took", "taken"),
    "find": ("found",),
    "make": ("made",),
    "come": ("came",),
    "put": ("put", "putting"),
    "set": ("set", "setting"),
    "bear": ("bore", "borne"),
    "drop": ("dropped", "dropping"),
    "rip": ("ripped", "ripping"),
    "plan": ("planned", "planning"),
    "stop": ("stopped", "stopping"),
    "rule": (),
    "misfire": (),
    "lie": ("lies", "lying", "lay", "lain"),
    "mean": ("meant",),
    "see": ("saw", "seen"),
    "think": ("thought",),
    "fight": ("fought",),
    "send": ("sent",),
    "hurt": ("hurt",),
    "wound": (),
    "pin": ("pinned", "pinning"),
    "trap": ("trapped", "trapping"),
    "sustain": (),
    "spill": ("spilt",),
    "burst": ("burst",),
    "slam": ("slammed", "slamming"),
    "plant": (),
    "child": ("children",),
    "person": ("people",),
    "man": ("men",),
    "woman": ("women",),
    "casualty": ("casualties",),
    "bomb": (),
    "rocket": (),
    "missile": (),
    "launch": ("launches",),
    "crash": ("crashes",),
    "blast": (),
    "attack": (),
}


def _regular(lemma: str) -> set[str]:
    """Plural / third person, past and -ing forms by the regular rules of English."""
    forms = {lemma}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        forms |= {stem + "ies", stem + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


def _forms(lemma: str) -> set[str]:
    return _regular(lemma) | set(IRREGULAR.get(lemma, ()))


@cache
def family(lemma: str) -> str:
    """The regular expression of every form of `lemma`, longest first."""
    if " " in lemma:  # a multiword lemma inflects its first word: "give way" -> gave way
        head, rest = lemma.split(" ", 1)
        return rf"(?:{family(head)})\s+{re.escape(rest)}"
    forms = _forms(lemma)
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


_TOKEN = re.compile(r"\{([^}]+)\}|\.\.\.|\S+")
GAP = r"(?:[\w'’-]+[,\"”’]?\s+[\"“‘]?){0,4}?"
# between two words of a phrase: a space, perhaps a quotation mark ('"have nothing to do" with')
# or an editor's bracket ("an air defence [missile]")
SPACE = r"[\"”’\]]?\s+[\"“‘\[]?"


def _compile_body(text: str) -> str:
    parts: list[str] = []
    for m in _TOKEN.finditer(text):
        if m.group(1):
            alternatives = [family(w.strip()) for w in m.group(1).split("|")]
            parts.append(r"\b(?:" + "|".join(alternatives) + r")\b")
        elif m.group(0) == "...":
            parts.append("GAP")
        else:
            # an apostrophe is either one ("don't", "don’t"); "n't" ends a word ("wasn't")
            word = re.escape(m.group(0)).replace("'", "['’]")
            parts.append(r"\b" + word + r"\b" if m.group(0)[0].isalnum() and not
                         m.group(0).startswith("n't") else word)  # fmt: skip
    body = ""
    for i, part in enumerate(parts):
        if part == "GAP":
            body += SPACE + GAP
        else:
            body += (SPACE if i and parts[i - 1] != "GAP" else "") + part
    return body


def phrase(text: str) -> str:
    """One phrase of the vocabulary as a regular expression (no groups, not compiled)."""
    return "(?:" + _compile_body(text) + ")"


def any_of(phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A compiled pattern matching any phrase of the list."""
    return re.compile("|".join(phrase(p) for p in phrases), flags)


# -- a cheap gate before a vocabulary's pattern --------------------------------------------------
# A word of a phrase (a family or a literal word) matches only a whole run of word characters of
# the text, one of its forms: the pattern puts a boundary before it and a boundary, a space or a
# non-word character after it. So a phrase matches only a text holding, as a word, one form of
# each of its words; the gate asks for one of them, the rarest-looking (a long content word, not
# "the" or "was"). A text holding none of the gate words of a list cannot match any phrase of it,
# and the pattern is not run. The characters that case-insensitive matching folds to ASCII
# letters but lower() does not (dotted and dotless i, long s, Kelvin sign) turn the gate off for
# the text that holds them.

_WORD_RUN = re.compile(r"\w+")
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")
_FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and",
     "or", "nor", "not", "no", "it", "its", "that", "which", "this", "they", "their", "be", "am",
     "is", "are", "was", "were", "been", "being", "bes", "bed", "bing", "have", "has", "had",
     "having", "haves", "haved", "do", "does", "did", "done", "doing"]
)  # fmt: skip
_last_words: tuple[str, frozenset[str] | None] = ("", frozenset())


def _first_run(text: str) -> str | None:
    m = _WORD_RUN.match(text.lower())
    return m.group(0) if m else None


def _token_runs(token: re.Match[str]) -> frozenset[str] | None:
    """The word runs one word of a phrase can match, None for a gap or a punctuation mark."""
    if token.group(1):
        forms = [f for w in token.group(1).split("|") for f in _forms(w.strip().split(" ")[0])]
    elif token.group(0) != "..." and token.group(0)[0].isalnum():
        forms = [token.group(0)]
    else:
        return None
    runs = set()
    for form in forms:
        run = _first_run(form)
        if run is None or not run.isascii():
            return None
        runs.add(run)
    return frozenset(runs)


def gate_words(phrases: list[str] | tuple[str, ...]) -> frozenset[str] | None:
    """Lowercase words a text must hold (one at least) for any phrase of the list to match it;
    None when a phrase has no word to ask for."""
    words: set[str] = set()
    for text in phrases:
        candidates = [r for t in _TOKEN.finditer(text) if (r := _token_runs(t))]
        if not candidates:
            return None
        words |= min(
            candidates, key=lambda runs: (runs <= _FUNCTION_WORDS, -min(map(len, runs)), len(runs))
        )
    return frozenset(words)


def _words(text: str) -> frozenset[str] | None:
    if any(c in text for c in _ODD_CASE):
        return None
    return frozenset(_WORD_RUN.findall(text.lower()))


def text_words(text: str) -> frozenset[str] | None:
    """The lowercase word runs of `text`, None when it holds a character the gate cannot fold
    (the last text's are kept: one sentence is asked of many vocabularies in a row)."""
    global _last_words
    last = _last_words
    if last[0] is text:
        return last[1]
    words = _words(text)
    _last_words = (text, words)
    return words


class Vocabulary:
    """`any_of(phrases)` behind the gate of `gate_words`: `search`, `match`, `fullmatch` and
    `finditer` answer as the pattern does, without running it on a text that has none of
    those words. Anything else is the compiled pattern's (`.pattern`, `.sub`, ...)."""

    def __init__(self, phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE) -> None:
        self.regex = folded(any_of(phrases, flags))
        self.gate = gate_words(phrases)

    def _cannot_match(self, text: str, pos: int, endpos: int | None) -> bool:
        if self.gate is None:
            return False
        if pos > 0 or (endpos is not None and endpos < len(text)):
            words = _words(text[max(pos, 0) : endpos])  # the pattern sees the slice alone
        else:
            words = text_words(text)
        return words is not None and words.isdisjoint(self.gate)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (
            None if self._cannot_match(text, pos, endpos) else self.regex.search(text, pos, endpos)
        )

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (
            None if self._cannot_match(text, pos, endpos) else self.regex.match(text, pos, endpos)
        )

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(text, pos, endpos):
            return None
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._cannot_match(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)
