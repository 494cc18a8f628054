"""Cues that name the claimant of a count or a cause: toll-giving verbs, "X quoted Y as saying",
local and health authorities, names that end in a speech-verb-looking word. Invented bodies,
people and places throughout."""

from __future__ import annotations

from factcheck.extraction import KnownSource, extract

from .conftest import make_doc


def _casualties(text: str) -> dict[int | None, tuple[str, str | None]]:
    claims = extract(make_doc(text), []).claims
    return {c.min: (c.claimant, c.relayed_by) for c in claims if c.kind == "casualty"}


def _claimants(text: str) -> list[str]:
    return [c.claimant for c in extract(make_doc(text), []).claims]


def test_local_authorities_keep_their_description():
    found = _casualties("Local authorities in Vell speak of 640 dead after the storm.")
    assert found[640][0].lower().startswith("local authorities")


def test_health_authorities_are_not_bare_authorities():
    text = "Health authorities said shelling hit the clinic and gave a death toll of 230."
    assert found_name(text, 230) == "Health authorities"


def found_name(text: str, value: int) -> str:
    return _casualties(text)[value][0]


def test_toll_given_by_a_person_with_an_apposition():
    text = (
        "Late on Tuesday, Corin Valdas, health minister in the Morrow administration, gave a "
        "toll of 19 dead in a radio interview."
    )
    assert found_name(text, 19) == "Corin Valdas"


def test_toll_lowered_by_a_titled_person():
    text = "Later, Interior Minister Tamsin Oré lowered the death toll to 61."
    assert found_name(text, 61) == "Tamsin Oré"


def test_quoted_as_saying_gives_the_quoted_speaker():
    text = "The Harbour Courier quoted Ilse Marrow as saying 17 people were killed."
    assert _casualties(text)[17] == ("Ilse Marrow", "Harbour Courier")


def test_quoted_unnamed_spokesperson_is_not_the_outlet():
    text = 'Radio Kessa quoted a spokesperson as saying: "At least 40 people are still missing."'
    claimant, relay = _casualties(text)[40]
    assert claimant == "spokesperson (anonymous)"
    assert relay == "Radio Kessa"


def test_quoted_figure_is_not_a_quoted_speaker():
    text = "Outlets in Kessa quoted the first figure of 300 dead for days."
    assert all(c != "300" for c in _claimants(text))


def test_united_states_is_not_a_subject_and_a_verb():
    text = (
        '"Let me be clear: the United States was not involved in the blast in any way," '
        "Pell Oster said."
    )
    assert "United" not in _claimants(text)


def test_outlet_citing_unnamed_sources_speaks_for_itself():
    text = (
        "Citing unofficial sources, Radio Vox said on Tuesday that a shell had hit a barn "
        "near Kessa and that three people died."
    )
    assert found_name(text, 3) == "Radio Vox"


def test_outlet_said_citing_sources():
    assert found_name("Radio Vox said, citing sources, that 12 people died.", 12) == "Radio Vox"


def test_outlet_citing_a_described_official_relays_the_official():
    text = "The Harbour Courier, citing a senior police official, said 14 people were killed."
    assert found_name(text, 14) == "police official (anonymous)"


def test_speaker_of_a_relative_clause_does_not_claim_the_count_before():
    text = (
        "Mourners gathered for the funerals of 85 people who died in the blasts, for which "
        "the Marrow Front has claimed responsibility."
    )
    assert found_name(text, 85) == "Example Wire"


def test_a_ministry_keeps_its_country():
    text = "According to Kessa's Foreign Ministry, the shell killed two people."
    assert found_name(text, 2) == "Kessa's Foreign Ministry"


def test_a_bare_title_is_the_person_last_quoted():
    text = (
        "Governor Lena Marsh said the coast road was closed. Later the governor said 40 people "
        "had died."
    )
    assert found_name(text, 40) == "Lena Marsh"


def test_a_bare_title_with_no_one_quoted_is_no_one():
    claims = extract(make_doc("The president said 40 people had died in the storm."), []).claims
    assert all(c.claimant.lower() != "president" for c in claims)


def test_a_sentence_adverb_is_not_part_of_the_speaker():
    assert found_name("Meanwhile the Harbour Board said 40 people had died.", 40) == "Harbour Board"


def test_in_the_words_of_names_the_speaker():
    assert found_name("The toll is 40, in the words of Tomas Renk.", 40) == "Tomas Renk"


def test_a_body_in_a_relative_clause_of_speech_speaks():
    text = "The Vell Relief Society, which said 40 people had died, asked for help."
    assert found_name(text, 40) == "Vell Relief Society"


def test_a_ministry_spokesperson_speaks_for_the_ministry_named_with_its_country():
    text = (
        "More than 5,300 people have died in the floods in Vell, Kessa's Ministry of Interior "
        'announced on Tuesday. "The death toll in the city is more than 5,300," a ministry '
        "spokesperson said."
    )
    claims = [c for c in extract(make_doc(text), []).claims if c.kind == "casualty"]
    assert {c.claimant for c in claims} == {"Kessa's Ministry of Interior"}


def test_a_title_with_a_name_in_apposition_is_that_name():
    text = (
        "On Sunday, the justice minister, Khaled Omar, told the radio that the dams collapsed "
        "because of negligence. Earlier, Amil Rostan said he was sorry."
    )
    causes = [c for c in extract(make_doc(text), []).claims if c.kind == "cause"]
    assert causes
    assert causes[0].claimant == "Khaled Omar"


def test_his_office_is_no_body_the_story_does_not_name(sources):
    text = (
        "Vell's top prosecutor has ordered eight officials held while he investigates the "
        "floods that killed thousands, his office said."
    )
    claims = extract(make_doc(text), sources).claims
    assert all("government" not in c.claimant.lower() for c in claims)


def test_a_city_is_not_the_outlet_named_after_it():
    post = KnownSource("The Kessaport Post", ("Kessaport Post",), "outlet")
    text = "Kessaport has rejected suggestions that its forces were behind the attack."
    claims = extract(make_doc(text), [post]).claims
    assert claims
    assert all(c.claimant != "The Kessaport Post" for c in claims)


def test_a_while_clause_with_its_own_unnamed_subject_is_not_the_first_speakers():
    text = (
        "Health officials had reported 3,100 deaths in Kessa, while the town's mayor said "
        "that as many as 20,000 people may have died."
    )
    found = _casualties(text)
    assert found[3100][0] == "Health ministry"
    assert None not in found or found[None][0] != "Health ministry"


def test_a_bodys_figure_is_its_claim():
    assert found_name("The Vell Relief Society's estimate is 300 dead.", 300) == (
        "Vell Relief Society"
    )
    # the place before the description stays with it: "Kessa health ministry"
    assert found_name("The Kessa health ministry's figure is 471 people killed.", 471) == (
        "Kessa health ministry"
    )


def test_a_places_estimate_names_no_speaker():
    assert found_name("Kessa's estimate is 300 dead.", 300) == "Example Wire"


def test_bare_authorities_name_no_one():
    claims = extract(make_doc("The authorities had at first given a death toll of 103."), []).claims
    assert all(c.claimant.lower() not in ("authorities", "example wire") for c in claims)


def test_a_title_closed_by_its_speaker_is_the_speakers():
    title = "Two killed as shells hit Vell farm, says Kessan official"
    doc = make_doc("Shells struck a farm in Vell on Tuesday.", title=title)
    counts = [c for c in extract(doc, []).claims if c.kind == "casualty" and c.in_title]
    assert [c.claimant for c in counts] == ["Kessan official (anonymous)"]


def test_he_after_a_person_who_speaks_for_a_body_is_that_body():
    text = (
        "General Tom Reed said the shell was not Marrovian. Before that, Marek Lund, who speaks "
        "for the fire brigade in Kessa, some 35 kilometers to the north, had confirmed that "
        'explosions had taken place. "We were called to the yard," he said. "Two people died '
        'on the spot."'
    )
    assert found_name(text, 2) == "Fire brigade"


def test_others_after_a_semicolon_are_not_the_first_speaker():
    text = (
        "Gas explosions were the cause, according to Mayor Tomas Renk; others spoke of a "
        "suicide bombing."
    )
    causes = [c for c in extract(make_doc(text), []).claims if c.kind == "cause"]
    assert [c.claimant for c in causes] == ["Tomas Renk"]


def test_a_spokesman_of_a_service_gives_the_service():
    text = "The toll first given by a rescue services spokesman in Vell was 73 dead."
    assert found_name(text, 73) == "rescue services"


def test_a_speaker_in_a_relative_clause_does_not_go_on_into_the_next_sentence():
    text = (
        "The festival was shattered by a bombing, which the Marrow Front has claimed. At least "
        "105 people lost their lives in two explosions."
    )
    assert found_name(text, 105) == "Example Wire"


def test_the_diplomat_is_the_envoy_named_before():
    text = (
        "Ilse Garnet, the Morrow ambassador to Vell, said talks would go on.\n\n"
        '"Morrow did not attack the bridge. A rebel rocket that misfired fell on it," the diplomat '
        "told reporters."
    )
    assert set(_claimants(text)) == {"Ilse Garnet"}


def test_a_reporters_byline_is_not_the_source():
    text = (
        "Ilse Garnet reports for Vell Today from Corin -- The blast at the clinic was caused by "
        "a rebel rocket that misfired, Amil Rostan, a spokesman for the Morrow army, told "
        "reporters on Wednesday."
    )
    assert "Ilse Garnet" not in _claimants(text)


def test_a_named_person_with_a_spokesperson_role_speaks():
    text = (
        "Amil Rostan, a government spokesperson, told reporters: "
        '"We have no indication that Morrow was involved in the blast."'
    )
    assert _claimants(text) == ["Amil Rostan"]


def test_a_place_before_a_spokesperson_is_no_person():
    text = (
        "In Corin Town, a police spokesman, Ilse Garnet, said Morrow was not involved in the blast."
    )
    assert "Corin Town" not in _claimants(text)


def test_officials_in_a_named_administration_speak_for_it():
    text = (
        "Officials in the Rostan administration said on Wednesday that they have no reason to "
        "think Morrow was behind the blast."
    )
    assert "Rostan administration" in _claimants(text)[0]


def test_according_to_a_number_or_an_ordinal_of_sources_names_them():
    # how many officials, or which source, stands between the cue and the speaker
    text = "According to three Zedland officials, the Norwin Front was behind the bombing."
    assert _claimants(text) == ["Zedland"]
    text = "According to the second source, the bombing was carried out by the Norwin Front."
    assert _claimants(text) == ["source (anonymous)"]


def _ceilings(text: str) -> list[tuple[str, str, int | None]]:
    claims = extract(make_doc(text), []).claims
    return [
        (c.claimant, c.category, c.max)
        for c in claims
        if c.kind == "casualty" and c.min is None and c.max is not None
    ]


def test_a_speakers_estimate_of_up_to_a_figure_is_their_claim():
    assert _ceilings("Mayor Ana Oré said that as many as 900 people may have died.") == [
        ("Ana Oré", "killed", 900)
    ]
    assert _ceilings(
        "The Zedland health ministry said as many as 4,000 people could be missing."
    ) == [("Zedland health ministry", "missing", 4000)]


def test_a_guess_in_the_outlets_own_voice_is_no_claim():
    assert _ceilings("As many as 900 people may have died in the valley.") == []
    assert _ceilings("The toll could hit 900 by the weekend.") == []


def test_it_killed_after_a_statement_is_the_outlets_narration():
    text = (
        "Vell President Amil Rostan would only say the rocket was probably made abroad. "
        "It killed two people in Xtown, near the border."
    )
    assert found_name(text, 2) == "Example Wire"
    text = (
        "Vell President Amil Rostan said the rocket was made abroad. "
        "It killed two farmers near the border."
    )
    assert found_name(text, 2) == "Example Wire"


def test_a_relative_clause_count_inside_an_according_to_account_is_the_speakers():
    text = (
        "According to the Vell Relief Society, the rocket which hit the market on Monday and "
        "killed 14 shoppers was fired from the hills."
    )
    assert found_name(text, 14) != "Example Wire"
    # without a relay before it, the clause that names the attack is the outlet's own
    assert found_name("The Norwin Front claimed the bombing that killed 84 people.", 84) == (
        "Example Wire"
    )


def test_the_subject_of_a_later_clause_speaks_for_it():
    text = (
        "After the Harbour Board had given a toll of 12, the Vell Coast Guard said 15 people "
        "had died."
    )
    found = _casualties(text)
    assert found[15][0] == "Vell Coast Guard"
    assert found[12][0] == "Harbour Board"


def test_argue_is_a_verb_of_speech():
    found = _causes_of("The Vell Defence Forces argue that they did not hit the clinic.")
    assert found == [("Vell Defence Forces", "hostile_fire", "denied")]


def _causes_of(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.claimant, c.cause, c.polarity)
        for c in extract(make_doc(text), []).claims
        if c.kind == "cause"
    ]
