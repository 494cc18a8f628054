"""Plain claim facts for rule unit tests: rules are pure functions, no database needed."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from factcheck.rules.base import ClaimFact
from factcheck.rules.registry import rules_all

_ids = itertools.count(1)

SIDES = {
    "US Central Command": ("US", "military"),
    "US Department of Defense": ("US", "government"),
    "IRGC": ("Iran", "military"),
    "Khatam al-Anbiya Central Headquarters": ("Iran", "military"),
    "Islamic Resistance in Iraq": ("Iran", "armed_group"),
    "Press TV": ("Iran", "state_media"),
    "Reuters": ("", "news_agency"),
    "Stars and Stripes": ("", "outlet"),
}
_claimant_ids: dict[str, int] = {}


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def fact(claimant: str, *, when: datetime | None = None, **values) -> ClaimFact:
    default_side, kind = SIDES.get(claimant, ("", "other"))
    claimant_id = _claimant_ids.setdefault(claimant, len(_claimant_ids) + 1)
    return ClaimFact(
        id=next(_ids),
        document_id=values.pop("document_id", 1),
        claimant_id=claimant_id,
        claimant=claimant,
        claimant_side=values.pop("side", default_side),
        claimant_kind=values.pop("claimant_kind", kind),
        # In its own voice the publisher is the claimant.
        publisher_id=claimant_id if values.get("attribution") in ("outlet", "headline") else None,
        publisher=values.pop("publisher", "Reuters"),
        attribution=values.pop("attribution", "reported"),
        text=values.pop("text", f"{claimant} said so"),
        stated_at=when,
        published_at=values.pop("published_at", when),
        **values,
    )


def count(claimant: str, category: str, low: int, high: int | None = -1, **values) -> ClaimFact:
    """A casualty count; high defaults to low (an exact count), None means unbounded."""
    return fact(
        claimant,
        kind="casualty",
        category=category,
        group=values.pop("group", "crew"),
        count_min=low,
        count_max=low if high == -1 else high,
        qualifier=values.pop("qualifier", "exact"),
        scope=values.pop("scope", "incident"),
        **values,
    )


def cause(claimant: str, cause_: str, polarity: str = "affirmed", **values) -> ClaimFact:
    return fact(claimant, kind="cause", cause=cause_, polarity=polarity, **values)


def run(rule: str, claims, **params):
    definition = rules_all()[rule]
    return definition.evaluate(claims, {**definition.params, **params})


def claimant_sets(drafts) -> list[list[str]]:
    return sorted(sorted(d.evidence["claimants"]) for d in drafts)
