from __future__ import annotations

from pathlib import Path

import pytest

from claims.services import sources_load

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DOCUMENTS = REPO / "seeds" / "documents"


@pytest.fixture
def sources(db):
    """The reference sources of seeds/sources.json, as the main job loads them."""
    sources_load(path=REPO / "seeds" / "sources.json")


@pytest.fixture
def shared_seed_text() -> str:
    """The article the project started from (../shared/seeds), or a skip where absent."""
    files = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if not files:
        pytest.skip("../shared/seeds is not present")
    return files[0].read_text(encoding="utf-8")
