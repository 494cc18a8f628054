"""Faults the product survives, against real services: concurrent submissions, dropped
database connections, a broker that loses its queue."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections

from claims.models import Document
from claims.services import document_ingest
from factcheck.services import documents_requeue_stuck
from tests.integration.conftest import needs_services, wait_for

pytestmark = [pytest.mark.integration, needs_services]

REPORT = (
    "US Central Command said on Friday that all six crew members of the KC-135 were killed. "
    "It said on Thursday that four of the six crew members had been killed."
)


@pytest.mark.django_db(transaction=True)
def test_the_same_document_from_twenty_clients_at_once_is_stored_once(sources):
    clients = 20
    start = threading.Barrier(clients)
    statuses: list[str] = []
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            start.wait(timeout=30)
            result = document_ingest(
                text=REPORT, url="https://example.org/centcom-update", publisher="Reuters"
            )
            statuses.append(result.status)
        except BaseException as exc:  # reported below, with the others
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert sorted(statuses) == ["duplicate"] * (clients - 1) + ["stored"]
    assert Document.objects.filter(url="https://example.org/centcom-update").count() == 1


def test_tasks_retry_and_succeed_when_database_connections_are_dropped(sources, worker):
    # Warm the worker's connection pool, then cut the worker's connections.
    document_ingest(text=REPORT + " First.", publisher="Reuters", event_key="kc135")
    wait_for(
        lambda: not Document.objects.exclude(state=Document.State.EVALUATED).exists(),
        timeout=60,
        what="the first document",
        worker=worker,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = 'test-worker'"
        )
        assert cursor.fetchone()[0] >= 1  # the worker's connection was among them

    document_ingest(text=REPORT + " Second.", publisher="Reuters", event_key="kc135")

    wait_for(
        lambda: not Document.objects.exclude(state=Document.State.EVALUATED).exists(),
        timeout=90,
        what="the document after the connections were dropped",
        worker=worker,
    )
    assert Document.objects.filter(claims__isnull=False).distinct().count() == 2


def test_work_lost_by_the_broker_is_enqueued_again_by_the_sweep(sources, worker):
    documents = [
        document_ingest(
            text=f"{REPORT} Update {n}.", publisher="Reuters", event_key="kc135"
        ).document
        for n in range(3)
    ]
    wait_for(
        lambda: not Document.objects.exclude(state=Document.State.EVALUATED).exists(),
        timeout=60,
        what="the documents",
        worker=worker,
    )
    # As if the broker restarted without persistence before delivering these tasks.
    lost = [d.pk for d in documents[:2]]
    Document.objects.filter(pk__in=lost).update(state=Document.State.QUEUED)
    Document.objects.filter(pk=documents[2].pk).update(state=Document.State.EXTRACTED)

    extractions, evaluations = documents_requeue_stuck(older_than=timedelta(0))

    assert (extractions, evaluations) == (2, 1)
    wait_for(
        lambda: not Document.objects.exclude(state=Document.State.EVALUATED).exists(),
        timeout=60,
        what="the swept documents",
        worker=worker,
    )
