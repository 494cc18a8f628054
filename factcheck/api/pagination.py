"""Cursor pagination: stable pages over a moving record, no COUNT query."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.db.models import QuerySet
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.request import Request


class Cursor(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    # Used only without an ordering filter; the API's views always have one (filters.Ordering).
    ordering = "-id"

    def get_page_size(self, request: Request) -> int:
        """`page_size`: a whole number from 1; above max_page_size gives max_page_size. Any
        other value is a 400 (DRF would quietly use the default)."""
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        try:
            size = int(value)
        except ValueError:
            size = 0
        if size < 1 or str(size) != value.strip().lstrip("+"):
            raise ValidationError({self.page_size_query_param: ["A whole number from 1."]})
        return min(size, self.max_page_size)

    def decode_cursor(self, request: Request) -> Any:
        # A cursor that is not one of ours is bad input (400), not a missing page (DRF's 404).
        try:
            return super().decode_cursor(request)
        except NotFound:
            raise ValidationError({self.cursor_query_param: ["Invalid cursor."]}) from None

    def paginate_queryset(
        self, queryset: QuerySet, request: Request, view: Any = None
    ) -> list[Any] | None:
        # A cursor is opaque but not signed: a hand-made one ("p=abc", base64) decodes fine
        # and puts a position of the wrong type (or out of the column's range) in the query.
        # That is bad input, a 400, not a 500.
        try:
            return super().paginate_queryset(queryset, request, view)
        except (ValueError, TypeError, OverflowError, DjangoValidationError, DataError):
            if request.query_params.get(self.cursor_query_param) is None:
                raise
            raise ValidationError({self.cursor_query_param: ["Invalid cursor."]}) from None

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "default": self.page_size}
                parameter["description"] = (
                    f"Rows per page, {self.page_size} by default; more than "
                    f"{self.max_page_size} gives {self.max_page_size}."
                )
        return parameters
