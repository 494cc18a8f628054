"""What the API's views and input serializers share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from django.db.models import Model, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics, serializers

from factcheck.api.access import request_partner
from factcheck.api.filters import Ordering
from partners.models import Partner


class StrictCharField(serializers.CharField):
    """A JSON string and nothing else (DRF's CharField would take 12 or 1.5 as text)."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


# A host name as the schema describes it: letters, digits and hyphens in at most five labels
# of up to 32 characters, then a letter-only top-level domain (so never over DNS's 253
# characters, never a bare IP or "localhost"). What the schema promises, the API accepts.
HOST_PATTERN = r"(?:[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?\.){1,5}[a-z]{2,20}"


class StrictInput(serializers.Serializer):
    """An input serializer that refuses fields it does not know (a typo is not ignored)."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = [key for key in data if key not in self.fields]
            if unknown:
                raise serializers.ValidationError({key: ["Unknown field."] for key in unknown})
        return super().to_internal_value(data)


class PartnerReadAPI(generics.GenericAPIView):
    """A read of one resource through its partner selector (which checks the scope)."""

    model: ClassVar[type[Model]]
    required_scopes: ClassVar[dict[str, tuple[str, ...]]]
    filter_backends: ClassVar[list] = [DjangoFilterBackend, Ordering]
    ordering_fields: ClassVar[dict[str, str]] = {"id": "id"}
    ordering_default: ClassVar[str] = "-id"

    def select(self, *, partner: Partner) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self) -> QuerySet:
        if getattr(self, "swagger_fake_view", False):  # drf-spectacular building the schema
            return self.model._default_manager.none()
        return self.select(partner=request_partner(self.request))


class PartnerListAPI(PartnerReadAPI, generics.ListAPIView):
    pass


class PartnerDetailAPI(PartnerReadAPI, generics.RetrieveAPIView):
    filter_backends: ClassVar[list] = []
