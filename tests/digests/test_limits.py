"""Confirmation mail reaches addresses that did not ask yet: one pending confirmation per
address per day, a cap per partner; a switched-off partner's subscribers get nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from factcheck.digests.models import Subscription
from factcheck.digests.services import subscription_confirmation_send
from partners.models import Scope
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory
from tests.digests.conftest import active_subscription
from tests.digests.test_command import run

URL = "/api/v1/subscriptions"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def partner(db):
    return PartnerFactory(scopes=[Scope.READ])


def test_the_same_address_three_times_gets_one_email(partner, django_capture_on_commit_callbacks):
    api = client_for(partner)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        statuses = [
            api.post(URL, {"email": "Someone@Example.org"}).status_code,
            api.post(URL, {"email": "someone@example.org"}).status_code,
            client_for(PartnerFactory(scopes=[Scope.READ]))
            .post(URL, {"email": "someone@example.org"})
            .status_code,
        ]

    assert statuses == [201, 409, 409]
    assert Subscription.objects.count() == 1
    assert len(callbacks) == 1  # one confirmation email enqueued


def test_a_day_later_the_address_may_be_asked_again(partner, django_capture_on_commit_callbacks):
    api = client_for(partner)
    with django_capture_on_commit_callbacks(execute=False) as first:
        assert api.post(URL, {"email": "late@example.org"}).status_code == 201
    Subscription.objects.update(
        created_at=timezone.now() - timedelta(days=2),
        confirmation_sent_at=timezone.now() - timedelta(days=2),
    )

    with django_capture_on_commit_callbacks(execute=False) as second:
        assert api.post(URL, {"email": "late@example.org"}).status_code == 201
    assert (len(first), len(second)) == (1, 1)


def test_patching_the_email_to_a_pending_address_is_refused(
    partner, django_capture_on_commit_callbacks
):
    api = client_for(partner)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        api.post(URL, {"email": "first@example.org"})
        second = api.post(URL, {"email": "second@example.org"}).json()
        response = api.patch(f"{URL}/{second['id']}", {"email": "FIRST@example.org"})

    assert response.status_code == 409
    assert Subscription.objects.get(pk=second["id"]).email == "second@example.org"
    assert len(callbacks) == 2


def test_a_partner_has_a_cap_of_pending_subscriptions(partner, settings):
    settings.FACTCHECK_DIGEST_PENDING_PER_PARTNER = 3
    api = client_for(partner)
    for n in range(3):
        assert api.post(URL, {"email": f"r{n}@example.org"}).status_code == 201

    response = api.post(URL, {"email": "r3@example.org"})

    assert response.status_code == 429
    assert "waiting for confirmation" in response.json()["detail"]
    # Unsubscribing one frees a place.
    first = Subscription.objects.filter(partner=partner).order_by("id").first()
    assert api.delete(f"{URL}/{first.pk}").status_code == 204
    assert api.post(URL, {"email": "r3@example.org"}).status_code == 201


def test_a_switched_off_partner_sends_no_digest(record):
    on = PartnerFactory(scopes=[Scope.READ, Scope.READ_FINDINGS])
    off = PartnerFactory(scopes=[Scope.READ, Scope.READ_FINDINGS], active=False)
    active_subscription("desk@example.org")
    active_subscription("on@example.org", partner=on)
    active_subscription("off@example.org", partner=off)

    output = run("--dry-run", "--period-start", "2026-03-12")

    assert "desk@example.org" in output
    assert "on@example.org" in output
    assert "off@example.org" not in output


@pytest.mark.django_db(transaction=True)
def test_a_switched_off_partner_sends_no_confirmation():
    partner = PartnerFactory(scopes=[Scope.READ])
    subscription = Subscription.objects.create(email="x@example.org", partner=partner)
    partner.active = False
    partner.save(update_fields=["active"])

    assert subscription_confirmation_send(subscription_id=subscription.pk) is False
    assert mail.outbox == []
