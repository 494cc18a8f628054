"""The OpenAPI schema as the API behaves: every operation documents the errors it can answer
(400 with field-level errors, 401, 403, 404, 413, 415, 429), request bodies refuse unknown
fields (`additionalProperties: false`, as StrictInput does), and free-text query parameters
refuse NUL characters (which no database column can hold).

scripts/schemathesis-check holds the API to this schema on a live server.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema

from factcheck.api.base import StrictInput

NO_NUL = "^[^\\x00]*$"
ERROR_BODY = {
    "application/json": {
        "schema": {
            "type": "object",
            "description": '{"detail": "..."} or {"<field>": ["<error>", ...], ...}',
            "additionalProperties": True,
        }
    }
}


class PartnerAutoSchema(AutoSchema):
    def get_operation(self, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        parameters = operation.get("parameters", [])
        for parameter in parameters:
            schema = parameter.get("schema", {})
            free_text = schema.get("type") == "string" and not {"enum", "format"} & set(schema)
            if parameter["in"] == "query" and free_text:
                schema.setdefault("pattern", NO_NUL)
            if parameter["in"] == "path" and schema.get("type") == "integer":
                schema.setdefault("minimum", 1)
        errors = {
            "401": "No token, or an invalid or revoked one",
            "403": "The token's partner lacks the scope this needs",
            "429": "Over the partner's rate limit: see Retry-After",
        }
        if any(p["in"] == "query" for p in parameters) or "requestBody" in operation:
            errors["400"] = "Invalid input: the errors by field"
        if any(p["in"] == "path" for p in parameters):
            errors["404"] = "No such resource, or not one this partner may see"
        if "requestBody" in operation:
            errors["413"] = "The body is over the size limit"
            errors["415"] = "The body is not application/json"
        responses = operation.setdefault("responses", {})
        for code, description in sorted(errors.items()):
            responses.setdefault(code, {"description": description})
            responses[code].setdefault("content", ERROR_BODY)
        return operation

    def _map_basic_serializer(self, serializer: Any, direction: str) -> dict[str, Any]:
        result = super()._map_basic_serializer(serializer, direction)
        if direction == "request" and isinstance(serializer, StrictInput):
            result["additionalProperties"] = False
        return result
