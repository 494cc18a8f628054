"""Writes for partners: API tokens, and documents submitted over the API."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Document
from claims.services import IngestResult, document_ingest
from partners.models import ApiToken, DocumentSubmission, Partner

# Every plain token starts with this public marker (it makes leaked tokens easy to scan for).
TOKEN_PREFIX = "fcd_"  # noqa: S105 - not a secret
# last_used_at is written at most this often per token, not on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def token_hash(plain: str) -> str:
    """The stored form of a token: its sha256 (tokens are 256-bit random, so no slow hash)."""
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def api_token_create(*, partner: Partner, label: str = "") -> tuple[ApiToken, str]:
    """Write one ApiToken for `partner` holding the hash of a new random secret.

    Returns the token and the plain secret, which is stored nowhere and cannot be shown
    again. Not idempotent: each call makes a new token.
    """
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        partner=partner, label=label[:100], prefix=plain[:12], secret_hash=token_hash(plain)
    )
    return token, plain


def partner_ensure(
    *,
    name: str,
    scopes: list[str],
    contact_email: str = "",
    rate_limit_per_minute: int | None = None,
) -> tuple[Partner, bool]:
    """The active partner called `name` with exactly `scopes` (and the rate limit, if given):
    created, or updated in place. Returns it and whether it was created. Raises
    ValidationError for an unknown scope. Safe to run twice."""
    values: dict[str, Any] = {"scopes": sorted(set(scopes)), "active": True}
    if rate_limit_per_minute is not None:
        values["rate_limit_per_minute"] = rate_limit_per_minute
    with transaction.atomic():
        partner = Partner.objects.select_for_update().filter(name=name).first()
        created = partner is None
        if created:
            partner = Partner(
                name=name, contact_email=contact_email or "api@partner.invalid", **values
            )
        else:
            for field, value in values.items():
                setattr(partner, field, value)
            if contact_email:
                partner.contact_email = contact_email
        partner.full_clean(validate_unique=False)
        partner.save()
    return partner, created


def api_token_revoke(*, token: ApiToken, now: datetime | None = None) -> bool:
    """Set the token's revoked_at (a conditional UPDATE); its next request gets 401.

    Safe to run twice: returns False, and changes nothing, if it was already revoked.
    """
    now = now or timezone.now()
    revoked = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=now)
    if revoked:
        token.revoked_at = now
    return revoked == 1


def api_token_touch(*, token: ApiToken, now: datetime | None = None) -> None:
    """Write the token's last_used_at, at most once per LAST_USED_RESOLUTION.

    A conditional UPDATE, so concurrent requests write it once; a recent value means no query.
    """
    now = now or timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_RESOLUTION:
        return
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_RESOLUTION)
    ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now)
    token.last_used_at = now


class DocumentOwnedElsewhere(Exception):
    """A new version of a document at a url whose first version someone else made."""

    def __init__(self, *, document: Document) -> None:
        self.document = document
        super().__init__(
            f"A document at this url was first submitted by another source (document "
            f"{document.pk}): only its submitter can send new versions of it."
        )


def document_owner_is(*, partner: Partner, url: str) -> bool:
    """Whether `partner` made the first version at `url` (its submission stored it). A first
    version the desk ingested (command line, admin) belongs to the desk."""
    first = Document.objects.filter(url=url).order_by("id").values("id")[:1]
    return DocumentSubmission.objects.filter(
        partner=partner, document_id__in=first, stored=True
    ).exists()


def document_submit(*, partner: Partner, **fields: Any) -> IngestResult:
    """Ingest a document for a partner (claims.services.document_ingest: stored once,
    extraction enqueued on commit) and record the partner's DocumentSubmission in the same
    transaction (`stored` when this call stored it).

    A new version of a document at a url is accepted only from the partner that made the
    first version there: anyone else gets DocumentOwnedElsewhere and nothing is written (the
    check follows the ingest inside the transaction, so two partners racing on a new url
    cannot both win: the second is a new version, refused). The same text at the same url is
    a harmless duplicate for anyone.

    `fields` are document_ingest's keyword arguments. Safe to run twice: the same document
    comes back as a duplicate and the submission row is not repeated.
    """
    with transaction.atomic():
        result = document_ingest(**fields)
        document = result.document
        if result.status == "new_version" and not document_owner_is(
            partner=partner, url=document.url
        ):
            raise DocumentOwnedElsewhere(document=document.previous_version or document)
        DocumentSubmission.objects.get_or_create(
            partner=partner, document=document, defaults={"stored": result.is_new}
        )
    return result
