"""Health probes and the operator's read-outs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from claims.models import Document
from config.celery_app import app as celery_app
from factcheck.services import documents_requeue_stuck
from tests.conftest import SEED_DOCUMENTS
from tests.factories import DocumentFactory, EventFactory


@pytest.mark.django_db
def test_healthz_and_readyz_answer_when_all_is_well(client):
    assert client.get(reverse("healthz")).json() == {"status": "ok"}

    response = client.get(reverse("readyz"))

    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "broker": "ok"}


@pytest.mark.django_db
def test_readyz_says_503_and_names_an_unreachable_broker(client, settings, monkeypatch):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    # Celery reads CELERY_BROKER_URL from the environment before its own configuration.
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")

    response = client.get(reverse("readyz"))

    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"] == "ok"
    assert "Connection refused" in body["checks"]["broker"] or "Error" in body["checks"]["broker"]


@pytest.mark.django_db(transaction=True)
def test_documents_stuck_in_a_state_are_processed_again(sources):
    event = EventFactory()
    stuck = DocumentFactory(
        state=Document.State.QUEUED,
        event=event,
        text="US Central Command said on Friday that all six crew members were killed.",
    )
    fresh = DocumentFactory(state=Document.State.QUEUED, event=event)
    Document.objects.filter(pk=stuck.pk).update(ingested_at=timezone.now() - timedelta(hours=1))

    extractions, _ = documents_requeue_stuck(older_than=timedelta(minutes=10))

    assert extractions == 1
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert stuck.state == Document.State.EVALUATED  # extracted, then its event evaluated
    assert stuck.claims.exists()
    assert fresh.state == Document.State.QUEUED  # not yet overdue: left to its own task


@pytest.mark.django_db(transaction=True)
def test_status_shows_states_failures_and_rule_runs(sources, capsys):
    call_command("ingest", str(SEED_DOCUMENTS))
    Document.objects.filter(pk=Document.objects.first().pk).update(
        state=Document.State.FAILED, state_reason="database error: connection lost"
    )
    capsys.readouterr()

    call_command("status")

    out = capsys.readouterr().out
    assert "failed: 1" in out
    assert "database error: connection lost" in out
    assert "kc135-western-iraq-2026-03-12" in out  # a rule run of the seed event


def test_json_log_lines_carry_the_ids_of_their_work():
    import json
    import logging

    from config.logging import JsonFormatter

    record = logging.LogRecord(
        "factcheck.services", logging.INFO, __file__, 1, "extracted %s", (7,), None
    )
    record.document_id = 7
    record.event_id = 3
    record.duration_ms = 12.5

    line = json.loads(JsonFormatter().format(record))

    assert line["message"] == "extracted 7"
    assert (line["document_id"], line["event_id"], line["duration_ms"]) == (7, 3, 12.5)
    assert line["level"] == "INFO"
