"""Partners (newsrooms, platforms, researchers) that use the REST API, their tokens, the
documents they submitted, and their webhooks with the deliveries made to them."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, URLValidator
from django.db import models

from netguard import UnsafeAddress, vet_url


class Scope(models.TextChoices):
    READ = "read", "read the record (documents, claims, events, sources, verdicts)"
    READ_FINDINGS = "read:findings", "read the rules engine's findings"
    SUBMIT = "submit", "submit documents"


def _default_scopes() -> list[str]:
    return [Scope.READ.value]


class Partner(models.Model):
    name = models.CharField(max_length=200, unique=True)
    contact_email = models.EmailField()
    active = models.BooleanField(default=True, help_text="Off: every token of it is refused")
    scopes = models.JSONField(default=_default_scopes, blank=True, help_text="No scope, no data")
    rate_limit_per_minute = models.PositiveIntegerField(
        default=120, validators=[MinValueValidator(1)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rate_limit_per_minute__gte=1), name="partner_rate_limit_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not isinstance(self.scopes, list) or any(s not in Scope.values for s in self.scopes):
            raise ValidationError({"scopes": f"a list of scopes among {', '.join(Scope.values)}"})

    def has_scope(self, scope: str) -> bool:
        return scope in self.scopes


class ApiToken(models.Model):
    """A bearer token: only its sha256 is stored (the secret is random and long, so a fast
    hash is enough); the prefix identifies it in the admin and in logs."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="tokens")
    label = models.CharField(max_length=100, blank=True, help_text="What it is for")
    prefix = models.CharField(max_length=12)
    secret_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.partner})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class DocumentSubmission(models.Model):
    """A partner submitted this document (or the same one again): it may read it back even
    without the `read` scope. At most one submission of a document is `stored`."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="submissions")
    document = models.ForeignKey(
        "claims.Document", on_delete=models.CASCADE, related_name="partner_submissions"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    # This submission stored the document (it was not already there): the partner is its
    # provenance (`submitted_by`), and, for the first version at a url, the only one who may
    # submit further versions of it.
    stored = models.BooleanField(
        default=False, help_text="This partner's submission stored it (not a duplicate)"
    )

    class Meta:
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["partner", "document"], name="submission_unique_per_partner"
            ),
            models.UniqueConstraint(
                fields=["document"],
                condition=models.Q(stored=True),
                name="submission_one_stored_per_document",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner} submitted document {self.document_id}"


class WebhookEvent(models.TextChoices):
    VERDICT_PUBLISHED = "verdict.published", "a verdict is published"
    VERDICT_CORRECTED = "verdict.corrected", "a published verdict is corrected"
    VERDICT_RETRACTED = "verdict.retracted", "a published verdict is retracted (withdrawn)"
    FINDING_OPENED = "finding.opened", "the rules engine opens (or reopens) a finding"


def _webhook_events_valid(events: object) -> bool:
    return (
        isinstance(events, list) and bool(events) and all(e in WebhookEvent.values for e in events)
    )


class Webhook(models.Model):
    """A URL of a partner's that receives the events it subscribed to, each delivery signed
    with the webhook's secret (HMAC-SHA256 of the body).

    The secret has to be kept in clear (the desk signs with it); it is generated, shown once
    when the webhook is created or its secret rotated, and never shown again.
    """

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(
        max_length=2000,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="http(s) URL that receives a POST for each event",
    )
    events = models.JSONField(help_text="Among " + ", ".join(WebhookEvent.values))
    secret = models.CharField(max_length=100, editable=False)
    active = models.BooleanField(default=True, help_text="Off: no new deliveries")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partner", "id"]
        indexes = [models.Index(fields=["active", "partner"])]

    def __str__(self) -> str:
        return f"{self.url} ({self.partner})"

    def clean(self) -> None:
        # The form of the URL only (scheme, port, no credentials, no literal private IP, no
        # "localhost"): the host is resolved and vetted again at each delivery, so a DNS
        # change after saving cannot reach an internal address.
        from config.outbound import outbound_policy

        try:
            vet_url(self.url or "", outbound_policy(), resolve=False)
        except UnsafeAddress as exc:
            raise ValidationError({"url": str(exc)}) from None
        if not _webhook_events_valid(self.events):
            raise ValidationError(
                {"events": f"a non-empty list of events among {', '.join(WebhookEvent.values)}"}
            )


class WebhookDelivery(models.Model):
    """One event sent (or to send) to one webhook; its attempts are WebhookAttempt rows."""

    class Status(models.TextChoices):
        PENDING = "pending"
        SUCCEEDED = "succeeded"
        FAILED = "failed", "failed (no attempt left)"

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    # Sent as X-Factcheck-Delivery: the receiver's key to recognise a redelivery.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event_type = models.CharField(max_length=40, choices=WebhookEvent.choices)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # Pending: not before this time. While an attempt is in flight it is pushed past the
    # attempt's deadline, so the sweep does not send it twice.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.event_type} to {self.webhook.url} ({self.status})"


class WebhookAttempt(models.Model):
    """One POST of a delivery and what came back."""

    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    attempted_at = models.DateTimeField()
    status_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.FloatField()

    class Meta:
        ordering = ["delivery", "attempted_at", "id"]

    def __str__(self) -> str:
        return f"attempt at {self.attempted_at:%Y-%m-%d %H:%M:%S}: {self.status_code or self.error}"
