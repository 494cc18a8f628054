"""Digest tasks: thin, named `digests.*`, JSON arguments, each calling one service.

Beat enqueues `digests.fan_out(frequency)`; it enqueues one `digests.send_delivery` per
subscription. All are safe to run twice (see factcheck.digests.services), so they are
acknowledged late and retried with backoff up to a cap.
"""

from __future__ import annotations

from datetime import UTC, datetime
from smtplib import SMTPException

from celery import shared_task
from django.db import InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

from factcheck.digests import services

RETRY = {
    "autoretry_for": (OperationalError, InterfaceError, BrokerError),
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 8,
    "acks_late": True,
    "reject_on_worker_lost": True,
}


@shared_task(name=services.FAN_OUT, time_limit=600, soft_time_limit=540, **RETRY)
def fan_out(frequency: str, period_start: str | None = None) -> int:
    """Creates the period's deliveries and enqueues their sends; returns how many."""
    start = datetime.fromisoformat(period_start) if period_start else None
    if start is not None and start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    return len(services.period_fan_out(frequency=frequency, period_start=start).delivery_ids)


# Shorter than FACTCHECK_DIGEST_CLAIM_TIMEOUT: a live sender is never taken over.
@shared_task(name=services.SEND_DELIVERY, bind=True, time_limit=120, soft_time_limit=100, **RETRY)
def send_delivery(self, delivery_id: int) -> str:
    outcome = services.delivery_send(delivery_id=delivery_id)
    # In process (eager) a retry would run at once: the next fan-out picks the delivery up.
    if outcome.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


# A confirmation sent twice is harmless: mail errors are retried too.
@shared_task(
    name=services.SEND_CONFIRMATION,
    time_limit=120,
    soft_time_limit=100,
    **{**RETRY, "autoretry_for": (*RETRY["autoretry_for"], SMTPException, OSError)},
)
def send_confirmation(subscription_id: int) -> None:
    services.subscription_confirmation_send(subscription_id=subscription_id)
