"""The outbound policy (netguard) as the settings give it: webhooks and links to fetch."""

from __future__ import annotations

from django.conf import settings

from netguard import OutboundPolicy


def outbound_policy() -> OutboundPolicy:
    """Ports and whether private addresses are allowed, read from the settings on each call
    (so a test's override applies)."""
    return OutboundPolicy(
        ports=frozenset(settings.FACTCHECK_OUTBOUND_PORTS),
        allow_private=settings.FACTCHECK_OUTBOUND_ALLOW_PRIVATE,
    )
