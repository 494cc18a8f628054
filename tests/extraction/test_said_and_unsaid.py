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
