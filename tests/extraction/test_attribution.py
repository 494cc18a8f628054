"""Attribution on documents written for these tests (not taken from any report)."""

from __future__ import annotations

from datetime import date

from factcheck.extraction import extract

from .conftest import make_doc


def claims_of(text: str, sources, **kwargs):
    return extract(make_doc(text, **kwargs), sources).claims


def test_reported_speech_resolves_alias_and_date(sources):
    text = (
        "CENTCOM said on Thursday that at least five crew members were aboard the tanker. "
        "The aircraft went down near the border, the outlet understands."
    )
    claims = claims_of(text, sources)
    aboard = next(c for c in claims if c.category == "aboard")
    assert aboard.claimant == "US Central Command"
    assert aboard.attribution == "reported"
    assert aboard.stated_on == date(2026, 3, 12)
    assert (aboard.min, aboard.max, aboard.qualifier) == (5, None, "at_least")


def test_pronoun_refers_back_and_at_the_time_dates_earlier(sources):
    text = (
        "The tanker crashed in the desert on Thursday. "
        "U.S. Central Command confirmed on Friday that the whole crew had died. "
        "It said at the time that two of the five crew members were killed."
    )
    claims = claims_of(text, sources)
    earlier = next(c for c in claims if c.qualifier == "of_total")
    assert earlier.claimant == "US Central Command"
    assert earlier.stated_on == date(2026, 3, 12)
    assert (earlier.category, earlier.min, earlier.max, earlier.total) == ("killed", 2, 2, 5)
    aboard = next(c for c in claims if c.category == "aboard")
    assert (aboard.min, aboard.max) == (5, 5)


def test_direct_quote(sources):
    text = 'The Pentagon said: "The loss was not caused by hostile fire."'
    claims = claims_of(text, sources)
    assert {(c.claimant, c.attribution, c.cause) for c in claims} == {
        ("US Department of Defense", "quote", "hostile_fire")
    }


def test_outlet_voice_and_headline(sources):
    title = "Cargo jet crashes near harbour"
    text = f"{title}\n\nA cargo jet crashed near the harbour on Sunday evening."
    claims = claims_of(text, sources, title=title, publisher="Harbour Gazette")
    assert {(c.claimant, c.attribution) for c in claims} == {
        ("Harbour Gazette", "headline"),
        ("Harbour Gazette", "outlet"),
    }
    headline = next(c for c in claims if c.attribution == "headline")
    assert not headline.in_title
    assert text[headline.start : headline.end].startswith("Cargo jet crashes")


def test_title_missing_from_text_is_read_from_the_title(sources):
    title = "Cargo jet crashes near harbour"
    claims = claims_of("Nothing else was said.", sources, title=title, publisher="Gazette")
    assert len(claims) == 1
    assert claims[0].in_title
    assert title[claims[0].start : claims[0].end].startswith("Cargo jet")


def test_anonymous_official_is_kept_anonymous(sources):
    text = (
        "A U.S. official, who spoke on condition of anonymity, said up to six people were aboard."
    )
    claims = claims_of(text, sources)
    assert [(c.claimant, c.claimant_anonymous, c.qualifier, c.max) for c in claims] == [
        ("US official (anonymous)", True, "at_most", 6)
    ]


def test_unknown_speaker_is_provisional_not_merged(sources):
    text = "Governor Lena Marsh said nine people were killed in the blast."
    claims = claims_of(text, sources)
    assert len(claims) == 1
    assert claims[0].claimant == "Lena Marsh"
    assert claims[0].claimant_resolved is False


def test_according_to_and_statement_issued_by(sources):
    text = (
        "The plane was struck by a missile, according to a statement issued by the "
        "Khatam al-Anbiya Central Headquarters of Iran on Thursday night."
    )
    claims = claims_of(text, sources)
    assert {(c.claimant, c.cause, c.polarity, c.stated_on) for c in claims} == {
        ("Khatam al-Anbiya Central Headquarters", "hostile_fire", "affirmed", date(2026, 3, 12))
    }


def test_cumulative_count_since_a_date(sources):
    text = "At least 13 US troops have been killed since February 28, the Pentagon said."
    claims = claims_of(text, sources)
    assert [(c.claimant, c.min, c.max, c.qualifier, c.scope) for c in claims] == [
        ("US Department of Defense", 13, None, "at_least", "cumulative")
    ]


def test_history_is_not_a_claim(sources):
    text = "In 2019, a transport helicopter crashed in the same valley, killing nine soldiers."
    assert claims_of(text, sources) == []
