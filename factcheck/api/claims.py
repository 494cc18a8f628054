"""GET /api/v1/claims and /api/v1/claims/{id}: the claims extracted from documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from claims.models import CLAIM_VALUE_FIELDS, Claim
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.filters import ClaimFilter
from factcheck.api.selectors import CLAIM_SORT_KEYS, partner_claim_list
from partners.models import Partner, Scope


class ClaimantOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.CharField()


class CasualtyOutput(serializers.Serializer):
    category = serializers.CharField()
    group = serializers.CharField()
    min = serializers.IntegerField(
        source="count_min", allow_null=True, help_text='null: no floor ("up to 20")'
    )
    max = serializers.IntegerField(source="count_max", allow_null=True, help_text="null: no bound")
    total = serializers.IntegerField(source="count_total", allow_null=True, help_text="M of N of M")
    qualifier = serializers.CharField()
    scope = serializers.CharField()


class CauseOutput(serializers.Serializer):
    category = serializers.CharField(source="cause")
    polarity = serializers.CharField()
    agent = serializers.CharField(allow_null=True)


# The declared field's representation, from a shared instance: `self.fields` would deep-copy
# every declared field (and the nested serializers) of the serializer on first use.
_DATETIME = serializers.DateTimeField()


class ClaimOutput(serializers.Serializer):
    id = serializers.IntegerField()
    document = serializers.IntegerField(source="document_id")
    document_url = serializers.CharField(source="document.url")
    event = serializers.CharField(source="event.key", allow_null=True, help_text="Event key")
    claimant = ClaimantOutput()
    claimant_anonymous = serializers.BooleanField()
    relayed_by = serializers.CharField(
        source="relayed_by.name", allow_null=True, help_text="The outlet that relays the claim"
    )
    attribution = serializers.ChoiceField(choices=Claim.Attribution.choices)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    text = serializers.CharField(help_text="The exact span that carries the claim")
    span_in = serializers.ChoiceField(choices=Claim.SpanIn.choices)
    span_start = serializers.IntegerField()
    span_end = serializers.IntegerField()
    stated_at = serializers.DateTimeField(allow_null=True)
    casualty = CasualtyOutput(source="*", allow_null=True, help_text="For casualty claims")
    cause = CauseOutput(source="*", allow_null=True, help_text="For cause claims")

    def to_representation(self, instance: Claim | Mapping[str, Any]) -> dict[str, Any]:
        """The declared fields above, built directly: DRF's generic walk over 15 fields and
        3 nested serializers cost more than the rest of a 50-claim page together (see
        bench/bench_api.py). A list page passes rows (CLAIM_ROW_FIELDS), not model instances.
        tests/api/test_claims.py holds both to the declared shape."""
        if isinstance(instance, Mapping):
            return _row_representation(instance)
        claimant = instance.claimant
        event = instance.event
        stated_at = instance.stated_at
        return {
            "id": instance.id,
            "document": instance.document_id,
            "document_url": instance.document.url,
            "event": event.key if event is not None else None,
            "claimant": {"id": claimant.id, "name": claimant.name, "kind": claimant.kind},
            "claimant_anonymous": instance.claimant_anonymous,
            "relayed_by": instance.relayed_by.name if instance.relayed_by_id else None,
            "attribution": instance.attribution,
            "kind": instance.kind,
            "text": instance.text,
            "span_in": instance.span_in,
            "span_start": instance.span_start,
            "span_end": instance.span_end,
            "stated_at": _DATETIME.to_representation(stated_at) if stated_at else None,
            "casualty": {
                "category": instance.category,
                "group": instance.group,
                "min": instance.count_min,
                "max": instance.count_max,
                "total": instance.count_total,
                "qualifier": instance.qualifier,
                "scope": instance.scope,
            }
            if instance.kind == Claim.Kind.CASUALTY
            else None,
            "cause": {
                "category": instance.cause,
                "polarity": instance.polarity,
                "agent": instance.agent or None,
            }
            if instance.kind == Claim.Kind.CAUSE
            else None,
        }

    def to_representation_generic(self, instance: Claim) -> dict[str, Any]:
        """DRF's own walk over the declared fields: what to_representation must equal."""
        data = super().to_representation(instance)
        if instance.kind != Claim.Kind.CASUALTY:
            data["casualty"] = None
        if instance.kind != Claim.Kind.CAUSE:
            data["cause"] = None
        elif data["cause"] is not None:
            data["cause"]["agent"] = instance.agent or None
        return data


# A claim as a row of .values(): what the list reads, without building four model instances
# per claim (the claim, its claimant, event and document).
CLAIM_ROW_FIELDS = (
    "id",
    "document_id",
    "document__url",
    "event__key",
    "claimant_id",
    "claimant__name",
    "claimant__kind",
    "claimant_anonymous",
    "relayed_by__name",
    "attribution",
    "kind",
    "text",
    "span_in",
    "span_start",
    "span_end",
    "stated_at",
    *CLAIM_VALUE_FIELDS,
)


def _row_representation(row: Mapping[str, Any]) -> dict[str, Any]:
    kind = row["kind"]
    stated_at = row["stated_at"]
    return {
        "id": row["id"],
        "document": row["document_id"],
        "document_url": row["document__url"],
        "event": row["event__key"],
        "claimant": {
            "id": row["claimant_id"],
            "name": row["claimant__name"],
            "kind": row["claimant__kind"],
        },
        "claimant_anonymous": row["claimant_anonymous"],
        "relayed_by": row["relayed_by__name"],
        "attribution": row["attribution"],
        "kind": kind,
        "text": row["text"],
        "span_in": row["span_in"],
        "span_start": row["span_start"],
        "span_end": row["span_end"],
        "stated_at": _DATETIME.to_representation(stated_at) if stated_at else None,
        "casualty": {
            "category": row["category"],
            "group": row["group"],
            "min": row["count_min"],
            "max": row["count_max"],
            "total": row["count_total"],
            "qualifier": row["qualifier"],
            "scope": row["scope"],
        }
        if kind == Claim.Kind.CASUALTY
        else None,
        "cause": {
            "category": row["cause"],
            "polarity": row["polarity"],
            "agent": row["agent"] or None,
        }
        if kind == Claim.Kind.CAUSE
        else None,
    }


class ClaimRead:
    model = Claim
    required_scopes: ClassVar = {"GET": (Scope.READ,)}
    serializer_class = ClaimOutput
    ordering_fields: ClassVar = {"id": "id", "stated_at": "stated_order"}
    sort_keys: ClassVar = CLAIM_SORT_KEYS

    def select(self, *, partner: Partner) -> QuerySet[Claim]:
        return partner_claim_list(partner=partner)


@extend_schema_view(get=extend_schema(summary="List claims", tags=["claims"]))
class ClaimListAPI(ClaimRead, PartnerListAPI):
    filterset_class = ClaimFilter

    def paginate_queryset(self, queryset: QuerySet[Claim]) -> list | None:
        # The page as rows (the sort key annotation, if any, comes along for the cursor).
        rows = queryset.values(*CLAIM_ROW_FIELDS, *queryset.query.annotations)
        return super().paginate_queryset(rows)


@extend_schema_view(get=extend_schema(summary="Show a claim", tags=["claims"]))
class ClaimDetailAPI(ClaimRead, PartnerDetailAPI):
    pass
