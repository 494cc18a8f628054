"""GET /api/v1/sources and /api/v1/sources/{id}: publishers and claimants."""

from __future__ import annotations

from typing import ClassVar

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from claims.models import Source
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.filters import SourceFilter
from factcheck.api.selectors import partner_source_list
from partners.models import Partner, Scope


class SourceOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    country = serializers.CharField(help_text="ISO 3166 alpha-2, or empty")
    side = serializers.CharField()
    aliases = serializers.ListField(child=serializers.CharField())
    reliability = serializers.ChoiceField(
        choices=Source.Reliability.choices, help_text="NATO Admiralty scale, A to F"
    )
    provisional = serializers.BooleanField(help_text="Created by the extractor, unconfirmed")
    parent = serializers.CharField(source="parent.name", allow_null=True)


class SourceRead:
    model = Source
    required_scopes: ClassVar = {"GET": (Scope.READ,)}
    serializer_class = SourceOutput
    ordering_fields: ClassVar = {"id": "id", "name": "name"}
    ordering_default = "name"

    def select(self, *, partner: Partner) -> QuerySet[Source]:
        return partner_source_list(partner=partner)


@extend_schema_view(get=extend_schema(summary="List sources", tags=["sources"]))
class SourceListAPI(SourceRead, PartnerListAPI):
    filterset_class = SourceFilter


@extend_schema_view(get=extend_schema(summary="Show a source", tags=["sources"]))
class SourceDetailAPI(SourceRead, PartnerDetailAPI):
    pass
