"""Who holds a cause: one claim per statement, the speaker of a headline that judges, a quote
that goes on in a paragraph of its own. Invented speakers, bodies and places throughout."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _causes(text: str, title: str = "") -> list[tuple[str, str, str, str | None]]:
    claims = extract(make_doc(text, title=title), []).claims
    return [(c.claimant, c.cause, c.polarity, c.agent) for c in claims if c.kind == "cause"]


def test_two_cue_words_of_one_statement_make_one_claim():
    text = (
        "The Vell council said on Wednesday that the missile which hit the farm seemed to have "
        "been an accident, most likely fired by air defences in neighbouring Tallis."
    )
    found = [c for c in _causes(text) if c[0] == "Vell council"]
    assert [(c[1], c[2]) for c in found] == [("misfire", "affirmed")]


def test_a_second_agent_in_one_sentence_is_a_second_claim():
    text = "The Vell council blamed the Marrow Front and the Zedish army for the bombings."
    agents = {c[3] for c in _causes(text) if c[0] == "Vell council"}
    assert len(agents) == 2


def test_a_headline_that_calls_the_strike_something_is_its_subjects_claim():
    title = "Renk calls Zedish missile strikes on Vell a grave escalation"
    text = "Tomas Renk said on Tuesday night that the attack had crossed a line."
    # under the full name the report gives him
    assert ("Tomas Renk", "hostile_fire", "affirmed", "Zedish") in _causes(text, title)


def test_a_headline_that_calls_for_calm_speaks_in_the_outlets_voice():
    title = "Renk calls for calm after Zedish missile strikes on Vell"
    text = "Tomas Renk said on Tuesday night that the attack had crossed a line."
    assert all(c[0] != "Renk" for c in _causes(text, title))


def test_a_quote_in_a_paragraph_of_its_own_goes_on_in_the_last_speakers_words():
    text = (
        '"It is only a matter of time before the terror spreads," Renk said, warning that '
        'nobody was safe.\n\n"This is a Zedish missile attack on our security! Action is needed."'
    )
    assert _causes(text) == [("Renk", "hostile_fire", "affirmed", "Zedish")]


def test_a_new_paragraph_after_a_quote_in_the_outlets_words_stays_the_outlets():
    text = (
        '"It is only a matter of time," Renk said.\n\nA Zedish missile attack hit the Vell '
        "grain depot on Tuesday."
    )
    assert all(c[0] != "Renk" for c in _causes(text))


def test_an_attack_named_by_its_place_alone_is_the_events_name():
    title = "Zedland asks for access to the site of the Vell missile strike"
    text = "The talks were held in Vell on Monday."
    assert _causes(text, title) == []


def test_an_attack_named_by_whose_weapon_stays_a_claim():
    title = "Zedish missile strike kills two in Vell"
    text = "The strike hit a farm in Vell."
    assert ("Example Wire", "hostile_fire", "affirmed", "Zedish") in _causes(text, title)


def test_a_fronted_phrase_of_time_is_the_outlets_not_the_speakers():
    text = (
        "After the deadly airstrike on the Vell depot, Tallis President Amil Rostan announced "
        "three days of mourning."
    )
    assert [c[0] for c in _causes(text)] == ["Example Wire"]


def test_a_cause_in_what_the_speaker_says_stays_the_speakers():
    text = (
        "After the meeting, Tallis President Amil Rostan said the Zedish airstrike on the Vell "
        "depot had killed 12."
    )
    assert [c[0] for c in _causes(text)] == ["Tallis President Amil Rostan"]


def test_a_later_verb_with_a_subject_of_its_own_is_that_subjects():
    text = (
        "Within hours, Zedland flatly denied any role, and on the following day the Tallis "
        "government said early intelligence indicated that an errant rocket fired by the "
        "Marrow Front had caused the blast."
    )
    found = _causes(text)
    assert ("Tallis government", "misfire", "affirmed") in [c[:3] for c in found]
    assert all(not (c[0].startswith("Zedland") and c[1] == "misfire") for c in found)


def test_a_verb_the_first_speaker_goes_on_with_stays_that_speakers():
    text = (
        "The Tallis government denied any role on Monday and said that an errant rocket fired "
        "by the Marrow Front had caused the Vell blast."
    )
    found = _causes(text)
    assert ("Tallis government", "misfire", "affirmed") in [c[:3] for c in found]


def test_a_conditional_opening_asserts_no_cause():
    text = (
        "Were it to be confirmed, the attack on the Vell clinic would stand as the deadliest "
        "Zedish airstrike in years."
    )
    assert _causes(text) == []


def test_what_such_weapons_usually_do_is_no_claim_about_this_strike():
    text = (
        "According to Zedish army officials, their airstrikes usually flatten buildings and "
        "leave large craters."
    )
    assert _causes(text) == []


def test_a_ministry_named_by_its_office_alone_is_the_one_the_story_quotes():
    title = "Foreign Ministry: no evidence seen that a Tallis missile crashed in Vell"
    text = (
        "Tallis has been given no evidence yet.\n\nTallis's Foreign Minister Ana Ore said so "
        "in remarks to a newspaper on Monday."
    )
    assert {c[0] for c in _causes(text, title)} == {"Tallis's Foreign Minister Ana Ore"}


def test_a_cause_under_investigation_by_a_body_is_that_bodys():
    text = "The blast is being investigated by the Vell police, and firefighters are at the scene."
    assert ("Vell police", "under_investigation", "affirmed", None) in _causes(text)


def test_statements_a_speaker_only_heard_are_not_the_speakers_claim():
    text = (
        '"We have heard political statements that it was a Tallis air defence missile," '
        'Ana Ore said, "but we have not seen any evidence."'
    )
    assert all(c[1] != "misfire" or c[2] != "affirmed" for c in _causes(text))


def test_what_unnamed_reports_suggest_is_not_the_outlets_claim():
    text = "Some reports, which have not been confirmed, suggest a gas leak was behind the blast."
    assert _causes(text) == []


def test_it_after_a_sentence_of_no_speech_is_that_sentences_subject():
    text = (
        "The Vell health ministry said 40 people had died in the strike on the clinic.\n\n"
        "The Zedish army has opened an inquiry into the blast. It denied, however, that it had "
        "attacked the clinic."
    )
    found = _causes(text)
    assert ("Zedish army", "hostile_fire", "denied") in [c[:3] for c in found]
    assert all(c[0] != "Vell health ministry" or c[2] != "denied" for c in found)


def test_it_after_a_speaker_is_still_that_speaker():
    text = (
        "The Zedish army said it had opened an inquiry into the blast. It denied, however, "
        "that it had attacked the clinic."
    )
    assert ("Zedish army", "hostile_fire", "denied") in [c[:3] for c in _causes(text)]


def test_she_after_a_comment_is_the_one_who_commented():
    text = (
        "The Zedish government blamed a misfired Vell rocket for the blast at the clinic.\n\n"
        'Shortly after the blast, Vell Radio reporter Ana Oré commented: "It is clear," she said, '
        '"that this was a Zedish air strike."'
    )
    found = _causes(text)
    assert all(c[0] != "Zedish government" or c[1] != "hostile_fire" for c in found)
    assert any(c[0].endswith("Ana Oré") and c[1] == "hostile_fire" for c in found)


def test_a_bodys_statement_speaks_for_the_body():
    text = (
        "The Vell Front's statement named two men and said they approached the crowd at the "
        "shrine and set off explosive belts."
    )
    assert [c[0] for c in _causes(text)] == ["Vell Front"]


def test_a_weapon_an_army_holds_is_no_misfire():
    text = (
        "Zedland's president said the missile that hit the farm in Xtown was most probably made "
        "in Vell. Vell's forces still hold stocks of old missiles, air defence rockets among them."
    )
    assert all(c[1] != "misfire" for c in _causes(text))


def test_a_stray_air_defence_missile_is_still_a_misfire():
    text = "The Zedland police said a Vell air defence missile had strayed and hit the farm."
    assert ("misfire", "affirmed") in [(c[1], c[2]) for c in _causes(text)]


def test_suicide_bombers_told_in_the_outlets_voice_are_background():
    text = (
        "Forty people died last Wednesday when a pair of suicide bombers blew themselves up "
        "close to the shrine in Xtown."
    )
    assert _causes(text) == []


def test_suicide_bombers_a_speaker_names_are_its_claim():
    text = "The Zedish interior ministry said two suicide bombers had carried out the attack."
    assert [c[0] for c in _causes(text)] == ["Zedish interior ministry"]


def test_remarks_as_a_noun_name_no_speaker():
    text = (
        "The Zedish army said the blast was an accident.\n\nGiven remarks by several Vell "
        "officials after the blast, there are signs that the Zedish army masterminded the attack."
    )
    assert all(c[0] != "Given" for c in _causes(text))


def test_a_body_that_found_that_a_dam_was_neglected_holds_the_claim():
    text = (
        "Money was set aside for the Xtown dam in 2010. A state-run audit agency found that "
        "the dam had never been maintained."
    )
    found = _causes(text)
    assert any(c[0] != "" and "agency" in c[0].lower() and c[1] == "accident" for c in found)


def test_rescuers_who_found_bodies_state_nothing():
    text = "Rescuers found dozens of bodies after the storm flooded Xtown."
    assert all("Rescuers" not in c[0] for c in _causes(text))


def test_a_court_that_sentenced_officials_for_negligence_holds_the_claim():
    text = (
        "Relief groups estimate that 900 people died in Xtown. The Zedland criminal court has "
        "since sentenced eight dam officials to prison for negligence in maintaining the dam."
    )
    found = _causes(text)
    assert any("court" in c[0].lower() and c[1] == "accident" for c in found)
    assert all("Relief" not in c[0] for c in found if c[1] == "accident")


def test_a_judicial_source_keeps_its_description():
    text = (
        '"The convicted officials were charged with negligence," a Xtown judicial source said '
        "by telephone."
    )
    assert any(c[0] == "judicial source (anonymous)" for c in _causes(text))


def test_a_study_speaks_through_its_authors():
    text = (
        "A study by the Zedland Weather Group found that climate change made the rain 50 times "
        "more likely."
    )
    assert ("Zedland Weather Group", "natural", "affirmed", None) in _causes(text)


def test_said_that_before_a_cause_is_no_relative_clause():
    text = "Officials in Xtown said that storm Vell caused the floods."
    assert any(c[1] == "natural" for c in _causes(text))
    text = "The council said that the jets that collided were old."
    assert any(c[1] == "collision" for c in _causes(text))


def test_a_leader_offering_help_after_a_storm_claims_no_cause():
    text = (
        "On Wednesday, Vell's President Tomas Renk said his government stood ready to give the "
        "people of Xtown every form of help after the devastating floods brought by storm Ola."
    )
    assert all(c[1] != "natural" for c in _causes(text))


def test_an_official_who_says_the_storm_killed_claims_the_cause():
    text = "On Monday, the Vell council said the floods brought by storm Ola had killed 40."
    assert any(c[0] == "Vell council" and c[1] == "natural" for c in _causes(text))


def test_a_sentence_the_next_one_says_a_speaker_said_so_is_that_speakers():
    text = (
        "Zedland has still been given no evidence that a missile fired by Zedish air defence "
        "came down in Vell.\n\n"
        "Zedland's Foreign Minister Ana Orlova said so in remarks to a Vell daily, Xtown Radio "
        "reports."
    )
    found = _causes(text)
    assert found
    assert all("Orlova" in c[0] for c in found)


def test_this_was_stated_by_names_the_speaker_of_the_sentence_before():
    text = (
        "The blast at the Xtown depot was not caused by a Zedish strike. "
        "This was stated by the Vell Defence Council on Monday."
    )
    found = _causes(text)
    assert found
    assert all(c[0] == "Vell Defence Council" for c in found)


def test_said_so_after_a_quote_leaves_the_quote_alone():
    text = (
        '"The missile was ours and it misfired," Tomas Renk told reporters. Ana Orlova said so too.'
    )
    assert all(c[0] != "Ana Orlova" for c in _causes(text))


def test_two_titles_joined_by_and_name_one_person_who_speaks():
    text = (
        "Among the first reactions, Zedland's defence minister and deputy prime minister "
        "Maris Kalvins appears to confirm that the missiles were Vellish."
    )
    assert [c[0] for c in _causes(text)] == ["Maris Kalvins"]


def test_two_bodies_joined_by_and_both_speak():
    text = (
        "Figures from the Vell Relief Office and the Zedish Red Crescent showed that more "
        "than 300 people were killed."
    )
    holders = {c.claimant for c in extract(make_doc(text), []).claims if c.kind == "casualty"}
    assert holders == {"Vell Relief Office", "Zedish Red Crescent"}
