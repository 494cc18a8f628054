"""Saved web pages: what a reader sees on the page is what is stored, boilerplate never."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from claims.models import Claim, Document
from claims.web_pages import EXTRACTOR_VERSION, PageError, page_extract
from tests.ingest.conftest import page

PAGES = {
    "wire_story.html": {
        "title": "Bus plunges into ravine near Kestrel Pass, at least 14 dead",
        "publisher": "Northwind Wire",
        "author": "Ana Torvik",
        "published_at": datetime(2026, 9, 14, 8, 5, tzinfo=UTC),
        "updated_at": datetime(2026, 9, 14, 11, 20, tzinfo=UTC),
        "says": "At least 14 people were killed and 22 injured",
        "never": ["death trap", "Floods cut off", "Markets", "All rights reserved", "Home"],
    },
    "ministry_statement.html": {
        "title": "Statement on the Kestrel Pass bus accident",
        "publisher": "Ministry of Transport",
        "author": "",
        # article:published_time 12:30+02:00, stored in UTC.
        "published_at": datetime(2026, 9, 14, 10, 30, tzinfo=UTC),
        "updated_at": None,
        "says": "16 people were killed and 20 were injured",
        "never": ["official website", "Press office", "Share on social", "Accessibility"],
    },
    "live_blog.html": {
        "title": "Live: Kestrel Pass bus crash - updates",
        "publisher": "The Harbour Gazette",
        "author": "Live desk",
        "published_at": datetime(2026, 9, 13, 22, 40, tzinfo=UTC),
        "updated_at": datetime(2026, 9, 14, 16, 10, tzinfo=UTC),
        "says": "Police now say at least 14 people were killed and 22 were injured.",
        "never": ["morning briefing", "Ten best beaches", "Opinion"],
    },
    "cookie_wall.html": {
        "title": "Survivors describe moment bus left the road",
        "publisher": "Valley Daily",
        "author": "",
        "published_at": datetime(2026, 9, 15, tzinfo=UTC),
        "updated_at": None,
        "says": "the death toll had risen to 16",
        "never": ["842 partners", "cookies", "Accept all", "privacy", "newsletter"],
    },
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_saved_page_gives_what_the_page_shows(name):
    expected = PAGES[name]

    read = page_extract(page(name))

    assert read.title == expected["title"]
    assert read.publisher == expected["publisher"]
    assert read.author == expected["author"]
    assert read.published_at == expected["published_at"]
    assert read.updated_at == expected["updated_at"]
    assert expected["says"] in read.text
    assert not read.text.startswith(expected["title"])  # the headline is the title, not text
    for boilerplate in expected["never"]:
        assert boilerplate not in read.text, boilerplate


def test_json_ld_news_article_is_kept():
    read = page_extract(page("wire_story.html"))

    assert [item["@type"] for item in read.json_ld] == ["NewsArticle"]
    assert read.extractor == EXTRACTOR_VERSION
    assert EXTRACTOR_VERSION.startswith("trafilatura ")


def test_a_claim_review_on_the_page_is_kept_with_the_article():
    review = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "ClaimReview", "claimReviewed": "30 people died on the road last year", '
        '"reviewRating": {"@type": "Rating", "alternateName": "False"}}</script></head>'
    )
    html = page("wire_story.html").replace("</head>", review, 1)

    read = page_extract(html)

    assert {item["@type"] for item in read.json_ld} == {"NewsArticle", "ClaimReview"}
    assert read.publisher == "Northwind Wire"  # the article's, not the review's


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (page("paywall.html"), "paywall stub"),
        (
            "<html><body><article><p>Already a subscriber? Sign in to continue reading "
            "this story.</p></article></body></html>",
            "paywall stub",
        ),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main text"),
        ("   ", "empty"),
    ],
)
def test_a_page_without_a_story_is_refused_with_the_reason(html, reason):
    with pytest.raises(PageError, match=reason):
        page_extract(html)


def _claims(document: Document) -> list[tuple]:
    return sorted(
        (c.kind, c.category, c.count_min, c.count_max, c.claimant.name, c.text)
        for c in Claim.objects.filter(document=document).select_related("claimant")
    )


@pytest.mark.django_db
def test_the_same_report_as_a_saved_page_and_as_clean_text_gives_the_same_claims(
    tmp_path, sources, django_capture_on_commit_callbacks
):
    (tmp_path / "saved.html").write_text(page("wire_story.html"))
    read = page_extract(page("wire_story.html"))
    (tmp_path / "clean.md").write_text(
        "---\n"
        f"title: {read.title}\n"
        "publisher: Northwind Wire\n"
        "published_at: 2026-09-14T08:05:00Z\n"
        "url: https://wire.northwind.test/world/bus-ravine-kestrel-pass\n"
        "---\n"
        "At least 14 people were killed and 22 injured when a passenger bus left the mountain "
        "road and fell into a ravine near Kestrel Pass late on Sunday, regional police said on "
        "Monday.\n"
        "The bus was carrying 41 passengers from the valley town of Orlen to the coast when it "
        "skidded on a wet bend, a police spokesman told reporters at the scene.\n"
        "Rescue crews worked through the night with ropes and floodlights to reach the "
        "wreckage, which came to rest about 80 metres below the road.\n"
        "The cause of the crash was under investigation, the regional transport authority said "
        "in a short statement, adding that the driver was among the injured.\n"
        "Local residents said the stretch of road had seen several accidents in recent years "
        "and that a barrier promised by the authorities had never been built.\n"
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(tmp_path / "saved.html"), str(tmp_path / "clean.md"))

    saved = Document.objects.get(url="")
    clean = Document.objects.get(url__startswith="https://wire.northwind.test/")
    assert (saved.title, saved.publisher.name, saved.published_at) == (
        clean.title,
        clean.publisher.name,
        clean.published_at,
    )
    assert saved.text.strip() == clean.text.strip()
    assert _claims(saved)
    assert _claims(saved) == _claims(clean)
    assert saved.provenance.extractor == EXTRACTOR_VERSION
    assert saved.provenance.author == "Ana Torvik"
    assert saved.provenance.updated_at == datetime(2026, 9, 14, 11, 20, tzinfo=UTC)


@pytest.mark.django_db
def test_a_paywalled_saved_page_is_reported_and_nothing_stored(tmp_path, capsys):
    (tmp_path / "ledger.html").write_text(page("paywall.html"))

    with pytest.raises(Exception, match="nothing could be ingested"):
        call_command("ingest", str(tmp_path / "ledger.html"))

    assert "paywall stub" in capsys.readouterr().err
    assert not Document.objects.exists()


def test_reading_a_page_twice_gives_the_same_text():
    # trafilatura's deduplicate cache would drop paragraphs seen before (a new version of a
    # story, the same wire copy at two outlets): it is off.
    assert page_extract(page("live_blog.html")).text == page_extract(page("live_blog.html")).text


def test_a_date_in_the_comments_is_not_the_storys():
    html = (
        "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        '<p class="byline"><time datetime="2026-09-14">14 September 2026</time></p>'
        "<p>The old bridge over the river reopened to traffic on Monday after eight months "
        "of repairs, the city council said in a statement.</p>"
        "<p>Engineers replaced the deck and two of the supporting cables, the council said, "
        "and the speed limit on the bridge is now 40 km/h.</p></article>"
        '<section class="comments"><div class="comment"><time datetime="2025-01-05">'
        "5 January 2025</time> About time too.</div></section></body></html>"
    )

    read = page_extract(html)

    assert read.published_at == datetime(2026, 9, 14, tzinfo=UTC)
    assert "About time" not in read.text


def test_an_opinion_piece_classed_comment_is_not_taken_for_comments():
    # Outlets class opinion pieces "comment"; a consent wrapper may enclose the whole page.
    html = (
        page("wire_story.html")
        .replace(
            "<main>", '<div class="consent-wrapper"><main class="content content--type-comment">'
        )
        .replace("</main>", "</main></div>")
    )

    read = page_extract(html)

    assert "At least 14 people were killed and 22 injured" in read.text
    assert "death trap" not in read.text
