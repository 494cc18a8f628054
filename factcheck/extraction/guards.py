"""Refuse what is not an English news text, cheaply and before any pattern runs."""

from __future__ import annotations

import re

MAX_CHARS = 400_000  # a long feature is ~60k characters; beyond this it is not an article
MAX_LINE = 60_000  # one line this long is a dump, not prose

_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "at",
        "it",
        "from",
        "are",
        "were",
        "has",
        "have",
        "had",
        "be",
        "said",
        "this",
        "an",
        "which",
        "or",
        "not",
        "but",
        "after",
        "their",
        "they",
        "his",
        "her",
        "its",
        "been",
        "also",
        "who",
        "will",
        "would",
        "than",
        "more",
        "about",
        "into",
        "over",
    ]
)


# control characters but tab and line ends, and the replacement character of a bad decode
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def skipped_reason(text: str, language: str = "en") -> str | None:
    """Why the text yields no claims, or None when it can be read."""
    if language and not language.lower().startswith("en"):
        return f"language: {language}"
    if not text or not text.strip():
        return "empty"
    if "\x00" in text:
        return "binary: NUL bytes"
    sample = text[:20_000]
    controls = len(_CONTROL.findall(sample))
    if controls > len(sample) * 0.01:
        return "binary: control characters"
    if len(text) > MAX_CHARS:
        return f"too long: {len(text)} characters"
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > MAX_LINE:
        return f"too long: a line of {longest} characters"
    words = _WORD.findall(sample.lower())
    if len(words) < 3:
        return "no words"
    english = sum(1 for w in words if w in _ENGLISH)
    if english < max(1, len(words) * 0.08):
        return "language: not English"
    return None
