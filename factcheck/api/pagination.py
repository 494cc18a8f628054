"""Cursor pagination: stable pages over a moving record, no COUNT query."""

from __future__ import annotations

from rest_framework.pagination import CursorPagination


class Cursor(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    # Used only without an ordering filter; the API's views always have one (filters.Ordering).
    ordering = "-id"
