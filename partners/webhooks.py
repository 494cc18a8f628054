"""Webhooks: partners' URLs that receive the events they subscribed to.

Writes: webhook_create / _update / _delete / _secret_rotate (a partner's webhooks),
webhooks_notify (one WebhookDelivery per matching webhook, in the caller's transaction; the
sends enqueued on commit), webhook_delivery_attempt (one POST, recorded as a WebhookAttempt),
webhook_deliveries_replay (the admin's action) and webhook_deliveries_send_due (the sweep).

A delivery is a POST of a JSON body signed with the webhook's secret:

    X-Factcheck-Signature: t=<unix time of the attempt>,v1=<hex HMAC-SHA256 of "<t>." + body>
    X-Factcheck-Event: verdict.published
    X-Factcheck-Delivery: <the delivery's UUID, the same on every attempt and replay>

The timestamp is signed with the body, so a receiver that refuses old timestamps (five
minutes, say) cannot be fed a captured delivery again later.

The target is vetted by netguard at each attempt (the host resolved then, every address
public, the port allowed: config.outbound) and the POST goes to the vetted address; no
redirect is followed. Any 2xx is success; anything else (a redirect included), a timeout, a
connection error or a refused address is a failure, retried with exponential backoff until
FACTCHECK_WEBHOOK_MAX_ATTEMPTS. What the target answered is never stored beyond its status
code: the partner reads the errors, and the target may not be the partner's.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from config.celery_app import registered_task
from config.outbound import outbound_policy
from netguard import UnsafeAddress, open_connection
from partners.models import (
    Partner,
    Scope,
    Webhook,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
)

# The tasks (partners/tasks.py) that wrap these services, by their queued names.
DELIVER = "webhooks.deliver"
SEND_DUE = "webhooks.send_due"

SIGNATURE_HEADER = "X-Factcheck-Signature"
EVENT_HEADER = "X-Factcheck-Event"
DELIVERY_HEADER = "X-Factcheck-Delivery"
USER_AGENT = "factcheck-desk-webhooks/1"
BACKOFF_MAX = timedelta(hours=1)
# Read (and thrown away) of a response body, so the connection closes cleanly.
RESPONSE_DRAIN = 4096

Status = WebhookDelivery.Status


# --- signing ----------------------------------------------------------------------------


def webhook_secret_new() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def webhook_signature(*, secret: str, body: bytes, timestamp: int) -> str:
    """The X-Factcheck-Signature value of `body` sent at `timestamp` (unix seconds):
    `t=<timestamp>,v1=<hex HMAC-SHA256 of b"<timestamp>." + body>`. A receiver recomputes v1
    from the t it was given, compares in constant time, and refuses a t too old."""
    signed = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def webhook_signature_verify(
    *, secret: str, body: bytes, header: str, tolerance: int = 300, now: float | None = None
) -> bool:
    """What a receiver does (Python): True when `header` signs `body` with `secret` and its
    timestamp is within `tolerance` seconds of now."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields.get("t", ""))
    except ValueError:
        return False
    if abs((now if now is not None else time.time()) - timestamp) > tolerance:
        return False
    expected = webhook_signature(secret=secret, body=body, timestamp=timestamp)
    return hmac.compare_digest(expected, header)


def webhook_body(delivery: WebhookDelivery) -> bytes:
    """The exact bytes POSTed (and signed): the same on every attempt of a delivery."""
    envelope = {
        "id": str(delivery.key),
        "event": delivery.event_type,
        "created_at": delivery.created_at.isoformat(),
        "data": delivery.payload,
    }
    return json.dumps(envelope, separators=(",", ":"), sort_keys=True).encode("utf-8")


# --- a partner's webhooks ----------------------------------------------------------------


class WebhookLimitReached(ValidationError):
    """The partner has FACTCHECK_WEBHOOKS_PER_PARTNER webhooks already (the API's 409)."""


def _validated(webhook: Webhook) -> Webhook:
    webhook.full_clean(exclude=["partner", "secret"])
    return webhook


def webhook_create(
    *, partner: Partner, url: str, events: Iterable[str], active: bool = True
) -> tuple[Webhook, str]:
    """Writes a webhook of `partner` with a new secret; returns it and the secret, which is
    shown to the partner this once. Raises ValidationError for a URL netguard refuses by its
    form (not http(s), a port not allowed, a literal private address) or unknown events;
    WebhookLimitReached (a ValidationError) for a partner that already has
    FACTCHECK_WEBHOOKS_PER_PARTNER webhooks (counted under a lock on the partner's row, so
    two concurrent creates cannot both pass). Not idempotent: each call adds a webhook."""
    secret = webhook_secret_new()
    webhook = _validated(
        Webhook(partner=partner, url=url, events=sorted(set(events)), active=active, secret=secret)
    )
    cap = settings.FACTCHECK_WEBHOOKS_PER_PARTNER
    with transaction.atomic():
        Partner.objects.select_for_update().filter(pk=partner.pk).first()
        if Webhook.objects.filter(partner=partner).count() >= cap:
            raise WebhookLimitReached(f"At most {cap} webhooks per partner: delete one first.")
        webhook.save(force_insert=True)
    return webhook, secret


def webhook_update(*, webhook: Webhook, values: Mapping[str, Any]) -> Webhook:
    """Writes the changed url, events or active flag of a webhook (validated as on create).
    Each attempt reads the webhook's current URL and secret, so fixing a URL fixes the
    pending retries too."""
    allowed = {"url", "events", "active"}
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"cannot update {', '.join(sorted(unknown))}")
    changed = [name for name, value in values.items() if getattr(webhook, name) != value]
    if not changed:
        return webhook
    for name in changed:
        value = values[name]
        setattr(webhook, name, sorted(set(value)) if name == "events" else value)
    _validated(webhook).save(update_fields=changed)
    return webhook


def webhook_secret_rotate(*, webhook: Webhook) -> str:
    """Writes a new secret for the webhook and returns it (shown this once). Deliveries sent
    from now on, retries included, are signed with it."""
    secret = webhook_secret_new()
    Webhook.objects.filter(pk=webhook.pk).update(secret=secret)
    webhook.secret = secret
    return secret


def webhook_delete(*, webhook: Webhook) -> None:
    """Deletes a webhook with its deliveries and their attempts (a partner's own records)."""
    Webhook.objects.filter(pk=webhook.pk).delete()


# --- events in ----------------------------------------------------------------------------


# What a partner needs to receive an event: the scope under which the API serves its data.
EVENT_SCOPES = {
    WebhookEvent.VERDICT_PUBLISHED: Scope.READ,
    WebhookEvent.VERDICT_CORRECTED: Scope.READ,
    WebhookEvent.VERDICT_RETRACTED: Scope.READ,
    WebhookEvent.FINDING_OPENED: Scope.READ_FINDINGS,
}


def webhooks_subscribed(*, event_type: str) -> list[Webhook]:
    """Active webhooks subscribed to `event_type` of active partners that hold the event's
    scope (one query): a partner that lost `read:findings` stops receiving findings.

    The events list is a JSON array; the match is done here rather than with a JSON
    containment lookup, which SQLite lacks, and webhooks are few.
    """
    scope = EVENT_SCOPES[WebhookEvent(event_type)]
    webhooks = (
        Webhook.objects.filter(active=True, partner__active=True)
        .select_related("partner")
        .only("id", "events", "partner__id", "partner__scopes")
    )
    return [w for w in webhooks if event_type in w.events and w.partner.has_scope(scope)]


def webhooks_notify(
    *, event_type: str, payload: Mapping[str, Any] | Callable[[], Mapping[str, Any]]
) -> list[int]:
    """Writes one pending WebhookDelivery per active webhook subscribed to `event_type`, in the
    caller's transaction, and enqueues `webhooks.deliver` for each on commit (so nothing is
    sent for a change that is rolled back, and no HTTP happens inside the transaction).

    `payload` may be a callable: it is called only if some webhook wants the event, so a
    desk without webhooks pays one query. Returns the deliveries' ids. Not idempotent: each
    call is one more event.
    """
    return webhooks_notify_each(
        event_type=event_type,
        payloads=lambda: [payload() if callable(payload) else payload],
    )


def webhooks_notify_each(
    *, event_type: str, payloads: Callable[[], Iterable[Mapping[str, Any]]]
) -> list[int]:
    """webhooks_notify for several events of one type (the findings one evaluation opened):
    one query for the webhooks, `payloads` called only if some webhook wants them."""
    if event_type not in WebhookEvent.values:
        raise ValueError(f"unknown webhook event {event_type!r}")
    webhooks = webhooks_subscribed(event_type=event_type)
    if not webhooks:
        return []
    # Stored as it will be sent: through the JSON encoder once (dates, decimals, UUIDs).
    data = [json.loads(json.dumps(p, cls=DjangoJSONEncoder)) for p in payloads()]
    now = timezone.now()
    with transaction.atomic():
        deliveries = WebhookDelivery.objects.bulk_create(
            [
                WebhookDelivery(
                    webhook_id=webhook.pk, event_type=event_type, payload=p, next_attempt_at=now
                )
                for p in data
                for webhook in webhooks
            ]
        )
        ids = [delivery.pk for delivery in deliveries]
        _enqueue(ids)
    return ids


def _enqueue(delivery_ids: Iterable[int]) -> None:
    """On commit: `webhooks.deliver` for each delivery on the broker; without one (tasks run
    in process) the attempts are made in this process within one short budget, so a request
    that fired them waits FACTCHECK_WEBHOOK_INLINE_BUDGET seconds at most."""
    deliver = registered_task(DELIVER)
    ids = list(delivery_ids)
    if not ids:
        return
    if deliver.app.conf.task_always_eager:
        transaction.on_commit(lambda: webhook_deliveries_attempt_inline(delivery_ids=ids))
        return
    for delivery_id in ids:
        deliver.delay_on_commit(delivery_id)


def webhook_deliveries_attempt_inline(
    *, delivery_ids: Iterable[int], budget: float | None = None
) -> int:
    """Attempts deliveries one after the other until `budget` seconds (default
    FACTCHECK_WEBHOOK_INLINE_BUDGET) are spent: each POST's timeout is cut to what is left,
    and the deliveries not reached stay pending and due, for the sweep. Returns how many were
    attempted. Safe to run twice (see webhook_delivery_attempt)."""
    budget = settings.FACTCHECK_WEBHOOK_INLINE_BUDGET if budget is None else budget
    deadline = time.monotonic() + budget
    attempted = 0
    for delivery_id in delivery_ids:
        left = deadline - time.monotonic()
        if left <= 0.05:
            break
        timeout = min(settings.FACTCHECK_WEBHOOK_TIMEOUT, left)
        outcome = webhook_delivery_attempt(delivery_id=delivery_id, timeout=timeout)
        attempted += outcome.status != "skipped"
    return attempted


# --- sending ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttemptOutcome:
    status: str  # the delivery's status after the attempt; "skipped": nothing was due
    status_code: int | None = None
    error: str = ""
    retry_in: float | None = None  # seconds until the next attempt, if there is one


def backoff(attempts: int) -> timedelta:
    """Delay before attempt `attempts + 1`: the base, doubled after each failure, capped."""
    base = settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS
    return min(timedelta(seconds=base * 2 ** max(attempts - 1, 0)), BACKOFF_MAX)


def _post(*, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """One POST to the address netguard vetted just now, without following redirects; the
    status code (the body is read a little and dropped). Raises UnsafeAddress (a ValueError)
    for a target the outbound policy refuses."""
    connection, target = open_connection(url, outbound_policy(), timeout=timeout)
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(RESPONSE_DRAIN)
        return response.status
    finally:
        connection.close()


def webhook_delivery_attempt(
    *, delivery_id: int, now: datetime | None = None, timeout: float | None = None
) -> AttemptOutcome:
    """Makes one attempt at a pending delivery that is due (next_attempt_at <= now).

    Claims the attempt first with a conditional UPDATE (attempts + 1, next_attempt_at pushed
    past the POST's deadline), so two workers never send the same attempt and the sweep
    leaves an attempt in flight alone; then POSTs outside any transaction; then writes a
    WebhookAttempt and the delivery's outcome: succeeded on a 2xx, else pending with
    next_attempt_at after the backoff, or failed once the attempts are used up.

    Safe to run twice: a delivery that is gone, done or not yet due is skipped.
    """
    now = now or timezone.now()
    delivery = (
        WebhookDelivery.objects.select_related("webhook__partner")
        .filter(pk=delivery_id, status=Status.PENDING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .first()
    )
    if delivery is None:
        return AttemptOutcome(status="skipped")
    webhook = delivery.webhook
    if not webhook.active or not webhook.partner.active:
        # Turned off since: the partner asked for no more, retries included.
        error = "webhook or partner turned off"
        WebhookDelivery.objects.filter(pk=delivery.pk, status=Status.PENDING).update(
            status=Status.FAILED, last_error=error, next_attempt_at=None
        )
        return AttemptOutcome(status=Status.FAILED, error=error)
    timeout = settings.FACTCHECK_WEBHOOK_TIMEOUT if timeout is None else timeout
    attempt = delivery.attempts + 1
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=Status.PENDING, attempts=delivery.attempts
    ).update(attempts=attempt, next_attempt_at=now + timedelta(seconds=2 * timeout + 30))
    if not claimed:
        return AttemptOutcome(status="skipped")  # another worker took this attempt

    body = webhook_body(delivery)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: webhook_signature(
            secret=webhook.secret, body=body, timestamp=int(time.time())
        ),
        EVENT_HEADER: delivery.event_type,
        DELIVERY_HEADER: str(delivery.key),
    }
    status_code: int | None = None
    error = ""
    clock = time.perf_counter()
    try:
        status_code = _post(url=webhook.url, body=body, headers=headers, timeout=timeout)
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except UnsafeAddress as exc:
        error = f"refused: {exc}"
    except (OSError, http.client.HTTPException, ValueError) as exc:
        error = f"{type(exc).__name__}: {exc}"
    duration_ms = (time.perf_counter() - clock) * 1000
    return _attempt_record(
        delivery=delivery,
        attempt=attempt,
        at=now,
        status_code=status_code,
        error=error,
        duration_ms=duration_ms,
    )


def _attempt_record(
    *,
    delivery: WebhookDelivery,
    attempt: int,
    at: datetime,
    status_code: int | None,
    error: str,
    duration_ms: float,
) -> AttemptOutcome:
    finished = timezone.now()
    retry_in: float | None = None
    values: dict[str, Any] = {"last_status_code": status_code, "last_error": error[:2000]}
    if not error:
        status = Status.SUCCEEDED
        values.update(status=status, delivered_at=finished, next_attempt_at=None)
    elif attempt >= settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS:
        status = Status.FAILED
        values.update(status=status, next_attempt_at=None)
    else:
        status = Status.PENDING
        delay = backoff(attempt)
        retry_in = delay.total_seconds()
        values.update(next_attempt_at=finished + delay)
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery,
            attempted_at=at,
            status_code=status_code,
            error=error[:2000],
            duration_ms=duration_ms,
        )
        # Only if the attempt is still ours (a replay in between starts a new count).
        WebhookDelivery.objects.filter(
            pk=delivery.pk, status=Status.PENDING, attempts=attempt
        ).update(**values)
    return AttemptOutcome(status=status, status_code=status_code, error=error, retry_in=retry_in)


# --- the admin's replay and the sweep ------------------------------------------------------


def webhook_deliveries_replay(*, delivery_ids: Iterable[int]) -> int:
    """Sends deliveries again, whatever their status: each is made pending, due now, with a
    new budget of attempts (its earlier attempts stay recorded); `webhooks.deliver` is
    enqueued for each on commit. The receiver sees the same X-Factcheck-Delivery id, so it
    can tell a replay from a new event. Returns how many."""
    ids = sorted(set(delivery_ids))
    with transaction.atomic():
        count = WebhookDelivery.objects.filter(pk__in=ids).update(
            status=Status.PENDING,
            attempts=0,
            next_attempt_at=timezone.now(),
            delivered_at=None,
        )
        _enqueue(WebhookDelivery.objects.filter(pk__in=ids).values_list("pk", flat=True))
    return count


def webhook_deliveries_due(*, now: datetime | None = None, limit: int = 1000) -> list[int]:
    """Ids of pending deliveries whose next attempt is due, oldest first."""
    now = now or timezone.now()
    return list(
        WebhookDelivery.objects.filter(status=Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )


def webhook_deliveries_send_due(*, now: datetime | None = None) -> int:
    """Enqueues `webhooks.deliver` for every due pending delivery (a retry whose task was lost
    with a broker, or that could not be delayed in process). Writes nothing. Safe to run
    twice: an attempt is claimed before it is made."""
    ids = webhook_deliveries_due(now=now)
    with transaction.atomic():
        _enqueue(ids)
    return len(ids)


def webhook_url_check(url: str) -> None:
    """Raise ValidationError unless `url` is an http(s) URL netguard accepts by its form."""
    Webhook._meta.get_field("url").run_validators(url)
    Webhook(url=url, events=[WebhookEvent.VERDICT_PUBLISHED]).clean()
