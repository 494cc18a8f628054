from __future__ import annotations

import pytest

from factcheck.extraction.lexicon import any_of, family


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("strike", ["strike", "strikes", "striking", "struck"]),
        ("give way", ["give way", "gave way", "given way", "gives way"]),
        ("casualty", ["casualty", "casualties"]),
        ("hospitalise", ["hospitalised", "hospitalises", "hospitalising"]),
        ("deny", ["denied", "denies", "denying"]),
    ],
)
def test_a_family_matches_every_inflection(lemma, forms):
    pattern = any_of([f"{{{lemma}}}"])
    for form in forms:
        assert pattern.fullmatch(form), form


def test_a_family_does_not_match_another_word():
    pattern = any_of(["{storm}"])
    assert pattern.search("brainstorming session") is None
    assert pattern.search("the storm passed") is not None


def test_a_gap_lets_a_few_words_come_between():
    pattern = any_of(["{blame} ... on"])
    assert pattern.search("they pinned the blame squarely on the rebels")
    assert pattern.search("the council blamed the flooding on poor drainage")
    assert pattern.search("blame for years of neglect falls on nobody in particular here") is None


def test_the_family_regex_is_cached_and_plain():
    assert family("rocket") is family("rocket")
    assert "rockets" in family("rocket")
