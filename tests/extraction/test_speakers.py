"""Claimants read from the text with the dependency parse, for sources no list has seen.

The documents are written for these tests: invented places, bodies and people, so a pass
means the construction is read, not a name remembered.
"""

from __future__ import annotations

import pytest

from claims.models import Claim
from factcheck.extraction import extract, nlp
from factcheck.extraction.speech import has_cue, parse, speakers
from factcheck.readouts import claim_as_dict

from .conftest import claims_of as _claims
from .conftest import make_doc


def _who(text, sources=(), kind=None):
    return {(c.claimant, c.relayed_by) for c in _claims(text, sources, kind)}


def test_model_loads_once_and_is_checked():
    first = nlp.load()
    assert nlp.load() is first
    assert first.lang == "en"
    assert "ner" not in first.pipe_names  # the extractor reads the parse and the tags only


def test_missing_model_fails_with_one_line_naming_the_package():
    with pytest.raises(nlp.ModelError) as raised:
        nlp.load("xx_no_such_pipeline_sm")
    message = str(raised.value)
    assert "\n" not in message
    assert "xx-no-such-pipeline-sm" in message


def test_setting_names_the_model(settings):
    settings.FACTCHECK_SPACY_MODEL = "en_core_web_sm"
    assert nlp.model_name() == "en_core_web_sm"


def test_only_sentences_with_a_cue_of_speech_may_be_parsed():
    assert has_cue("The harbour board said nine sailors were missing.")
    assert not has_cue("The ferry left the harbour at dawn.")
    assert not has_cue("Nine sailors were missing.")


def test_a_claim_in_words_of_any_reader_finds_its_speaker():
    # "overloaded" is a cause word only the cause vocabulary knows
    claims = _claims('"The boat was overloaded," Ana Marsh told reporters.')
    assert [(c.claimant, c.cause) for c in claims] == [("Ana Marsh", "accident")]


def test_speaker_after_its_verb_is_read_in_full():
    text = (
        "A ferry capsized off Westmere on Sunday. Nine people died in the water, "
        "said the Westmere Harbour Safety Board."
    )
    assert ("Westmere Harbour Safety Board", None) in _who(text, kind="casualty")


def test_according_to_gives_the_source_not_the_outlet():
    text = (
        "A ferry capsized off Westmere on Sunday.\n\n"
        "According to the Coastal Rescue Federation, at least 14 passengers died."
    )
    claims = _claims(text, kind="casualty")
    assert [(c.claimant, c.min, c.max) for c in claims] == [("Coastal Rescue Federation", 14, None)]
    assert not claims[0].claimant_resolved  # a provisional source under its full name


def test_citing_credits_the_source_and_records_the_relay():
    text = (
        "A ferry capsized off Westmere on Sunday.\n\n"
        "Radio Norvale, citing the Westmere Port Authority, reported that 23 people were "
        "killed."
    )
    assert _who(text, kind="casualty") == {("Westmere Port Authority", "Radio Norvale")}


def test_spokesperson_speaks_for_the_institution():
    text = (
        "A dam gave way above Calder Falls overnight.\n\n"
        "A spokesman for the Calder Valley Water Board said 31 people were dead."
    )
    assert ("Calder Valley Water Board", None) in _who(text, kind="casualty")


def test_description_resolves_to_the_last_named_claimant():
    text = (
        "A dam gave way above Calder Falls overnight.\n\n"
        "The Ministry of Water Affairs of Ostrava said the flood had killed 12 people.\n\n"
        "Later the ministry said 40 people had been killed."
    )
    claims = _claims(text, kind="casualty")
    assert {(c.claimant, c.min) for c in claims} == {
        ("Ministry of Water Affairs of Ostrava", 12),
        ("Ministry of Water Affairs of Ostrava", 40),
    }


def test_two_speakers_of_one_statement_give_one_claim_each():
    text = (
        "A dam gave way above Calder Falls overnight.\n\n"
        "The Calder Red Cross and the Ostrava Civil Defence Corps said 17 people were killed."
    )
    assert {c.claimant for c in _claims(text, kind="casualty")} == {
        "Calder Red Cross",
        "Ostrava Civil Defence Corps",
    }


def test_a_counted_group_is_never_the_speaker():
    text = (
        "A ferry capsized off Westmere on Sunday. Before this, seven sailors confirmed "
        "killed had been the worst loss of the year."
    )
    assert all("sailors" not in c.claimant for c in _claims(text))


def test_parse_reads_in_a_statement():
    doc = parse(["In a statement, the Northfield Rail Company said no passengers were hurt."])[0]
    assert [s.surface for s in speakers(doc)] == ["Northfield Rail Company"]


def test_relayed_by_reaches_the_record_and_the_claims_json(db, django_capture_on_commit_callbacks):
    from claims.services import document_ingest

    with django_capture_on_commit_callbacks(execute=True):
        result = document_ingest(
            text=(
                "A ferry capsized off Westmere on Sunday.\n\n"
                "Radio Norvale, citing the Westmere Port Authority, reported that 23 people were "
                "killed."
            ),
            url="https://example.org/ferry",
            publisher="Radio Norvale",
            published_at="2026-03-13T15:00:00Z",
        )
    claim = Claim.objects.get(document_id=result.document.pk, kind="casualty")
    data = claim_as_dict(claim)
    assert (data["claimant"], data["relayed_by"]) == ("Westmere Port Authority", "Radio Norvale")


def test_a_toll_in_a_relative_clause_is_the_outlets_description():
    text = (
        "A rocket hit a market in Dunmore on Tuesday.\n\n"
        "The Dunmore Front said on Wednesday that it did not fire the rocket which killed "
        "six people."
    )
    six = next(c for c in _claims(text, kind="casualty") if c.min == 6)
    assert (six.claimant, six.attribution) == ("Example Wire", "outlet")


def test_no_adverb_or_nobody_as_a_claimant():
    text = (
        "A rocket hit a market in Dunmore on Tuesday.\n\n"
        "First reported at 20 dead, the toll climbed through the night."
    )
    assert {c.claimant for c in _claims(text)} <= {"Example Wire"}


def test_a_missing_model_stops_extraction_with_its_message(monkeypatch):
    monkeypatch.setenv("FACTCHECK_SPACY_MODEL", "xx_absent_pipeline_sm")
    monkeypatch.setattr(nlp, "model_name", lambda: "xx_absent_pipeline_sm")
    text = "A ferry capsized. Nine people died, said the Westmere Harbour Safety Board."
    with pytest.raises(nlp.ModelError, match="xx-absent-pipeline-sm"):
        extract(make_doc(text), [])


def test_the_military_is_the_command_the_document_quotes():
    text = (
        "A transport aircraft came down over the Varn plateau on Friday.\n\n"
        "Northern Air Command said the crew of five had ejected.\n\n"
        "In a later statement, the military said the crash was not caused by hostile fire."
    )
    causes = _claims(text, kind="cause")
    assert causes
    assert {c.claimant for c in causes} == {"Northern Air Command"}


def test_the_agent_of_a_passive_report_is_the_speaker():
    text = (
        "A transport aircraft came down over the Varn plateau on Friday.\n\n"
        "Three airmen are now confirmed dead by the Northern Air Command."
    )
    dead = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert {c.claimant for c in dead} == {"Northern Air Command"}


def test_a_document_is_parsed_in_one_batch_with_the_same_speakers(monkeypatch):
    from factcheck.extraction import speech

    text = (
        "A ferry capsized off Westmere on Sunday.\n\n"
        "Nine people died in the water, said the Westmere Harbour Safety Board.\n\n"
        "The Corran Coastal Rescue Trust said four sailors were still missing."
    )
    expected = _who(text, kind="casualty")
    batches: list[list[str]] = []
    real_parse = speech.parse

    def counting_parse(texts):
        batches.append(list(texts))
        return real_parse(texts)

    monkeypatch.setattr(speech, "parse", counting_parse)
    assert _who(text, kind="casualty") == expected
    assert len(batches) == 1  # one call for the document
    assert len(batches[0]) == 2  # both speakers' sentences
    assert {("Westmere Harbour Safety Board", None), ("Corran Coastal Rescue Trust", None)} <= (
        expected
    )
