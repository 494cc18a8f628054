"""Rate limits on a fixed one-minute window, counted in Django's default cache.

`cache.add` then `cache.incr` is one atomic increment on Redis (and within a process on the
local-memory cache), so processes sharing a Redis cache (CACHE_URL) share one count: three
gunicorn workers at 5/min let 5 through, not 15. DRF's SimpleRateThrottle reads a list of
timestamps, appends and writes it back, which loses concurrent hits even on a shared cache.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW = 60


def window_hit(key: str, limit: int, *, now: float | None = None) -> float | None:
    """Count one request under `key` in the current minute. None if within `limit`, else the
    seconds until the window ends (the Retry-After)."""
    now = time.time() if now is None else now
    window = int(now // WINDOW)
    name = f"rate:{key}:{window}"
    # Expires after the window (plus slack for clock skew between machines).
    cache.add(name, 0, timeout=WINDOW * 2)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr: this is the window's first hit
        cache.add(name, 1, timeout=WINDOW * 2)
        count = 1
    if count <= limit:
        return None
    return max(1.0, (window + 1) * WINDOW - now)


def client_address(request: HttpRequest) -> str:
    """The caller's address: REMOTE_ADDR, or, behind FACTCHECK_API_TRUSTED_PROXIES reverse
    proxies, the address the outermost trusted proxy saw (X-Forwarded-For read from the
    right, so a client cannot choose its own)."""
    proxies = settings.FACTCHECK_API_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def anonymous_hit(request: HttpRequest) -> float | None:
    """One request without a valid token from this address (window_hit's answer)."""
    return window_hit(
        f"anon:{client_address(request)}", settings.FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE
    )
