"""Word families: a vocabulary written as lemmas, matched in every inflection.

A phrase is written the way a journalist would list it: ``"{dam} {give} way"``. A word in
braces stands for its whole family (``give gives gave given giving``; ``dam dams``); other
words are literal; ``...`` lets up to four words come between. `phrase()` compiles one such
phrase to a regular expression, `any_of()` a list of them, so the vocabulary modules stay
lists of phrases, each testable on its own.
"""

from __future__ import annotations

import re
from functools import cache

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
    "fly": ("flew", "flown", "flies"),
    "tear": ("tore", "torn"),
    "break": ("broke", "broken"),
    "sweep": ("swept",),
    "leave": ("left",),
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


@cache
def family(lemma: str) -> str:
    """The regular expression of every form of `lemma`, longest first."""
    if " " in lemma:  # a multiword lemma inflects its first word: "give way" -> gave way
        head, rest = lemma.split(" ", 1)
        return rf"(?:{family(head)})\s+{re.escape(rest)}"
    forms = _regular(lemma) | set(IRREGULAR.get(lemma, ()))
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


_TOKEN = re.compile(r"\{([^}]+)\}|\.\.\.|\S+")
GAP = r"(?:[\w'’-]+,?\s+){0,4}?"


def _compile_body(text: str) -> str:
    parts: list[str] = []
    for m in _TOKEN.finditer(text):
        if m.group(1):
            alternatives = [family(w.strip()) for w in m.group(1).split("|")]
            parts.append(r"\b(?:" + "|".join(alternatives) + r")\b")
        elif m.group(0) == "...":
            parts.append("GAP")
        else:
            parts.append(r"\b" + re.escape(m.group(0)) + r"\b" if m.group(0)[0].isalnum() else
                         re.escape(m.group(0)))  # fmt: skip
    body = ""
    for i, part in enumerate(parts):
        if part == "GAP":
            body += r"\s+" + GAP
        else:
            body += (r"\s+" if i and parts[i - 1] != "GAP" else "") + part
    return body


def phrase(text: str) -> str:
    """One phrase of the vocabulary as a regular expression (no groups, not compiled)."""
    return "(?:" + _compile_body(text) + ")"


def any_of(phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A compiled pattern matching any phrase of the list."""
    return re.compile("|".join(phrase(p) for p in phrases), flags)
