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
