"""A speaker's country comes from the reference list of countries, not from a list in the
code: any country's adjective, its initials (dotted or not) and, where the adjective is the
initials, its full name."""

from __future__ import annotations

import json

from factcheck.extraction import extract
from factcheck.extraction.nationality import nationality_forms

from .conftest import make_doc


def _who(text: str) -> set[tuple[str, bool]]:
    claims = extract(make_doc(text), []).claims
    return {(c.claimant, c.claimant_anonymous) for c in claims if c.kind == "casualty"}


def test_an_irregular_adjective_names_the_officials_country():
    text = "A storm hit Vell on Monday. A Swiss official said 40 people had died."
    assert _who(text) == {("Swiss official (anonymous)", True)}


def test_dotted_initials_read_as_the_countrys_adjective():
    text = "A storm hit Vell on Monday. A U.K. official said 40 people had died."
    assert _who(text) == {("UK official (anonymous)", True)}


def test_forms_come_from_the_countries_file(tmp_path):
    path = tmp_path / "countries.json"
    rows = [
        {"name": "Corvania", "adjective": "Corvanese", "other_names": ["Republic of Corvania"]},
        {"name": "Free Hadran States", "adjective": "FHS", "other_names": ["Hadranish"]},
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")

    forms = nationality_forms(path)

    assert forms["corvanese"] == "Corvanese"
    assert "republic of corvania" not in forms  # a name, not an adjective
    assert forms["hadranish"] == "FHS"
    assert forms["free hadran states"] == "FHS"  # initials as adjective: the name stands too
    assert forms["f.h.s."] == "FHS"
    assert forms["nato"] == "NATO"  # blocs stand beside the countries
