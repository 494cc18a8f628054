"""Shared fixtures for the extractor tests: reference sources and the shared folders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.extraction import DocumentInput, ExtractedClaim, KnownSource, extract
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


def claims_of(text: str, sources=(), kind: str | None = None, **kwargs) -> list[ExtractedClaim]:
    """The claims extracted from `text` as a document of its own (of one kind, if given);
    `kwargs` go to `make_doc` (title, publisher, published)."""
    claims = extract(make_doc(text, **kwargs), list(sources)).claims
    return [c for c in claims if kind is None or c.kind == kind]
