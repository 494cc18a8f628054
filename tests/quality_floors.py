"""Quality floors: the figures a measured run reached, recorded in quality_floors.json.

The pipeline is deterministic, so a quality test fails when any figure drops more than
TOLERANCE below the recorded one (a rule losing its findings, a spurious finding, a field
extracted worse), and when it measures a figure that has no floor yet. After a deliberate
change to the extractor or the rules, re-record the floors from a measured run and commit
the JSON with the change:

    QUALITY_FLOORS_UPDATE=1 .venv/bin/python -m pytest -p no:cacheprovider -k quality tests

(with ../shared present, so that the development corpus is measured too).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

FLOORS_FILE = Path(__file__).resolve().parent / "quality_floors.json"
TOLERANCE = 0.02
UPDATE = os.environ.get("QUALITY_FLOORS_UPDATE") == "1"


def _load() -> dict[str, dict[str, float]]:
    if not FLOORS_FILE.exists():
        return {}
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def floors_check(name: str, measured: Mapping[str, float]) -> None:
    """Asserts each measured figure of `name` is at most TOLERANCE under its recorded floor
    (or records them all, with QUALITY_FLOORS_UPDATE=1)."""
    measured = {key: round(value, 4) for key, value in measured.items()}
    recorded = _load()
    if UPDATE:
        recorded[name] = dict(sorted(measured.items()))
        FLOORS_FILE.write_text(
            json.dumps(dict(sorted(recorded.items())), indent=2) + "\n", encoding="utf-8"
        )
        return
    floors = recorded.get(name)
    assert floors is not None, (
        f"no quality floors recorded for {name!r}: run with QUALITY_FLOORS_UPDATE=1"
    )
    unrecorded = sorted(set(measured) - set(floors))
    assert not unrecorded, f"{name}: no floor for {unrecorded}: run with QUALITY_FLOORS_UPDATE=1"
    below = {
        key: f"{measured[key]:.3f} < {floor:.3f} - {TOLERANCE}"
        for key, floor in floors.items()
        if key in measured and measured[key] < floor - TOLERANCE
    }
    assert not below, f"{name}: below the recorded quality floors: {below}"
    gone = sorted(set(floors) - set(measured))
    assert not gone, f"{name}: figures recorded but no longer measured: {gone}"
