"""The public page of a published verdict: no login, no token. It shows the verdict, the
claim in its sentence, the claimant and the sources, with the verdict's ClaimReview embedded
as JSON-LD (its `url` is this page). `Accept: application/ld+json` gets the ClaimReview
alone. A retracted verdict's page says it was withdrawn (410); drafts are not found."""

from __future__ import annotations

import json

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.models import Verdict
from factcheck.api.claimreview import claim_sentence, claimreview_as_jsonld
from factcheck.api.selectors import verdict_public_list

JSONLD = "application/ld+json"


def _wants_jsonld(request: HttpRequest) -> bool:
    accepted = [part.split(";")[0].strip() for part in request.headers.get("Accept", "").split(",")]
    return JSONLD in accepted and "text/html" not in accepted


def _script_safe(value: dict) -> str:
    """JSON for a <script> element: "<", ">" and "&" escaped, so no text in it can close the
    element (a claim quoting "</script>")."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@require_safe
def verdict_page(request: HttpRequest, pk: int) -> HttpResponse:
    verdict = verdict_public_list().filter(pk=pk).first()
    if verdict is None:
        if Verdict.objects.filter(pk=pk, status=Verdict.Status.RETRACTED).exists():
            return render(request, "factcheck/verdict_withdrawn.html", status=410)
        raise Http404("No published verdict here.")
    review = claimreview_as_jsonld(verdict, request=request)
    if _wants_jsonld(request):
        return JsonResponse(review, content_type=JSONLD, json_dumps_params={"ensure_ascii": False})
    claim = verdict.claim
    context = {
        "verdict": verdict,
        "claim": claim,
        "sentence": claim_sentence(verdict),
        "claimant": review["itemReviewed"]["author"]["name"],
        "document": claim.document,
        "evidence": [link for link in verdict.evidence if isinstance(link, str)],
        "review": review,
        "jsonld": _script_safe(review),
    }
    return render(request, "factcheck/verdict_page.html", context)
