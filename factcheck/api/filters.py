"""Query filters (django-filter) and the ordering that cursor pagination follows."""

from __future__ import annotations

from datetime import UTC
from typing import Any

import django_filters as filters
from django import forms
from django.db.models import Q, QuerySet, Subquery
from django_filters.fields import ChoiceField, IsoDateTimeField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

from claims.models import Claim, Document, Event, Source, Verdict
from claims.selectors import source_find
from factcheck.models import Finding, Severity

BIGINT_MAX = 2**63 - 1


class _NonEmptyIntegerField(forms.IntegerField):
    def clean(self, value: Any) -> Any:
        if value == "":
            raise forms.ValidationError("A whole number, or leave the parameter out.")
        return super().clean(value)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": BIGINT_MAX})
class IdFilter(filters.Filter):
    """A row id: a whole number in the database's range (never a 500 on 1.5 or 10**30);
    `?document=` is a 400, not "any"."""

    field_class = _NonEmptyIntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", BIGINT_MAX)
        super().__init__(*args, **kwargs)


class _NonEmptyChoiceField(ChoiceField):
    """A choice, or the parameter left out: `?kind=` is not a choice (a 400, not "any")."""

    def clean(self, value: Any) -> Any:
        if value == "":
            raise forms.ValidationError("Pick one of the choices, or leave the parameter out.")
        return super().clean(value)


class StrictChoiceFilter(filters.ChoiceFilter):
    field_class = _NonEmptyChoiceField


class _BooleanField(forms.Field):
    def to_python(self, value: Any) -> bool | None:
        if value is None:
            return None
        if value in ("true", "false"):
            return value == "true"
        raise forms.ValidationError("true or false.")


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(filters.BooleanFilter):
    """`true` or `false` (django-filter would take "null" or "maybe" as "any")."""

    field_class = _BooleanField


@extend_schema_field(OpenApiTypes.STR)
class NameFilter(filters.CharFilter):
    """A claimant's name or one of its aliases."""


class _NonEmptyDateTimeField(IsoDateTimeField):
    def clean(self, value: Any) -> Any:
        if value == "":
            raise forms.ValidationError("An ISO 8601 datetime, or leave the parameter out.")
        moment = super().clean(value)
        if moment is None:
            return None
        # In UTC: Python takes offsets up to 24 hours, PostgreSQL refuses those past 15:59
        # (a 500 on "...-19:28"); and a moment that UTC puts before year 1 is out of range.
        try:
            return moment.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError("This datetime is out of range.") from None


@extend_schema_field(OpenApiTypes.DATETIME)
class DateTimeFilter(filters.IsoDateTimeFilter):
    """An ISO 8601 datetime (naive means UTC); `?stated_since=` is a 400, not "any"."""

    field_class = _NonEmptyDateTimeField


@extend_schema_field({"type": "string", "enum": [kind for kind, _ in Claim.Kind.choices]})
class KindFilter(StrictChoiceFilter):
    pass


CATEGORY_CHOICES = [*Claim.Category.choices, *Claim.Cause.choices]


@extend_schema_field({"type": "string", "enum": [name for name, _ in CATEGORY_CHOICES]})
class CategoryFilter(StrictChoiceFilter):
    """A casualty category (killed, ...) or a cause (hostile_fire, ...)."""


def _claimant(name: str) -> Source | None:
    """The source with this name or alias ("CENTCOM", "US Central Command"), ignoring case."""
    return source_find(name=name)


class ClaimFilter(filters.FilterSet):
    event = filters.CharFilter(method="filter_event", help_text="Event key")
    claimant = NameFilter(method="filter_claimant", help_text="Claimant name or alias")
    kind = StrictChoiceFilter(choices=Claim.Kind.choices)
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

    def filter_event(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # `event_id = (SELECT id ... WHERE key = ...)`, not a join on the key: with the id
        # known to the planner, a page is read off the (event, id) index in order; with a
        # join it guessed the event's claims spread evenly and scanned all claims by id.
        event_id = Event.objects.filter(key=value).order_by().values("id")[:1]
        return queryset.filter(event_id=Subquery(event_id))


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
    severity = StrictChoiceFilter(choices=Severity.choices)
    status = StrictChoiceFilter(choices=Finding.Status.choices)

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
    rating = StrictChoiceFilter(choices=Verdict.Rating.choices)
    claim = IdFilter(field_name="claim_id", help_text="Claim id")

    class Meta:
        model = Verdict
        fields: list[str] = []

    def filter_claimant(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        source = _claimant(value)
        return queryset.filter(claim__claimant=source) if source else queryset.none()


class DocumentFilter(filters.FilterSet):
    event = filters.CharFilter(field_name="event__key", help_text="Event key")
    state = StrictChoiceFilter(choices=Document.State.choices)
    url = filters.CharFilter(field_name="url")

    class Meta:
        model = Document
        fields: list[str] = []


class SourceFilter(filters.FilterSet):
    kind = StrictChoiceFilter(choices=Source.Kind.choices)
    country = filters.CharFilter(field_name="country")
    provisional = StrictBooleanFilter(field_name="provisional")

    class Meta:
        model = Source
        fields: list[str] = []


class Ordering(BaseFilterBackend):
    """`?ordering=name` or `-name` among the view's `ordering_fields` (public name -> a
    non-null field, or the alias of one of the view's `sort_keys` expressions), with the id as
    tie-breaker, so cursor pages never skip or repeat a row. An unknown name is a 400, not
    silently ignored."""

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
        key, tie_breaker = self.get_ordering(request, queryset, view)
        # A sort key that is an expression (the selectors' *_SORT_KEYS) is annotated here, and
        # only when a request sorts by it.
        alias = key.removeprefix("-")
        expression = getattr(view, "sort_keys", {}).get(alias)
        if expression is not None:
            queryset = queryset.annotate(**{alias: expression})
        return queryset.order_by(key, tie_breaker)

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
