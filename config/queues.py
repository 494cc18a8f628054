"""Celery queues and routing: a burst of documents must not delay rules, digests or webhooks.

Each kind of work has its own queue, so each can have its own workers:
`celery -A config worker -Q extraction` on one machine, `-Q rules,mail` on another. A worker
started without -Q consumes them all. CELERY_QUEUE_PREFIX namespaces every queue (several
deployments, or test runs, sharing one broker).
"""

from __future__ import annotations

QUEUES = ("default", "extraction", "rules", "mail")

ROUTES = {
    "factcheck.extract_claims": "extraction",
    "factcheck.evaluate_event": "rules",
    "factcheck.evaluate_all_events": "rules",
    "factcheck.requeue_stuck_documents": "rules",
    # Outgoing HTTP to partners, like mail: a slow receiver must not hold up the pipeline.
    "webhooks.*": "mail",
    # Fetching feeds and their pages waits on other servers: kept off the extraction queue.
    "feeds.*": "default",
}


def queue_names(prefix: str = "") -> list[str]:
    return [f"{prefix}{name}" for name in QUEUES]


def task_routes(prefix: str = "") -> dict[str, dict[str, str]]:
    return {task: {"queue": f"{prefix}{queue}"} for task, queue in ROUTES.items()}
