"""Signed links (django.core.signing): confirming a subscription and unsubscribing in one click.

The confirmation token carries the email it was sent to (an email changed since no longer
matches) and expires; the unsubscribe token never does, so a link in an old digest still works.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM_SALT = "digests.confirm"
UNSUBSCRIBE_SALT = "digests.unsubscribe"


def confirm_token(*, subscription_id: int, email: str) -> str:
    return signing.dumps([subscription_id, email.lower()], salt=CONFIRM_SALT, compress=True)


def confirm_token_read(token: str) -> tuple[int, str] | None:
    """(subscription id, email), or None for a bad or expired token."""
    try:
        value = signing.loads(
            token, salt=CONFIRM_SALT, max_age=settings.FACTCHECK_DIGEST_CONFIRM_MAX_AGE
        )
        subscription_id, email = value
        return int(subscription_id), str(email)
    except (signing.BadSignature, TypeError, ValueError):
        return None


def unsubscribe_token(*, subscription_id: int) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscription_id))


def unsubscribe_token_read(token: str) -> int | None:
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def confirm_url(*, subscription_id: int, email: str) -> str:
    token = confirm_token(subscription_id=subscription_id, email=email)
    return settings.FACTCHECK_SITE_URL + reverse("api:digest-confirm", kwargs={"token": token})


def unsubscribe_url(*, subscription_id: int) -> str:
    token = unsubscribe_token(subscription_id=subscription_id)
    return settings.FACTCHECK_SITE_URL + reverse("api:digest-unsubscribe", kwargs={"token": token})
