"""Name variants of one source within an event are read as that source."""

from __future__ import annotations

from factcheck.rules.names import merged_name_variants, name_words
from tests.rules.facts import at, count, fact, run


def _names(facts) -> dict[str, str]:
    return {f.text: f.claimant for f in merged_name_variants(facts)}


def test_same_words_in_another_order_are_one_source():
    assert name_words("Ministry of Health") == name_words("Health Ministry")
    assert name_words("the health ministry in Vostra") == name_words("Vostra Health Ministry")
    assert name_words("Junta-run Vostra health ministry") == name_words("Vostra Health Ministry")


def test_a_shorter_name_joins_one_line_of_longer_ones_never_two():
    facts = [
        fact("Vostra Health Ministry", kind="cause", text="a"),
        fact("Vostra Health Ministry", kind="cause", text="b"),
        fact("Ministry of Health in Vostra", kind="cause", text="c"),
        fact("health ministry", kind="cause", text="d"),
    ]
    assert set(_names(facts).values()) == {"Vostra Health Ministry"}
    # Two ministries of health: the bare "health ministry" could be either; left alone.
    two = [*facts, fact("Kesh Health Ministry", kind="cause", text="e")]
    names = _names(two)
    assert names["d"] == "health ministry"
    assert names["c"] == "Vostra Health Ministry"
    assert names["e"] == "Kesh Health Ministry"


def test_a_surname_joins_the_full_name_an_organisation_does_not_join_its_members():
    facts = [
        fact("President Ana Lindqvist", kind="cause", text="a"),
        fact("Lindqvist", kind="cause", text="b"),
        fact("Vostran ambassador to the UN", kind="cause", text="c"),
        fact("UN", kind="cause", text="d"),
        fact("authorities under Junta", kind="cause", text="e"),
        fact("Junta", kind="cause", text="f"),
    ]
    names = _names(facts)
    assert names["b"] == "President Ana Lindqvist"
    assert names["d"] == "UN"
    assert names["f"] == "Junta"


def test_outlets_and_anonymous_sources_are_never_merged():
    facts = [
        fact("Vostra Herald", kind="cause", text="a", claimant_kind="outlet"),
        fact("Herald", kind="cause", text="b", claimant_kind="outlet"),
        fact("officials (anonymous)", kind="cause", text="c"),
        fact("Vostra officials (anonymous)", kind="cause", text="d"),
    ]
    assert _names(facts) == {
        "a": "Vostra Herald",
        "b": "Herald",
        "c": "officials (anonymous)",
        "d": "Vostra officials (anonymous)",
    }


def test_a_revision_spread_over_two_names_of_one_ministry_is_found():
    """ "Health Ministry: 500 killed", later "the Ministry of Health: 471": one series."""
    claims = [
        count("Health Ministry", "killed", 500, group="people", when=at(17)),
        count("Ministry of Health", "killed", 471, group="people", when=at(18)),
    ]
    assert run("casualty_revision", claims) == []
    (draft,) = run("casualty_revision", merged_name_variants(claims))
    assert "people killed 500 (17 Mar) -> 471 (18 Mar)" in draft.message


def test_a_body_does_not_join_a_part_of_it():
    facts = [
        fact("Southern Front", kind="cause", text="a"),
        fact("Southern Front Health Office", kind="cause", text="b"),
    ]
    assert _names(facts) == {"a": "Southern Front", "b": "Southern Front Health Office"}


def test_a_body_named_by_what_it_does_is_not_the_general_one():
    """ "authorities in Vostra" are not "health authorities in Vostra"; nor is "Vostran
    News Agency" the "Vostran Students' News Agency"."""
    facts = [
        fact("authorities in Vostra", kind="cause", text="a"),
        fact("health authorities in Vostra", kind="cause", text="b"),
        fact("Vostran News Agency", kind="cause", text="c"),
        fact("Vostran Students' News Agency", kind="cause", text="d"),
    ]
    assert _names(facts) == {
        "a": "authorities in Vostra",
        "b": "health authorities in Vostra",
        "c": "Vostran News Agency",
        "d": "Vostran Students' News Agency",
    }
    # A word saying how wide or of what kind its work is makes no other body.
    scope = [
        fact("Vostran relief organization", kind="cause", text="g"),
        fact("Vostra's National Medical Relief Organization", kind="cause", text="h"),
    ]
    assert len(set(_names(scope).values())) == 1
    # What it does, said either way round: one body.
    same = [
        fact("Ministry of Interior", kind="cause", text="e"),
        fact("interior ministry of the Vostran government", kind="cause", text="f"),
    ]
    assert set(_names(same).values()) == {"interior ministry of the Vostran government"}


def test_a_report_names_which_of_two_bodies_its_short_name_is():
    """Two health ministries in the event: the bare name stays apart, except in a report
    that names one of them (as a claimant or in its text)."""
    facts = [
        fact("Vostra Health Ministry", kind="cause", text="a", document_id=1),
        fact("health ministry", kind="cause", text="b", document_id=1),
        fact("Kesh Health Ministry", kind="cause", text="c", document_id=2),
        fact("health ministry", kind="cause", text="d", document_id=3),
        fact("health ministry", kind="cause", text="e", document_id=4),
        fact("health ministry", kind="cause", text="f", document_id=5),
    ]
    texts = {
        3: "A spokesman for the Kesh health ministry said the health ministry had no figure.",
        4: "The health ministry said so.",
        5: "The Vostra health ministry and the Kesh health ministry disagree.",
    }
    names = {f.text: f.claimant for f in merged_name_variants(facts, texts)}
    assert names == {
        "a": "Vostra Health Ministry",
        "b": "Vostra Health Ministry",
        "c": "Kesh Health Ministry",
        "d": "Kesh Health Ministry",
        "e": "health ministry",
        "f": "health ministry",
    }


def test_a_source_is_shown_under_its_fuller_name_and_closed_up_initials():
    facts = [
        fact("Relief Society", kind="cause", text="a"),
        fact("Relief Society", kind="cause", text="b"),
        fact("Vostran Relief Society", kind="cause", text="c"),
        fact("U.N. envoy", kind="cause", text="d"),
        fact("U.S. intelligence", kind="cause", text="e"),
        fact("US intelligence", kind="cause", text="f"),
    ]
    names = _names(facts)
    assert {names["a"], names["b"], names["c"]} == {"Vostran Relief Society"}
    assert names["d"] == "UN envoy"
    assert names["e"] == names["f"] == "US intelligence"


def test_spelling_a_country_and_its_adjective_name_one_body():
    assert name_words("Vostria's Defence Ministry") == name_words("Vostrian defense ministry")
    assert name_words("Ministry of Foreign Affairs") == name_words("Foreign Ministry")
    assert name_words("Vostria's Defence Ministry") != name_words("Kesh Defence Ministry")


def test_a_transliterated_name_spelled_with_a_doubled_letter_is_one_person():
    facts = [
        fact("Hassan Tarek", kind="cause", text="a"),
        fact("Hasan Tarek", kind="cause", text="b"),
        fact("Hasan Tarik", kind="cause", text="c"),
    ]
    names = _names(facts)
    assert names["a"] == names["b"]
    assert names["c"] == "Hasan Tarik"


def test_an_acronym_is_the_name_it_spells():
    facts = [
        fact("VRC", kind="cause", text="a"),
        fact("Vostra Relief Corps", kind="cause", text="b"),
        fact("Vostra Relief Corps", kind="cause", text="c"),
        fact("OKA", kind="cause", text="d"),
        fact("Office for the Kesh Affairs", kind="cause", text="e"),
        fact("KDF", kind="cause", text="f"),  # two names spell it: left apart
        fact("Kesh Defense Forces", kind="cause", text="g"),
        fact("Kesh Democratic Front", kind="cause", text="h"),
        fact("VS", kind="cause", text="i"),
        fact("VS Senate", kind="cause", text="j"),  # holds "VS", does not spell it
    ]
    names = _names(facts)
    assert names["a"] == "Vostra Relief Corps"
    assert names["d"] == names["e"]
    assert names["f"] == "KDF"
    assert names["i"] == "VS"


def test_who_runs_a_body_is_no_word_of_its_name():
    assert name_words("health ministry under Junta") == name_words("Health Ministry")
    assert name_words("Health Ministry under Junta") == name_words("Junta-run health ministry")


def test_unnamed_officials_of_a_country_speak_for_its_government():
    """ "Norway lowered the toll to 40" (stored as the government), "Norwegian officials
    said 52": one voice, a revision."""
    claims = [
        count("Norwegian officials (anonymous)", "killed", 52, group="people", when=at(17)),
        count("Norwegian government", "killed", 40, group="people", when=at(18)),
    ]
    assert run("casualty_revision", claims) == []
    (draft,) = run("casualty_revision", merged_name_variants(claims))
    assert "people killed 52 (17 Mar) -> 40 (18 Mar)" in draft.message


def test_one_unnamed_official_or_officials_of_no_country_stay_apart():
    facts = [
        fact("Norwegian government", kind="cause", text="a"),
        fact("Norwegian official (anonymous)", kind="cause", text="b"),
        fact("officials (anonymous)", kind="cause", text="c"),
        fact("Danish officials (anonymous)", kind="cause", text="d"),
    ]
    assert _names(facts) == {
        "a": "Norwegian government",
        "b": "Norwegian official (anonymous)",
        "c": "officials (anonymous)",
        "d": "Danish officials (anonymous)",
    }


def test_a_unit_the_reports_tie_to_its_parent_speaks_for_it():
    """ "ZORA, the ZU's relief coordination office": shown as "ZU ZORA"; the ZU's own
    figures are that office's (its only unit among the sources): one series."""
    texts = {
        1: "ZORA, the ZU's relief coordination office, said 900 had died.",
        2: "The Zedland Union (ZU) now puts the toll at 400, in an updated ZORA report.",
    }
    claims = [
        count("ZORA", "killed", 900, group="people", when=at(17), document_id=1),
        count("ZU", "killed", 400, group="people", when=at(18), document_id=2),
        count("Zedland Union", "killed", 400, group="people", when=at(18, 14), document_id=2),
    ]
    merged = merged_name_variants(claims, texts)
    assert {f.claimant for f in merged} == {"ZU ZORA"}
    (draft,) = run("casualty_revision", merged)
    assert draft.message.startswith("ZU ZORA: people killed 900 (17 Mar) -> 400 (18 Mar)")
    # Two units of the parent: its own claims stay apart.
    texts[3] = "ZAKA, a ZU agency, gave no toll."
    two = [*claims, count("ZAKA", "injured", 10, group="people", when=at(18), document_id=3)]
    names = {f.claimant for f in merged_name_variants(two, texts)}
    assert names == {"ZU ZORA", "ZU ZAKA", "Zedland Union"}


def test_names_a_report_gives_one_body_with_its_acronym_are_one_source():
    """ "the Zedland Liberation Front (ZLF)", "the ZLF group", "ZLF/Front": one body; a
    dateline's "Xtown (ZNA)" ties no place to an agency."""
    texts = {
        1: "The Zedland Liberation Front (ZLF) said it set off the bombs.",
        2: "VOSTRA (ZNA) - Officials in Vostra Harbour (ZNA) said 12 died.",
    }
    facts = [
        fact("Zedland Liberation Front", kind="cause", text="a"),
        fact("the ZLF group", kind="cause", text="b"),
        fact("Kesh/ZLF", kind="cause", text="c"),
        fact("extremist Zedland Liberation Front (ZLF) group", kind="cause", text="d"),
        fact("Vostra Harbour", kind="cause", text="e"),
        fact("ZNA", kind="cause", text="f"),
    ]
    names = {f.text: f.claimant for f in merged_name_variants(facts, texts)}
    assert len({names["a"], names["b"], names["c"], names["d"]}) == 1
    assert names["e"] == "Vostra Harbour"
    assert names["f"] == "ZNA"
