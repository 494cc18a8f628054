"""Speakers named by an office or by "the authorities" rather than by name: "its mayor", "the
city's mayor", "the northern council's finance minister", "the authorities in Xtown", and bare
"the authorities" in a story about one country. Invented places and bodies throughout."""

from __future__ import annotations

import re

from factcheck.extraction import KnownSource, attribution, extract

from .conftest import make_doc


def _casualties(text: str) -> dict[int | None, str]:
    claims = extract(make_doc(text), []).claims
    return {c.min: c.claimant for c in claims if c.kind == "casualty"}


def test_its_mayor_is_the_mayor_of_the_town_just_named():
    text = "Mudslides in the hill town of Varnow killed at least 300 people, its mayor said."
    assert _casualties(text)[300] == "Varnow mayor"


def test_the_citys_mayor_in_a_while_clause():
    text = (
        "The regional council counted 45 dead in Oskel on Friday, while the city's mayor said "
        "on Sunday that 120 people had died."
    )
    found = _casualties(text)
    assert found[120] == "Oskel mayor"
    assert found[45] != "Oskel mayor"


def test_a_bodys_minister_speaks_for_that_body():
    text = "The northern council's health minister said on Monday that 212 people had died."
    assert _casualties(text)[212] == "Northern council's health minister"


def test_his_minister_stays_silent():
    claims = extract(make_doc("His health minister said 212 people had died."), []).claims
    assert not [c for c in claims if c.kind == "casualty"]


def test_its_chairman_names_no_one():
    # "its" with an office that is not a town's: of a body we cannot tell
    claims = extract(make_doc("The levee failed, and 80 people died, its president said."), [])
    assert all("resident" not in c.claimant.lower() for c in claims.claims)


def test_the_authorities_in_a_place():
    text = "The authorities in southern Vell said 64 people had died in the flood."
    assert _casualties(text)[64].lower() == "authorities in southern vell"


def test_bare_authorities_take_the_storys_country(monkeypatch):
    monkeypatch.setattr(attribution, "COUNTRY_NAMES", {"zedland": ("Zedland", "Zedish")})
    monkeypatch.setattr(attribution, "NATIONALITY", {"zedish": "Zedish"})
    monkeypatch.setattr(attribution, "_COUNTRY_WORD", re.compile(r"\b(?:Zedland|Zedish)\b"))
    text = (
        "Floods hit Zedland on Monday. Zedish rescuers reached the coast. The Zedish navy sent "
        "ships. According to the authorities, 900 people are missing."
    )
    assert _casualties(text)[900] == "Zedish authorities"


def test_story_country_needs_one_country_to_stand_out(monkeypatch):
    monkeypatch.setattr(
        attribution, "COUNTRY_NAMES", {"zedland": ("Zedland", "Zedish"), "ulm": ("Ulm", "Ulmish")}
    )
    monkeypatch.setattr(attribution, "NATIONALITY", {})
    monkeypatch.setattr(attribution, "_COUNTRY_WORD", re.compile(r"\b(?:Zedland|Ulm)\b"))
    assert attribution.story_country("Zedland, Zedland and Zedland; Ulm.") == "Zedish"
    assert attribution.story_country("Zedland and Ulm, Ulm and Zedland.") is None  # a tie
    assert attribution.story_country("Zedland, once.") is None


def test_an_acronym_inside_the_subject_is_skipped():
    text = (
        "On Friday, the Harbour State (HS) group claimed the bombings, saying two of its "
        "fighters had blown themselves up."
    )
    claims = extract(make_doc(text), []).claims
    assert {c.claimant for c in claims if c.kind == "cause"} == {"Harbour State group"}


def test_people_living_there_are_residents():
    text = "People living there said they heard loud blasts as the levee outside the town gave way."
    claims = extract(make_doc(text), []).claims
    assert [c.claimant for c in claims if c.kind == "cause"] == ["residents (anonymous)"]


def test_a_countrys_media_and_the_media_just_quoted(monkeypatch):
    monkeypatch.setattr(
        attribution,
        "_NATIONAL_MEDIA",
        re.compile(
            r"(?P<the>the\s+)?(?:(?P<nat>Zedish)\s+)?(?P<kind>(?:state|public)\s+)?media"
            r"(?:\s+(?:reports?|outlets))?",
            re.IGNORECASE,
        ),
    )
    monkeypatch.setattr(attribution, "nationality_label", lambda word: "Zedish")
    text = (
        "Zedish media reports said two blasts hit the square. "
        "\u201c31 are feared dead and 70 have been injured,\u201d the media reports said."
    )
    found = _casualties(text)
    assert found[31] == found[70] == "Zedish media"


def test_a_media_report_of_no_country_stays_silent():
    claims = extract(make_doc("A media report said that 31 people had died in two blasts."), [])
    assert not [c for c in claims.claims if c.kind == "casualty"]


def test_a_media_report_is_the_media_the_next_lines_describe():
    text = (
        "A media report said that 31 people had died in two blasts in Varnow. According to "
        "local media, the blasts hit the market at noon."
    )
    assert _casualties(text)[31] == "Local media"


def test_a_titles_media_say_are_the_media_the_story_describes():
    title = "Blast at Varnow depot leaves 6 dead, media say"
    doc = make_doc("According to local media, the blast hit a fuel depot at dawn.", title=title)
    counts = [c for c in extract(doc, []).claims if c.kind == "casualty" and c.min == 6]
    assert [c.claimant for c in counts] == ["Local media"]


def test_a_question_is_no_ones_statement_and_he_goes_on():
    text = (
        "Tomas Renk said the missile was probably not launched from Ulm. Asked on Monday "
        "whether it was too soon to say if Ulm had fired the missile, Renk replied: \u201cThere "
        "is early information that contests that.\u201d He did not want to say more, but added "
        "that \u201cit is unlikely that the missile was fired from Ulm.\u201d"
    )
    claims = [c for c in extract(make_doc(text), []).claims if c.kind == "cause"]
    fired = [c for c in claims if text[c.start : c.end] == "fired from"]
    assert [c.claimant for c in fired] == ["Tomas Renk"]
    assert {c.claimant for c in claims} == {"Tomas Renk"}


def test_a_hedging_he_with_no_one_before_stays_silent():
    text = "He would not say more, but added that the missile was fired from Ulm."
    claims = extract(make_doc(text), []).claims
    assert not [c for c in claims if c.kind == "cause"]


def test_an_office_by_its_holder_is_not_another_holders_office():
    # the list holds the prime minister's office under the government; the prosecutor's
    # office is another body, even in a story that names that government
    government = KnownSource(
        name="Zedland government",
        aliases=("Zedish prime minister's office",),
        kind="government",
    )
    text = (
        "A depot blast killed 12 people in Xtown, Zedland, on Monday. The prosecutor's office "
        "said the blast was caused by a gas leak."
    )
    causes = [c for c in extract(make_doc(text), [government]).claims if c.kind == "cause"]
    assert causes
    assert all(c.claimant != "Zedland government" for c in causes)
    text = (
        "A depot blast killed 12 people in Xtown, Zedland, on Monday. The prime minister's "
        "office said the blast was caused by a gas leak."
    )
    causes = [c for c in extract(make_doc(text), [government]).claims if c.kind == "cause"]
    assert [c.claimant for c in causes] == ["Zedland government"]
