"""Browser tests drive Debian's Chromium (/usr/bin/chromium, installed by .ci/run) through
Playwright; no browser is ever downloaded. Locally they skip without that Chromium; in CI
(CI=true) a missing browser is a failure, not a skip."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def browser_problem(chromium: Path) -> str:
    """Why the browser tests cannot run here, or "" when they can."""
    if not chromium.exists():
        return f"{chromium} is absent (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return ""


@contextmanager
def _launched() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def chromium() -> Callable[[], AbstractContextManager]:
    """Opens Debian's Chromium through Playwright: `with chromium() as browser: ...`.

    A context manager rather than a started browser, because Playwright's sync API runs an
    event loop in the test's thread while it is open, and Django refuses ORM calls there: a
    test sets up its data before opening the browser and checks it after closing it.
    """
    problem = browser_problem(CHROMIUM)
    if problem:
        if _in_ci():
            pytest.fail(f"browser test cannot run in CI: {problem}")
        pytest.skip(problem)
    ARTIFACTS.mkdir(exist_ok=True)
    return _launched
