"""Requests the API answers before any view runs."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse


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
