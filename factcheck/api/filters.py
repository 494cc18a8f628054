"""Query filters (django-filter) and the ordering that cursor pagination follows."""

from __future__ import annotations

from typing import Any

import django_filters as filters
from django import forms
from django.db.models import Q, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

from claims.models import Claim, Document, Source, Verdict
from claims.selectors import source_find
from factcheck.models import Finding, Severity

BIGINT_MAX = 2**63 - 1


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(filters.Filter):
    """A row id: a whole number in the database's range (never a 500 on 1.5 or 10**30)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", BIGINT_MAX)
        super().__init__(*args, **kwargs)


@extend_schema_field(OpenApiTypes.STR)
class NameFilter(filters.CharFilter):
    """A claimant's name or one of its aliases."""


@extend_schema_field(OpenApiTypes.DATETIME)
class DateTimeFilter(filters.IsoDateTimeFilter):
    """An ISO 8601 datetime (naive means UTC)."""


@extend_schema_field({"type": "string", "enum": [kind for kind, _ in Claim.Kind.choices]})
class KindFilter(filters.ChoiceFilter):
    pass


CATEGORY_CHOICES = [*Claim.Category.choices, *Claim.Cause.choices]


@extend_schema_field({"type": "string", "enum": [name for name, _ in CATEGORY_CHOICES]})
class CategoryFilter(filters.ChoiceFilter):
    """A casualty category (killed, ...) or a cause (hostile_fire, ...)."""


def _claimant(name: str) -> Source | None:
    """The source with this name or alias ("CENTCOM", "US Central Command"), ignoring case."""
    return source_find(name=name)


class ClaimFilter(filters.FilterSet):
    event = filters.CharFilter(field_name="event__key", help_text="Event key")
    claimant = NameFilter(method="filter_claimant", help_text="Claimant name or alias")
    kind = filters.ChoiceFilter(choices=Claim.Kind.choices)
    category = CategoryFilter(choices=CATEGORY_CHOICES, method="filter_category")
    stated_since = DateTimeFilter(field_name="stated_at", lookup_expr="gte")
    stated_until = DateTimeFilter(field_name="stated_at", lookup_expr="lte")
    document = IdFilter(field_name="document_id", help_text="Document id")

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_claimant(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        source = _claimant(value)
        return queryset.filter(claimant=source) if source else queryset.none()

    def filter_category(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(category=value) | Q(cause=value))


class FindingFilter(filters.FilterSet):
    """The claims filters apply to the claims a finding rests on (any of them matches)."""

    event = filters.CharFilter(field_name="event__key", help_text="Event key")
    claimant = NameFilter(method="filter_claims", help_text="Claimant name or alias")
    kind = KindFilter(choices=Claim.Kind.choices, method="filter_claims")
    category = CategoryFilter(choices=CATEGORY_CHOICES, method="filter_claims")
    stated_since = DateTimeFilter(method="filter_claims")
    stated_until = DateTimeFilter(method="filter_claims")
    document = IdFilter(method="filter_claims", help_text="Document id")
    rule = filters.CharFilter(field_name="rule")
    severity = filters.ChoiceFilter(choices=Severity.choices)
    status = filters.ChoiceFilter(choices=Finding.Status.choices)

    class Meta:
        model = Finding
        fields: list[str] = []

    CLAIM_LOOKUPS = {
        "kind": "claim__kind",
        "stated_since": "claim__stated_at__gte",
        "stated_until": "claim__stated_at__lte",
        "document": "claim__document_id",
    }

    def filter_claims(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        # A subquery on the link table rather than a join: no duplicate rows, no DISTINCT.
        links = Finding.claims.through.objects.all()
        if name == "claimant":
            source = _claimant(value)
            if source is None:
                return queryset.none()
            links = links.filter(claim__claimant=source)
        elif name == "category":
            links = links.filter(Q(claim__category=value) | Q(claim__cause=value))
        else:
            links = links.filter(**{self.CLAIM_LOOKUPS[name]: value})
        return queryset.filter(pk__in=links.values("finding_id"))


class VerdictFilter(filters.FilterSet):
    event = filters.CharFilter(field_name="claim__event__key", help_text="Event key")
    claimant = NameFilter(method="filter_claimant", help_text="Claimant name or alias")
    rating = filters.ChoiceFilter(choices=Verdict.Rating.choices)
    claim = IdFilter(field_name="claim_id", help_text="Claim id")

    class Meta:
        model = Verdict
        fields: list[str] = []

    def filter_claimant(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        source = _claimant(value)
        return queryset.filter(claim__claimant=source) if source else queryset.none()


class DocumentFilter(filters.FilterSet):
    event = filters.CharFilter(field_name="event__key", help_text="Event key")
    state = filters.ChoiceFilter(choices=Document.State.choices)
    url = filters.CharFilter(field_name="url")

    class Meta:
        model = Document
        fields: list[str] = []


class SourceFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Source.Kind.choices)
    country = filters.CharFilter(field_name="country")
    provisional = filters.BooleanFilter(field_name="provisional")

    class Meta:
        model = Source
        fields: list[str] = []


class Ordering(BaseFilterBackend):
    """`?ordering=name` or `-name` among the view's `ordering_fields` (public name -> a
    non-null field or annotation), with the id as tie-breaker, so cursor pages never skip
    or repeat a row. An unknown name is a 400, not silently ignored."""

    param = "ordering"

    def get_ordering(self, request: Request, queryset: QuerySet, view: Any) -> tuple[str, str]:
        fields: dict[str, str] = view.ordering_fields
        value = request.query_params.get(self.param, view.ordering_default)
        name = value.removeprefix("-")
        if name not in fields:
            raise ValidationError(
                {self.param: [f"Order by one of {', '.join(fields)} (prefix - to reverse)."]}
            )
        sign = "-" if value.startswith("-") else ""
        return f"{sign}{fields[name]}", f"{sign}id"

    def filter_queryset(self, request: Request, queryset: QuerySet, view: Any) -> QuerySet:
        return queryset.order_by(*self.get_ordering(request, queryset, view))

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        names = [*view.ordering_fields, *(f"-{name}" for name in view.ordering_fields)]
        return [
            {
                "name": self.param,
                "required": False,
                "in": "query",
                "description": "Sort key; prefix - for descending. Ties are broken by id.",
                "schema": {"type": "string", "enum": names, "default": view.ordering_default},
            }
        ]
