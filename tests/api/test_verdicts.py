"""GET /api/v1/verdicts, /verdicts/{id}/claimreview and /claimreviews: published (and
corrected) verdicts only, never drafts, verdicts in review or retracted ones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import override_settings

from claims.models import Source, Verdict
from tests.api.factories import VerdictFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

UNPUBLISHED = [Verdict.Status.DRAFT, Verdict.Status.IN_REVIEW, Verdict.Status.RETRACTED]


@pytest.fixture
def verdicts(db) -> dict[str, Verdict]:
    tanker = EventFactory(key="tanker")
    irgc = SourceFactory(name="IRGC", kind=Source.Kind.MILITARY)
    document = DocumentFactory(
        event=tanker,
        url="https://news.example.org/tanker",
        title="Tanker lost over western Iraq",
        published_at=datetime(2026, 3, 12, 22, 10, tzinfo=UTC),
    )
    claim = ClaimFactory(
        document=document, claimant=irgc, stated_at=datetime(2026, 3, 12, 21, tzinfo=UTC)
    )
    spokesman = SourceFactory(name="A spokesman", kind=Source.Kind.PERSON)
    published = {
        "false": VerdictFactory(claim=claim, rating=Verdict.Rating.FALSE),
        "unproven": VerdictFactory(
            claim=ClaimFactory(claimant=spokesman, stated_at=None),
            rating=Verdict.Rating.UNPROVEN,
        ),
        "corrected": VerdictFactory(
            rating=Verdict.Rating.MOSTLY_TRUE,
            status=Verdict.Status.CORRECTED,
            published_at=datetime(2026, 3, 15, tzinfo=UTC),
        ),
    }
    hidden = {status: VerdictFactory(claim=claim, status=status) for status in UNPUBLISHED}
    return {**published, **hidden}


def published_ids(verdicts) -> list[int]:
    return sorted(verdicts[k].pk for k in ("false", "unproven", "corrected"))


def test_only_published_and_corrected_verdicts_are_listed(reader, verdicts):
    rows = reader.get("/api/v1/verdicts").json()["results"]

    assert sorted(row["id"] for row in rows) == published_ids(verdicts)
    assert {row["status"] for row in rows} == {"published", "corrected"}


@pytest.mark.parametrize("status", UNPUBLISHED)
def test_unpublished_verdicts_never_leak(reader, verdicts, status):
    pk = verdicts[status].pk

    assert reader.get(f"/api/v1/verdicts/{pk}").status_code == 404
    assert reader.get(f"/api/v1/verdicts/{pk}/claimreview").status_code == 404
    feed = reader.get("/api/v1/claimreviews").json()["dataFeedElement"]
    assert all(not review["url"].endswith(f"/verdicts/{pk}") for review in feed)
    assert len(feed) == 3


def test_verdict_shape_has_its_claim_and_claimant(reader, verdicts):
    verdict = verdicts["false"]

    body = reader.get(f"/api/v1/verdicts/{verdict.pk}").json()

    assert body["rating"] == "false"
    assert body["rating_value"] == 1
    assert body["rationale"] == verdict.rationale
    assert body["evidence"] == ["https://evidence.example.org/1"]
    assert body["status"] == "published"
    assert body["published_at"] == "2026-03-14T12:00:00Z"
    assert body["claim"]["id"] == verdict.claim_id
    assert body["claim"]["claimant"]["name"] == "IRGC"
    assert body["claim"]["event"] == "tanker"
    assert body["claimreview_url"] == (
        f"http://testserver/api/v1/verdicts/{verdict.pk}/claimreview"
    )
    assert body["page_url"] == f"http://testserver/verdicts/{verdict.pk}"
    # The desk's staff stay private.
    assert "author" not in body
    assert "reviewer" not in body
    assert reader.get(f"/api/v1/verdicts/{verdicts['unproven'].pk}").json()["rating_value"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("event=tanker", ["false"]),
        ("claimant=irgc", ["false"]),
        ("claimant=A spokesman", ["unproven"]),
        ("rating=mostly_true", ["corrected"]),
        ("rating=draft", None),
    ],
)
def test_verdict_filters(reader, verdicts, query, expected):
    response = reader.get(f"/api/v1/verdicts?{query}")

    if expected is None:
        assert response.status_code == 400
        return
    assert sorted(r["id"] for r in response.json()["results"]) == sorted(
        verdicts[k].pk for k in expected
    )


def test_verdict_filter_by_claim(reader, verdicts):
    claim = verdicts["false"].claim_id

    rows = reader.get(f"/api/v1/verdicts?claim={claim}").json()["results"]

    assert [row["id"] for row in rows] == [verdicts["false"].pk]


def test_verdict_ordering_by_published_at(reader, verdicts):
    rows = reader.get("/api/v1/verdicts?ordering=-published_at").json()["results"]

    assert rows[0]["id"] == verdicts["corrected"].pk


def test_claimreview_fields(reader, verdicts):
    verdict = verdicts["false"]

    response = reader.get(f"/api/v1/verdicts/{verdict.pk}/claimreview")

    assert response.status_code == 200
    appearance = {
        "@type": "CreativeWork",
        "url": "https://news.example.org/tanker",
        "headline": "Tanker lost over western Iraq",
        "datePublished": "2026-03-12T22:10:00+00:00",
        "publisher": {"@type": "Organization", "name": verdict.claim.document.publisher.name},
    }
    assert response.json() == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        # The public page, and the claim's whole sentence (the claim is "Report num").
        "url": f"http://testserver/verdicts/{verdict.pk}",
        "claimReviewed": verdict.claim.document.text.split(". ")[0] + ".",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "False",
        },
        "author": {"@type": "Organization", "name": "Fact-check desk"},
        "datePublished": "2026-03-14T12:00:00+00:00",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "IRGC"},
            "datePublished": "2026-03-12T21:00:00+00:00",
            "appearance": [appearance],
            "firstAppearance": appearance,
        },
    }


def test_unproven_claimreview_sits_at_the_midpoint(reader, verdicts):
    review = reader.get(f"/api/v1/verdicts/{verdicts['unproven'].pk}/claimreview").json()

    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 3,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Unproven",
    }
    # A person as claimant; no stated_at means no datePublished for the claim.
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "A spokesman"}
    assert "datePublished" not in review["itemReviewed"]


def test_corrected_claimreview_says_when_it_changed(reader, verdicts):
    verdict = verdicts["corrected"]

    review = reader.get(f"/api/v1/verdicts/{verdict.pk}/claimreview").json()

    assert review["reviewRating"]["ratingValue"] == 4
    assert review["reviewRating"]["alternateName"] == "Mostly true"
    assert review["dateModified"] == verdict.updated_at.isoformat()


@override_settings(FACTCHECK_ORGANIZATION_NAME="Example Verify")
def test_claimreview_author_is_the_desk_from_settings(reader, verdicts):
    review = reader.get(f"/api/v1/verdicts/{verdicts['false'].pk}/claimreview").json()

    assert review["author"] == {"@type": "Organization", "name": "Example Verify"}


def test_claimreview_feed_is_a_datafeed_paged_with_links(reader, verdicts):
    first = reader.get("/api/v1/claimreviews?page_size=2&ordering=id")

    assert first.status_code == 200
    body = first.json()
    assert body["@context"] == "https://schema.org"
    assert body["@type"] == "DataFeed"
    assert [r["@type"] for r in body["dataFeedElement"]] == ["ClaimReview", "ClaimReview"]
    assert all("@context" not in r for r in body["dataFeedElement"])
    assert set(body) == {"@context", "@type", "dataFeedElement"}  # schema.org terms only
    next_url = first["Link"].removeprefix("<").removesuffix('>; rel="next"')
    second_response = reader.get(next_url)
    second = second_response.json()
    assert len(second["dataFeedElement"]) == 1
    assert 'rel="next"' not in second_response["Link"]
    assert sorted(
        int(r["url"].rsplit("/", 1)[1]) for r in body["dataFeedElement"] + second["dataFeedElement"]
    ) == published_ids(verdicts)


def test_verdict_and_feed_queries_do_not_grow_with_rows(
    reader, verdicts, django_assert_num_queries
):
    reader.get("/api/v1/verdicts")  # writes the token's last_used_at, once
    for url in ("/api/v1/verdicts", "/api/v1/claimreviews"):
        with django_assert_num_queries(2):
            # 1. the token and its partner
            # 2. the page of verdicts with claim, claimant, event and document joined
            reader.get(url)
    VerdictFactory.create_batch(15)
    for url in ("/api/v1/verdicts", "/api/v1/claimreviews"):
        with django_assert_num_queries(2):
            reader.get(url)
    assert len(reader.get("/api/v1/claimreviews").json()["dataFeedElement"]) == 18
