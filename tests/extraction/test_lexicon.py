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


def test_a_quotation_mark_between_words_keeps_the_phrase():
    pattern = any_of(["{have} nothing to do with ... {weapon}"])
    assert pattern.search('photos that "have nothing to do" with Ruritanian weapons')
    assert pattern.search("photos that have nothing to do with ‘our’ weapons")
    assert not pattern.search("photos that have nothing. To do with weapons")


def test_the_family_regex_is_cached_and_plain():
    assert family("rocket") is family("rocket")
    assert "rockets" in family("rocket")


# -- the gate of a vocabulary: same answers as the pattern, without running it on every text ---


def test_the_gate_asks_for_a_content_word_of_each_phrase():
    from factcheck.extraction.lexicon import gate_words

    words = gate_words(["was {cause} by the {storm}", "{blame} ... on"])
    assert words is not None
    assert {"blame", "blamed", "blames", "blaming"} <= words  # every form of the word asked for
    assert words & {"cause", "storm"}
    assert not words & {"was", "by", "the", "on"}
    assert gate_words(["... on the way"]) is not None  # "way": a gap needs no word
    assert gate_words(["— {storm}", "(see"]) is None  # "(see": no word to ask for


_SENTENCES = [
    "The storm brought the old bridge down on Tuesday, the harbour office said.",
    "Officials blamed the collapse squarely on poor upkeep of the levee.",
    "A spokesman denied that any strike had hit the depot.",
    "Nobody was hurt.",
    "The bombstrike rumour was dismissed.",
    "ſtorm damage was widespread, the Kelvin-rated \u212ailn said.",  # characters folded by re
    "",
]


@pytest.mark.parametrize(
    "phrases",
    [
        ["was {cause} by the {storm}", "{blame} ... on", "{storm}", "strike"],
        ["{deny} that", "{dismiss}", "{bring} ... down", "U.S. {strike}"],
    ],
)
def test_a_vocabulary_answers_as_its_pattern(phrases):
    from factcheck.extraction.lexicon import Vocabulary

    gated, plain = Vocabulary(phrases), any_of(phrases)
    for text in _SENTENCES:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == spans, text
        assert bool(gated.search(text)) == bool(plain.search(text)), text
        for pos, endpos in ((0, len(text)), (4, len(text)), (3, max(0, len(text) - 5))):
            found = plain.search(text, pos, endpos)
            again = gated.search(text, pos, endpos)
            assert (again and again.span()) == (found and found.span()), (text, pos, endpos)
            assert bool(gated.match(text, pos, endpos)) == bool(plain.match(text, pos, endpos))
    assert gated.pattern == plain.pattern


def test_a_slice_is_gated_on_its_own_words():
    from factcheck.extraction.lexicon import Vocabulary

    strike, plain = Vocabulary(["strike"]), any_of(["strike"])
    text = "The bombstrike rumour, then a strike"
    assert strike.search(text, 0, 20) is None  # no word "strike" before the comma
    assert strike.search(text, 8, 20) is plain.search(text, 8, 20) is None  # inside a word
    assert strike.search(text, 8, 14) is plain.search(text, 8, 14) is None  # the "b" before
    assert strike.search(text, 29).span() == plain.search(text, 29).span()
