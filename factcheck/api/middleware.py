"""Requests the API answers before any view runs."""

from __future__ import annotations

import math
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

from factcheck.api.throttling import anonymous_hit


class ChunkedBodyRefused:
    """A chunked body without Content-Length is answered 411 under /api/: Django reads the
    body by Content-Length, so it would see an empty one and the partner a misleading
    "text required"."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chunked = "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and not request.META.get("CONTENT_LENGTH") and request.path.startswith("/api/"):
            return JsonResponse(
                {"detail": "Send the body with a Content-Length (chunked bodies are refused)."},
                status=411,
            )
        return self.get_response(request)


class AnonymousRateLimit:
    """Requests under /api/ without an Authorization header are limited per client address
    (FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE): the confirmation and unsubscribe links, the
    schema, and every 401. A request with a token is counted against its partner instead;
    one with a bad token spends the address's budget (PartnerTokenAuthentication)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/") and "HTTP_AUTHORIZATION" not in request.META:
            wait = anonymous_hit(request)
            if wait is not None:
                response = JsonResponse(
                    {"detail": "Request was throttled: too many requests without a token."},
                    status=429,
                )
                response["Retry-After"] = str(math.ceil(wait))
                return response
        return self.get_response(request)
