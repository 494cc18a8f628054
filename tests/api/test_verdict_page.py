"""The public page of a published verdict: no login, no token; the verdict, the claim in its
sentence, the claimant and the sources; the ClaimReview embedded as JSON-LD and checked by
expanding it with pyld against the schema.org context shipped in tests/data."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.test import Client

from claims.models import Source, Verdict
from tests.api.factories import VerdictFactory
from tests.factories import ClaimFactory, DocumentFactory, SourceFactory

pyld = pytest.importorskip("pyld")
from pyld import jsonld  # noqa: E402

CONTEXT = json.loads((Path(__file__).parents[1] / "data" / "schemaorg-context.jsonld").read_text())
S = "https://schema.org/"
TEXT = (
    "The ferry sank in the night. The coast guard said at least 40 passengers were rescued "
    "by fishing boats before dawn. Divers went out again at noon."
)


def _loader(url: str, options: dict | None = None) -> dict:
    """Only schema.org's context, from the file: no network."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")


def make_verdict(*, url: str = "https://news.example.org/ferry", **claim_fields) -> Verdict:
    start = TEXT.index("at least 40")
    document = DocumentFactory(
        text=TEXT,
        url=url,
        title="Ferry lost off the cape",
        publisher=SourceFactory(name="Example Wire", kind=Source.Kind.OUTLET),
        published_at=datetime(2026, 4, 2, 6, 30, tzinfo=UTC),
    )
    claim_fields.setdefault("claimant", SourceFactory(name="Coast Guard"))
    claim = ClaimFactory(
        document=document,
        span_start=start,
        span_end=start + len("at least 40 passengers were rescued"),
        **claim_fields,
    )
    return VerdictFactory(
        claim=claim,
        rating=Verdict.Rating.MOSTLY_FALSE,
        rationale="Harbour records list 22 people brought ashore.",
        evidence=["https://records.example.org/harbour/2026-04-02"],
    )


def embedded(html: str) -> dict:
    [script] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(script)


def test_anyone_reads_a_published_verdict_page(db):
    verdict = make_verdict()

    response = Client().get(f"/verdicts/{verdict.pk}")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Mostly false" in html
    sentence = (
        "The coast guard said at least 40 passengers were rescued by fishing boats before dawn."
    )
    assert sentence in html
    assert "Coast Guard" in html
    assert "Harbour records list 22 people brought ashore." in html
    assert 'href="https://news.example.org/ferry"' in html
    assert 'href="https://records.example.org/harbour/2026-04-02"' in html
    review = embedded(html)
    assert review["url"] == f"http://testserver/verdicts/{verdict.pk}"
    assert review["claimReviewed"] == sentence


def test_the_page_serves_the_claimreview_as_json_ld(db):
    verdict = make_verdict()

    response = Client().get(f"/verdicts/{verdict.pk}", HTTP_ACCEPT="application/ld+json")

    assert response["Content-Type"] == "application/ld+json"
    assert response.json()["@type"] == "ClaimReview"


def test_the_api_serves_claimreview_as_json_ld(reader):
    verdict = make_verdict()

    response = reader.get(f"/api/v1/verdicts/{verdict.pk}/claimreview")

    assert response["Content-Type"] == "application/ld+json"
    assert response.json()["url"] == f"http://testserver/verdicts/{verdict.pk}"
    feed = reader.get("/api/v1/claimreviews")
    assert feed["Content-Type"] == "application/ld+json"


def test_drafts_are_not_found_and_retractions_are_gone(db):
    draft = VerdictFactory(status=Verdict.Status.DRAFT)
    retracted = VerdictFactory(status=Verdict.Status.RETRACTED)

    assert Client().get(f"/verdicts/{draft.pk}").status_code == 404
    assert Client().get(f"/verdicts/{retracted.pk}").status_code == 410


def test_a_claim_cannot_close_the_script_element(db):
    verdict = make_verdict()
    Verdict.objects.filter(pk=verdict.pk).update(rationale="x")
    document = verdict.claim.document
    document.title = "</script><script>alert(1)</script>"
    document.save(update_fields=["title"])

    html = Client().get(f"/verdicts/{verdict.pk}").content.decode()

    assert "<script>alert(1)" not in html
    assert embedded(html)["itemReviewed"]["appearance"][0]["headline"] == document.title


def test_without_a_url_the_appearance_quotes_the_passage(db):
    verdict = make_verdict(url="")

    review = Client().get(f"/verdicts/{verdict.pk}", HTTP_ACCEPT="application/ld+json").json()

    [appearance] = review["itemReviewed"]["appearance"]
    assert appearance["text"].startswith("The coast guard said at least 40")
    assert appearance["headline"] == "Ferry lost off the cape"
    assert appearance["publisher"] == {"@type": "Organization", "name": "Example Wire"}


def test_an_anonymous_claimant_is_an_unnamed_person(db):
    official = SourceFactory(name="US official (anonymous)", kind=Source.Kind.ANONYMOUS)
    verdict = make_verdict(claimant=official, claimant_anonymous=True)

    review = Client().get(f"/verdicts/{verdict.pk}", HTTP_ACCEPT="application/ld+json").json()

    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Unnamed US official"}


def _one(node: dict, prop: str) -> dict:
    values = node.get(S + prop)
    assert values, f"{prop} missing"
    return values[0]


def test_the_embedded_claimreview_expands_with_the_fields_google_lists(db):
    """Google's ClaimReview documentation: required claimReviewed, reviewRating (with
    alternateName; ratingValue, bestRating, worstRating), url; recommended author,
    datePublished, itemReviewed (a Claim with author, datePublished, appearance or
    firstAppearance)."""
    verdict = make_verdict()
    html = Client().get(f"/verdicts/{verdict.pk}").content.decode()

    [review] = jsonld.expand(embedded(html), {"documentLoader": _loader})

    assert review["@type"] == [S + "ClaimReview"]
    assert _one(review, "url") == {"@id": f"http://testserver/verdicts/{verdict.pk}"}
    assert _one(review, "claimReviewed")["@value"].endswith("before dawn.")
    rating = _one(review, "reviewRating")
    assert rating["@type"] == [S + "Rating"]
    assert _one(rating, "ratingValue")["@value"] == 2
    assert _one(rating, "bestRating")["@value"] == 5
    assert _one(rating, "worstRating")["@value"] == 1
    assert _one(rating, "alternateName")["@value"] == "Mostly false"
    author = _one(review, "author")
    assert author["@type"] == [S + "Organization"]
    assert _one(author, "name")["@value"]
    assert _one(review, "datePublished")["@value"]
    claim = _one(review, "itemReviewed")
    assert claim["@type"] == [S + "Claim"]
    assert _one(_one(claim, "author"), "name")["@value"] == "Coast Guard"
    assert _one(claim, "datePublished")["@value"]
    appearance = _one(claim, "appearance")
    assert appearance["@type"] == [S + "CreativeWork"]
    assert _one(appearance, "url") == {"@id": "https://news.example.org/ferry"}
    assert _one(claim, "firstAppearance") == appearance


SCHEMA_ORG_TERMS = {
    "@context", "@type", "url", "claimReviewed", "reviewRating", "ratingValue", "bestRating",
    "worstRating", "alternateName", "author", "name", "datePublished", "dateModified",
    "itemReviewed", "appearance", "firstAppearance", "headline", "publisher", "text",
    "dataFeedElement",
}  # fmt: skip


def _terms(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {t for v in value.values() for t in _terms(v)}
    if isinstance(value, list):
        return {t for v in value for t in _terms(v)}
    return set()


def test_the_feed_uses_schema_org_terms_only(reader):
    make_verdict()
    make_verdict(url="")

    feed = reader.get("/api/v1/claimreviews").json()

    assert _terms(feed) <= SCHEMA_ORG_TERMS, _terms(feed) - SCHEMA_ORG_TERMS
    [expanded] = jsonld.expand(feed, {"documentLoader": _loader})
    assert expanded["@type"] == [S + "DataFeed"]
    assert len(expanded[S + "dataFeedElement"]) == 2
