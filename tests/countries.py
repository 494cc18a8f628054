"""A countries file of invented countries for tests of how bodies and names are read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.rules import bodies, names

# every cached reading that depends on the countries file
_CACHED = (
    bodies._load,
    bodies._load_capitals,
    bodies._pattern,
    bodies.canonical_body,
    bodies.fold_countries,
    names._tokens,
    names.name_words,
    names.head_word,
)


def forget_countries() -> None:
    for cached in _CACHED:
        cached.cache_clear()


def use_countries(
    countries: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point bodies at a file holding `countries` for one test; a fixture yields from it."""
    path = tmp_path / "countries.json"
    path.write_text(json.dumps(countries), encoding="utf-8")
    monkeypatch.setattr(bodies, "COUNTRIES_FILE", path)
    forget_countries()
    yield
    forget_countries()
