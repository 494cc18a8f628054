"""Who speaks when news language names a body through its people: "X officials said",
"an X spokesperson said", "X: ..." in a headline. Invented bodies and places throughout."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _who(text: str, title: str = "") -> set[tuple[str, bool]]:
    claims = extract(make_doc(text, title=title), []).claims
    return {(c.claimant, c.claimant_anonymous) for c in claims if c.kind == "casualty"}


def test_officials_of_a_named_body_speak_for_it():
    text = "A ferry sank off Morrow Point on Sunday. Harbour Board officials said 12 people died."
    assert _who(text) == {("Harbour Board", False)}


def test_officials_in_a_relative_clause_speak_for_their_body():
    text = "The ferry sank on Sunday, which Tallis Union officials said had killed 9 people."
    assert _who(text) == {("Tallis Union", False)}


def test_spokesperson_of_a_named_ministry_speaks_for_it():
    text = "A storm hit Vell on Monday. An Interior Ministry spokesperson said 40 people had died."
    assert _who(text) == {("Interior Ministry", False)}


def test_officials_of_a_country_stay_anonymous():
    text = "A storm hit Vell on Monday. Iranian officials said 40 people had died."
    assert _who(text) == {("Iranian officials (anonymous)", True)}


def test_a_day_before_officials_names_no_body():
    text = "A storm hit Vell. On Tuesday officials said 40 people had died."
    assert _who(text) == {("officials (anonymous)", True)}


def test_sources_described_by_a_trade_name_no_body():
    text = "A storm hit Vell on Monday. Medical sources said 40 people had died."
    assert ("Medical", False) not in _who(text)


def test_headline_opening_with_a_body_and_a_colon_is_that_body_speaking():
    who = _who("The storm reached the port on Sunday.", title="Harbour Board: storm kills 150")
    assert ("Harbour Board", False) in who


def test_headline_opening_with_a_topic_and_a_colon_is_the_outlet_speaking():
    who = _who("The toll rose on Monday.", title="Morrow flood: death toll climbs to 5,200")
    assert who == {("Example Wire", False)}


def test_title_case_headline_topic_is_not_a_speaker():
    who = _who("The toll rose on Monday.", title="Morrow Floods: Death Toll Climbs To 5,200")
    assert who == {("Example Wire", False)}


def test_dated_line_with_a_body_and_a_colon_is_that_body_speaking():
    text = "May 4, 2026 — Vell Red Cross: more than 1,100 found dead in the city."
    assert _who(text) == {("Vell Red Cross", False)}


def test_place_dateline_with_a_colon_is_not_a_speaker():
    text = "New Town: At least 53 people are feared to have died in two explosions."
    assert ("New Town", False) not in _who(text)


def test_headline_surname_and_colon_is_the_person_the_story_names():
    text = "The president, Tomas Renko, spoke in Vell on Monday."
    who = _who_causes(text, title="Renko: Vell blast the work of the other side, not ours")
    assert "Tomas Renko" in who


def test_headline_place_and_colon_is_not_a_speaker():
    who = _who_causes("The city of Vell mourned.", title="Vell: blast the work of the other side")
    assert who == {"Example Wire"}


def _who_causes(text: str, title: str) -> set[str]:
    claims = extract(make_doc(text, title=title), []).claims
    return {c.claimant for c in claims if c.kind == "cause"}


def test_health_officials_speak_for_the_health_ministry():
    text = "A blast hit the clinic in Vell on Tuesday. Health officials said 40 people were killed."
    assert _who(text) == {("Health ministry", False)}


def test_according_to_a_ministry_official_names_the_ministry():
    text = "A blast hit Vell. According to a health ministry official, 40 were killed."
    assert _who(text) == {("Health ministry", False)}


def test_ministry_spokesman_speaks_for_the_ministry():
    text = "A storm hit Vell. An interior ministry spokesman said 40 people had died."
    assert _who(text) == {("Interior ministry", False)}


def test_foreign_officials_are_not_a_foreign_ministry():
    text = "A storm hit Vell. Foreign officials said 40 people had died."
    assert _who(text) == {("officials (anonymous)", True)}


def test_the_organization_is_the_body_the_story_last_quoted():
    text = (
        "The toll in Vell reached 1,300, according to the Vell Red Cross. "
        "The organization added that 1,100 people are listed as missing."
    )
    assert _who(text) == {("Vell Red Cross", False)}


def test_the_militant_group_is_not_the_aid_body_last_quoted():
    text = (
        "The toll reached 1,300, according to the Vell Red Cross. "
        "The militant group said 40 fighters were killed."
    )
    assert ("Vell Red Cross", False) in _who(text)
    assert len(_who(text)) == 2


def test_a_proper_name_ending_in_army_is_that_body_not_an_army():
    text = (
        "A dam burst above Vell. Ahmed Tarin, spokesman of the eastern-based Vell National "
        "Army (VNA), said the flood followed the collapse of dams. He estimated that "
        "5,000-6,000 people were missing."
    )
    assert _who(text) == {("Vell National Army", False)}
