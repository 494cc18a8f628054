"""Name variants of one source within an event, read as that source.

Claimants come from the text, so one source reaches the record under several names:
"Health Ministry", "Ministry of Health", "the health ministry in X", "X-run health ministry",
"X Health Ministry". Within one event, two party sources are one when their names hold the
same words once word order, articles, linking words ("of", "in", "under") and descriptive
modifiers ("X-run", "X-controlled") are set aside; and a name whose words all belong to
other names naming the same kind of body (the same head word: "ministry") is theirs where
those names form one line ("health ministry" in "X health ministry" in "X strip health
ministry"), never where they part ("health ministry" beside "X health ministry" and
"Y health ministry" stays its own), nor where the longer one names a part of it ("X Front"
and "X Front Health Office").

Outlets, publishers and anonymous sources are never merged: an outlet's own voice is told
apart by its id, and "officials (anonymous)" are not one person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factcheck.rules.base import OUTLET_KINDS, ClaimFact

_MODIFIER = re.compile(
    r"\b[\w.]+-(?:run|controlled|led|based|backed|affiliated|linked|appointed|aligned)\b"
)
_WORD = re.compile(r"[\w]+")
_FILLER = frozenset({"the", "of", "in", "under", "for", "s", "its", "a", "an"})


def name_words(name: str) -> frozenset[str]:
    """The words that identify a source's name, in no order."""
    text = _MODIFIER.sub(" ", name.lower().replace("’", "'"))
    text = text.replace("'s", " ")
    return frozenset(w for w in _WORD.findall(text) if w not in _FILLER)


_LINK = frozenset({"of", "in", "under", "to", "for", "at", "on"})


def head_word(name: str) -> str:
    """What the name names: its last word before any "of"/"in"/"to" ("ministry" in "the
    Ministry of Health" and in "X health ministry"; "office" in "X Front Health Office",
    which is not the front itself)."""
    text = _MODIFIER.sub(" ", name.lower().replace("’", "'")).replace("'s", " ")
    tokens = _WORD.findall(text)
    for index, token in enumerate(tokens):
        if token in _LINK and index > 0:
            tokens = tokens[:index]
            break
    return tokens[-1] if tokens else ""


def _surname_of(name: str, word: frozenset[str]) -> bool:
    """A one-word name joins a longer one only as its last word in a person's full name
    ("Biden" in "US President Joe Biden"), never as the organisation a person or body
    belongs to ("UN" in "an ambassador to the UN", "Hamas" in "authorities under Hamas")."""
    tokens = _WORD.findall(name.replace("’", "'").replace("'s", ""))
    return (
        len(tokens) > 1
        and tokens[-1].lower() in word
        and all(t[0].isupper() for t in tokens if t.lower() not in _FILLER)
    )


def _mergeable(fact: ClaimFact, publishers: set[int]) -> bool:
    return not (
        fact.claimant_kind in OUTLET_KINDS
        or fact.claimant_id in publishers
        or "(" in fact.claimant  # "X (anonymous)", "Outlet (Agency)"
    )


def merged_name_variants(facts: Sequence[ClaimFact]) -> list[ClaimFact]:
    """The facts with each claimant that is a name variant of another source of the event
    replaced by that source (id and name of the variant with the most claims)."""
    publishers = {f.publisher_id for f in facts if f.publisher_id is not None}
    names: dict[int, str] = {}
    counts: Counter[int] = Counter()
    for fact in facts:
        if _mergeable(fact, publishers):
            names[fact.claimant_id] = fact.claimant
            counts[fact.claimant_id] += 1
    if len(names) < 2:
        return list(facts)
    words = {source_id: name_words(name) for source_id, name in names.items()}
    words = {source_id: w for source_id, w in words.items() if w}

    # Same words: one group at once.
    by_words: dict[frozenset[str], list[int]] = {}
    for source_id, w in words.items():
        by_words.setdefault(w, []).append(source_id)
    # A word set inside others joins them where those others form one chain.
    keys = sorted(by_words, key=len)
    parent = {key: key for key in keys}
    for key in keys:
        heads = {head_word(names[s]) for s in by_words[key]}
        supersets = [
            other
            for other in keys
            if key < other
            and any(head_word(names[s]) in heads for s in by_words[other])
            and (len(key) > 1 or any(_surname_of(names[s], key) for s in by_words[other]))
        ]
        if not supersets:
            continue
        chain = all(a <= b or b <= a for a in supersets for b in supersets)
        if chain:
            parent[key] = max(supersets, key=len)

    def root(key: frozenset[str]) -> frozenset[str]:
        while parent[key] != key:
            key = parent[key]
        return key

    groups: dict[frozenset[str], list[int]] = {}
    for key, source_ids in by_words.items():
        groups.setdefault(root(key), []).extend(source_ids)
    to: dict[int, tuple[int, str]] = {}
    for source_ids in groups.values():
        if len(source_ids) < 2:
            continue
        head = max(source_ids, key=lambda s: (counts[s], len(names[s]), -s))
        for source_id in source_ids:
            if source_id != head:
                to[source_id] = (head, names[head])
    if not to:
        return list(facts)
    return [
        replace(fact, claimant_id=to[fact.claimant_id][0], claimant=to[fact.claimant_id][1])
        if fact.claimant_id in to
        else fact
        for fact in facts
    ]
