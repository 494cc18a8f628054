"""Case-insensitive patterns scanned as lowercase ones: the same matches, or no folding."""

from __future__ import annotations

import re

import pytest

from factcheck.extraction import causes
from factcheck.extraction.folding import Folded, fold_module, foldable, folded

_TEXTS = [
    "The Harbour Office said the STORM brought the old bridge down on Tuesday.",
    "Officials blamed the collapse squarely on poor upkeep of the levee, officials said.",
    "Nobody was hurt; the bridge's owners denied any fault.",
    "ſtorm damage was widespread in İzmit, a \u212aelvin-rated gauge showed.",  # folded by re
    "Some 40K people fled; 3 k more, 12K-strong crowds.",
    "",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:storm|flood)s?\b",
        r"(?<!not\s)\bblam(?:e|ed|es)\b\s+(?P<what>\w+)",
        r"said|says|denied",
        r"\bo(?:fficials?|wners)\b[^,;]{0,40}",
        r"k\w+",
        r"\d+\s*[kK](?![\w-])",  # a capital beside its small letter
    ],
)
def test_a_folded_pattern_answers_as_the_pattern(pattern):
    regex = re.compile(pattern, re.IGNORECASE)
    fast = folded(regex)
    assert isinstance(fast, Folded)
    for text in _TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in regex.finditer(text)
        ], text
        for pos, endpos in ((0, len(text)), (5, len(text)), (7, max(7, len(text) - 9))):
            got, want = fast.search(text, pos, endpos), regex.search(text, pos, endpos)
            assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))
            assert bool(fast.match(text, pos, endpos)) == bool(regex.match(text, pos, endpos))
    assert fast.pattern == regex.pattern


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bU\.S\. officials\b", re.IGNORECASE),  # a capital letter
        (r"[A-Z]\w+ said", re.IGNORECASE),  # a range of capitals
        (r"\d+\s*[K]\b", re.IGNORECASE),  # a capital alone in its class
        (r"(?-i:[a-z]+) said", re.IGNORECASE),  # case back on inside
        (r"(?:said)?", re.IGNORECASE),  # matches the empty string
        (r"said", 0),  # not case-insensitive: nothing to gain
        (r"said", re.IGNORECASE | re.ASCII),
    ],
)
def test_a_pattern_folding_would_change_is_left_alone(pattern, flags):
    regex = re.compile(pattern, flags)
    assert not foldable(regex)
    assert folded(regex) is regex


def test_a_module_keeps_the_patterns_handed_to_re_by_name():
    class Module:
        __name__ = "m"
        SAID = re.compile(r"\bsaid\b", re.IGNORECASE)
        PLAIN = re.compile(r"\bsaid\b")

    assert fold_module(Module, keep=frozenset({"SAID"})) == []  # type: ignore[arg-type]
    assert fold_module(Module) == ["SAID"]  # type: ignore[arg-type]
    assert isinstance(Module.SAID, Folded)


def test_the_package_folds_its_gate_patterns_on_import():
    assert isinstance(causes._MAY_CAUSE, Folded)
