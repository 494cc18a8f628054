"""Configuration comes from the environment; production settings pass Django's deploy check."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={"PATH": os.environ.get("PATH", ""), "HOME": str(REPO), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "x" * 20 + "-a-long-random-production-key-" + "y" * 20,
            "ALLOWED_HOSTS": "factcheck.example.org",
            "FACTCHECK_VAR_DIR": str(tmp_path),
        },
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    result = run_manage(
        "check",
        env={
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "FACTCHECK_VAR_DIR": str(tmp_path),
        },
    )

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_embedded_default_needs_no_environment(tmp_path):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], "
        "s.CELERY_TASK_ALWAYS_EAGER, s.DEBUG)",
        env={"FACTCHECK_VAR_DIR": str(tmp_path)},
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True", "False"]
    assert (tmp_path / "secret_key").exists()  # generated, never in the code


def _request_404_logged(log_level: str | None, tmp_path) -> str:
    """stderr of a process that answers one request with a 404 under the local settings."""
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.local", "FACTCHECK_VAR_DIR": str(tmp_path)}
    if log_level:
        env["LOG_LEVEL"] = log_level
    result = run_manage(
        "shell",
        "-c",
        "from django.test import Client; Client(HTTP_HOST='localhost').get('/no-such-page/')",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_log_level_error_silences_the_4xx_warnings_of_django_request(tmp_path):
    assert "WARNING django.request Not Found: /no-such-page/" in _request_404_logged(None, tmp_path)
    assert "django.request" not in _request_404_logged("ERROR", tmp_path)
