"""GET /api/v1/events and /api/v1/events/{id}: the incidents claims are about."""

from __future__ import annotations

from typing import ClassVar

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from claims.models import Event
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.selectors import EVENT_SORT_KEYS, partner_event_list
from partners.models import Partner, Scope


class EventOutput(serializers.Serializer):
    id = serializers.IntegerField()
    key = serializers.CharField()
    title = serializers.CharField()
    occurred_on = serializers.DateField(allow_null=True)
    place = serializers.CharField()
    subject = serializers.CharField()
    description = serializers.CharField()
    proposed = serializers.BooleanField(help_text="Proposed by the extractor, not yet confirmed")
    evaluated_at = serializers.DateTimeField(allow_null=True)


class EventRead:
    model = Event
    required_scopes: ClassVar = {"GET": (Scope.READ,)}
    serializer_class = EventOutput
    ordering_fields: ClassVar = {"id": "id", "key": "key", "occurred_on": "occurred_order"}
    sort_keys: ClassVar = EVENT_SORT_KEYS

    def select(self, *, partner: Partner) -> QuerySet[Event]:
        return partner_event_list(partner=partner)


@extend_schema_view(get=extend_schema(summary="List events", tags=["events"]))
class EventListAPI(EventRead, PartnerListAPI):
    pass


@extend_schema_view(get=extend_schema(summary="Show an event", tags=["events"]))
class EventDetailAPI(EventRead, PartnerDetailAPI):
    pass
