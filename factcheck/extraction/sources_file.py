"""Load reference sources (seeds/sources.json format) as KnownSource values."""

from __future__ import annotations

import json
from pathlib import Path

from .types import KnownSource


def load_sources(*paths: Path | str) -> list[KnownSource]:
    """Read one or more sources.json files; a later file's entry wins for the same name."""
    by_name: dict[str, KnownSource] = {}
    for path in paths:
        p = Path(path)
        if not p.exists():
            continue
        for row in json.loads(p.read_text(encoding="utf-8")):
            by_name[row["name"]] = KnownSource(
                name=row["name"],
                aliases=tuple(row.get("aliases", ())),
                kind=row.get("kind", ""),
                side=row.get("side", ""),
                domains=tuple(row.get("domains", ())),
            )
    return list(by_name.values())
