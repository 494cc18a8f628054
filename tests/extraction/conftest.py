"""Shared fixtures for the extractor tests: reference sources and the shared folders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.extraction import DocumentInput, KnownSource
from factcheck.extraction.sources_file import load_sources

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
ANNOTATED = REPO_ROOT / "tests" / "data" / "annotated"


@pytest.fixture(scope="session")
def sources() -> list[KnownSource]:
    return load_sources(REPO_ROOT / "seeds" / "sources.json")


def make_doc(
    text: str,
    *,
    title: str = "",
    publisher: str = "Example Wire",
    published: datetime | None = datetime(2026, 3, 13, 15, 0, tzinfo=UTC),
) -> DocumentInput:
    return DocumentInput(text=text, title=title, publisher=publisher, published_at=published)
