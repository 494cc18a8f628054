"""`migrate` loads the shipped reference sources (seeds/sources.json)."""

from __future__ import annotations

import json

from django.conf import settings

from claims.models import Source


def test_migrate_loads_every_shipped_source_with_its_parent(db):
    rows = json.loads((settings.BASE_DIR / "seeds" / "sources.json").read_text(encoding="utf-8"))

    names = set(Source.objects.values_list("name", flat=True))

    assert {row["name"] for row in rows} <= names
    child = next(row for row in rows if row.get("parent"))
    source = Source.objects.get(name=child["name"])
    assert source.parent is not None
    assert source.parent.name == child["parent"]
    assert not source.provisional
    assert source.aliases == child.get("aliases", [])
