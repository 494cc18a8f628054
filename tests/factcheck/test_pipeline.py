"""Document -> claims -> event -> findings, eagerly (the embedded default's path)."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from claims.models import Claim, Document
from claims.services import document_ingest
from factcheck import services
from factcheck.models import Finding
from tests.conftest import SEED_DOCUMENTS

REPORT = (
    "US Central Command said on Thursday that four of the six crew members aboard a KC-135 "
    "refueling aircraft were killed when it went down in western Iraq. "
    '"The loss of the aircraft was not due to hostile fire," the command said.'
)


@pytest.mark.django_db
def test_ingest_enqueues_extraction_only_after_commit(sources, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = document_ingest(text=REPORT, publisher="Reuters", published_at="2026-03-13")

    assert result.status == "stored"
    assert len(callbacks) == 1  # extract_claims(document_id), not before the row exists
    assert result.document.state == Document.State.QUEUED


@pytest.mark.django_db(transaction=True)
def test_seed_documents_run_end_to_end(sources, capsys):
    call_command("ingest", str(SEED_DOCUMENTS))
    capsys.readouterr()

    documents = Document.objects.all()
    assert documents.count() >= 6
    assert all(d.state == Document.State.EVALUATED for d in documents), [
        (d.pk, d.state, d.state_reason) for d in documents
    ]
    assert Claim.objects.filter(claimant__name="US Central Command").exists()
    assert Finding.objects.filter(rule="casualty_revision").exists()

    call_command("claims", "--format", "json")
    claims = json.loads(capsys.readouterr().out)
    casualty = next(c for c in claims if c["kind"] == "casualty")
    assert set(casualty) >= {
        "id",
        "document_url",
        "claimant",
        "attribution",
        "kind",
        "text",
        "stated_at",
        "event",
        "casualty",
    }
    assert set(casualty["casualty"]) == {"category", "group", "min", "max", "qualifier", "scope"}
    cause = next(c for c in claims if c["kind"] == "cause")
    assert set(cause["cause"]) == {"category", "polarity", "agent", "hedge"}

    call_command("findings", "--format", "json", "--status", "open")
    findings = json.loads(capsys.readouterr().out)
    assert findings
    assert set(findings[0]) == {
        "id",
        "rule",
        "severity",
        "event",
        "status",
        "message",
        "claims",
        "claimants",
    }
    assert all(f["status"] == "open" for f in findings)


@pytest.mark.django_db(transaction=True)
def test_extracting_twice_keeps_the_same_claims(sources):
    document = document_ingest(text=REPORT, publisher="Reuters", published_at="2026-03-13").document
    first = sorted(Claim.objects.filter(document=document).values_list("id", "fingerprint"))
    assert first

    services.document_extract(document_id=document.pk)  # already extracted: left alone
    services.document_extract(document_id=document.pk, force=True)  # re-extracted: upserted

    assert sorted(Claim.objects.filter(document=document).values_list("id", "fingerprint")) == first


@pytest.mark.django_db(transaction=True)
def test_an_extractor_crash_keeps_the_document_and_says_why(sources, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "extract", broken)

    document = document_ingest(text=REPORT, publisher="Reuters").document

    document.refresh_from_db()
    assert document.state == Document.State.EXTRACTED
    assert document.state_reason == "extractor error: RuntimeError: boom"
    assert document.claims.count() == 0


@pytest.mark.django_db(transaction=True)
def test_text_in_another_language_yields_no_claims_and_a_reason(sources):
    text = "Selon le commandement, six membres d'équipage ont été tués dans l'accident. " * 5

    document = document_ingest(text=text, publisher="AFP", language="fr").document

    document.refresh_from_db()
    assert document.claims.count() == 0
    assert document.state_reason


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_documents_for_one_event_queues_one_evaluation(sources, monkeypatch):
    from factcheck.models import PendingEvaluation
    from factcheck.tasks import evaluate_event
    from tests.factories import EventFactory

    queued: list[int] = []

    def enqueue(args, countdown):
        queued.append(args[0])

    monkeypatch.setattr(evaluate_event, "apply_async", enqueue)  # as if no worker ran it yet
    event = EventFactory()

    results = [services.event_request_evaluation(event_id=event.pk) for _ in range(5)]

    assert results == [True, False, False, False, False]
    assert queued == [event.pk]

    services.event_evaluate_and_mark(event_id=event.pk)  # the queued evaluation starts

    assert not PendingEvaluation.objects.filter(event=event).exists()
    assert services.event_request_evaluation(event_id=event.pk) is True  # new claims: again
    assert queued == [event.pk, event.pk]


@pytest.mark.django_db(transaction=True)
def test_a_lost_evaluation_request_is_swept_up(sources, monkeypatch):
    from datetime import timedelta

    from factcheck.models import PendingEvaluation, RuleRun
    from factcheck.tasks import evaluate_event
    from tests.factories import ClaimFactory, EventFactory

    event = EventFactory()
    ClaimFactory(document__event=event, event=event)
    monkeypatch.setattr(evaluate_event, "apply_async", lambda args, countdown: None)  # lost
    services.event_request_evaluation(event_id=event.pk)
    monkeypatch.undo()

    services.documents_requeue_stuck(older_than=timedelta(0))

    assert not PendingEvaluation.objects.filter(event=event).exists()
    assert RuleRun.objects.filter(event=event).exists()


@pytest.mark.django_db(transaction=True)
def test_a_redelivered_extraction_publishes_the_evaluation_its_dead_worker_never_sent(
    sources, monkeypatch
):
    # The worker committed the extraction and the pending row, then died before publishing
    # the evaluation: the broker hands the extraction to another worker.
    from factcheck.models import PendingEvaluation
    from factcheck.tasks import evaluate_event, extract_claims

    monkeypatch.setattr(evaluate_event, "apply_async", lambda args, countdown: None)  # died
    result = document_ingest(
        text="US Central Command said four of the six crew members were killed.",
        publisher="Reuters",
        published_at="2026-03-13T10:00:00Z",
        event_key="kc135-western-iraq-2026-03-12",
    )
    monkeypatch.undo()
    document = Document.objects.get(pk=result.document.pk)
    assert document.state == Document.State.EXTRACTED
    assert PendingEvaluation.objects.filter(event=document.event).exists()

    extract_claims.delay(document.pk)  # the redelivery

    document.refresh_from_db()
    assert document.state == Document.State.EVALUATED


@pytest.mark.django_db(transaction=True)
def test_a_ceiling_alone_is_stored_with_no_floor(sources):
    report = "US Central Command said up to 14 crew members were killed when the aircraft crashed."
    document = document_ingest(text=report, publisher="Reuters", published_at="2026-03-13").document

    counts = Claim.objects.filter(document=document, kind=Claim.Kind.CASUALTY)
    assert ("killed", None, 14, "at_most") in {
        (c.category, c.count_min, c.count_max, c.qualifier) for c in counts
    }


@pytest.mark.django_db(transaction=True)
def test_blame_on_two_agents_keeps_a_claim_for_each_through_extraction_twice(sources):
    text = (
        "Twin blasts killed 40 people at a shrine in the capital on Wednesday.\n\n"
        "Interior Minister Amil Rostan blamed the Northern Front and the Eastern Legion for "
        "the blasts."
    )
    document = document_ingest(text=text, publisher="Reuters", published_at="2026-03-13").document
    agents = sorted(
        Claim.objects.filter(document=document, kind="cause").values_list("agent", flat=True)
    )
    assert agents == ["Eastern Legion", "Northern Front"]
    first = sorted(Claim.objects.filter(document=document).values_list("id", "fingerprint"))

    services.document_extract(document_id=document.pk, force=True)  # the same two, upserted

    assert sorted(Claim.objects.filter(document=document).values_list("id", "fingerprint")) == first
