"""/api/v1/subscriptions: a partner's own digest subscriptions, with double opt-in."""

from __future__ import annotations

import pytest
from django.core import mail

from factcheck.digests.models import Subscription
from partners.models import Scope
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory
from tests.factories import EventFactory

URL = "/api/v1/subscriptions"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def partner(db):
    return PartnerFactory(scopes=[Scope.READ, Scope.READ_FINDINGS])


@pytest.fixture
def api(partner):
    return client_for(partner)


def test_subscribe_is_pending_until_confirmed(api, partner, django_capture_on_commit_callbacks):
    EventFactory(key="tanker")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = api.post(
            URL,
            {
                "email": "desk@newsroom.example.org",
                "frequency": "weekly",
                "events": ["tanker"],
                "rules": ["casualty_conflict"],
                "min_severity": "warning",
            },
        )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "pending"
    assert body["events"] == ["tanker"]
    assert body["published_verdicts_only"] is False
    assert response["Location"] == body["api_url"]
    assert len(callbacks) == 1  # the confirmation email, on commit
    subscription = Subscription.objects.get()
    assert subscription.partner == partner
    assert subscription.rules == ["casualty_conflict"]


def test_validation(api):
    cases = [
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@example.org", "events": ["nope"]}, "events"),
        ({"email": "a@example.org", "rules": ["no_such_rule"]}, "rules"),
        ({"email": "a@example.org", "frequency": "hourly"}, "frequency"),
        ({"email": "a@example.org", "published_verdicts_only": "yes"}, "published_verdicts_only"),
        ({"email": "a@example.org", "unknown": 1}, "unknown"),
        (
            {"email": "a@example.org", "frequency": "immediate", "published_verdicts_only": True},
            "frequency",
        ),
    ]
    for data, field in cases:
        response = api.post(URL, data)
        assert response.status_code == 400, data
        assert field in response.json(), (data, response.json())
    assert not Subscription.objects.exists()


def test_without_read_findings_only_verdicts(db):
    api = client_for(PartnerFactory(scopes=[Scope.READ]))
    response = api.post(URL, {"email": "a@example.org"})
    assert response.status_code == 201
    assert response.json()["published_verdicts_only"] is True
    response = api.post(URL, {"email": "a@example.org", "published_verdicts_only": False})
    assert response.status_code == 400


def test_a_partner_sees_and_changes_only_its_own(api, partner, django_assert_num_queries):
    mine = [
        Subscription.objects.create(email=f"s{i}@example.org", partner=partner) for i in range(3)
    ]
    mine[0].events.set([EventFactory()])
    theirs = Subscription.objects.create(email="x@example.org", partner=PartnerFactory())
    desk = Subscription.objects.create(email="desk@example.org")

    # the token (with its partner), its last use, the page (partner joined), the events
    with django_assert_num_queries(4):
        response = api.get(URL)
    assert response.status_code == 200
    assert sorted(s["id"] for s in response.json()["results"]) == [s.pk for s in mine]

    for other in (theirs, desk):
        assert api.get(f"{URL}/{other.pk}").status_code == 404
        assert api.patch(f"{URL}/{other.pk}", {"min_severity": "critical"}).status_code == 404
        assert api.delete(f"{URL}/{other.pk}").status_code == 404
    assert api.get(f"{URL}/{mine[0].pk}").json()["email"] == "s0@example.org"


def test_change_and_unsubscribe(api, partner, django_capture_on_commit_callbacks):
    subscription = Subscription.objects.create(email="a@example.org", partner=partner)
    subscription.status = Subscription.Status.ACTIVE
    subscription.confirmed_at = subscription.created_at
    subscription.save()

    response = api.patch(f"{URL}/{subscription.pk}", {"min_severity": "critical"})
    assert response.status_code == 200
    assert response.json()["min_severity"] == "critical"
    assert response.json()["status"] == "active"

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = api.patch(f"{URL}/{subscription.pk}", {"email": "b@example.org"})
    assert response.json()["status"] == "pending"
    assert len(callbacks) == 1

    assert api.delete(f"{URL}/{subscription.pk}").status_code == 204
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    assert mail.outbox == []


def test_scopes(db, anonymous):
    assert anonymous.get(URL).status_code == 401
    submitter = client_for(PartnerFactory(scopes=[Scope.SUBMIT]))
    assert submitter.get(URL).status_code == 403
    assert submitter.post(URL, {"email": "a@example.org"}).status_code == 403


@pytest.fixture
def anonymous():
    from rest_framework.test import APIClient

    return APIClient()
