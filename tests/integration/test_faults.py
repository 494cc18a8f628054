"""Faults the product survives, against real services: concurrent submissions, dropped
database connections, a broker that loses its queue."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection, connections

from claims.models import Claim, Document
from claims.services import document_ingest
from config.celery_app import app as celery_app
from factcheck.services import documents_requeue_stuck
from tests.integration.conftest import Worker, needs_services, sending_to, wait_for

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateRedis:
    """A redis-server of this test's own, without persistence, that it can restart."""

    def __init__(self, directory: Path) -> None:
        self.port = _free_port()
        self.directory = directory
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


@pytest.fixture
def private_redis(tmp_path, monkeypatch):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    redis = PrivateRedis(tmp_path)
    redis.start()
    # This process sends to it: Celery reads the environment before its configuration, and
    # keeps a producer pool for the broker it first used.
    monkeypatch.setenv("CELERY_BROKER_URL", redis.url)
    monkeypatch.setattr(celery_app.conf, "broker_url", redis.url)
    celery_app.amqp._producer_pool = None
    celery_app._pool = None
    yield redis
    redis.stop()
    celery_app.amqp._producer_pool = None
    celery_app._pool = None


@pytest.mark.django_db(transaction=True)
def test_tasks_queued_when_redis_restarts_are_not_lost(sources, private_redis, tmp_path):
    worker = Worker(
        f"test-{uuid.uuid4().hex[:10]}", tmp_path, env={"CELERY_BROKER_URL": private_redis.url}
    )
    with sending_to(worker):
        for n in range(3):
            document_ingest(text=f"{REPORT} Update {n}.", publisher="Reuters", event_key="kc135")
        # Redis restarts before any worker took them: without persistence, the queue is gone.
        private_redis.stop()
        private_redis.start()
        worker.start()
        try:
            time.sleep(3)
            assert Document.objects.filter(state=Document.State.QUEUED).count() == 3

            documents_requeue_stuck(older_than=timedelta(0))  # what the periodic sweep does

            wait_for(
                lambda: not Document.objects.exclude(state=Document.State.EVALUATED).exists(),
                timeout=60,
                what="the documents lost with the broker's queue",
                worker=worker,
            )
        finally:
            worker.stop()
    assert Claim.objects.filter(document__state=Document.State.EVALUATED).count() >= 3
