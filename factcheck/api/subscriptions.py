"""Digest subscriptions of the calling partner (scope `read`), and the pages behind the links
in digest emails.

GET/POST /api/v1/subscriptions, GET/PATCH/DELETE /api/v1/subscriptions/{id}. A new subscription
(or a new address) is pending until the link emailed to it is followed (double opt-in); DELETE
unsubscribes. A partner without `read:findings` gets published verdicts only.

/api/v1/subscriptions/confirm/{token} and /unsubscribe/{token} are the signed links of the
emails (plain pages, no token needed; see factcheck.digests.views).
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import QuerySet
from django.urls import path, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Event
from factcheck.api.access import request_partner, scope_require
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI, StrictCharField, StrictInput
from factcheck.digests import services, views
from factcheck.digests.models import Frequency, Subscription
from factcheck.digests.selectors import partner_subscription_list
from factcheck.models import Severity
from factcheck.rules.registry import rules_all
from partners.models import Partner, Scope


class StrictBooleanField(serializers.BooleanField):
    """true or false, not "yes" or 1."""

    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


@extend_schema_field({"type": "string", "enum": sorted(rules_all())})
class RuleNameField(StrictCharField):
    """A rule's name: an enum in the schema (validate_rules refuses others)."""


class SubscriptionInput(StrictInput):
    email = serializers.EmailField(max_length=254)
    frequency = serializers.ChoiceField(choices=Frequency.choices, default=Frequency.DAILY)
    events = serializers.ListField(
        child=StrictCharField(max_length=120),
        required=False,
        max_length=200,
        help_text="Event keys; empty: every event",
    )
    rules = serializers.ListField(
        child=RuleNameField(max_length=60),
        required=False,
        max_length=50,
        help_text="Rule names; empty: every rule",
    )
    min_severity = serializers.ChoiceField(choices=Severity.choices, default=Severity.NOTE)
    published_verdicts_only = StrictBooleanField(
        required=False,
        help_text="Only verdicts published or corrected; default true without `read:findings`",
    )

    def validate_events(self, keys: list[str]) -> list[Event]:
        events = list(Event.objects.filter(key__in=set(keys)))
        missing = sorted(set(keys) - {event.key for event in events})
        if missing:
            raise serializers.ValidationError(f"No such event: {', '.join(missing)}.")
        return events

    def validate_rules(self, names: list[str]) -> list[str]:
        unknown = sorted(set(names) - set(rules_all()))
        if unknown:
            raise serializers.ValidationError(f"No such rule: {', '.join(unknown)}.")
        return names

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        partner: Partner = self.context["partner"]
        instance: Subscription | None = self.context.get("instance")
        frequency = data.get("frequency", instance.frequency if instance else None)
        verdicts_only = data.get(
            "published_verdicts_only",
            instance.published_verdicts_only
            if instance
            else not partner.has_scope(Scope.READ_FINDINGS),
        )
        if not verdicts_only and not partner.has_scope(Scope.READ_FINDINGS):
            raise serializers.ValidationError(
                {"published_verdicts_only": "Without the scope read:findings it must be true."}
            )
        if frequency == Frequency.IMMEDIATE and verdicts_only:
            raise serializers.ValidationError(
                {"frequency": "Immediate digests carry high-severity findings only."}
            )
        data["published_verdicts_only"] = verdicts_only
        return data


class SubscriptionOutput(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.SerializerMethodField()
    email = serializers.EmailField()
    frequency = serializers.ChoiceField(choices=Frequency.choices)
    events = serializers.SerializerMethodField(help_text="Event keys; empty: every event")
    rules = serializers.ListField(child=serializers.CharField())
    min_severity = serializers.ChoiceField(choices=Severity.choices)
    published_verdicts_only = serializers.BooleanField()
    status = serializers.ChoiceField(
        choices=Subscription.Status.choices,
        help_text="pending until the emailed link is followed",
    )
    created_at = serializers.DateTimeField()
    confirmed_at = serializers.DateTimeField(allow_null=True)
    unsubscribed_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, subscription: Subscription) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:subscription-detail", kwargs={"pk": subscription.pk})
        )

    def get_events(self, subscription: Subscription) -> list[str]:
        return sorted(event.key for event in subscription.events.all())


class SubscriptionRead:
    model = Subscription
    required_scopes: ClassVar = {
        "GET": (Scope.READ,),
        "POST": (Scope.READ,),
        "PATCH": (Scope.READ,),
        "DELETE": (Scope.READ,),
    }
    serializer_class = SubscriptionOutput

    def select(self, *, partner: Partner) -> QuerySet[Subscription]:
        return partner_subscription_list(partner=partner)


def _output(subscription_id: int, *, partner: Partner, request: Request) -> dict[str, Any]:
    subscription = partner_subscription_list(partner=partner).get(pk=subscription_id)
    return SubscriptionOutput(subscription, context={"request": request}).data


def _refused(exc: services.ConfirmationRefused) -> Response:
    """409 for an address with a pending confirmation, 429 for a partner at its cap."""
    code = (
        status.HTTP_409_CONFLICT if exc.reason == "address" else status.HTTP_429_TOO_MANY_REQUESTS
    )
    return Response({"detail": str(exc)}, status=code)


REFUSALS = {
    409: OpenApiResponse(description="A confirmation to this address is pending (one a day)"),
    429: OpenApiResponse(description="Too many subscriptions waiting for confirmation"),
}


class SubscriptionListAPI(SubscriptionRead, PartnerListAPI):
    @extend_schema(summary="List your digest subscriptions", tags=["subscriptions"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Subscribe an address to digests",
        description="Creates a pending subscription and emails a confirmation link to the "
        "address; nothing is sent to it before the link is followed.",
        tags=["subscriptions"],
        request=SubscriptionInput,
        responses={
            201: SubscriptionOutput,
            400: OpenApiResponse(description="Invalid fields"),
            **REFUSALS,
        },
    )
    def post(self, request: Request) -> Response:
        partner = request_partner(request)
        scope_require(partner, Scope.READ)
        serializer = SubscriptionInput(data=request.data, context={"partner": partner})
        serializer.is_valid(raise_exception=True)
        try:
            subscription = services.subscription_create(
                partner=partner, **serializer.validated_data
            )
        except services.ConfirmationRefused as exc:
            return _refused(exc)
        data = _output(subscription.pk, partner=partner, request=request)
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": data["api_url"]})


class SubscriptionDetailAPI(SubscriptionRead, PartnerDetailAPI):
    @extend_schema(summary="Show a digest subscription", tags=["subscriptions"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Change a subscription's address or filters",
        description="A new address is pending again until its emailed link is followed.",
        tags=["subscriptions"],
        request=SubscriptionInput(partial=True),
        responses={
            200: SubscriptionOutput,
            400: OpenApiResponse(description="Invalid fields"),
            **REFUSALS,
        },
    )
    def patch(self, request: Request, pk: int) -> Response:
        partner = request_partner(request)
        subscription = self.get_object()
        serializer = SubscriptionInput(
            data=request.data,
            partial=True,
            context={"partner": partner, "instance": subscription},
        )
        serializer.is_valid(raise_exception=True)
        try:
            services.subscription_update(subscription=subscription, **serializer.validated_data)
        except services.ConfirmationRefused as exc:
            return _refused(exc)
        return Response(_output(subscription.pk, partner=partner, request=request))

    @extend_schema(
        summary="Unsubscribe",
        tags=["subscriptions"],
        responses={204: OpenApiResponse(description="Unsubscribed")},
    )
    def delete(self, request: Request, pk: int) -> Response:
        services.subscription_unsubscribe(subscription=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


urlpatterns = [
    path("v1/subscriptions", SubscriptionListAPI.as_view(), name="subscription-list"),
    path(
        "v1/subscriptions/<int:pk>",
        SubscriptionDetailAPI.as_view(),
        name="subscription-detail",
    ),
    path("v1/subscriptions/confirm/<str:token>", views.confirm, name="digest-confirm"),
    path("v1/subscriptions/unsubscribe/<str:token>", views.unsubscribe, name="digest-unsubscribe"),
]
