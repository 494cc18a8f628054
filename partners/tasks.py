"""Webhook tasks: thin, named `webhooks.*` (routed to the "mail" queue with other outgoing
messages), JSON arguments, each calling one service of partners.webhooks."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

from partners import webhooks

RETRY = {
    "autoretry_for": (OperationalError, InterfaceError, BrokerError),
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
}


# The HTTP timeout is a few seconds: the time limits only catch a worker stuck elsewhere.
# Retries of the POST are counted by the delivery (FACTCHECK_WEBHOOK_MAX_ATTEMPTS); this cap
# only bounds database and broker hiccups on top of them.
@shared_task(
    name=webhooks.DELIVER,
    bind=True,
    time_limit=120,
    soft_time_limit=100,
    max_retries=settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS + 8,
    **RETRY,
)
def deliver(self, delivery_id: int) -> str:
    outcome = webhooks.webhook_delivery_attempt(delivery_id=delivery_id)
    # In process (eager) a retry would run at once, before it is due: the sweep
    # (webhooks.send_due) enqueues it when it is.
    if outcome.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


@shared_task(name=webhooks.SEND_DUE, time_limit=120, soft_time_limit=100, max_retries=3, **RETRY)
def send_due() -> int:
    """The periodic sweep: pending deliveries that are due, enqueued again."""
    return webhooks.webhook_deliveries_send_due()
