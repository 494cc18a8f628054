"""Liveness and readiness probes for load balancers and orchestrators."""

from __future__ import annotations

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


def feeds_failing_details() -> list[dict[str, str]]:
    """The feeds failing for a day or more: url, since when, the last error."""
    from factcheck.feeds.selectors import feeds_failing

    return [
        {"url": f.url, "failing_since": f.failing_since.isoformat(), "error": f.last_error}
        for f in feeds_failing()[:50]
    ]


@require_GET
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """The database and the broker are reachable: 200, else 503 naming what is not.

    `details` names what needs a look without making the process unready: feeds failing for
    a day or more."""
    checks = {"database": database_reachable(), "broker": broker_reachable()}
    ready = all(problem is None for problem in checks.values())
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {name: problem or "ok" for name, problem in checks.items()},
    }
    if checks["database"] is None:
        body["details"] = {"feeds_failing": feeds_failing_details()}
    return JsonResponse(body, status=200 if ready else 503)
