"""Who gets digests (Subscription) and what was sent to whom for which period (Delivery)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from factcheck.models import Severity


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", "immediately, for high-severity findings"
    DAILY = "daily"
    WEEKLY = "weekly"


class Subscription(models.Model):
    class Status(models.TextChoices):
        # Nothing is sent before the subscriber followed the emailed link (double opt-in).
        PENDING = "pending", "waiting for confirmation"
        ACTIVE = "active"
        UNSUBSCRIBED = "unsubscribed"

    email = models.EmailField()
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.DAILY)
    # Filters; empty means "all".
    events = models.ManyToManyField(
        "claims.Event", blank=True, related_name="subscriptions", help_text="None: every event"
    )
    rules = models.JSONField(default=list, blank=True, help_text="Rule names; none: every rule")
    min_severity = models.CharField(
        max_length=10, choices=Severity.choices, default=Severity.NOTE, help_text="Findings only"
    )
    published_verdicts_only = models.BooleanField(
        default=False, help_text="Only verdicts published or corrected: no findings, no counts"
    )
    # Set for a subscription a partner made through the API: its scopes bound the content.
    partner = models.ForeignKey(
        "partners.Partner",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["email", "id"]
        indexes = [models.Index(fields=["status", "frequency"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="active") | Q(confirmed_at__isnull=False),
                name="subscription_active_is_confirmed",
            ),
            models.CheckConstraint(
                condition=~Q(frequency="immediate") | Q(published_verdicts_only=False),
                name="subscription_immediate_is_findings",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.frequency})"

    def clean(self) -> None:
        if not isinstance(self.rules, list) or any(not isinstance(r, str) for r in self.rules):
            raise ValidationError({"rules": "A list of rule names."})
        from factcheck.rules.registry import rules_all

        unknown = sorted(set(self.rules) - set(rules_all()))
        if unknown:
            raise ValidationError({"rules": f"No such rule: {', '.join(unknown)}."})
        if self.frequency == Frequency.IMMEDIATE and self.published_verdicts_only:
            raise ValidationError(
                {"published_verdicts_only": "Immediate digests carry high-severity findings only."}
            )


class Delivery(models.Model):
    """One subscription's digest for one period: the unit of exactly-once sending.

    Created by the fan-out (one per subscription and period, the unique constraint makes a
    second fan-out a no-op), claimed by a sender with a conditional UPDATE, marked after.
    """

    class Status(models.TextChoices):
        PENDING = "pending"
        SENDING = "sending"  # claimed by a sender (claim_token, claimed_at)
        SENT = "sent"
        EMPTY = "empty", "empty (not sent)"
        SKIPPED = "skipped", "skipped (unsubscribed or no access)"
        FAILED = "failed", "failed for good"

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    period = models.CharField(max_length=40, help_text="frequency:start, e.g. daily:2026-03-12")
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claim_token = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=200, blank=True)
    items = models.PositiveIntegerField(default=0, help_text="Items in the digest sent")
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-period_start", "id"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "period"], name="delivery_once_per_period"
            ),
        ]
        indexes = [models.Index(fields=["period", "status"])]

    def __str__(self) -> str:
        return f"{self.period} to subscription {self.subscription_id}: {self.status}"
