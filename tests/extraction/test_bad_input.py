from __future__ import annotations

import time

import pytest

from factcheck.extraction import DocumentInput, extract
from factcheck.extraction.casualties import find_aircraft_losses, find_counts
from factcheck.extraction.causes import find_causes
from factcheck.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "abc\x00\x01\x02 binary \x00 stuff",
        "\x89PNG\r\n\x1a\n" + "\x00" * 50,
        "Der Tankflugzeug ist im Westen des Irak abgestürzt, sagte das Militär am Donnerstag.",
        "Un avion ravitailleur américain s'est écrasé dans l'ouest de l'Irak, selon l'armée.",
    ],
)
def test_bad_text_is_skipped_with_a_reason(text, sources):
    result = extract(DocumentInput(text=text), sources)
    assert result.claims == []
    assert result.skipped_reason


def test_declared_other_language_is_skipped(sources):
    result = extract(DocumentInput(text="Six people were killed.", language="fr"), sources)
    assert result.skipped_reason == "language: fr"


def test_two_megabytes_on_one_line_is_skipped_quickly(sources):
    line = "six crew members were killed, the military said and " * 40_000
    assert len(line) > 2_000_000
    started = time.perf_counter()
    result = extract(DocumentInput(text=line), sources)
    assert time.perf_counter() - started < 2.0
    assert result.claims == []
    assert result.skipped_reason


def test_patterns_stay_linear_on_long_unbroken_text():
    # a long line of near-matches, fed to the patterns directly (no length guard)
    text = ("at least the six of the seven crew members of a US aircraft not " * 3_000)[:200_000]
    started = time.perf_counter()
    for sentence in split_sentences(text):
        find_counts(sentence.text, aircraft_event=True, us_context=True)
        find_aircraft_losses(sentence.text, us_context=True)
        find_causes(sentence.text)
    # Under a second on a quiet machine; a pattern that backtracks takes minutes on this
    # input, so a generous bound tells the two apart even on a loaded CI machine.
    assert time.perf_counter() - started < 30.0
