"""A real Celery worker process over the configured broker, against the test database.

These tests run only where DATABASE_URL is PostgreSQL and CELERY_BROKER_URL is set (CI's
first pass); the SQLite default skips them. Eager mode is switched off for their duration,
so an enqueue bug cannot hide behind it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from config.celery_app import app as celery_app
from config.queues import queue_names, task_routes
from tests.conftest import REPO

BROKER = os.environ.get("CELERY_BROKER_URL", "")

needs_services = pytest.mark.skipif(
    not BROKER or not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL (DATABASE_URL) and a broker (CELERY_BROKER_URL)",
)


def _test_database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


class Worker:
    """A `celery worker` subprocess consuming queues of this test's own: every routed queue
    under the prefix `{queue}-`, and `queue` itself."""

    def __init__(self, queue: str, log_dir: Path, env: dict[str, str] | None = None) -> None:
        self.queue = queue
        self.prefix = f"{queue}-"
        self.extra_env = env or {}
        self.log_path = log_dir / f"worker-{queue}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def queues(self) -> list[str]:
        return [*queue_names(self.prefix), self.queue]

    def start(self) -> None:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            # Named, so a test can find (and cut) the worker's database connections.
            "DATABASE_URL": _test_database_url() + "?application_name=test-worker",
            "CELERY_BROKER_URL": BROKER,
            "CELERY_QUEUE_PREFIX": self.prefix,
            # Redis hands an unacknowledged task to another consumer after this long.
            "CELERY_VISIBILITY_TIMEOUT": "5",
            "CELERY_UNACKED_RESTORE_THROTTLE": "1",
            **self.extra_env,
        }
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "config",
                    "worker",
                    "-Q",
                    ",".join(self.queues),
                    "--pool",
                    "solo",
                    "--loglevel",
                    "INFO",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                ],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited: {self.log_path.read_text()[-2000:]}")
            if "ready." in self.log_path.read_text(errors="replace"):
                return
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready: {self.log_path.read_text()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL: no chance to finish or acknowledge the task in hand."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def _forget_routing() -> None:
    """Celery caches its router and queues on first use: make it read the configuration again."""
    amqp = celery_app.amqp
    amqp.flush_routes()
    for cached in ("router", "queues", "default_queue"):
        amqp.__dict__.pop(cached, None)


@contextmanager
def sending_to(worker: Worker) -> Iterator[None]:
    """This process sends tasks to the worker's queues (not eagerly) for the duration."""
    conf = celery_app.conf
    saved = (conf.task_always_eager, conf.task_default_queue, conf.task_routes)
    conf.task_always_eager = False
    conf.task_default_queue = f"{worker.prefix}default"
    conf.task_routes = task_routes(worker.prefix)
    _forget_routing()
    try:
        yield
    finally:
        conf.task_always_eager, conf.task_default_queue, conf.task_routes = saved
        _forget_routing()
        with celery_app.connection_for_write() as conn:
            for name in worker.queues:
                conn.default_channel.queue_delete(name)


@pytest.fixture
def worker(transactional_db, tmp_path) -> Iterator[Worker]:
    process = Worker(f"test-{uuid.uuid4().hex[:10]}", tmp_path)
    with sending_to(process):
        process.start()
        try:
            yield process
        finally:
            process.stop()


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str, worker: Worker) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(
        f"timed out waiting for {what}\n--- worker log ---\n{worker.log()[-4000:]}"
    )
