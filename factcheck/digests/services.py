"""Writes for digests: subscriptions (double opt-in), the per-period fan-out, and sending one
delivery exactly once.

Exactly once, how: the fan-out creates one Delivery per (subscription, period), the unique
constraint turning a second fan-out (two beat schedulers, a redelivered task) into a no-op.
A sender claims a delivery with a conditional UPDATE (pending -> sending, with a claim token)
and acts only if that changed one row; after the SMTP server accepted the message it marks the
delivery sent with a second conditional UPDATE. A delivery left `sending` by a sender that died
is taken over once its claim is older than FACTCHECK_DIGEST_CLAIM_TIMEOUT (longer than a send
task may run), so nobody is skipped.

The one window: a sender killed after the server accepted the message and before the "sent"
UPDATE committed (one UPDATE's time) leaves the delivery `sending`; it is sent again after the
claim timeout. The copy carries the same Message-ID, which lets mail systems and clients that
deduplicate on it drop it.

Mail is never sent inside a transaction: every database write here commits on its own before
the SMTP conversation starts, and delivery_send refuses to run inside an atomic block.
"""

from __future__ import annotations

import logging
import random
import smtplib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Event
from config.celery_app import registered_task
from factcheck.digests import mailer, tokens
from factcheck.digests.models import Delivery, Frequency, Subscription
from factcheck.digests.periods import Period, period_containing, period_due
from factcheck.digests.rendering import confirmation_email, digest_email, message_id_for
from factcheck.digests.selectors import changes_between, digest_build, subscriptions_due
from factcheck.models import Severity
from partners.models import Partner

logger = logging.getLogger(__name__)

BULK = 1000

# The tasks (factcheck/digests/tasks.py) that wrap these services, by their queued names.
FAN_OUT = "digests.fan_out"
SEND_DELIVERY = "digests.send_delivery"
SEND_CONFIRMATION = "digests.send_confirmation"


class NotInTransaction(RuntimeError):
    """Mail would be sent inside a transaction (a rollback could not take it back)."""


def _outside_transaction() -> None:
    if not transaction.get_autocommit():
        raise NotInTransaction("digests are never sent inside a transaction")


# --- Subscriptions ---------------------------------------------------------------------------


class ConfirmationRefused(Exception):
    """No confirmation email may go out now: `reason` is "address" (one went to this address
    less than a day ago and is still pending) or "partner" (the partner's cap of pending
    subscriptions is reached)."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


CONFIRMATION_WINDOW = timedelta(days=1)


def _confirmation_allowed(
    *, email: str, partner: Partner | None, exclude_id: int | None = None
) -> None:
    """Raise ConfirmationRefused unless a confirmation may be sent to `email` for `partner`:
    confirmation mail is how an address is reached without its consent, so it is bounded per
    address (one pending per day) and per partner (FACTCHECK_DIGEST_PENDING_PER_PARTNER).
    The desk's own subscriptions (no partner: staff in the admin) are not limited."""
    if partner is None:
        return
    since = timezone.now() - CONFIRMATION_WINDOW
    pending = Subscription.objects.filter(status=Subscription.Status.PENDING)
    if exclude_id is not None:
        pending = pending.exclude(pk=exclude_id)
    recent = Q(confirmation_sent_at__gte=since) | Q(
        confirmation_sent_at__isnull=True, created_at__gte=since
    )
    if pending.filter(recent, email__iexact=email.strip()).exists():
        raise ConfirmationRefused(
            "address",
            "A confirmation link was sent to this address less than a day ago and is still "
            "pending: it has to be followed first.",
        )
    cap = settings.FACTCHECK_DIGEST_PENDING_PER_PARTNER
    if pending.filter(partner=partner).count() >= cap:
        raise ConfirmationRefused(
            "partner",
            f"You have {cap} subscriptions waiting for confirmation: unsubscribe some, or wait "
            "until they are confirmed.",
        )


def _confirmation_enqueue(subscription_id: int) -> None:
    registered_task(SEND_CONFIRMATION).delay_on_commit(subscription_id)


def subscription_create(
    *,
    email: str,
    frequency: str = Frequency.DAILY,
    events: Iterable[Event] = (),
    rules: Iterable[str] = (),
    min_severity: str = Severity.NOTE,
    published_verdicts_only: bool = False,
    partner: Partner | None = None,
) -> Subscription:
    """Creates a pending subscription; on commit, enqueues its confirmation email
    (`digests.send_confirmation`). Nothing is sent to it before it is confirmed. Raises
    ConfirmationRefused (nothing written) when a confirmation to this address is already
    pending from the last day, or the partner has its cap of pending subscriptions."""
    subscription = Subscription(
        email=email.strip(),
        frequency=frequency,
        rules=sorted(set(rules)),
        min_severity=min_severity,
        published_verdicts_only=published_verdicts_only,
        partner=partner,
    )
    subscription.full_clean(exclude=["events"])
    _confirmation_allowed(email=subscription.email, partner=partner)
    with transaction.atomic():
        subscription.save()
        subscription.events.set(list(events))
        _confirmation_enqueue(subscription.pk)
    return subscription


def subscription_update(
    *,
    subscription: Subscription,
    email: str | None = None,
    frequency: str | None = None,
    events: Iterable[Event] | None = None,
    rules: Iterable[str] | None = None,
    min_severity: str | None = None,
    published_verdicts_only: bool | None = None,
) -> Subscription:
    """Changes a subscription's address or filters. A new address goes back to pending and
    gets a confirmation email (on commit): the new owner has to opt in, within the limits of
    subscription_create (ConfirmationRefused, nothing written)."""
    fields: list[str] = []
    for name, value in (
        ("frequency", frequency),
        ("min_severity", min_severity),
        ("published_verdicts_only", published_verdicts_only),
    ):
        if value is not None and getattr(subscription, name) != value:
            setattr(subscription, name, value)
            fields.append(name)
    if rules is not None and sorted(set(rules)) != subscription.rules:
        subscription.rules = sorted(set(rules))
        fields.append("rules")
    reconfirm = email is not None and email.strip().lower() != subscription.email.lower()
    if email is not None and email.strip() != subscription.email:
        subscription.email = email.strip()
        fields.append("email")
    if reconfirm and subscription.status != Subscription.Status.UNSUBSCRIBED:
        subscription.status = Subscription.Status.PENDING
        subscription.confirmed_at = None
        fields += ["status", "confirmed_at"]
    subscription.full_clean(exclude=["events"])
    if reconfirm and subscription.status == Subscription.Status.PENDING:
        _confirmation_allowed(
            email=subscription.email, partner=subscription.partner, exclude_id=subscription.pk
        )
    with transaction.atomic():
        if fields:
            subscription.save(update_fields=fields)
        if events is not None:
            subscription.events.set(list(events))
        if reconfirm and subscription.status == Subscription.Status.PENDING:
            _confirmation_enqueue(subscription.pk)
    return subscription


def subscription_confirmation_send(*, subscription_id: int) -> bool:
    """Emails the confirmation link to a pending subscription; records when. False when the
    subscription is gone or no longer pending. Running it twice sends the link twice (harmless:
    the link confirms once)."""
    _outside_transaction()
    subscription = (
        Subscription.objects.filter(pk=subscription_id, status=Subscription.Status.PENDING)
        .select_related("partner")
        .first()
    )
    if subscription is None or (subscription.partner and not subscription.partner.active):
        return False
    mailer.send(confirmation_email(subscription))
    Subscription.objects.filter(pk=subscription_id).update(confirmation_sent_at=timezone.now())
    return True


def subscription_confirm(*, token: str) -> Subscription | None:
    """Confirms the subscription a link was sent for (pending -> active). None for a bad or
    expired link or one sent to an address the subscription no longer has. Safe to run twice:
    an active subscription stays as it is."""
    read = tokens.confirm_token_read(token)
    if read is None:
        return None
    subscription_id, email = read
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None or subscription.email.lower() != email:
        return None
    now = timezone.now()
    Subscription.objects.filter(pk=subscription_id, status=Subscription.Status.PENDING).update(
        status=Subscription.Status.ACTIVE, confirmed_at=now
    )
    subscription.refresh_from_db()
    return subscription


def subscription_unsubscribe(*, subscription: Subscription) -> bool:
    """Ends a subscription; its pending deliveries are skipped. False if it already was."""
    changed = (
        Subscription.objects.filter(pk=subscription.pk)
        .exclude(status=Subscription.Status.UNSUBSCRIBED)
        .update(status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    )
    subscription.refresh_from_db()
    return bool(changed)


def subscription_unsubscribe_by_token(*, token: str) -> Subscription | None:
    """The one-click unsubscribe: None for a bad token. Safe to run twice."""
    subscription_id = tokens.unsubscribe_token_read(token)
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is not None:
        subscription_unsubscribe(subscription=subscription)
    return subscription


# --- Fan-out ---------------------------------------------------------------------------------


class PeriodNotOver(ValueError):
    """A period still in progress: sending it would mark it sent, and what changes later in
    it would never go out."""


@dataclass(frozen=True)
class FanOut:
    period: Period
    created: int
    delivery_ids: list[int]


def period_deliveries_create(*, period: Period) -> int:
    """Creates the period's missing deliveries, one per due subscription; returns how many.
    Nothing when nothing changed in the period. Safe to run twice and concurrently."""
    if changes_between(start=period.start, end=period.end).is_empty:
        return 0
    due = subscriptions_due(frequency=period.frequency, end=period.end)
    ids = list(
        due.exclude(deliveries__period=period.key).order_by("pk").values_list("pk", flat=True)
    )
    created = 0
    for i in range(0, len(ids), BULK):
        rows = [
            Delivery(
                subscription_id=pk,
                period=period.key,
                period_start=period.start,
                period_end=period.end,
            )
            for pk in ids[i : i + BULK]
        ]
        # A concurrent fan-out inserting the same rows loses on the unique constraint.
        created += len(Delivery.objects.bulk_create(rows, ignore_conflicts=True))
    return created


def period_deliveries_to_send(*, period: Period, now: datetime | None = None) -> list[int]:
    """Deliveries of the period not done: pending, or claimed by a sender that died."""
    stale = (now or timezone.now()) - timedelta(seconds=settings.FACTCHECK_DIGEST_CLAIM_TIMEOUT)
    return list(
        Delivery.objects.filter(period=period.key)
        .filter(
            Q(status=Delivery.Status.PENDING)
            | Q(status=Delivery.Status.SENDING, claimed_at__lt=stale)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def period_fan_out(
    *, frequency: str, period_start: datetime | None = None, now: datetime | None = None
) -> FanOut:
    """Creates the period's deliveries (the last period due, or the one starting at
    `period_start`) and enqueues one `digests.send_delivery` per delivery not done yet.

    Safe to run twice and concurrently (two beat schedulers): deliveries are unique per
    (subscription, period) and each is claimed before it is sent; running it again after a
    crash re-enqueues exactly what is left.
    """
    send_delivery = registered_task(SEND_DELIVERY)
    if period_start is None:
        period = period_due(frequency=frequency, now=now)
    else:
        period = period_containing(frequency=frequency, at=period_start)
        if period.end > (now or timezone.now()):
            raise PeriodNotOver(
                f"The {period.frequency} period {period.title} has not ended (it ends "
                f"{timezone.localtime(period.end):%Y-%m-%d %H:%M %Z}): sending it now would "
                "close it, and what changes later in it would never go out."
            )
    created = period_deliveries_create(period=period)
    delivery_ids = period_deliveries_to_send(period=period, now=now)
    for delivery_id in delivery_ids:
        send_delivery.delay_on_commit(delivery_id)
    return FanOut(period=period, created=created, delivery_ids=delivery_ids)


# --- Sending one delivery --------------------------------------------------------------------


@dataclass(frozen=True)
class SendOutcome:
    status: str  # the delivery's status now, "busy" (another sender holds it) or "gone"
    retry_in: int | None = None  # seconds, when the caller should try again


def _backoff(attempts: int) -> int:
    base = min(60 * 2 ** max(0, attempts - 1), 3600)
    return base + random.randint(0, base // 10)  # noqa: S311 - jitter, not a secret


def _permanent(exc: Exception) -> bool:
    """A refusal the server will repeat (5xx), as opposed to a connection or 4xx problem."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500
    return False


# The claim and the mark are the two statements every message costs. They are written as SQL
# (portable: PostgreSQL and SQLite) because compiling them through the ORM took more CPU
# than the database took to run them (bench/bench_digests.py: 1.2 ms of a 4 ms message).
_DELIVERY = Delivery._meta.db_table
_CLAIM_SQL = (
    f"UPDATE {_DELIVERY} SET status = %s, claim_token = %s, claimed_at = %s, "  # noqa: S608
    "attempts = attempts + 1, updated_at = %s "
    "WHERE id = %s AND (status = %s OR (status = %s AND claimed_at < %s))"
)


def _at(value: datetime):
    return connection.ops.adapt_datetimefield_value(value)


def delivery_claim(*, delivery_id: int, now: datetime | None = None) -> str | None:
    """Claims a delivery for sending (pending, or sending with a stale claim -> sending);
    returns the claim token, or None when it is not this caller's to send."""
    now = now or timezone.now()
    token = uuid.uuid4().hex
    stale = now - timedelta(seconds=settings.FACTCHECK_DIGEST_CLAIM_TIMEOUT)
    sending, pending = Delivery.Status.SENDING.value, Delivery.Status.PENDING.value
    with connection.cursor() as cursor:
        cursor.execute(
            _CLAIM_SQL,
            [sending, token, _at(now), _at(now), delivery_id, pending, sending, _at(stale)],
        )
        claimed = cursor.rowcount
    return token if claimed == 1 else None


def _finish(*, delivery_id: int, token: str, status: str, **values) -> bool:
    """Records the outcome of a claim, if the claim is still this caller's."""
    values = {"status": str(status), "updated_at": timezone.now(), **values}
    columns = ", ".join(f"{Delivery._meta.get_field(name).column} = %s" for name in values)
    params = [_at(v) if isinstance(v, datetime) else v for v in values.values()]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_DELIVERY} SET {columns} "  # noqa: S608 - column names from the model
            "WHERE id = %s AND status = %s AND claim_token = %s",
            [*params, delivery_id, Delivery.Status.SENDING.value, token],
        )
        return cursor.rowcount == 1


def _unclaimed_outcome(delivery_id: int) -> SendOutcome:
    row = Delivery.objects.filter(pk=delivery_id).values_list("status", "claimed_at").first()
    if row is None:
        return SendOutcome("gone")
    status, claimed_at = row
    if status != Delivery.Status.SENDING:
        return SendOutcome(status)
    expires = claimed_at + timedelta(seconds=settings.FACTCHECK_DIGEST_CLAIM_TIMEOUT)
    return SendOutcome("busy", retry_in=max(1, int((expires - timezone.now()).total_seconds()) + 1))


def delivery_send(*, delivery_id: int) -> SendOutcome:
    """Sends one subscription's digest for one period, at most once (see the module's
    docstring for the one window).

    Writes the delivery's status: sent (with Message-ID, item count, time), empty (nothing
    for this subscriber: no mail), skipped (unsubscribed, or its partner was switched off),
    pending again after a temporary failure (with the error and `retry_in`), or failed for good
    after a permanent refusal or FACTCHECK_DIGEST_MAX_ATTEMPTS attempts. A delivery another
    sender holds is left alone ("busy", with when to look again). Safe to run twice.
    """
    _outside_transaction()
    token = delivery_claim(delivery_id=delivery_id)
    if token is None:
        return _unclaimed_outcome(delivery_id)
    delivery = Delivery.objects.select_related("subscription__partner").get(pk=delivery_id)
    subscription = delivery.subscription
    partner = subscription.partner
    if subscription.status != Subscription.Status.ACTIVE or (partner and not partner.active):
        _finish(delivery_id=delivery_id, token=token, status=Delivery.Status.SKIPPED)
        return SendOutcome(Delivery.Status.SKIPPED)

    if delivery.attempts > settings.FACTCHECK_DIGEST_MAX_ATTEMPTS:
        # Claimed that often without an outcome: its senders keep dying on it.
        _finish(
            delivery_id=delivery_id, token=token, status=Delivery.Status.FAILED,
            last_error=f"gave up after {delivery.attempts - 1} attempts without an outcome",
        )  # fmt: skip
        return SendOutcome(Delivery.Status.FAILED)
    digest = digest_build(
        subscription=subscription, start=delivery.period_start, end=delivery.period_end
    )
    if digest.is_empty:
        _finish(delivery_id=delivery_id, token=token, status=Delivery.Status.EMPTY)
        return SendOutcome(Delivery.Status.EMPTY)
    period = Period(delivery.period.split(":")[0], delivery.period_start, delivery.period_end)
    message = digest_email(digest, delivery=delivery, period_title=period.title)
    try:
        mailer.send(message)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:2000]
        if _permanent(exc) or delivery.attempts >= settings.FACTCHECK_DIGEST_MAX_ATTEMPTS:
            logger.warning("digest delivery %s failed for good: %s", delivery_id, error)
            _finish(
                delivery_id=delivery_id, token=token, status=Delivery.Status.FAILED,
                last_error=error,
            )  # fmt: skip
            return SendOutcome(Delivery.Status.FAILED)
        logger.info("digest delivery %s failed, will retry: %s", delivery_id, error)
        _finish(
            delivery_id=delivery_id, token=token, status=Delivery.Status.PENDING, last_error=error
        )
        return SendOutcome(Delivery.Status.PENDING, retry_in=_backoff(delivery.attempts))
    # The window: the server has the message; until this UPDATE commits, a crash leaves the
    # delivery `sending` and it would be sent again (same Message-ID) after the claim timeout.
    _finish(
        delivery_id=delivery_id,
        token=token,
        status=Delivery.Status.SENT,
        sent_at=timezone.now(),
        message_id=message_id_for(delivery),
        items=digest.items,
        last_error="",
    )
    return SendOutcome(Delivery.Status.SENT)
