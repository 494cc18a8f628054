"""The feeds in the admin: the list with each feed's state, and "poll now"."""

from __future__ import annotations

import pytest
from django.urls import reverse

from factcheck.feeds import services
from factcheck.feeds.models import FeedEntry

pytestmark = pytest.mark.django_db


def test_the_feed_list_shows_each_feeds_state_in_a_fixed_number_of_queries(
    admin_client, django_assert_max_num_queries
):
    for number in range(5):
        services.feed_create(
            url=f"https://news{number}.example.org/rss", publisher=f"Outlet {number}"
        )

    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse("admin:feeds_feed_changelist"))

    assert response.status_code == 200
    assert b"news4.example.org" in response.content
    assert b"Outlet 4" in response.content


def test_poll_now_polls_the_selected_feeds_after_commit(
    admin_client, site, django_capture_on_commit_callbacks
):
    from tests.feeds.test_feeds import publish

    feed = services.feed_create(url=publish(site), publisher="Coastal Times")

    with django_capture_on_commit_callbacks() as callbacks:
        response = admin_client.post(
            reverse("admin:feeds_feed_changelist"),
            {"action": "poll_now", "_selected_action": [feed.pk]},
        )

    assert response.status_code == 302
    assert len(callbacks) == 1
    assert not FeedEntry.objects.exists()  # nothing polled before the commit
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()
    assert FeedEntry.objects.filter(feed=feed, document__isnull=False).count() == 3


def test_a_fetched_documents_page_shows_its_provenance(admin_client, site):
    from claims.web_ingest import link_ingest
    from tests.ingest.conftest import page

    link = site.add("/statement", page("ministry_statement.html"))
    document = link_ingest(url=link).document

    response = admin_client.get(reverse("admin:claims_document_change", args=[document.pk]))

    assert response.status_code == 200
    assert link.encode() in response.content
    assert b"trafilatura" in response.content
