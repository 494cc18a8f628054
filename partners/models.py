"""Partners (newsrooms, platforms, researchers) that use the REST API, their tokens, and the
documents they submitted."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models


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
    without the `read` scope."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="submissions")
    document = models.ForeignKey(
        "claims.Document", on_delete=models.CASCADE, related_name="partner_submissions"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["partner", "document"], name="submission_unique_per_partner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner} submitted document {self.document_id}"
