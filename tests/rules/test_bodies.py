"""One form for a body's name (factcheck.rules.bodies), from a countries file of invented
countries, and names.py reading a country and its adjective as one."""

from __future__ import annotations

import json

import pytest

from factcheck.rules import bodies
from factcheck.rules.bodies import canonical_body, fold_countries
from factcheck.rules.names import merged_name_variants, name_words
from tests.countries import use_countries
from tests.rules.facts import fact

SHIPPED = bodies.COUNTRIES_FILE

INVENTED = [
    {"name": "Ruritania", "adjective": "Ruritanian", "capital": "Strelsau"},
    {"name": "Ostland", "adjective": "Ostish"},
    {"name": "the Lowmarches", "adjective": "Marcher", "other_names": ["Lowmarch"]},
    {"name": "Grand Federation", "adjective": "GF", "other_names": ["Federated", "G.F."]},
]


@pytest.fixture(autouse=True)
def invented_countries(tmp_path, monkeypatch):
    yield from use_countries(INVENTED, tmp_path, monkeypatch)


@pytest.mark.parametrize(
    "written",
    [
        "Ruritania's Ministry of Health",
        "the Ministry of Health of Ruritania",
        "the health ministry in Ruritania",
        "Ruritania Health Ministry",
        "the Ruritanian health ministry",
        "Ruritania’s health ministry",
    ],
)
def test_a_ministry_written_several_ways_has_one_form(written):
    assert canonical_body(written) == "Ruritanian Health Ministry"


def test_foreign_affairs_and_the_spellings_are_one_form():
    assert canonical_body("Ostland's Ministry of Foreign Affairs") == "Ostish Foreign Ministry"
    assert canonical_body("the Ostish foreign ministry") == "Ostish Foreign Ministry"
    assert canonical_body("Ostland's Defence Ministry") == "Ostish Defence Ministry"
    assert canonical_body("Ostish defense ministry") == "Ostish Defence Ministry"
    assert canonical_body("Ministry of Defense") == "Defence Ministry"
    assert canonical_body("Defense Department") == "Defense Department"
    assert canonical_body("Ministry of the Interior") == "Interior Ministry"
    assert canonical_body("Department of State") == "State Department"


def test_a_country_named_with_an_article_or_initials_takes_its_adjective():
    assert canonical_body("the Lowmarches' health ministry") == "Marcher Health Ministry"
    assert canonical_body("G.F. State Department") == "GF State Department"
    assert canonical_body("Grand Federation State Department") == "GF State Department"
    assert canonical_body("Federated State Department") == "GF State Department"
    assert canonical_body("authorities in Ruritania") == "Ruritanian authorities"


def test_other_names_are_left_as_written():
    assert canonical_body("Ministry of Health and Welfare") == "Ministry of Health and Welfare"
    assert canonical_body("Ruritania Daily Herald") == "Ruritania Daily Herald"
    assert canonical_body("The Ostland Courier") == "The Ostland Courier"
    assert canonical_body("officials (anonymous)") == "officials (anonymous)"
    assert canonical_body("health ministry in the capital") == "Health Ministry in the capital"
    # A body of something else in the country keeps its own name.
    assert (
        canonical_body("interior ministry of Ostland's northern government")
        == "Interior Ministry of Ostland's northern government"
    )


def test_folding_reads_every_form_of_a_country_as_its_adjective():
    assert fold_countries("the lowmarches' army") == "marcher' army"
    assert fold_countries("ostland and ruritania") == "ostish and ruritanian"
    assert fold_countries("ostlander") == "ostlander"  # a whole word only


def test_names_read_a_country_and_an_irregular_adjective_as_one():
    assert name_words("Ostland's Ministry of Foreign Affairs") == name_words(
        "Ostish Foreign Ministry"
    )
    assert name_words("Grand Federation State Department") == name_words(
        "Federated State Department"
    )
    facts = [
        fact("Ostish Foreign Ministry", kind="cause", text="a"),
        fact("Ostish Foreign Ministry", kind="cause", text="b"),
        fact("Ministry of Foreign Affairs of Ostland", kind="cause", text="c"),
    ]
    merged = {f.text: f.claimant for f in merged_name_variants(facts)}
    assert set(merged.values()) == {"Ostish Foreign Ministry"}
    # Two countries' ministries stay two.
    other = [*facts, fact("Ruritanian Foreign Ministry", kind="cause", text="d")]
    merged = {f.text: f.claimant for f in merged_name_variants(other)}
    assert merged["d"] == "Ruritanian Foreign Ministry"
    assert merged["c"] == "Ostish Foreign Ministry"


def test_the_shipped_countries_file_gives_each_form_one_adjective():
    adjectives: dict[str, set[str]] = {}
    for row in json.loads(SHIPPED.read_text(encoding="utf-8")):
        assert row["name"]
        assert row["adjective"]
        for form in (row["name"], row["adjective"], *row.get("other_names", ())):
            adjectives.setdefault(form.lower(), set()).add(row["adjective"])
    assert all(len(found) == 1 for found in adjectives.values())


def test_a_proper_name_after_a_countrys_possessive_is_kept_as_written():
    # An outlet or a person the country "owns" in the sentence is not a body of its state.
    assert canonical_body("Ruritania's Morning Courier") == "Ruritania's Morning Courier"
    assert canonical_body("Ruritania's President Vell") == "Ruritania's President Vell"


def test_a_body_after_a_countrys_possessive_takes_the_adjective():
    assert canonical_body("Ruritania's army") == "Ruritanian army"


def test_a_capital_named_for_its_government_is_the_government():
    # "Strelsau rejected the claim": news names a government by its seat.
    assert canonical_body("Strelsau") == "Ruritanian government"
    assert canonical_body("the State Department in Strelsau") == "Ruritanian State Department"
    assert canonical_body("officials in Strelsau") == "Ruritanian officials"


def test_a_capital_inside_another_name_is_kept_as_written():
    assert canonical_body("Strelsau Post") == "Strelsau Post"
    assert canonical_body("Strelsau city council") == "Strelsau city council"
    assert canonical_body("the mayor of Strelsau") == "the mayor of Strelsau"
