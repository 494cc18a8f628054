"""Who holds a casualty figure: published official figures, a body named with its initials,
and the other holders a report names around a figure. Invented bodies, people and places
throughout."""

from __future__ import annotations

from factcheck.extraction import extract, speech
from factcheck.extraction.extractor import _bracketed_repeat

from .conftest import make_doc


def _holders(text: str) -> dict[int | None, list[str]]:
    found: dict[int | None, list[str]] = {}
    for claim in extract(make_doc(text), []).claims:
        if claim.kind == "casualty":
            found.setdefault(claim.min, []).append(claim.claimant)
    return found


def test_official_figures_show_a_toll():
    text = "The storm hit Xtown on Monday. Official figures show that it has killed 310 people."
    assert _holders(text)[310] == ["official figures"]


def test_latest_official_toll_puts_the_dead_at():
    text = "The latest official toll puts the dead at 1,240, while aid groups say more are missing."
    assert _holders(text)[1240] == ["official figures"]


def test_according_to_official_figures_is_not_an_official():
    assert _holders("According to official figures, 48 people died in Xtown.")[48] == [
        "official figures"
    ]


def test_an_official_is_still_an_official():
    assert _holders("Officials said 48 people died in Xtown.")[48] == ["officials (anonymous)"]


def _speaker(start: int, end: int, verb_at: int) -> speech.Speaker:
    return speech.Speaker(start, end, "", start, end, "subject", True, verb_at=verb_at)


def test_bracketed_initials_repeat_the_name_before_them():
    text = "The Vell Relief Agency (VRA) said 40 died."
    name = _speaker(4, 22, 29)
    initials = _speaker(24, 27, 29)
    assert _bracketed_repeat(text, initials, [name, initials])
    assert not _bracketed_repeat(text, name, [name, initials])


def test_bracketed_name_of_another_verb_is_kept():
    text = "The Vell Relief Agency (VRA) said 40 died."
    assert not _bracketed_repeat(text, _speaker(24, 27, 29), [_speaker(4, 22, 99)])


def test_officials_in_a_place_are_the_body_named_there():
    text = (
        "The health ministry in Xtown said a strike hit the clinic. Officials in Xtown have "
        "put the toll at 40 killed."
    )
    assert _holders(text)[40] == ["Health ministry"]


def test_officials_in_a_place_without_a_body_stay_unnamed():
    text = "A strike hit the clinic. Officials in Xtown have put the toll at 40 killed."
    assert _holders(text)[40] == ["officials (anonymous)"]


def test_group_that_runs_a_health_body_gives_its_tolls_through_it():
    text = (
        "Health authorities under Vellmar had said 300 people were killed in the strike. "
        "Vellmar still says 290 people were killed."
    )
    found = _holders(text)
    assert found[300] == ["Health authorities under Vellmar"]
    assert found[290] == ["Health authorities under Vellmar"]


def test_group_named_as_running_a_health_body_is_that_body():
    text = (
        "The health ministry run by the Zedland Front said 300 people were killed in the "
        "strike. Later the Zedland Front said 290 people were killed."
    )
    assert _holders(text)[290] == ["Health ministry run by the Zedland Front"]


def test_group_without_a_health_body_keeps_its_toll():
    text = "Medics said 300 people were killed. The Zedland Front says 290 people were killed."
    assert _holders(text)[290] == ["Zedland Front"]


def test_figures_given_in_the_next_sentence_are_the_givers():
    text = "Floods killed 40 people in Xtown on Monday. The Vell health office gave the figures."
    assert _holders(text)[40] == ["Vell health office"]


def test_figures_without_a_giver_stay_the_outlets():
    text = "Floods killed 40 people in Xtown on Monday. Rescuers are still searching."
    assert _holders(text)[40] == ["Example Wire"]


def test_authorities_keep_their_own_nationality():
    text = (
        "Bolivia sent troops to Xtown. Bolivia has closed the border. Bolivia is in mourning. "
        "Floods killed 40 people in Xtown. Chilean authorities in the enclave gave the "
        "figures, a broadcaster reported."
    )
    assert _holders(text)[40] == ["Chilean authorities"]


def test_headline_country_is_its_body_giving_the_same_figure():
    text = (
        "Bolivia estimates 100 to 300 dead in clinic blast\n\n"
        "The Bolivian health office estimates that the blast killed 100 to 300 people."
    )
    claims = extract(make_doc(text, title="Bolivia estimates 100 to 300 dead in clinic blast"), [])
    headline = [c for c in claims.claims if c.kind == "casualty" and c.attribution == "headline"]
    assert [c.claimant for c in headline] == ["Bolivian health office"]


def test_headline_country_without_that_figure_below_stays_the_country():
    text = (
        "Bolivia estimates 100 to 300 dead in clinic blast\n\n"
        "The Bolivian health office said on Monday that 40 people had died."
    )
    claims = extract(make_doc(text, title="Bolivia estimates 100 to 300 dead in clinic blast"), [])
    headline = [c for c in claims.claims if c.kind == "casualty" and c.attribution == "headline"]
    assert [c.claimant for c in headline] == ["Bolivian government"]


def test_plural_possessive_names_the_holder_of_a_toll():
    text = (
        "Floods hit Xtown on Monday. Rescuers searched the ruins. The health authorities' "
        "earlier death toll had been 5,500."
    )
    assert _holders(text)[5500] == ["Health authorities"]


def test_plural_possessive_before_other_words_is_no_cue():
    text = "Floods hit Xtown on Monday. The farmers' fields were flooded, and 12 people died."
    assert _holders(text)[12] == ["Example Wire"]


def _headline_holders(body: str) -> list[tuple[str, str]]:
    title = "Floods kill 40 in Xtown, minister says"
    claims = extract(make_doc(f"{title}\n\n{body}", title=title), []).claims
    return [(c.claimant, c.attribution) for c in claims if c.kind == "casualty"]


def test_headline_title_is_the_speaker_below_with_that_title():
    found = _headline_holders("The Vell health minister said on Sunday that 40 people had died.")
    assert ("Vell health minister", "headline") in found


def test_headline_title_no_one_below_carries_names_no_one():
    found = _headline_holders("Rescuers said on Sunday that 40 people had died.")
    assert [attribution for _, attribution in found] == ["reported"]
