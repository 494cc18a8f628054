"""JSON in: strictly UTF-8 JSON, of bounded size, with valid Unicode only."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from rest_framework import exceptions, status
from rest_framework.parsers import BaseParser


class BodyTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "body_too_large"


def body_limit() -> int:
    return settings.FACTCHECK_API_MAX_BODY_BYTES


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _invalid_unicode_path(value: Any, path: str = "") -> str | None:
    """Where a string (key or value) holds a lone surrogate, which no response could echo."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path or "(body)"
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _invalid_unicode_path(key, path or "(a key)")
            found = found or _invalid_unicode_path(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _invalid_unicode_path(item, f"{path}[{index}]")
            if found:
                return found
    return None


class StrictJSONParser(BaseParser):
    """application/json (UTF-8). 413 over FACTCHECK_API_MAX_BODY_BYTES, by Content-Length or
    by what was read; 400 for malformed JSON, NaN/Infinity, nesting too deep, invalid UTF-8
    or lone surrogates (\\ud800 escapes)."""

    media_type = "application/json"

    def parse(
        self, stream: Any, media_type: str | None = None, parser_context: dict | None = None
    ) -> Any:
        limit = body_limit()
        request = (parser_context or {}).get("request")
        if request is not None:
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                declared = 0
            if declared > limit:
                raise BodyTooLarge(f"The request body is over {limit} bytes.")
        raw = stream.read(limit + 1)
        if len(raw) > limit:
            raise BodyTooLarge(f"The request body is over {limit} bytes.")
        try:
            text = raw.decode("utf-8")
            data = json.loads(text, parse_constant=_reject_constant)
        except UnicodeDecodeError:
            raise exceptions.ParseError("The body is not valid UTF-8.") from None
        except RecursionError:
            raise exceptions.ParseError("The JSON is nested too deeply.") from None
        except ValueError as exc:
            raise exceptions.ParseError(f"Malformed JSON: {exc}") from None
        where = _invalid_unicode_path(data)
        if where:
            raise exceptions.ParseError(f"Invalid Unicode (a lone surrogate) in {where}.")
        return data
