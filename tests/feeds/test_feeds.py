"""Feeds polled from a loopback server: new entries ingested once, conditional GET, dedup by
entry id and url, failures backed off and flagged, events following feeds by keyword."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Document
from factcheck.feeds import services, tasks
from factcheck.feeds.models import Feed, FeedEntry
from factcheck.feeds.selectors import feeds_failing
from tests.feeds.feedgen import article_page, atom, rss

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 9, 14, 9, 0, tzinfo=UTC)
STORIES = [
    (
        "Ferry runs aground off Saltmere, passengers evacuated",
        [
            "A passenger ferry ran aground off Saltmere on Sunday and all 130 people on board "
            "were taken ashore, the coast guard said.",
            "Two crew members were treated for minor injuries, the coast guard said.",
        ],
    ),
    (
        "Warehouse fire in Dunmore port contained after six hours",
        [
            "Firefighters contained a large fire at a warehouse in the port of Dunmore after "
            "six hours, the fire service said on Monday.",
            "Nobody was hurt, according to the port operator.",
        ],
    ),
    (
        "Coast guard suspends search for missing ferry crew member",
        [
            "The coast guard said on Tuesday it had suspended the search for a crew member of "
            "the ferry that ran aground off Saltmere.",
            "The ferry operator said the crew member had been missing since Sunday night.",
        ],
    ),
]


def publish(site, *, name: str = "coast", stories=STORIES, etag: str = '"v1"', kind=rss):
    """Serve the stories' pages and a feed of them; the feed's url."""
    items = []
    for number, (title, paragraphs) in enumerate(stories):
        path = f"/{name}/story-{number}"
        published = WHEN + timedelta(hours=number)
        site.add(
            path,
            article_page(
                title=title, publisher="Coastal Times", published=published, paragraphs=paragraphs
            ),
        )
        items.append(
            {
                "title": title,
                "link": site.url(path),
                "id": f"{name}-{number}",
                "published": published,
            }
        )
    return site.add(
        f"/{name}/feed.xml",
        kind(title="Coastal Times", link=site.url("/"), items=items),
        content_type="application/rss+xml" if kind is rss else "application/atom+xml",
        etag=etag,
        last_modified="Mon, 14 Sep 2026 12:00:00 GMT",
    )


def page_hits(site, name: str = "coast") -> int:
    return sum(1 for path, _ in site.requests if path.startswith(f"/{name}/story-"))


def test_first_poll_ingests_every_entry_once_and_the_second_fetches_nothing(site):
    feed = services.feed_create(url=publish(site), publisher="Coastal Times")

    first = services.feed_poll(feed_id=feed.pk)

    assert (first.status, first.new, first.ingested) == ("fetched", 3, 3)
    documents = Document.objects.select_related("publisher").order_by("published_at")
    assert [d.title for d in documents] == [title for title, _ in STORIES]
    assert {d.publisher.name for d in documents} == {"Coastal Times"}
    assert documents[0].published_at == WHEN
    assert "all 130 people on board" in documents[0].text
    assert "Another story entirely" not in documents[0].text
    assert documents[0].provenance.final_url == site.url("/coast/story-0")

    second = services.feed_poll(feed_id=feed.pk)

    assert (second.status, second.new, second.ingested) == ("not_modified", 0, 0)
    conditional = site.requests[-1][1]
    assert conditional["If-None-Match"] == '"v1"'
    assert conditional["If-Modified-Since"] == "Mon, 14 Sep 2026 12:00:00 GMT"
    assert page_hits(site) == 3
    assert Document.objects.count() == 3
    feed.refresh_from_db()
    assert feed.next_poll_at > timezone.now() + timedelta(minutes=14)


def test_a_changed_feed_brings_only_its_new_entries_dedup_by_id_and_url(site):
    feed = services.feed_create(url=publish(site, stories=STORIES[:2]), publisher="Coastal Times")
    services.feed_poll(feed_id=feed.pk)
    assert page_hits(site) == 2

    # The feed changes: a third story, and an old story again under another id (same url).
    url = publish(site, etag='"v2"')
    body = site.routes["/coast/feed.xml"].body.replace(
        b'<guid isPermaLink="false">coast-0<', b'<guid isPermaLink="false">renamed-0<'
    )
    site.add("/coast/feed.xml", body, content_type="application/rss+xml", etag='"v2"')
    result = services.feed_poll(feed_id=feed.pk)

    assert (result.new, result.ingested) == (1, 1)
    assert page_hits(site) == 3
    assert Document.objects.count() == 3
    assert url == feed.url


def test_the_same_story_in_two_feeds_is_fetched_once(site):
    first = services.feed_create(url=publish(site), publisher="Coastal Times")
    body = site.routes["/coast/feed.xml"].body
    second = services.feed_create(
        url=site.add("/mirror.xml", body.replace(b"coast-", b"mirror-"), content_type="text/xml")
    )

    services.feed_poll(feed_id=first.pk)
    result = services.feed_poll(feed_id=second.pk)

    assert result.new == 0
    assert page_hits(site) == 3


def test_an_atom_feed_is_read_too(site):
    feed = services.feed_create(url=publish(site, kind=atom), publisher="Coastal Times")

    result = services.feed_poll(feed_id=feed.pk)

    assert result.ingested == 3


def test_a_failing_feed_is_counted_backed_off_and_flagged_after_a_day(site, capsys, client):
    feed = services.feed_create(url=site.add("/down.xml", status=502), interval_minutes=10)
    start = timezone.now()

    services.feed_poll(feed_id=feed.pk, now=start)
    feed.refresh_from_db()
    assert feed.failures == 1
    assert feed.next_poll_at == start + timedelta(minutes=20)
    assert "answered HTTP 502" in feed.last_error

    services.feed_poll(feed_id=feed.pk, now=start + timedelta(minutes=20))
    feed.refresh_from_db()
    assert feed.failures == 2
    assert feed.next_poll_at == start + timedelta(minutes=20 + 40)
    assert not feeds_failing(now=start + timedelta(hours=23)).exists()
    assert list(feeds_failing(now=start + timedelta(hours=25))) == [feed]

    Feed.objects.filter(pk=feed.pk).update(failing_since=start - timedelta(days=2))
    call_command("status")
    out = capsys.readouterr().out
    assert "feeds failing for a day or more: 1" in out
    assert "/down.xml" in out
    details = client.get(reverse("readyz")).json()["details"]
    assert details["feeds_failing"][0]["url"] == feed.url
    assert "502" in details["feeds_failing"][0]["error"]

    # It comes back: the count and the flag are cleared.
    site.add("/down.xml", rss(title="Back", link=site.url("/"), items=[]), content_type="text/xml")
    services.feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert (feed.failures, feed.failing_since, feed.last_error) == (0, None, "")


def test_a_page_that_fails_is_retried_at_the_next_poll_even_when_the_feed_is_unchanged(site):
    feed = services.feed_create(url=publish(site), publisher="Coastal Times")
    site.add("/coast/story-1", status=500, body="oops")

    first = services.feed_poll(feed_id=feed.pk)

    assert first.ingested == 2
    assert "answered HTTP 500" in first.errors[0]
    entry = FeedEntry.objects.get(entry_id="coast-1")
    assert (entry.document, entry.attempts) == (None, 1)

    title, paragraphs = STORIES[1]
    site.add(
        "/coast/story-1",
        article_page(title=title, publisher="Coastal Times", published=WHEN, paragraphs=paragraphs),
    )
    second = services.feed_poll(feed_id=feed.pk)

    assert (second.status, second.ingested) == ("not_modified", 1)
    entry.refresh_from_db()
    assert entry.document is not None
    assert entry.error == ""


def test_an_event_following_feeds_takes_the_matching_reports(
    site, django_capture_on_commit_callbacks
):
    feed = services.feed_create(url=publish(site), publisher="Coastal Times")
    services.event_follow(event_key="saltmere-ferry", keywords=["ferry", "ran aground"])

    with django_capture_on_commit_callbacks(execute=True):
        services.feed_poll(feed_id=feed.pk)

    joined = Document.objects.filter(event__key="saltmere-ferry").order_by("published_at")
    assert [d.title for d in joined] == [STORIES[0][0], STORIES[2][0]]
    assert Document.objects.get(title__startswith="Warehouse").event is None
    # Extracted in the event: its claims are the event's, for the rules.
    claims = Claim.objects.filter(document__in=joined)
    assert claims.exists()
    assert set(claims.values_list("event__key", flat=True)) == {"saltmere-ferry"}


def test_an_event_following_another_feed_does_not_take_this_ones_reports(site):
    feed = services.feed_create(url=publish(site), publisher="Coastal Times")
    other = services.feed_create(url=site.add("/other.xml", status=404))
    services.event_follow(event_key="saltmere-ferry", keywords=["ferry"], feeds=[other])

    services.feed_poll(feed_id=feed.pk)

    assert not Document.objects.filter(event__isnull=False).exists()


def test_beat_polls_each_due_feed_once(site):
    due = services.feed_create(url=publish(site), publisher="Coastal Times")
    later = services.feed_create(url=publish(site, name="later"), publisher="Coastal Times")
    Feed.objects.filter(pk=later.pk).update(next_poll_at=timezone.now() + timedelta(minutes=5))

    assert tasks.poll_due() == 1

    assert FeedEntry.objects.filter(feed=due).count() == 3
    assert not FeedEntry.objects.filter(feed=later).exists()
    # Polled just now: not due again, so a second beat (or a concurrent one) claims nothing.
    assert services.feeds_claim_due() == []


def test_the_feeds_command_follows_an_event_in_three_steps(site, capsys):
    url = publish(site)

    call_command("feeds", "add", url, "--publisher", "Coastal Times", "--every", "5")
    call_command("feeds", "follow", "saltmere-ferry", "--keyword", "ferry")
    call_command("feeds", "poll")

    out = capsys.readouterr().out
    assert "fetched, 3 new, 3 stored" in out
    assert Document.objects.filter(event__key="saltmere-ferry").count() == 2


def test_an_entry_whose_page_shows_no_date_takes_the_feeds_date(site):
    feed = services.feed_create(url=publish(site), publisher="Coastal Times")
    title, paragraphs = STORIES[1]
    undated = "<html><body><article><h1>{}</h1>{}</article></body></html>".format(
        title, "".join(f"<p>{p}</p>" for p in paragraphs)
    )
    site.add("/coast/story-1", status=503)
    services.feed_poll(feed_id=feed.pk)
    site.add("/coast/story-1", undated)

    # The feed is unchanged (304): the retried entry still has the feed's date.
    assert services.feed_poll(feed_id=feed.pk).status == "not_modified"

    document = Document.objects.get(title=title)
    assert document.published_at == WHEN + timedelta(hours=1)  # the feed's pubDate
    assert document.publisher.name == "Coastal Times"  # the feed's publisher


def test_relative_entry_links_resolve_against_the_feed(site):
    publish(site)
    body = site.routes["/coast/feed.xml"].body.replace(site.url("/coast/").encode(), b"")
    feed = services.feed_create(url=site.add("/coast/relative.xml", body, content_type="text/xml"))

    result = services.feed_poll(feed_id=feed.pk)

    assert result.ingested == 3
    assert page_hits(site) == 3
