"""GET /api/v1/claims and /api/v1/claims/{id}: the claims extracted from documents."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from claims.models import Claim
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.filters import ClaimFilter
from factcheck.api.selectors import partner_claim_list
from partners.models import Partner, Scope


class ClaimantOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.CharField()


class CasualtyOutput(serializers.Serializer):
    category = serializers.CharField()
    group = serializers.CharField()
    min = serializers.IntegerField(source="count_min")
    max = serializers.IntegerField(source="count_max", allow_null=True, help_text="null: no bound")
    total = serializers.IntegerField(source="count_total", allow_null=True, help_text="M of N of M")
    qualifier = serializers.CharField()
    scope = serializers.CharField()


class CauseOutput(serializers.Serializer):
    category = serializers.CharField(source="cause")
    polarity = serializers.CharField()
    agent = serializers.CharField(allow_null=True)


class ClaimOutput(serializers.Serializer):
    id = serializers.IntegerField()
    document = serializers.IntegerField(source="document_id")
    document_url = serializers.CharField(source="document.url")
    event = serializers.CharField(source="event.key", allow_null=True, help_text="Event key")
    claimant = ClaimantOutput()
    claimant_anonymous = serializers.BooleanField()
    attribution = serializers.ChoiceField(choices=Claim.Attribution.choices)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    text = serializers.CharField(help_text="The exact span that carries the claim")
    span_in = serializers.ChoiceField(choices=Claim.SpanIn.choices)
    span_start = serializers.IntegerField()
    span_end = serializers.IntegerField()
    stated_at = serializers.DateTimeField(allow_null=True)
    casualty = CasualtyOutput(source="*", allow_null=True, help_text="For casualty claims")
    cause = CauseOutput(source="*", allow_null=True, help_text="For cause claims")

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        data = super().to_representation(instance)
        if instance.kind != Claim.Kind.CASUALTY:
            data["casualty"] = None
        if instance.kind != Claim.Kind.CAUSE:
            data["cause"] = None
        elif data["cause"] is not None:
            data["cause"]["agent"] = instance.agent or None
        return data


class ClaimRead:
    model = Claim
    required_scopes: ClassVar = {"GET": (Scope.READ,)}
    serializer_class = ClaimOutput
    ordering_fields: ClassVar = {"id": "id", "stated_at": "stated_order"}

    def select(self, *, partner: Partner) -> QuerySet[Claim]:
        return partner_claim_list(partner=partner)


@extend_schema_view(get=extend_schema(summary="List claims", tags=["claims"]))
class ClaimListAPI(ClaimRead, PartnerListAPI):
    filterset_class = ClaimFilter


@extend_schema_view(get=extend_schema(summary="Show a claim", tags=["claims"]))
class ClaimDetailAPI(ClaimRead, PartnerDetailAPI):
    pass
