"""Reads of the record shared by the commands, the admin and the API."""

from __future__ import annotations

from django.db.models import QuerySet

from claims.models import Claim, Source


def source_index() -> dict[str, Source]:
    """Every source by its lower-cased name and aliases (the record holds hundreds, not more)."""
    index: dict[str, Source] = {}
    for source in Source.objects.all():
        for name in (source.name, *source.aliases):
            index.setdefault(name.strip().lower(), source)
    return index


def source_find(*, name: str) -> Source | None:
    """The source whose name or one of whose aliases is `name`, ignoring case."""
    return source_index().get(name.strip().lower())


def claim_list(*, event_key: str | None = None) -> QuerySet[Claim]:
    claims = Claim.objects.select_related("claimant", "document", "event").order_by(
        "event_id", "stated_at", "id"
    )
    if event_key:
        claims = claims.filter(event__key=event_key)
    return claims
