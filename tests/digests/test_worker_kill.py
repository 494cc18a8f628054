"""A real Celery worker sending a period's digests is SIGKILLed halfway; the rerun completes it
and nobody gets a second copy.

The kill lands in the middle of an SMTP conversation: the server holds its answer to the
15th message's DATA until the worker is dead, then refuses it, as a server whose client
vanished would. The rerun (the broker redelivering the task, and the fan-out run again) takes
the abandoned delivery over once its claim is stale, and sends what was left.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Iterator

import pytest

from config.celery_app import app as celery_app
from factcheck.digests.models import Delivery, Frequency
from factcheck.digests.services import period_fan_out
from tests.digests.conftest import DAY, active_subscription, make_record
from tests.integration.conftest import Worker, needs_services, wait_for

pytestmark = [pytest.mark.integration, needs_services]

SUBSCRIBERS = 30
CLAIM_TIMEOUT = 3


@pytest.fixture
def mail_worker(transactional_db, tmp_path, smtp_server, monkeypatch, settings) -> Iterator[Worker]:
    """tests/integration's worker, with the test's SMTP server and a short claim timeout
    (the same in this process, which runs the fan-out)."""
    settings.FACTCHECK_DIGEST_CLAIM_TIMEOUT = CLAIM_TIMEOUT
    monkeypatch.setenv("EMAIL_HOST", smtp_server.host)
    monkeypatch.setenv("EMAIL_PORT", str(smtp_server.port))
    monkeypatch.setenv("FACTCHECK_DIGEST_CLAIM_TIMEOUT", str(CLAIM_TIMEOUT))
    monkeypatch.setenv("FACTCHECK_SITE_URL", "https://desk.example.org")
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


def statuses() -> Counter:
    return Counter(Delivery.objects.values_list("status", flat=True))


def test_a_worker_killed_halfway_through_a_period_leaves_nobody_skipped_or_doubled(
    smtp_server, mail_worker
):
    make_record()
    emails = [f"subscriber{i:02d}@example.org" for i in range(SUBSCRIBERS)]
    for email in emails:
        active_subscription(email)
    smtp_server.recorder.stall_at = SUBSCRIBERS // 2

    first = period_fan_out(frequency=Frequency.DAILY, period_start=DAY)
    assert len(first.delivery_ids) == SUBSCRIBERS

    assert smtp_server.recorder.stalled.wait(60), mail_worker.log()[-3000:]
    mail_worker.kill()
    smtp_server.recorder.release.set()  # the server gives up on the dead client's message
    halfway = statuses()
    assert halfway["sent"] == SUBSCRIBERS // 2 - 1, halfway
    assert halfway["sending"] == 1, halfway  # the one the worker died on
    assert len(smtp_server.received) == SUBSCRIBERS // 2 - 1

    abandoned = Delivery.objects.get(status="sending")

    mail_worker.start()  # it works through the rest of the queue
    # The rerun (the next beat run, or send_digests by hand) once the dead worker's claim is
    # stale: it enqueues what is left. The broker may have redelivered the killed task first
    # (RabbitMQ does at once; it waits for the claim to go stale, then sends): either way the
    # abandoned delivery is sent once.
    time.sleep(CLAIM_TIMEOUT + 0.5)
    rerun = period_fan_out(frequency=Frequency.DAILY, period_start=DAY)
    assert rerun.created == 0
    wait_for(
        lambda: statuses()["sent"] == SUBSCRIBERS,
        timeout=120,
        what="every delivery to be sent",
        worker=mail_worker,
    )
    # A rerun after completion, and the duplicate tasks it and the first run left, change
    # nothing (the killed task's own redelivery by the broker can come much later; the unit
    # tests run a send task twice).
    assert period_fan_out(frequency=Frequency.DAILY, period_start=DAY).delivery_ids == []
    time.sleep(2)

    received = smtp_server.received
    assert sorted(r.rcpt_tos[0] for r in received) == emails  # each once, nobody skipped
    assert len({r.message["Message-ID"] for r in received}) == SUBSCRIBERS
    assert statuses() == Counter(sent=SUBSCRIBERS)
    abandoned.refresh_from_db()
    assert (abandoned.status, abandoned.attempts) == ("sent", 2)  # taken over once
    assert "digests.send_delivery" in mail_worker.log()
