"""Reads for partners."""

from __future__ import annotations

from partners.models import ApiToken
from partners.services import TOKEN_PREFIX, token_hash


def api_token_find_active(*, plain: str) -> ApiToken | None:
    """The unrevoked token of an active partner whose secret is `plain`, with its partner."""
    if not plain.startswith(TOKEN_PREFIX) or len(plain) > 200:
        return None
    return (
        ApiToken.objects.select_related("partner")
        .filter(secret_hash=token_hash(plain), revoked_at__isnull=True, partner__active=True)
        .first()
    )
