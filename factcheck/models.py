"""What the rules engine finds in the record, and how it is configured and run."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Severity(models.TextChoices):
    NOTE = "note"
    WARNING = "warning"
    CRITICAL = "critical"


SEVERITY_RANK = {Severity.NOTE: 1, Severity.WARNING: 2, Severity.CRITICAL: 3}


class Finding(models.Model):
    class Status(models.TextChoices):
        OPEN = "open"
        ACKNOWLEDGED = "acknowledged"
        DISMISSED = "dismissed"
        RESOLVED = "resolved"

    rule = models.CharField(max_length=60)
    event = models.ForeignKey("claims.Event", on_delete=models.CASCADE, related_name="findings")
    claims = models.ManyToManyField("claims.Claim", related_name="findings", blank=True)
    severity = models.CharField(max_length=10, choices=Severity.choices)
    message = models.TextField()
    evidence = models.JSONField(default=dict, blank=True)
    # Identifies the inconsistency (rule-specific, stable across runs): upserts key on it.
    fingerprint = models.CharField(max_length=64)
    # Identifies the claims it rests on: a change means new evidence.
    claims_digest = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    status_reason = models.TextField(blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="findings_assigned",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "fingerprint"], name="finding_unique_per_rule"),
        ]
        indexes = [
            models.Index(fields=["status", "severity", "-created_at"]),
            models.Index(fields=["event", "rule"]),
        ]

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message[:80]}"


class FindingChange(models.Model):
    """The history of a finding's status: who (or which run) changed it, when and why."""

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12)
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status or 'new'} -> {self.to_status}"


class RuleConfig(models.Model):
    """A rule's configuration as the desk set it; rules not listed run with their defaults."""

    rule = models.CharField(max_length=60, unique=True)
    enabled = models.BooleanField(default=True)
    params = models.JSONField(default=dict, blank=True)
    severity = models.CharField(max_length=10, choices=Severity.choices, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["rule"]
        verbose_name = "rule configuration"

    def __str__(self) -> str:
        return self.rule


class RuleRun(models.Model):
    """One evaluation of one event: which rules ran, how long, what changed, what failed."""

    event = models.ForeignKey("claims.Event", on_delete=models.CASCADE, related_name="rule_runs")
    started_at = models.DateTimeField()
    duration_ms = models.FloatField(default=0)
    rules = models.JSONField(default=list)
    claims_count = models.PositiveIntegerField(default=0)
    findings_created = models.PositiveIntegerField(default=0)
    findings_updated = models.PositiveIntegerField(default=0)
    findings_resolved = models.PositiveIntegerField(default=0)
    findings_reopened = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=dict, blank=True, help_text="rule name -> error")

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["event", "-started_at"])]

    def __str__(self) -> str:
        return f"run of {self.event_id} at {self.started_at:%Y-%m-%d %H:%M:%S}"


class PendingEvaluation(models.Model):
    """An event whose evaluation is queued and not yet started.

    New claims enqueue an evaluation only when they create this row; the evaluation deletes
    it before reading claims. A burst of documents for one event thus costs one evaluation
    per burst, not one per document.
    """

    event = models.OneToOneField(
        "claims.Event", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"evaluation of event {self.event_id} requested at {self.requested_at}"
