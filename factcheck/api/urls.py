"""/api/: v1 resources, the OpenAPI schema and its browsable docs."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from factcheck.api import (
    claimreview,
    claims,
    documents,
    events,
    findings,
    sources,
    verdicts,
    webhooks,
)

app_name = "api"


@csrf_exempt  # no session, no form: a token client's DELETE gets the 404, not a CSRF 403
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any other URL under /api/v1/ (`/claims/abc`, `/claims/-1`): a JSON 404 like the API's
    own, not Django's HTML page."""
    return JsonResponse({"detail": "Not found."}, status=404)


urlpatterns = [
    path("v1/documents", documents.DocumentListAPI.as_view(), name="document-list"),
    path("v1/documents/<int:pk>", documents.DocumentDetailAPI.as_view(), name="document-detail"),
    path("v1/claims", claims.ClaimListAPI.as_view(), name="claim-list"),
    path("v1/claims/<int:pk>", claims.ClaimDetailAPI.as_view(), name="claim-detail"),
    path("v1/events", events.EventListAPI.as_view(), name="event-list"),
    path("v1/events/<int:pk>", events.EventDetailAPI.as_view(), name="event-detail"),
    path("v1/sources", sources.SourceListAPI.as_view(), name="source-list"),
    path("v1/sources/<int:pk>", sources.SourceDetailAPI.as_view(), name="source-detail"),
    path("v1/findings", findings.FindingListAPI.as_view(), name="finding-list"),
    path("v1/findings/<int:pk>", findings.FindingDetailAPI.as_view(), name="finding-detail"),
    path("v1/verdicts", verdicts.VerdictListAPI.as_view(), name="verdict-list"),
    path("v1/verdicts/<int:pk>", verdicts.VerdictDetailAPI.as_view(), name="verdict-detail"),
    path(
        "v1/verdicts/<int:pk>/claimreview",
        claimreview.ClaimReviewDetailAPI.as_view(),
        name="verdict-claimreview",
    ),
    path("v1/claimreviews", claimreview.ClaimReviewFeedAPI.as_view(), name="claimreview-feed"),
    path("v1/webhooks", webhooks.WebhookListAPI.as_view(), name="webhook-list"),
    path("v1/webhooks/<int:pk>", webhooks.WebhookDetailAPI.as_view(), name="webhook-detail"),
    path(
        "v1/webhooks/<int:pk>/secret",
        webhooks.WebhookSecretAPI.as_view(),
        name="webhook-secret",
    ),
    path("", include("factcheck.api.subscriptions")),
    # [\s\S] and \Z: "claims/1\n" (%0A) is a JSON 404 too, not Django's HTML page.
    re_path(r"^v1/(?P<rest>[\s\S]*)\Z", not_found),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
