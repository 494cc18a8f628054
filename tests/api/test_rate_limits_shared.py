"""Requests without a token are limited per client address; with Redis as the cache the
counts are shared by every process (three gunicorn workers let through what one would)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest

from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory
from tests.conftest import REPO


def test_requests_without_a_token_are_limited_per_address(db, anonymous, settings):
    settings.FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE = 3

    statuses = [anonymous.get("/api/v1/claims").status_code for _ in range(4)]

    assert statuses == [401, 401, 401, 429]
    response = anonymous.get("/api/v1/claims")
    assert 1 <= int(response["Retry-After"]) <= 60
    # Another address has its own budget; a partner's token its partner's.
    assert anonymous.get("/api/v1/claims", REMOTE_ADDR="192.0.2.7").status_code == 401
    assert client_for(PartnerFactory()).get("/api/v1/claims").status_code == 200


def test_guessing_tokens_spends_the_address_budget(db, anonymous, settings):
    settings.FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE = 2
    anonymous.credentials(HTTP_AUTHORIZATION="Bearer fcd_guess")

    statuses = [anonymous.get("/api/v1/claims").status_code for _ in range(3)]

    assert statuses == [401, 401, 429]


def test_behind_a_trusted_proxy_the_forwarded_address_counts(db, anonymous, settings):
    settings.FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE = 1
    settings.FACTCHECK_API_TRUSTED_PROXIES = 1

    def get(forwarded: str) -> int:
        return anonymous.get("/api/v1/claims", HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert get("198.51.100.1") == 401
    assert get("198.51.100.2") == 401  # another client behind the same proxy
    # A client cannot pick its address: the proxy appends the real one on the right.
    assert get("203.0.113.9, 198.51.100.1") == 429


def _redis_url() -> str | None:
    url = os.environ.get("TEST_CACHE_URL") or os.environ.get("CELERY_BROKER_URL", "")
    return url if url.startswith("redis://") else None


@pytest.mark.integration
@pytest.mark.skipif(
    not _redis_url() or not shutil.which("gunicorn", path=os.path.dirname(sys.executable)),
    reason="needs Redis (TEST_CACHE_URL or a redis:// CELERY_BROKER_URL) and gunicorn",
)
def test_three_workers_share_one_count_through_redis(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "SECRET_KEY": "rate-limit-test-" + "x" * 40,
        "FACTCHECK_VAR_DIR": str(tmp_path),
        # Counts only under this run's prefix; the test never clears the cache (a flush
        # would empty the broker's database too).
        "CACHE_URL": _redis_url(),
        "CACHE_KEY_PREFIX": f"ratetest-{uuid.uuid4().hex}",
        "FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE": "5",
    }
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    server = subprocess.Popen(
        [gunicorn, "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "3"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/api/v1/no-such-thing"
        deadline = time.monotonic() + 60
        while True:  # wait for the workers (healthz is outside /api/, not counted)
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        if int(time.time()) % 60 > 50:
            time.sleep(61 - int(time.time()) % 60)  # all 30 requests in one window
        statuses = []
        for _ in range(30):
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    statuses.append(response.status)
            except urllib.error.HTTPError as exc:
                statuses.append(exc.code)
        assert statuses.count(404) == 5, statuses
        assert statuses.count(429) == 25
    finally:
        server.terminate()
        server.wait(timeout=10)
