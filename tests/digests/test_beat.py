"""Celery beat's entries (a data migration) and the tasks they start."""

from __future__ import annotations

import importlib
import json

import pytest
from django.apps import apps
from django_celery_beat.models import PeriodicTask

from config.celery_app import app as celery_app
from factcheck.digests.models import Delivery
from factcheck.digests.tasks import fan_out
from tests.digests.conftest import active_subscription, make_record


def test_beat_has_one_fan_out_per_frequency(db):
    # The data migration's function, once more: a transactional test's flush (with
    # --reuse-db) may have emptied the table, and running it twice must change nothing.
    schedules = importlib.import_module("factcheck.digests.migrations.0002_digest_schedules")
    schedules.schedule(apps, None)
    schedules.schedule(apps, None)
    tasks = PeriodicTask.objects.filter(task="digests.fan_out").select_related("crontab")
    schedule = {
        json.loads(task.args)[0]: (task.crontab.minute, task.crontab.hour, task.crontab.day_of_week)
        for task in tasks
        if task.enabled
    }
    assert tasks.count() == 3
    assert schedule == {
        "immediate": ("*", "*", "*"),
        "daily": ("5", "0", "*"),
        "weekly": ("10", "0", "1"),
    }


def test_the_tasks_have_stable_names_and_are_acknowledged_late():
    for name in ("digests.fan_out", "digests.send_delivery", "digests.send_confirmation"):
        task = celery_app.tasks[name]
        assert task.acks_late
        assert task.max_retries == 8


@pytest.mark.django_db(transaction=True)
def test_the_fan_out_enqueues_one_send_per_subscription(site, monkeypatch):
    make_record()
    for i in range(3):
        active_subscription(f"s{i}@example.org")
    enqueued = []
    monkeypatch.setattr(
        "factcheck.digests.tasks.send_delivery.delay_on_commit", lambda pk: enqueued.append(pk)
    )
    assert fan_out("daily", "2026-03-12T00:00:00+00:00") == 3
    assert sorted(enqueued) == sorted(Delivery.objects.values_list("pk", flat=True))
    assert fan_out("daily", "2026-03-12T00:00:00+00:00") == 3  # still pending: again
    assert Delivery.objects.count() == 3
