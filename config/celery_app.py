"""The Celery application. Workers: `celery -A config worker`; beat: `celery -A config beat`."""

import os

from celery import Celery, Task

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("factcheck")
# Every CELERY_* Django setting configures Celery (see config/settings/base.py).
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def registered_task(name: str) -> Task:
    """The task registered under `name`, for a service that enqueues work.

    The tasks modules import their services; a service that enqueues a task reaches it here,
    by the name the queues are routed on (config/queues.py), so the two never import each
    other. Each app's AppConfig.ready() imports its tasks module, so every name is registered
    in every process (web, worker, shell, tests); an unknown name raises NotRegistered.
    """
    return app.tasks[name]
