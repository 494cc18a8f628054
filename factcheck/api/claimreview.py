"""Published verdicts as schema.org ClaimReview JSON-LD: one per verdict, and a feed.

GET /api/v1/verdicts/{id}/claimreview and GET /api/v1/claimreviews (a schema.org DataFeed,
paged with a cursor; the next and previous pages are in the Link header only, the body holds
schema.org terms only), served as application/ld+json (application/json on request). The
same ClaimReview is embedded in each verdict's public page (factcheck.verdict_page), which is
its `url`.

Google's ClaimReview fields: `url` (the public page), `claimReviewed` (the claim's whole
sentence, not the extracted fragment), `reviewRating` with `ratingValue` (1 false .. 5 true;
unproven sits at 3, the midpoint, told apart from "mixed" by `alternateName`), `author` (the
desk), `datePublished`, and `itemReviewed`, a Claim with its `author` (an anonymous speaker
is a Person described as unnamed, not an Organization called "officials (anonymous)"),
`datePublished` and `appearance` (the document: its url when it has one, else its headline,
publisher and the sentence itself, so it is never an empty object).
"""

from __future__ import annotations

from typing import Any, ClassVar, Protocol

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Source, Verdict
from factcheck.api.base import PartnerDetailAPI, PartnerListAPI
from factcheck.api.filters import VerdictFilter
from factcheck.api.pagination import Cursor
from factcheck.api.selectors import CLAIM_CONTEXT
from factcheck.api.verdicts import VerdictRead

SCHEMA_ORG = "https://schema.org"
# Unproven is neither shown true nor false: the midpoint, named by alternateName.
UNPROVEN_RATING_VALUE = 3
_SENTENCE_END = ".!?\n"


class _AbsoluteUri(Protocol):
    def build_absolute_uri(self, location: str) -> str: ...


class JsonLdRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def claim_sentence(verdict: Verdict) -> str:
    """The sentence the claim stands in, from the text around it that verdict_public_list
    reads (`claim_context`); the title for a claim in the headline; the claim's own text
    when there is no context."""
    claim = verdict.claim
    if claim.span_in == claim.SpanIn.TITLE:
        return claim.document.title or claim.text
    context: str | None = getattr(verdict, "claim_context", None)
    offset: int = getattr(verdict, "claim_context_start", 0) or 0
    if not context:
        return claim.text
    start, end = claim.span_start - offset, claim.span_end - offset
    if not 0 <= start < end <= len(context):
        return claim.text
    begin = max(context.rfind(mark, 0, start) for mark in _SENTENCE_END) + 1
    stops = [i for i in (context.find(mark, end) for mark in _SENTENCE_END) if i >= 0]
    stop = min(stops) + 1 if stops else len(context)
    sentence = " ".join(context[begin:stop].split())
    cut_before = begin == 0 and offset > 0
    cut_after = not stops and len(context) >= end + CLAIM_CONTEXT  # the window's end
    return ("…" if cut_before else "") + sentence + ("…" if cut_after else "")


def _claimant(claim: Any) -> dict[str, Any]:
    claimant = claim.claimant
    if claim.claimant_anonymous or claimant.kind == Source.Kind.ANONYMOUS:
        # "US official (anonymous)": a person the report does not name.
        who = claimant.name.removesuffix("(anonymous)").strip()
        return {"@type": "Person", "name": f"Unnamed {who}" if who else "Unnamed source"}
    kind = "Person" if claimant.kind == Source.Kind.PERSON else "Organization"
    return {"@type": kind, "name": claimant.name}


def verdict_page_url(verdict_id: int, *, request: _AbsoluteUri) -> str:
    return request.build_absolute_uri(reverse("verdict-page", kwargs={"pk": verdict_id}))


def claimreview_as_jsonld(
    verdict: Verdict, *, request: _AbsoluteUri, with_context: bool = True
) -> dict[str, Any]:
    """The verdict as a ClaimReview; `verdict` comes from verdict_public_list (joins done,
    the text around the claim read)."""
    claim = verdict.claim
    sentence = claim_sentence(verdict)
    value = verdict.rating_value
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": UNPROVEN_RATING_VALUE if value is None else value,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": verdict.get_rating_display().capitalize(),
    }
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    document = claim.document
    if document.url:
        appearance["url"] = document.url
    if document.title:
        appearance["headline"] = document.title
    if document.published_at:
        appearance["datePublished"] = _iso(document.published_at)
    if document.publisher_id:
        appearance["publisher"] = {"@type": "Organization", "name": document.publisher.name}
    if not document.url:
        appearance["text"] = sentence  # no link to give: the passage itself
    item_reviewed: dict[str, Any] = {
        "@type": "Claim",
        "author": _claimant(claim),
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
            "url": verdict_page_url(verdict.pk, request=request),
            "claimReviewed": sentence,
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
        "publisher": {"type": "object"},
        "text": {"type": "string"},
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
            "required": ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"],
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
    """The page is a schema.org DataFeed; the cursor links go in the Link header (schema.org
    has no term for them, so the body does not carry them)."""

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
        }
        return Response(body, headers=headers)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["@context", "@type", "dataFeedElement"],
            "properties": {
                "@context": {"type": "string", "enum": [SCHEMA_ORG]},
                "@type": {"type": "string", "enum": ["DataFeed"]},
                "dataFeedElement": schema,
            },
        }


class JsonLdResponses:
    """ClaimReviews as application/ld+json (application/json when asked); errors stay plain
    application/json, as everywhere in the API."""

    renderer_classes: ClassVar = [JsonLdRenderer, JSONRenderer]

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        if response.status_code >= 400:
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]


class ClaimReviewDetailAPI(JsonLdResponses, VerdictRead, PartnerDetailAPI):
    @extend_schema(
        summary="A published verdict as schema.org ClaimReview",
        tags=["claimreview"],
        responses={200: CLAIMREVIEW_SCHEMA},
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(claimreview_as_jsonld(self.get_object(), request=request))


class ClaimReviewFeedAPI(JsonLdResponses, VerdictRead, PartnerListAPI):
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
