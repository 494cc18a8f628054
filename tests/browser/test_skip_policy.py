"""Without Chromium the browser tests skip locally and fail in CI."""

from __future__ import annotations

import pytest

from tests.browser import conftest


def test_absent_chromium_is_named(tmp_path):
    assert "absent" in conftest.browser_problem(tmp_path / "no-chromium")


@pytest.mark.parametrize(
    ("ci", "outcome"), [("", pytest.skip.Exception), ("true", pytest.fail.Exception)]
)
def test_skip_locally_fail_in_ci(monkeypatch, tmp_path, ci, outcome):
    monkeypatch.setattr(conftest, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome):
        conftest.chromium.__wrapped__()
