"""Which clause a claimant speaks for: relative clauses in the outlet's words, the speaker of a
"while" clause, figures a body gave, datelines, adverbs. Invented bodies and places throughout."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract
from factcheck.extraction.speech import parse, speakers

from .conftest import make_doc


def _casualties(text: str) -> dict[int | None, str]:
    claims = extract(make_doc(text), []).claims
    return {c.min: c.claimant for c in claims if c.kind == "casualty"}


def test_non_restrictive_relative_count_is_the_outlets_description():
    text = (
        "A bomb went off at the Vell market on Sunday. The Marrow Front said it had set off "
        "the bombs near the market gate, which killed 31 people."
    )
    assert _casualties(text)[31] == "Example Wire"


def test_relative_count_after_another_verb_is_the_outlets_description():
    text = (
        "The Tallis Union said on Monday that the rocket which hit a Vell orchard and killed "
        "two farmers had been fired by mistake."
    )
    assert _casualties(text)[2] == "Example Wire"


def test_relative_count_after_a_claim_of_the_attack_is_the_outlets_description():
    text = (
        "Crowds gathered in Vell for the funerals after the blast, which the Marrow Front "
        "claimed and which left 44 people dead, the Tallis Union said."
    )
    assert _casualties(text)[44] == "Example Wire"


def test_the_subject_of_a_clause_about_the_attack_is_not_the_sentences_speaker():
    text = (
        "Mourners in Vell buried the 52 people who died in the blasts that the Marrow Front "
        "has claimed, according to the Tallis broadcaster. The toll reached 60, a figure that "
        "the Vell council confirmed, according to the Example Wire."
    )
    found = _casualties(text)
    assert found[52] == "Tallis broadcaster"
    assert found[60] != "Tallis broadcaster"


def test_relative_count_the_speaker_states_stays_the_speakers():
    text = "The ferry sank on Sunday, which Tallis Union officials said had killed 9 people."
    assert _casualties(text)[9] == "Tallis Union"


def test_speaker_of_a_while_clause_does_not_speak_the_clause_before():
    text = (
        "The Vell floods struck on Monday. The latest count puts the dead at 140, while "
        "the Norvale Relief Society says 300 people died."
    )
    found = _casualties(text)
    assert found[140] == "Example Wire"
    assert found[300] == "Norvale Relief Society"


def test_figure_a_body_gave_is_that_bodys():
    doc = parse(["The first figure the Harbour Board gave was 40 people killed."])[0]
    assert [(s.surface, s.how) for s in speakers(doc)] == [("Harbour Board", "figure")]


def test_figure_given_by_a_named_body_is_that_bodys():
    text = "A storm hit Vell. The toll given by the Norvale Lifeboat Society was 73 dead."
    assert _casualties(text)[73] == "Norvale Lifeboat Society"


def test_according_to_a_dated_statement_by_a_body():
    text = (
        "A storm hit Vell on Monday. According to a Thursday statement by the Norvale "
        "Lifeboat Society, more than 300 people had died."
    )
    assert _casualties(text)[301] == "Norvale Lifeboat Society"


def test_according_to_figures_from_a_body():
    doc = parse(["According to figures from the Harbour Board, 40 people are missing."])[0]
    assert [s.surface for s in speakers(doc)] == ["Harbour Board"]


def test_dateline_in_capitals_with_an_agency_is_no_speaker():
    text = "MORROW, Westland (ASB) — Westland and its neighbour both said that 12 people died."
    doc = parse([text])[0]
    assert "MORROW" not in [s.surface for s in speakers(doc)]


def test_manner_adverb_is_not_part_of_the_claimant():
    text = "A ferry sank off Vell. The Tallis Union flatly stated that 40 people had died."
    assert _casualties(text)[40] == "Tallis Union"


def test_a_ministry_spokesperson_speaks_for_the_ministry_named_before():
    text = (
        "More than 900 people have died in the floods, the Ministry of Canals announced on "
        "Tuesday. “The toll in the city is more than 950,” a ministry spokesperson said."
    )
    found = _casualties(text)
    assert found[951] == "Ministry of Canals"


def test_subject_after_an_inverted_verb_is_the_speaker_not_the_one_before():
    doc = parse(["Ferry sinking likely caused by engine fault, says Norvale Lifeboat Society"])[0]
    assert [s.surface for s in speakers(doc)] == ["Norvale Lifeboat Society"]


def test_acronym_in_brackets_after_a_name_leaves_the_name():
    text = "The Westmere Harbour Safety Board (WHSB) said on Monday that 12 sailors died."
    assert _casualties(text)[12] == "Westmere Harbour Safety Board"


def test_according_to_a_statement_named_by_its_body():
    doc = parse(["According to a Harbour Board statement, 12 people died."])[0]
    assert [s.surface for s in speakers(doc)] == ["Harbour Board"]


def test_a_chief_of_a_body_speaks_for_the_body():
    doc = parse(["A chief of the Vell civil defence put the dead at 300 people."])[0]
    assert [s.surface for s in speakers(doc)] == ["Vell civil defence"]


def test_according_to_a_person_beside_other_speakers_in_the_sentence():
    text = (
        "A blast hit Vell on Monday. Eleven people died, according to the mayor of Vell, "
        "and officials said the cause was under review."
    )
    assert _casualties(text)[11] == "mayor of Vell"


def test_leading_time_words_are_not_part_of_the_claimant():
    text = "A dam broke in Vell. Earlier today the Westland government said 40 people died."
    assert _casualties(text)[40] == "Westland government"


def test_hearsay_said_to_have_names_no_speaker():
    doc = parse(["Drones said to have strayed across the Vell border, leaving two dead"])[0]
    assert speakers(doc) == []


def test_headline_of_officials_lowering_a_toll_is_theirs():
    claims = extract(
        make_doc("Westland officials lower flood death toll from 90 to 64\n\nThe floods hit Vell."),
        [],
    ).claims
    found = {c.claimant for c in claims if c.kind == "casualty" and c.min == 64}
    assert found
    assert "Example Wire" not in found


def test_he_after_a_spokesman_for_a_body_speaks_for_the_body():
    sources = [
        KnownSource(name="Calderan Army", aliases=("Calderan army",), kind="military"),
        KnownSource(name="Vell Health Ministry", aliases=("Vell health ministry",)),
    ]
    text = (
        "According to the Vell health ministry, a blast at a clinic has left at least 50 people "
        "dead. Asked whether its forces had bombed the clinic, a spokesman for the Calderan "
        "army would not give a confirmation. “We will look into it … the strike happened a "
        "short while ago,” he told a news briefing."
    )
    claims = extract(make_doc(text), sources).claims
    assert {c.claimant for c in claims if c.kind == "cause"} == {"Calderan Army"}


def test_no_statement_goes_on_after_a_body_declared_something():
    text = (
        "Rain flooded Vell on Monday; the Westland government declared the town a disaster "
        "zone. Hundreds have died and the toll keeps rising."
    )
    claims = extract(make_doc(text), []).claims
    assert {c.claimant for c in claims if c.kind == "casualty"} == {"Example Wire"}


def test_according_to_media_reports_leaves_the_inner_speaker():
    doc = parse(["According to local media reports, the Harbour Board believes 40 died."])[0]
    assert [s.surface for s in speakers(doc)] == ["Harbour Board"]


def test_an_unlisted_army_keeps_its_country():
    text = "A blast hit Vell on Monday. The Calderan army said on Tuesday that 14 soldiers died."
    assert _casualties(text)[14] == "Calderan army"


def test_a_named_speaker_after_while_speaks_for_its_clause():
    text = (
        "The storm hit Vell on Monday. He said many were unaccounted for, while the Norvale "
        "Relief put the number of missing at 900."
    )
    assert _casualties(text)[900] == "Norvale Relief"


def _causes(text: str) -> dict[str, str]:
    claims = extract(make_doc(text), []).claims
    return {c.cause: c.claimant for c in claims if c.kind == "cause"}


def test_who_holds_another_responsible_is_the_claimant():
    text = "Farmers met in Vell. The Tallis Union held the Marrow Front responsible for the blast."
    assert _causes(text)["hostile_fire"] == "Tallis Union"


def test_a_second_subject_after_a_semicolon_speaks_for_its_clause():
    text = (
        "The Marrow Front blames the Tallis Union for the blast at the depot; the Tallis Union "
        "has instead blamed a misfired rocket launched by the Front."
    )
    causes = _causes(text)
    assert causes["hostile_fire"] == "Marrow Front"
    assert causes["misfire"] == "Tallis Union"


def test_whereas_the_other_side_attributed_it():
    text = (
        "Anger spread in Vell. The Marrow Front held an air strike responsible, whereas the "
        "Tallis Union attributed it to a rocket that misfired."
    )
    causes = _causes(text)
    assert causes["hostile_fire"] == "Marrow Front"
    assert causes["misfire"] == "Tallis Union"


def test_who_speaks_of_a_toll_is_the_claimant():
    text = "The dam broke. Local authorities speak of 1,400 dead, with 700 people missing."
    assert _casualties(text)[1400] == "Local authorities"


def test_figures_from_a_body_are_its_claim():
    text = (
        "The dam broke on Sunday. Figures from the Tallis Union and the Vell Relief Society "
        "showed that more than 1,300 people were killed."
    )
    claims = extract(make_doc(text), []).claims
    assert {c.claimant for c in claims if c.min == 1301} == {"Tallis Union", "Vell Relief Society"}


def test_a_chief_who_puts_the_dead_at_a_figure_after_a_semicolon():
    text = (
        "The dam broke on Sunday. According to a ministry official, 500 were killed; a chief of "
        "the Vell civil defence put the dead at 300 people."
    )
    casualties = _casualties(text)
    assert casualties[500] == "official (anonymous)"
    assert casualties[300] == "Vell civil defence"


def test_who_rushed_to_blame_is_the_claimant():
    text = "The depot burned. The Marrow League, however, rushed to blame the Tallis Union for it."
    assert _causes(text)["hostile_fire"] == "Marrow League"


def test_vague_leaders_who_appeared_to_blame_leave_no_outlet_claim():
    # the leaders' own claim (the subject of "appeared to blame"), never the outlet's
    text = "The depot burned. Some Vell leaders had appeared to blame the Tallis Union for it."
    assert _causes(text).get("hostile_fire") in (None, "Vell leaders")


def test_a_quote_goes_on_after_its_speaker_the_parse_names():
    text = (
        'The depot burned on Sunday. "One of these rockets probably fell on our land," said '
        'Vell President Amil Rostan. "There is nothing to suggest that it was an intentional '
        'attack."'
    )
    assert _causes(text)["hostile_fire"] == "Vell President Amil Rostan"


def test_he_after_an_unnamed_captain_is_not_an_earlier_speaker():
    text = (
        "The depot burned on Sunday. Prime Minister Amil Rostan said the police would look into "
        "it. According to the Vell Herald, firefighters confirmed explosions, though a brigade "
        "captain said the cause was unclear. He said two people died at the scene."
    )
    assert 2 not in _casualties(text)


def test_a_body_that_counts_a_toll_after_a_semicolon():
    text = (
        "The dam broke. Local authorities speak of 1,400 dead; the Vell Relief Society counts "
        "900 people killed, with 300 missing."
    )
    casualties = _casualties(text)
    assert casualties[1400] == "Local authorities"
    assert casualties[900] == casualties[300] == "Vell Relief Society"


def test_the_one_an_outlet_cites_as_saying_is_the_speaker():
    text = (
        "The depot burned on Sunday. The Vell Herald, the state news agency, cited Amil Rostan, "
        "the interior minister, as saying that 84 people had been killed so far."
    )
    assert _casualties(text)[84] == "Amil Rostan"
