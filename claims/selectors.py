"""Reads of the record shared by the commands, the admin and the API."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from claims.models import Claim, Source


def source_index(sources: Iterable[Source] | None = None) -> dict[str, Source]:
    """Sources (default: every source; the record holds hundreds, not more) by their
    lower-cased name and aliases."""
    index: dict[str, Source] = {}
    for source in Source.objects.all() if sources is None else sources:
        for name in (source.name, *source.aliases):
            index.setdefault(name.strip().lower(), source)
    return index


def source_find(*, name: str) -> Source | None:
    """The source whose name or one of whose aliases is `name`, ignoring case."""
    name = name.strip()
    # Most lookups name a source as the record does: one indexed query, no alias scan.
    by_name = Source.objects.filter(name__iexact=name).order_by("id").first()
    return by_name or source_index().get(name.lower())


def claim_list(*, event_key: str | None = None) -> QuerySet[Claim]:
    claims = Claim.objects.select_related("claimant", "relayed_by", "document", "event").order_by(
        "event_id", "stated_at", "narrative", "id"
    )
    if event_key:
        claims = claims.filter(event__key=event_key)
    return claims
