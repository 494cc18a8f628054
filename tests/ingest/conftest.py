from __future__ import annotations

from pathlib import Path

import pytest

from tests.api.conftest import _fresh_rate_limits, make_client  # noqa: F401 (fixtures)
from tests.ingest.loopback import LoopbackSite

PAGES = Path(__file__).parent / "pages"


@pytest.fixture
def site(settings):
    """A loopback server the outbound policy is allowed to reach (tests only)."""
    with LoopbackSite() as loopback:
        settings.FACTCHECK_OUTBOUND_ALLOW_PRIVATE = True
        settings.FACTCHECK_OUTBOUND_PORTS = [loopback.port]
        yield loopback


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")
