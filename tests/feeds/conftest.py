from __future__ import annotations

from tests.ingest.conftest import site  # noqa: F401 (fixture)
