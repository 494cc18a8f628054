"""Double opt-in: nothing goes to an address before the link emailed to it is followed."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.test import Client

from factcheck.digests import services, tokens
from factcheck.digests.models import Delivery, Frequency, Subscription
from factcheck.digests.services import period_fan_out
from tests.digests.conftest import DAY, make_record


def confirm_path(message) -> str:
    match = re.search(
        r"https://desk\.example\.org(/api/v1/subscriptions/confirm/\S+)", message.body
    )
    assert match, message.body
    return match.group(1)


def test_creating_a_subscription_enqueues_its_confirmation_on_commit(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        subscription = services.subscription_create(email=" someone@example.org ")
    assert subscription.status == Subscription.Status.PENDING
    assert subscription.email == "someone@example.org"
    assert len(callbacks) == 1
    assert mail.outbox == []  # not before the commit


@pytest.mark.django_db(transaction=True)
def test_double_opt_in(site):
    record = make_record()
    subscription = services.subscription_create(email="someone@example.org", events=[record.tanker])

    # The confirmation went out (after commit); no digest goes to a pending address.
    [confirmation] = mail.outbox
    assert confirmation.to == ["someone@example.org"]
    assert "confirm" in confirmation.subject
    html = confirmation.alternatives[0][0]
    path = confirm_path(confirmation)
    assert path in html
    subscription.refresh_from_db()
    assert subscription.confirmation_sent_at is not None
    period_fan_out(frequency=Frequency.DAILY, period_start=DAY)
    assert not Delivery.objects.exists()
    assert len(mail.outbox) == 1

    # A GET (a mail scanner following the link) shows a button and confirms nothing.
    client = Client(enforce_csrf_checks=True)
    page = client.get(path)
    assert page.status_code == 200
    assert b'<form method="post">' in page.content
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.PENDING

    assert client.post(path).status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE
    confirmed_at = subscription.confirmed_at
    assert client.post(path).status_code == 200  # twice: unchanged
    subscription.refresh_from_db()
    assert subscription.confirmed_at == confirmed_at
    # The used link, opened again: where the subscription stands, no button.
    again = client.get(path)
    assert b"already confirmed" in again.content
    assert b"<form" not in again.content

    # Confirmed now, after the period: what happened before the confirmation is not sent.
    period_fan_out(frequency=Frequency.DAILY, period_start=DAY)
    assert len(mail.outbox) == 1
    Subscription.objects.filter(pk=subscription.pk).update(confirmed_at=DAY - timedelta(days=1))
    period_fan_out(frequency=Frequency.DAILY, period_start=DAY + timedelta(days=1))
    period_fan_out(frequency=Frequency.DAILY, period_start=DAY)
    assert [m.to for m in mail.outbox[1:]] == [["someone@example.org"]]
    assert "Ferry" not in mail.outbox[1].body  # the events filter


@pytest.mark.django_db(transaction=True)
def test_bad_expired_and_outdated_confirmation_links_confirm_nothing(site, settings):
    services.subscription_create(email="old@example.org")
    subscription = Subscription.objects.get()
    path = confirm_path(mail.outbox[0])
    client = Client()

    assert client.post(path[:-4] + "abcd").status_code == 404
    settings.FACTCHECK_DIGEST_CONFIRM_MAX_AGE = -1
    assert client.post(path).status_code == 404
    settings.FACTCHECK_DIGEST_CONFIRM_MAX_AGE = 3600

    # A new address: the old link no longer works, a new one is sent.
    services.subscription_update(subscription=subscription, email="new@example.org")
    assert client.post(path).status_code == 404
    assert [m.to for m in mail.outbox] == [["old@example.org"], ["new@example.org"]]
    assert client.post(confirm_path(mail.outbox[1])).status_code == 200
    subscription.refresh_from_db()
    assert (subscription.email, subscription.status) == ("new@example.org", "active")


@pytest.mark.django_db(transaction=True)
def test_a_new_address_on_an_active_subscription_opts_in_again(site):
    services.subscription_create(email="a@example.org")
    subscription = Subscription.objects.get()
    Client().post(confirm_path(mail.outbox[0]))
    services.subscription_update(subscription=subscription, min_severity="critical")
    subscription.refresh_from_db()
    assert (subscription.status, subscription.min_severity) == ("active", "critical")
    assert len(mail.outbox) == 1

    services.subscription_update(subscription=subscription, email="b@example.org")
    subscription.refresh_from_db()
    assert (subscription.status, subscription.confirmed_at) == ("pending", None)
    assert mail.outbox[-1].to == ["b@example.org"]


def test_tokens_are_signed_and_salted(db):
    token = tokens.unsubscribe_token(subscription_id=7)
    assert tokens.unsubscribe_token_read(token) == 7
    assert tokens.unsubscribe_token_read(token.replace("7:", "8:", 1)) is None
    # A confirmation token is no unsubscribe token, and the other way round.
    confirm = tokens.confirm_token(subscription_id=7, email="a@example.org")
    assert tokens.unsubscribe_token_read(confirm) is None
    assert tokens.confirm_token_read(token) is None
    assert tokens.confirm_token_read(signing.dumps([7, "a@example.org"])) is None


def test_an_immediate_subscription_is_for_findings(db):
    with pytest.raises(ValidationError, match="high-severity findings only"):
        services.subscription_create(
            email="a@example.org", frequency=Frequency.IMMEDIATE, published_verdicts_only=True
        )
