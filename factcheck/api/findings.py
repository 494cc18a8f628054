"""GET /api/v1/findings and /api/v1/findings/{id}: what the rules engine found (scope
`read:findings`)."""

from __future__ import annotations

from typing import ClassVar

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.filters import FindingFilter
from factcheck.api.selectors import FINDING_SORT_KEYS, partner_finding_list
from factcheck.models import Finding, Severity
from partners.models import Partner, Scope


class FindingOutput(serializers.Serializer):
    id = serializers.IntegerField()
    rule = serializers.CharField()
    severity = serializers.ChoiceField(choices=Severity.choices)
    status = serializers.ChoiceField(choices=Finding.Status.choices)
    event = serializers.CharField(source="event.key", help_text="Event key")
    message = serializers.CharField()
    evidence = serializers.JSONField()
    claims = serializers.SerializerMethodField(help_text="Ids of the claims it rests on")
    claimants = serializers.SerializerMethodField(help_text="Names of their claimants")
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def get_claims(self, finding: Finding) -> list[int]:
        return [claim.pk for claim in finding.claims.all()]

    def get_claimants(self, finding: Finding) -> list[str]:
        return sorted({claim.claimant.name for claim in finding.claims.all()})


class FindingRead:
    model = Finding
    required_scopes: ClassVar = {"GET": (Scope.READ_FINDINGS,)}
    serializer_class = FindingOutput
    ordering_fields: ClassVar = {
        "id": "id",
        "created_at": "created_at",
        "severity": "severity_rank",
    }
    sort_keys: ClassVar = FINDING_SORT_KEYS

    def select(self, *, partner: Partner) -> QuerySet[Finding]:
        return partner_finding_list(partner=partner)


@extend_schema_view(get=extend_schema(summary="List findings", tags=["findings"]))
class FindingListAPI(FindingRead, PartnerListAPI):
    filterset_class = FindingFilter


@extend_schema_view(get=extend_schema(summary="Show a finding", tags=["findings"]))
class FindingDetailAPI(FindingRead, PartnerDetailAPI):
    pass
