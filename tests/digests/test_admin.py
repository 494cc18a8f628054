"""Subscriptions in the admin: writes through the services, a preview of the next digest."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from factcheck.digests.models import Delivery, Subscription
from tests.api.factories import FindingFactory
from tests.digests.conftest import active_subscription


@pytest.fixture
def admin_client(db, client):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


def test_changelist_and_preview_of_the_next_digest(admin_client, django_assert_max_num_queries):
    subscription = active_subscription()
    for i in range(5):
        active_subscription(f"s{i}@example.org")
    FindingFactory(message="Happened just now.")  # in the period in progress

    with django_assert_max_num_queries(8):
        assert admin_client.get("/admin/digests/subscription/").status_code == 200

    page = admin_client.get(f"/admin/digests/subscription/{subscription.pk}/change/")
    assert page.status_code == 200
    assert b"Next digest (so far)" in page.content
    assert b"Happened just now." in page.content
    html = admin_client.get(f"/admin/digests/subscription/{subscription.pk}/preview/")
    assert html.status_code == 200
    assert b'<li class="finding"' in html.content
    text = admin_client.get(f"/admin/digests/subscription/{subscription.pk}/preview/?part=text")
    assert text["Content-Type"].startswith("text/plain")
    assert b"Happened just now." in text.content


def test_the_rules_are_boxes_to_tick(admin_client):
    page = admin_client.get("/admin/digests/subscription/add/").content.decode()
    assert 'type="checkbox" name="rules" value="casualty_revision"' in page
    assert "Casualty revision" in page
    assert not re.search(r"<textarea[^>]*name=\"rules\"", page)


def test_adding_in_the_admin_asks_for_a_confirmation_and_sends_nothing_else(
    admin_client, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = admin_client.post(
            "/admin/digests/subscription/add/",
            {
                "email": "new@example.org",
                "frequency": "daily",
                "rules": ["cause_revision", "casualty_conflict"],
                "min_severity": "warning",
            },
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    subscription = Subscription.objects.get()
    assert (subscription.status, subscription.min_severity) == ("pending", "warning")
    assert subscription.rules == ["casualty_conflict", "cause_revision"]
    assert len(callbacks) == 1  # the confirmation email, enqueued on commit
    assert mailoutbox == []

    response = admin_client.post(
        "/admin/digests/subscription/",
        {"action": "unsubscribe", "_selected_action": [subscription.pk]},
    )
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.status == "unsubscribed"


def test_deliveries_are_a_read_only_record(admin_client):
    subscription = active_subscription()
    now = timezone.now()
    Delivery.objects.create(
        subscription=subscription,
        period="daily:2026-03-12",
        period_start=now - timedelta(days=1),
        period_end=now,
        status=Delivery.Status.FAILED,
        last_error="SMTPDataError: 550",
    )
    page = admin_client.get("/admin/digests/delivery/")
    assert page.status_code == 200
    assert b"SMTPDataError: 550" in page.content
    assert admin_client.get("/admin/digests/delivery/add/").status_code == 403


def test_the_admin_refuses_unknown_rules(admin_client):
    response = admin_client.post(
        "/admin/digests/subscription/add/",
        {
            "email": "a@example.org",
            "frequency": "daily",
            "rules": ["nope"],
            "min_severity": "note",
        },
    )
    assert response.status_code == 200
    assert b"Select a valid choice. nope is not one of the available choices." in (response.content)
    assert not Subscription.objects.exists()
