"""Liveness and readiness probes for load balancers and orchestrators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config.celery_app import app as celery_app


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up and serving requests."""
    return JsonResponse({"status": "ok"})


def database_reachable() -> str | None:
    """None when a trivial query succeeds, else the reason."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def broker_reachable() -> str | None:
    """None when the broker answers (or tasks run in process), else the reason."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return None
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


# What needs a look without making the process unready, by name: the apps above this layer
# register their own in AppConfig.ready() (feeds failing for a day, say), so configuration
# never imports them.
_details: dict[str, Callable[[], Any]] = {}


def readiness_detail_register(name: str, provider: Callable[[], Any]) -> None:
    """Adds `name` to /readyz's `details`, read from `provider()` on each request."""
    _details[name] = provider


@require_GET
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """The database and the broker are reachable: 200, else 503 naming what is not.

    `details` names what needs a look without making the process unready (the registered
    providers: feeds failing for a day or more)."""
    checks = {"database": database_reachable(), "broker": broker_reachable()}
    ready = all(problem is None for problem in checks.values())
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {name: problem or "ok" for name, problem in checks.items()},
    }
    if checks["database"] is None:
        body["details"] = {name: provider() for name, provider in _details.items()}
    return JsonResponse(body, status=200 if ready else 503)
