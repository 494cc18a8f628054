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
