"""A person who speaks for a body is read as that body (factcheck.rules.roles), from a
countries file of invented countries."""

from __future__ import annotations

import pytest

from factcheck.rules.names import merged_name_variants
from factcheck.rules.roles import body_for, full_name, regional_name, spoken_for
from tests.countries import use_countries
from tests.rules.facts import count, fact

INVENTED = [
    {"name": "Ruritania", "adjective": "Ruritanian"},
    {"name": "Ostland", "adjective": "Ostish"},
]


@pytest.fixture(autouse=True)
def invented_countries(tmp_path, monkeypatch):
    yield from use_countries(INVENTED, tmp_path, monkeypatch)


@pytest.mark.parametrize(
    ("name", "text", "body"),
    [
        (
            "Tomas Vell",
            "Storms hit Ruritania. The toll is 40, said Tomas Vell, interior minister in the "
            "country's northern government.",
            "Northern Ruritanian Interior Ministry",
        ),
        (
            "Ada Brun",
            "Ada Brun, health minister of the southern Ruritanian government, said 12 died.",
            "Southern Ruritanian Health Ministry",
        ),
        (
            "Ilse Marr",
            "Ilse Marr, who leads the Ostish Mountain Rescue Society, told reporters.",
            "Ostish Mountain Rescue Society",
        ),
        (
            "Pavel Orn",
            "Pavel Orn, who studies shipping for a harbour think tank, the Institute for "
            "Coastal Studies, said the count was lower.",
            "Institute for Coastal Studies",
        ),
        (
            "Jon Sker",
            "Later, Ruritanian Health Minister Jon Sker lowered the toll to 9.",
            "Ruritanian Health Ministry",
        ),
        (
            "Lena Fosk",
            "The head of the Ostish Lifeboat Service's harbour branch, Lena Fosk, said 4 died.",
            "Ostish Lifeboat Service",
        ),
        (
            "Karl Dane",
            "Karl Dane, a political adviser to the Ruritanian president, wrote that ...",
            "Ruritanian Presidential Office",
        ),
    ],
)
def test_a_person_speaks_for_the_body_the_report_names_beside_them(name, text, body):
    assert body_for(name, [text]) == body


def test_a_mayor_named_with_the_town_speaks_for_its_municipality():
    text = "Kessa's mayor, Ilan Dore, said up to 900 people may have died."
    assert body_for("Ilan Dore", [text]) == "Kessa Municipality"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Ostland's Interior Minister Rolf Hage", "Ostish Interior Ministry"),
        ("the Lifeboat Service's chief in the region", "Lifeboat Service"),
        ("chief of the Lifeboat Service's harbour branch", "Lifeboat Service"),
        ("health minister of the northern administration", "Northern Health Ministry"),
        ("Health authorities in northern Ruritania", "Northern Ruritanian Health Ministry"),
        ("Port Vell mayor", "Port Vell Municipality"),
        ("mayor of Kessa", "Kessa Municipality"),
        ("the mayor of the city of Kessa", "Kessa Municipality"),
        ("Kessa's mayor", "Kessa Municipality"),
        (
            "Interior Ministry of Ruritania's northern government",
            "Northern Ruritanian Interior Ministry",
        ),
    ],
)
def test_a_claimant_named_by_a_post_or_a_region_takes_the_body(name, body):
    assert body_for(name, []) == body


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ruritania's ambassador to the UN", ""),
        ("Ruritania's mayor", ""),
        ("the city's mayor", ""),
        ("Ostland's President Ema Rusk", ""),
        ("Ema Rusk", "Ema Rusk said the storm was the worst in years."),
        ("Health Ministry in Vell Valley", ""),
        ("Ruritanian Health Ministry", ""),
    ],
)
def test_no_body_is_made_up_where_none_is_named(name, text):
    assert body_for(name, [text] if text else []) is None


def test_regional_forms_of_one_body_read_alike():
    assert regional_name("the eastern Ostish health ministry") == "Eastern Ostish Health Ministry"
    assert regional_name("health authorities in eastern Ostland") == (
        "Eastern Ostish Health Ministry"
    )


def test_a_ministers_claims_and_the_ministrys_are_one_side():
    text = "Ada Brun, health minister of the southern Ruritanian government, said 12 died."
    facts = [
        count("Ada Brun", "killed", 12, group="people", document_id=7, text="12 died"),
        count(
            "Health Ministry of Ruritania's southern government",
            "killed",
            30,
            group="people",
            document_id=8,
            text="30 died",
        ),
        count("Ostish Lifeboat Service", "killed", 30, group="people", document_id=8, text="x"),
    ]
    merged = merged_name_variants(spoken_for(facts, {7: text, 8: ""}))
    claimants = {f.text: (f.claimant_id, f.claimant) for f in merged}
    assert claimants["12 died"] == claimants["30 died"]
    assert claimants["12 died"][1] == "Southern Ruritanian Health Ministry"
    assert claimants["x"][1] == "Ostish Lifeboat Service"


def test_outlets_and_anonymous_sources_keep_their_names():
    facts = [
        fact("the Ostish Lifeboat Service's chief", kind="cause", claimant_kind="outlet"),
        fact("spokesman for the Lifeboat Service (anonymous)", kind="cause"),
    ]
    assert [f.claimant for f in spoken_for(facts, {})] == [f.claimant for f in facts]


def test_a_country_adjective_inside_a_body_name_is_no_other_body():
    facts = [
        fact("Eastern Health Ministry", kind="cause", text="a"),
        fact("Eastern Ruritanian Health Ministry", kind="cause", text="b"),
        fact("Eastern Ruritanian Health Ministry", kind="cause", text="c"),
        fact("Ostish Students' News Agency", kind="cause", text="d"),
        fact("Ostish News Agency", kind="cause", text="e"),
    ]
    merged = {f.text: f.claimant for f in merged_name_variants(facts)}
    assert merged["a"] == "Eastern Ruritanian Health Ministry"
    assert merged["e"] == "Ostish News Agency"


def test_the_outlet_that_reports_a_person_is_no_post_of_theirs():
    text = "The toll fell to 9, said Jon Sker, the Ostish Wire Agency reported."
    assert body_for("Jon Sker", [text]) is None
    text = "Speaking at a briefing, Lifeboat Service spokesperson Ema Rusk said 4 died."
    assert body_for("Ema Rusk", [text]) == "Lifeboat Service"


def test_a_surname_takes_the_full_name_its_report_gives():
    texts = ["Prime Minister Tove Lindqvist spoke to MPs. Later Lindqvist said the count held."]
    assert full_name("Lindqvist", texts) == "Tove Lindqvist"
    assert full_name("Mr Lindqvist", texts) == "Tove Lindqvist"
    assert full_name("Lindqvist", ["On Monday Lindqvist said so."]) is None
    facts = [
        fact("Lindqvist", kind="cause", text="a", document_id=3),
        fact("Harald Lindqvist", kind="cause", text="b", document_id=4),
    ]
    # Where the event names the surname in full already, names.py joins them.
    assert [f.claimant for f in spoken_for(facts, {3: texts[0], 4: ""})] == [
        "Lindqvist",
        "Harald Lindqvist",
    ]
