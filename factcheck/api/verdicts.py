"""GET /api/v1/verdicts and /api/v1/verdicts/{id}: the desk's published verdicts, with the
claim and its claimant. Drafts, verdicts in review and retracted ones are not there."""

from __future__ import annotations

from typing import ClassVar

from django.db.models import QuerySet
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers

from claims.models import Verdict
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.claims import ClaimOutput
from factcheck.api.filters import VerdictFilter
from factcheck.api.selectors import VERDICT_SORT_KEYS, partner_verdict_list
from partners.models import Partner, Scope


class VerdictOutput(serializers.Serializer):
    id = serializers.IntegerField()
    rating = serializers.ChoiceField(choices=Verdict.Rating.choices)
    rating_value = serializers.IntegerField(
        allow_null=True, help_text="5 (true) to 1 (false); null for unproven"
    )
    rationale = serializers.CharField()
    evidence = serializers.JSONField(help_text="Links to the evidence")
    status = serializers.ChoiceField(
        choices=[(Verdict.Status.PUBLISHED, "published"), (Verdict.Status.CORRECTED, "corrected")]
    )
    published_at = serializers.DateTimeField(allow_null=True)
    updated_at = serializers.DateTimeField()
    claim = ClaimOutput()
    claimreview_url = serializers.SerializerMethodField()
    page_url = serializers.SerializerMethodField(
        help_text="The verdict's public page (no login), the ClaimReview's url"
    )

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, verdict: Verdict) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("verdict-page", kwargs={"pk": verdict.pk})
        )

    @extend_schema_field(OpenApiTypes.URI)
    def get_claimreview_url(self, verdict: Verdict) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:verdict-claimreview", kwargs={"pk": verdict.pk})
        )


class VerdictRead:
    model = Verdict
    required_scopes: ClassVar = {"GET": (Scope.READ,)}
    serializer_class = VerdictOutput
    ordering_fields: ClassVar = {"id": "id", "published_at": "published_order"}
    sort_keys: ClassVar = VERDICT_SORT_KEYS

    def select(self, *, partner: Partner) -> QuerySet[Verdict]:
        return partner_verdict_list(partner=partner)


@extend_schema_view(get=extend_schema(summary="List published verdicts", tags=["verdicts"]))
class VerdictListAPI(VerdictRead, PartnerListAPI):
    filterset_class = VerdictFilter


@extend_schema_view(get=extend_schema(summary="Show a published verdict", tags=["verdicts"]))
class VerdictDetailAPI(VerdictRead, PartnerDetailAPI):
    pass
