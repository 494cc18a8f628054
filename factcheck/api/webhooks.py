"""Webhooks of the calling partner, and what their deliveries carry.

GET/POST /api/v1/webhooks, GET/PATCH/DELETE /api/v1/webhooks/{id}, POST
/api/v1/webhooks/{id}/secret (any scope: a partner manages its own webhooks and sees no one
else's). POST answers 201 with the webhook's signing secret, shown this once; rotating the
secret answers the new one, shown this once too. A URL is vetted by its form on save (scheme,
port, no private literal address) and resolved and vetted again at each delivery.
The events a partner may subscribe to follow its scopes:
`verdict.*` needs `read`, `finding.opened` needs `read:findings`.

The payloads (`verdict_webhook_payload`, `findings_webhook_payloads`) are the API's own
representations (VerdictOutput, FindingOutput) with the resource's API URL, so a receiver
parses a delivery like a GET.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from django.db.models import QuerySet
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Verdict
from factcheck.api.access import request_partner
from factcheck.api.base import (
    HOST_PATTERN,
    PartnerDetailAPI,
    PartnerListAPI,
    StrictCharField,
    StrictInput,
)
from factcheck.api.findings import FindingOutput
from factcheck.api.selectors import partner_webhook_list
from factcheck.api.verdicts import VerdictOutput
from factcheck.models import Finding
from partners.models import Partner, Scope, Webhook, WebhookEvent
from partners.webhooks import (
    EVENT_SCOPES,
    WebhookLimitReached,
    webhook_create,
    webhook_delete,
    webhook_secret_rotate,
    webhook_update,
    webhooks_notify,
    webhooks_notify_each,
)

ANY_SCOPE = tuple(Scope.values)


# --- what deliveries carry -------------------------------------------------------------------


class _ApiBase:
    """Stands for the request in output serializers when there is none (a delivery): absolute
    URLs start at FACTCHECK_API_BASE_URL."""

    def build_absolute_uri(self, location: str) -> str:
        return settings.FACTCHECK_API_BASE_URL + location


def _api_url(name: str, pk: int) -> str:
    return _ApiBase().build_absolute_uri(reverse(name, kwargs={"pk": pk}))


def verdict_webhook_payload(*, verdict_id: int) -> dict[str, Any]:
    """{"api_url", "verdict"} as GET /api/v1/verdicts/{id} shows it (one query)."""
    verdict = (
        Verdict.objects.select_related("claim__claimant", "claim__event", "claim__document")
        .defer("claim__document__text")
        .get(pk=verdict_id)
    )
    return {
        "api_url": _api_url("api:verdict-detail", verdict.pk),
        "verdict": VerdictOutput(verdict, context={"request": _ApiBase()}).data,
    }


def findings_webhook_payloads(*, finding_ids: Iterable[int]) -> list[dict[str, Any]]:
    """{"api_url", "finding"} for each finding, as GET /api/v1/findings/{id} shows it (two
    queries: the findings with their events, their claims with claimants)."""
    from django.db.models import Prefetch

    from claims.models import Claim

    claims = Claim.objects.select_related("claimant").order_by("id")
    findings = (
        Finding.objects.filter(pk__in=list(finding_ids))
        .select_related("event")
        .prefetch_related(Prefetch("claims", queryset=claims))
        .order_by("id")
    )
    return [
        {"api_url": _api_url("api:finding-detail", f.pk), "finding": FindingOutput(f).data}
        for f in findings
    ]


def verdict_published_notify(*, verdict_id: int, corrected: bool = False) -> None:
    """Deliveries of verdict.published (or verdict.corrected) to the partners subscribed, in
    the caller's transaction (see partners.webhooks.webhooks_notify)."""
    event = WebhookEvent.VERDICT_CORRECTED if corrected else WebhookEvent.VERDICT_PUBLISHED
    webhooks_notify(
        event_type=event, payload=lambda: verdict_webhook_payload(verdict_id=verdict_id)
    )


def verdict_retracted_webhook_payload(*, verdict_id: int) -> dict[str, Any]:
    """What a receiver needs to withdraw a verdict it kept: its id and former API URL (now a
    404), its claim, and when it was retracted."""
    verdict = Verdict.objects.only("id", "claim_id", "updated_at").get(pk=verdict_id)
    return {
        "api_url": _api_url("api:verdict-detail", verdict.pk),
        "verdict": {
            "id": verdict.pk,
            "status": Verdict.Status.RETRACTED.value,
            "claim": verdict.claim_id,
            "retracted_at": verdict.updated_at,
        },
    }


def verdict_retracted_notify(*, verdict_id: int) -> None:
    """Deliveries of verdict.retracted, in the caller's transaction: partners drop a verdict
    the desk withdrew."""
    webhooks_notify(
        event_type=WebhookEvent.VERDICT_RETRACTED,
        payload=lambda: verdict_retracted_webhook_payload(verdict_id=verdict_id),
    )


def findings_opened_notify(*, finding_ids: list[int]) -> None:
    """Deliveries of finding.opened, one per finding created or reopened, in the caller's
    transaction."""
    webhooks_notify_each(
        event_type=WebhookEvent.FINDING_OPENED,
        payloads=lambda: findings_webhook_payloads(finding_ids=finding_ids),
    )


# --- the partner's webhooks --------------------------------------------------------------------


class StrictBooleanField(serializers.BooleanField):
    """true or false, not "yes" or 1."""

    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


@extend_schema_field(
    {
        "type": "string",
        "maxLength": 2000,
        "pattern": f"^https?://{HOST_PATTERN}(?::(?:80|443))?(?:[/?#]\\S*)?$",
        "description": "http(s) URL on port 80 or 443 that receives a signed POST per event; "
        "its host must resolve to public addresses only (checked at each delivery)",
    }
)
class WebhookUrlField(StrictCharField):
    """The URL's form in the schema as a pattern (what netguard accepts on save, minus what a
    pattern cannot say); URLValidator and netguard (in the model) decide."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=2000, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        try:
            URLValidator(schemes=["http", "https"])(value)
        except DjangoValidationError:
            self.fail("invalid_url")
        return value

    default_error_messages: ClassVar = {"invalid_url": "Enter a valid URL."}


class WebhookInput(StrictInput):
    url = WebhookUrlField()
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvent.choices),
        min_length=1,
        max_length=len(WebhookEvent.values),
    )
    active = StrictBooleanField(required=False, default=True)

    def validate_events(self, events: list[str]) -> list[str]:
        partner: Partner = self.context["partner"]
        missing = [e for e in sorted(set(events)) if not partner.has_scope(EVENT_SCOPES[e])]
        if missing:
            needs = ", ".join(f"{e} needs the scope {EVENT_SCOPES[e]}" for e in missing)
            raise serializers.ValidationError(f"Not with your scopes: {needs}.")
        return sorted(set(events))


class WebhookOutput(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.SerializerMethodField()
    url = serializers.CharField()
    events = serializers.ListField(child=serializers.ChoiceField(choices=WebhookEvent.choices))
    active = serializers.BooleanField()
    created_at = serializers.DateTimeField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, webhook: Webhook) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:webhook-detail", kwargs={"pk": webhook.pk})
        )


class WebhookCreatedOutput(WebhookOutput):
    secret = serializers.CharField(
        help_text="Signs each delivery: X-Factcheck-Signature is t=<unix time>,v1=<hex "
        "HMAC-SHA256 of '<t>.' followed by the body, with this secret>. Shown this once."
    )


class WebhookRead:
    model = Webhook
    required_scopes: ClassVar = {method: ANY_SCOPE for method in ("GET", "POST", "PATCH", "DELETE")}
    serializer_class = WebhookOutput

    def select(self, *, partner: Partner) -> QuerySet[Webhook]:
        return partner_webhook_list(partner=partner)


def _invalid(exc: DjangoValidationError) -> serializers.ValidationError:
    return serializers.ValidationError(
        exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
    )


class WebhookListAPI(WebhookRead, PartnerListAPI):
    @extend_schema(summary="List your webhooks", tags=["webhooks"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Register a webhook",
        description="Deliveries are POSTs of JSON signed with the secret returned here once.",
        tags=["webhooks"],
        request=WebhookInput,
        responses={
            201: WebhookCreatedOutput,
            400: OpenApiResponse(description="Invalid fields"),
            409: OpenApiResponse(description="The partner has 10 webhooks already"),
        },
    )
    def post(self, request: Request) -> Response:
        partner = request_partner(request)
        serializer = WebhookInput(data=request.data, context={"partner": partner})
        serializer.is_valid(raise_exception=True)
        try:
            webhook, secret = webhook_create(partner=partner, **serializer.validated_data)
        except WebhookLimitReached as exc:
            return Response({"detail": exc.messages[0]}, status=status.HTTP_409_CONFLICT)
        except DjangoValidationError as exc:
            raise _invalid(exc) from None
        data = WebhookOutput(webhook, context={"request": request}).data
        return Response(
            {**data, "secret": secret},
            status=status.HTTP_201_CREATED,
            headers={"Location": data["api_url"]},
        )


class WebhookDetailAPI(WebhookRead, PartnerDetailAPI):
    @extend_schema(summary="Show a webhook", tags=["webhooks"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Change a webhook's URL, events or active flag",
        tags=["webhooks"],
        request=WebhookInput(partial=True),
        responses={200: WebhookOutput, 400: OpenApiResponse(description="Invalid fields")},
    )
    def patch(self, request: Request, pk: int) -> Response:
        partner = request_partner(request)
        webhook = self.get_object()
        serializer = WebhookInput(data=request.data, partial=True, context={"partner": partner})
        serializer.is_valid(raise_exception=True)
        try:
            webhook_update(webhook=webhook, values=serializer.validated_data)
        except DjangoValidationError as exc:
            raise _invalid(exc) from None
        return Response(WebhookOutput(webhook, context={"request": request}).data)

    @extend_schema(
        summary="Delete a webhook (and its delivery records)",
        tags=["webhooks"],
        responses={204: OpenApiResponse(description="Deleted")},
    )
    def delete(self, request: Request, pk: int) -> Response:
        webhook_delete(webhook=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookSecretOutput(serializers.Serializer):
    secret = serializers.CharField(
        help_text="The new signing secret, shown this once; the old one stops signing now."
    )


class WebhookSecretAPI(WebhookRead, PartnerDetailAPI):
    serializer_class = WebhookSecretOutput

    @extend_schema(
        summary="Rotate a webhook's signing secret",
        description="Deliveries from now on (retries included) are signed with the new secret.",
        tags=["webhooks"],
        request=None,
        responses={200: WebhookSecretOutput},
    )
    def post(self, request: Request, pk: int) -> Response:
        secret = webhook_secret_rotate(webhook=self.get_object())
        return Response({"secret": secret})
