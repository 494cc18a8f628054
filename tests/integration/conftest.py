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
from pathlib import Path

import pytest
from django.db import connection

from config.celery_app import app as celery_app
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
    """A `celery worker` subprocess consuming a queue of this test's own."""

    def __init__(self, queue: str, log_dir: Path) -> None:
        self.queue = queue
        self.log_path = log_dir / f"worker-{queue}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            # Named, so a test can find (and cut) the worker's database connections.
            "DATABASE_URL": _test_database_url() + "?application_name=test-worker",
            "CELERY_BROKER_URL": BROKER,
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            # Redis hands an unacknowledged task to another consumer after this long.
            "CELERY_VISIBILITY_TIMEOUT": "5",
            "CELERY_UNACKED_RESTORE_THROTTLE": "1",
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
                    self.queue,
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


@pytest.fixture
def worker(transactional_db, tmp_path) -> Iterator[Worker]:
    queue = f"test-{uuid.uuid4().hex[:10]}"
    saved = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    process = Worker(queue, tmp_path)
    process.start()
    try:
        yield process
    finally:
        process.stop()
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = saved
        with celery_app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str, worker: Worker) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(
        f"timed out waiting for {what}\n--- worker log ---\n{worker.log()[-4000:]}"
    )
