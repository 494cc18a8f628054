"""Published verdicts as schema.org ClaimReview JSON-LD: one per verdict, and a feed.

GET /api/v1/verdicts/{id}/claimreview and GET /api/v1/claimreviews (a schema.org DataFeed,
paged with a cursor; the next and previous pages are in the Link header and the body).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Source, Verdict
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.filters import VerdictFilter
from factcheck.api.pagination import Cursor
from factcheck.api.verdicts import VerdictRead

SCHEMA_ORG = "https://schema.org"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def claimreview_as_jsonld(
    verdict: Verdict, *, request: Request, with_context: bool = True
) -> dict[str, Any]:
    """The verdict as a ClaimReview; `verdict` comes from partner_verdict_list (joins done).

    An unproven verdict has no place on the 1..5 scale: no ratingValue, only alternateName.
    """
    claim = verdict.claim
    claimant = claim.claimant
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict.rating_value is not None:
        rating["ratingValue"] = verdict.rating_value
    rating.update(
        bestRating=5, worstRating=1, alternateName=verdict.get_rating_display().capitalize()
    )
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    document = claim.document
    if document.url:
        appearance["url"] = document.url
    if document.title:
        appearance["headline"] = document.title
    if document.published_at:
        appearance["datePublished"] = _iso(document.published_at)
    item_reviewed: dict[str, Any] = {
        "@type": "Claim",
        "author": {
            "@type": "Person" if claimant.kind == Source.Kind.PERSON else "Organization",
            "name": claimant.name,
        },
        "appearance": [appearance],
        # The document the claim was extracted from is the earliest the desk has on record.
        "firstAppearance": appearance,
    }
    if claim.stated_at:
        item_reviewed["datePublished"] = _iso(claim.stated_at)
    review: dict[str, Any] = {"@context": SCHEMA_ORG} if with_context else {}
    review.update(
        {
            "@type": "ClaimReview",
            "url": request.build_absolute_uri(
                reverse("api:verdict-detail", kwargs={"pk": verdict.pk})
            ),
            "claimReviewed": claim.text,
            "reviewRating": rating,
            "author": {"@type": "Organization", "name": settings.FACTCHECK_ORGANIZATION_NAME},
            "datePublished": _iso(verdict.published_at or verdict.updated_at),
            "itemReviewed": item_reviewed,
        }
    )
    if verdict.status == Verdict.Status.CORRECTED:
        review["dateModified"] = _iso(verdict.updated_at)
    return review


_THING = {"type": "object", "required": ["@type"], "properties": {"@type": {"type": "string"}}}
_CREATIVE_WORK = {
    "type": "object",
    "required": ["@type"],
    "properties": {
        "@type": {"type": "string", "enum": ["CreativeWork"]},
        "url": {"type": "string", "format": "uri"},
        "headline": {"type": "string"},
        "datePublished": {"type": "string", "format": "date-time"},
    },
}
CLAIMREVIEW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "schema.org ClaimReview (JSON-LD)",
    "required": ["@type", "url", "claimReviewed", "reviewRating", "author", "itemReviewed"],
    "properties": {
        "@context": {"type": "string", "enum": [SCHEMA_ORG]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": {"type": "string"},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "bestRating", "worstRating", "alternateName"],
            "properties": {
                "@type": {"type": "string", "enum": ["Rating"]},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                "bestRating": {"type": "integer", "enum": [5]},
                "worstRating": {"type": "integer", "enum": [1]},
                "alternateName": {"type": "string"},
            },
        },
        "author": {**_THING, "properties": {**_THING["properties"], "name": {"type": "string"}}},
        "datePublished": {"type": "string", "format": "date-time"},
        "dateModified": {"type": "string", "format": "date-time"},
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "author", "appearance", "firstAppearance"],
            "properties": {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": {
                    **_THING,
                    "properties": {**_THING["properties"], "name": {"type": "string"}},
                },
                "datePublished": {"type": "string", "format": "date-time"},
                "appearance": {"type": "array", "items": _CREATIVE_WORK},
                "firstAppearance": _CREATIVE_WORK,
            },
        },
    },
}


class ClaimReviewFeedPagination(Cursor):
    """The page is a schema.org DataFeed; the cursor links go in the Link header too."""

    def get_paginated_response(self, data: list[dict[str, Any]]) -> Response:
        links = [
            f'<{url}>; rel="{rel}"'
            for url, rel in ((self.get_next_link(), "next"), (self.get_previous_link(), "prev"))
            if url
        ]
        headers = {"Link": ", ".join(links)} if links else None
        body = {
            "@context": SCHEMA_ORG,
            "@type": "DataFeed",
            "dataFeedElement": data,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
        }
        return Response(body, headers=headers)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["@context", "@type", "dataFeedElement", "next", "previous"],
            "properties": {
                "@context": {"type": "string", "enum": [SCHEMA_ORG]},
                "@type": {"type": "string", "enum": ["DataFeed"]},
                "dataFeedElement": schema,
                "next": {"type": "string", "format": "uri", "nullable": True},
                "previous": {"type": "string", "format": "uri", "nullable": True},
            },
        }


class ClaimReviewDetailAPI(VerdictRead, PartnerDetailAPI):
    @extend_schema(
        summary="A published verdict as schema.org ClaimReview",
        tags=["claimreview"],
        responses={200: CLAIMREVIEW_SCHEMA},
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(claimreview_as_jsonld(self.get_object(), request=request))


class ClaimReviewFeedAPI(VerdictRead, PartnerListAPI):
    filterset_class = VerdictFilter
    pagination_class = ClaimReviewFeedPagination

    @extend_schema(
        summary="All published verdicts as a schema.org DataFeed of ClaimReviews",
        tags=["claimreview"],
        responses={200: CLAIMREVIEW_SCHEMA},
    )
    def get(self, request: Request) -> Response:
        queryset: QuerySet[Verdict] = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        data = [claimreview_as_jsonld(v, request=request, with_context=False) for v in page]
        return self.get_paginated_response(data)
