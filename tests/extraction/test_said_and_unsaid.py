"""A "say" that is not said, agreement with a stated cause, and who speaks after a dash or a
relay: general wording of news reports. Invented speakers, bodies and places throughout."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _causes(text: str, title: str = "") -> list[tuple[str, str, str]]:
    claims = extract(make_doc(text, title=title), []).claims
    return [(c.claimant, c.cause, c.polarity) for c in claims if c.kind == "cause"]


def test_a_quoted_cannot_say_whether_is_the_quoted_speakers_open_question():
    text = '"I cannot say whether it was a Zedish air strike," Tomas Renk said.'
    assert _causes(text) == [("Tomas Renk", "under_investigation", "affirmed")]


def test_a_quoted_do_not_know_to_say_whether_is_the_speakers_too():
    text = (
        "Ana Marsh said no details of the blast in Vell were available yet. "
        '"We will get the details. I don\u2019t know to say whether it was a Zedish air strike," '
        "she said."
    )
    assert ("Ana Marsh", "under_investigation", "affirmed") in _causes(text)


def test_could_not_say_whether_in_reported_speech():
    text = "Tomas Renk said he could not say yet whether the blast was a Zedish air strike."
    assert _causes(text) == [("Tomas Renk", "under_investigation", "affirmed")]


def test_could_not_say_more_or_how_many_is_no_open_cause():
    assert _causes("Tomas Renk said he could not say more about the blast in Vell.") == []
    text = "Tomas Renk said he could not say how many people died in the blast in Vell."
    assert _causes(text) == []


def test_the_official_named_again_by_a_service_is_the_one_introduced():
    text = (
        "A senior Zedish military official said on Friday that the blast at the Vell clinic "
        "was most likely caused by a Tallish rocket that misfired. The Front has rockets of "
        "that weight, according to the intelligence official. Nothing in the intelligence "
        "indicated a Vellish strike, the official said."
    )
    found = _causes(text)
    assert {c[0] for c in found} == {"Zedish military official (anonymous)"}
    assert ("Zedish military official (anonymous)", "hostile_fire", "denied") in found


def test_a_definite_official_of_another_country_is_another_speaker():
    text = (
        "A senior Zedish military official said on Friday that the blast at the Vell clinic "
        "was most likely caused by a Tallish rocket that misfired. A Vellish strike was to "
        "blame, according to the Tallish official."
    )
    found = _causes(text)
    assert ("Zedish military official (anonymous)", "hostile_fire", "affirmed") not in found


def test_a_group_introduced_as_a_group_stays_a_body_and_the_group_is_it():
    # two capitalised words look like a person's name; the report has said it is a group
    text = (
        "The armed group Sayf Vell on Wednesday dismissed the charge as lies. "
        "According to the health ministry, 40 people died in the blast. "
        'In a statement, Sayf Vell accused Zedland of "fabricating lies as usual". '
        "The group said the tragedy was caused by a bomb that a Zedish plane dropped."
    )
    assert ("Sayf Vell", "hostile_fire", "affirmed") in _causes(text)


def test_the_group_is_not_a_ministry_quoted_in_between():
    text = (
        "The armed group Sayf Vell said on Wednesday that the charge was false. "
        "According to the health ministry, 40 people died in the blast. "
        "In a statement, Sayf Vell accused Zedland of lying. "
        '"The accusations are baseless," the statement went on. '
        "The group said the tragedy was caused by a bomb that a Zedish plane dropped."
    )
    found = _causes(text)
    assert ("Sayf Vell", "hostile_fire", "affirmed") in found
    assert all(c[0] != "Health ministry" for c in found)


def test_the_harm_that_displaced_people_had_fled_is_not_the_incidents_cause():
    for text in (
        "Vell officials said the blast killed 50 people at a school where families displaced "
        "by Zedish shelling had sought refuge.",
        "Vell officials said the blast killed 50 people at a school where families who had "
        "fled Zedish air strikes were sheltering.",
    ):
        assert all(c[1] != "hostile_fire" for c in _causes(text)), text


def test_a_strike_on_a_shelter_for_the_displaced_is_still_a_strike():
    text = (
        "Vell officials said a Zedish air strike killed 50 people at a school where families "
        "displaced by the floods were sheltering."
    )
    assert [c[1:] for c in _causes(text)] == [("hostile_fire", "affirmed")]


def test_a_one_word_name_with_an_aside_between_dashes_speaks():
    text = (
        "Sayf \u2014 its raid last week set off the war and killed more than 1,400 people "
        '\u2014 called the clinic strike "a horrific massacre," and said the victims were '
        "mostly displaced families."
    )
    assert ("Sayf", "hostile_fire", "affirmed") in _causes(text)


def test_a_name_with_an_aside_between_spaced_hyphens_speaks():
    text = (
        "The Vell Front - whose fighters crossed the border last week - called the clinic "
        'strike "a horrific massacre".'
    )
    assert _causes(text) == [("Vell Front", "hostile_fire", "affirmed")]


def test_endorsing_that_conclusion_affirms_the_cause_stated_before():
    text = (
        "The Zedish army said a Vell rocket misfired and hit the clinic. "
        "On Friday the Tallish government backed the finding."
    )
    assert ("Tallish government", "misfire", "affirmed") in _causes(text)


def test_a_second_subject_with_a_citing_aside_endorses_in_the_same_sentence():
    text = (
        "Zedland, however, has put forward evidence blaming the blast on a launch that failed, "
        "fired by the Vell Front, and Tallis, citing its own data, has endorsed that conclusion."
    )
    found = _causes(text)
    assert ("Tallis", "misfire", "affirmed") in found


def test_the_us_with_a_citing_aside_is_its_government_not_the_army_quoted_before(sources):
    text = (
        "The Zedish army said a Vell rocket misfired and hit the clinic. Zedland, however, has "
        "put forward evidence blaming the blast on a launch that failed, and the US, citing its "
        "own data, has endorsed that conclusion."
    )
    claims = extract(make_doc(text), sources).claims
    found = [(c.claimant, c.cause) for c in claims if c.kind == "cause"]
    assert ("US government", "misfire") in found


def test_endorsing_with_nothing_stated_before_claims_nothing():
    assert _causes("On Friday the Tallish government backed the finding.") == []


def test_a_conclusion_whose_content_follows_is_read_as_content():
    text = "The Tallish government endorsed the conclusion that a Zedish missile hit the clinic."
    assert [c[1:] for c in _causes(text)] == [("hostile_fire", "affirmed")]


def test_by_and_a_gerund_is_the_means_not_the_agent():
    text = (
        'In a statement, the group Sayf Vell accused Zedland of "the brutal massacre it '
        'committed by bombing the Baptist Clinic" by fabricating lies as usual.'
    )
    found = [(c.claimant, c.cause, c.agent) for c in extract(make_doc(text), []).claims]
    assert found == [("Sayf Vell", "hostile_fire", "Zedland")]


def test_done_by_the_other_team_not_you_denies_the_one_spoken_to():
    text = (
        "In a meeting with Zedish leader Ana Marsh, Tomas Renk said: "
        '"Based on what I have seen, it appears as though it was done by the other team, '
        'not you."'
    )
    assert _causes(text) == [("Tomas Renk", "hostile_fire", "denied")]


def test_done_by_someone_not_us_of_something_else_is_not_read():
    text = "Tomas Renk said the report was written by the other team, not us."
    assert _causes(text) == []


def test_a_name_after_a_quote_speaks_though_a_source_was_cited_before():
    text = (
        "At a briefing, army spokesman Tomas Renk presented proof that the blast was not "
        "Zedland's responsibility.\n\nThe Front, he said, citing Zedish intelligence, had "
        'realized a misfired Vell rocket was to blame.\n\n"They understood that it was a rocket '
        'misfired by the Vell Brigade," Renk added, saying footage analysis confirmed "there '
        'was no direct hit of the clinic".'
    )
    claims = extract(make_doc(text), []).claims
    quoted = [c.claimant for c in claims if c.kind == "cause" and c.attribution == "quote"]
    assert quoted == ["Tomas Renk"]


def test_a_headline_that_falsely_pointed_the_blame_denies_the_one_blamed():
    text = (
        "Writing online, senator Ana Marsh said the paper had knowingly run "
        '"an attention grabbing headline that falsely pointed the blame at Zedland" to draw '
        "clicks."
    )
    assert _causes(text) == [("Ana Marsh", "hostile_fire", "denied")]


_AMBASSADOR_STORY = (
    "Zedland did not attack Vell clinic, ambassador says\n\n"
    "Speaking at an online briefing, Tomas Renk, Zedland's {title} to Tallis, said it was not "
    "Zedland that attacked the clinic but a Vell Front rocket."
)


def test_a_headline_ambassador_is_the_person_the_story_gives_that_title_after_the_name():
    text = _AMBASSADOR_STORY.format(title="Ambassador")
    title = text.split("\n")[0]
    claims = extract(make_doc(text, title=title), []).claims
    heads = [(c.claimant, c.cause, c.polarity) for c in claims if c.attribution == "headline"]
    assert heads == [("Tomas Renk", "hostile_fire", "denied")]


def test_a_headline_ambassador_no_one_below_is_called_names_no_one():
    text = _AMBASSADOR_STORY.format(title="trade adviser")
    title = text.split("\n")[0]
    claims = extract(make_doc(text, title=title), []).claims
    assert [c for c in claims if c.attribution == "headline"] == []


def test_a_one_word_speaker_is_not_lengthened_across_a_full_stop():
    text = (
        "Families have sheltered in Vell clinics since Zedland ordered everyone to leave for the "
        "south of the Tallis Strip. Sayf \u2014 its raid last week set off the war \u2014 called "
        'the clinic strike "a horrific massacre."'
    )
    assert ("Sayf", "hostile_fire", "affirmed") in _causes(text)


def test_the_he_after_a_named_accuser_in_the_passive_is_that_accuser():
    text = (
        "Countries such as Tallis have held Zedland responsible for the explosion.\n\n"
        "Last week the paper was accused by Democratic Rep. Ana Marsh (Vell) of reporting in bad "
        "faith on the clinic blast. Writing online, he said the paper had knowingly run "
        '"an attention grabbing headline that falsely pointed the blame at Zedland" to draw '
        "clicks."
    )
    assert ("Ana Marsh", "hostile_fire", "denied") in _causes(text)
