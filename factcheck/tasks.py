"""Celery tasks: thin, named, JSON arguments, safe to run twice. Each calls one service."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

from factcheck import services
from factcheck.rules.engine import event_ids_to_evaluate

# Database and broker hiccups are retried with exponential backoff, up to a cap.
RETRY = {
    "autoretry_for": (OperationalError, InterfaceError, BrokerError),
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 8,
    "acks_late": True,
    "reject_on_worker_lost": True,
}


@shared_task(name=services.EXTRACT_CLAIMS, **RETRY)
def extract_claims(document_id: int, force: bool = False) -> None:
    try:
        services.document_extract(document_id=document_id, force=force)
    except (OperationalError, InterfaceError):
        raise
    except DatabaseError as exc:
        services.document_mark_failed(document_id=document_id, reason=f"database error: {exc}")
        raise


@shared_task(name=services.EVALUATE_EVENT, **RETRY)
def evaluate_event(event_id: int) -> None:
    services.event_evaluate_and_mark(event_id=event_id)


@shared_task(name=services.EVALUATE_ALL_EVENTS, **RETRY)
def evaluate_all_events() -> int:
    """The periodic fan-out: one evaluate_event task per event that has claims."""
    event_ids = list(event_ids_to_evaluate())
    for event_id in event_ids:
        evaluate_event.delay(event_id)
    return len(event_ids)


@shared_task(name=services.REQUEUE_STUCK_DOCUMENTS, **RETRY)
def requeue_stuck_documents(older_than_minutes: int = 10) -> None:
    """The periodic sweep: work lost by the broker is enqueued again."""
    services.documents_requeue_stuck(older_than=timedelta(minutes=older_than_minutes))
