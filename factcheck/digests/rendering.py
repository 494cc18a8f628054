"""Digests and confirmation requests as email messages, rendered from templates (text and HTML)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.html import escape

from factcheck.digests import tokens
from factcheck.digests.models import Delivery, Frequency, Subscription
from factcheck.digests.selectors import Digest


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def digest_subject(digest: Digest, *, period_title: str) -> str:
    parts = []
    if digest.findings:
        parts.append(_plural(len(digest.findings), "finding"))
    if digest.verdicts:
        parts.append(_plural(len(digest.verdicts), "verdict"))
    if digest.counts:
        parts.append(_plural(len(digest.counts), "count") + " moved")
    kind = {
        Frequency.IMMEDIATE: "High-severity findings",
        Frequency.DAILY: "Daily digest",
        Frequency.WEEKLY: "Weekly digest",
    }.get(digest.subscription.frequency, "Digest")
    return f"{settings.FACTCHECK_ORGANIZATION_NAME}: {kind}, {period_title}: " + ", ".join(parts)


# Stand-ins for what differs between subscribers who get the same items: the bodies are
# rendered once per distinct content and these are replaced per subscriber.
RECIPIENT = "@@digest-recipient@@"
UNSUBSCRIBE = "@@digest-unsubscribe@@"
_rendered: dict[tuple, Rendered] = {}
RENDERED_CACHE_SIZE = 256


def _squeeze(body: str, *, keep_blank: bool = False) -> str:
    """Drops the blank lines template tags leave (one kept between paragraphs of text):
    fewer lines for the MIME encoder and the wire."""
    lines, blank = [], False
    for line in body.splitlines():
        line = line.rstrip()
        if line:
            lines.append(line)
        elif keep_blank and not blank and lines:
            lines.append("")
        blank = not line
    return "\n".join(lines) + "\n"


def _render_shared(digest: Digest, *, period_title: str) -> Rendered:
    subscription = digest.subscription
    key = (
        settings.FACTCHECK_ORGANIZATION_NAME,
        subscription.frequency,
        period_title,
        digest.findings_in_api,
        tuple(digest.findings),
        tuple(digest.verdicts),
        tuple(digest.counts),
    )
    rendered = _rendered.get(key)
    if rendered is not None:
        return rendered
    counts_by_event = [
        (title, list(moves)) for title, moves in groupby(digest.counts, lambda m: m.event_title)
    ]
    context = {
        "digest": digest,
        "frequency": subscription.get_frequency_display(),
        "recipient": RECIPIENT,
        "organization": settings.FACTCHECK_ORGANIZATION_NAME,
        "period_title": period_title,
        "counts_by_event": counts_by_event,
        "unsubscribe_url": UNSUBSCRIBE,
        "findings_in_api": digest.findings_in_api,
    }
    rendered = Rendered(
        subject=digest_subject(digest, period_title=period_title),
        text=_squeeze(render_to_string("digests/email/digest.txt", context), keep_blank=True),
        html=_squeeze(render_to_string("digests/email/digest.html", context)),
    )
    if len(_rendered) >= RENDERED_CACHE_SIZE:
        _rendered.clear()
    _rendered[key] = rendered
    return rendered


def digest_render(digest: Digest, *, period_title: str, unsubscribe_url: str) -> Rendered:
    """Subject, text and HTML of one subscriber's digest. Subscribers whose filters give the
    same items share one rendering (per process); their address and link are put in after."""
    shared = _render_shared(digest, period_title=period_title)
    email = digest.subscription.email
    return Rendered(
        subject=shared.subject,
        text=shared.text.replace(RECIPIENT, email).replace(UNSUBSCRIBE, unsubscribe_url),
        html=shared.html.replace(RECIPIENT, escape(email)).replace(
            UNSUBSCRIBE, escape(unsubscribe_url)
        ),
    )


def message_id_for(delivery: Delivery) -> str:
    """Stable per delivery: a resend after a crash carries the same Message-ID, so the
    receiving side can recognise it as the same message."""
    period = delivery.period.replace(":", ".")
    return f"<digest.{delivery.pk}.{period}@{settings.FACTCHECK_DIGEST_MESSAGE_ID_DOMAIN}>"


def digest_email(
    digest: Digest, *, delivery: Delivery, period_title: str
) -> EmailMultiAlternatives:
    subscription = digest.subscription
    unsubscribe = tokens.unsubscribe_url(subscription_id=subscription.pk)
    rendered = digest_render(digest, period_title=period_title, unsubscribe_url=unsubscribe)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            "Message-ID": message_id_for(delivery),
            # RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"{settings.FACTCHECK_ORGANIZATION_NAME} digests "
            f"<digests.{settings.FACTCHECK_DIGEST_MESSAGE_ID_DOMAIN}>",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(rendered.html, "text/html")
    return message


def confirmation_email(subscription: Subscription) -> EmailMultiAlternatives:
    context = {
        "subscription": subscription,
        "organization": settings.FACTCHECK_ORGANIZATION_NAME,
        "confirm_url": tokens.confirm_url(
            subscription_id=subscription.pk, email=subscription.email
        ),
        "valid_days": max(1, settings.FACTCHECK_DIGEST_CONFIRM_MAX_AGE // 86400),
    }
    message = EmailMultiAlternatives(
        subject=f"{settings.FACTCHECK_ORGANIZATION_NAME}: confirm your digest subscription",
        body=render_to_string("digests/email/confirm.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(render_to_string("digests/email/confirm.html", context), "text/html")
    return message
