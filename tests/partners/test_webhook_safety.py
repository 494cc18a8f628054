"""Webhooks cannot be turned against the desk's own network (SSRF), never hold a request for
long, carry a replay-proof signature, and have a secret the partner can rotate. Deliveries
go to real HTTP servers on loopback, allowed for the test by the setting production
refuses."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from claims.models import Verdict
from partners.models import Scope, Webhook, WebhookDelivery, WebhookEvent
from partners.webhooks import (
    webhook_create,
    webhook_delivery_attempt,
    webhook_signature,
    webhook_signature_verify,
    webhooks_notify,
)
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory, VerdictFactory
from tests.api.test_webhooks import allow_loopback
from tests.conftest import REPO
from tests.review.conftest import make_user

URL = "/api/v1/webhooks"
PUBLISHED = WebhookEvent.VERDICT_PUBLISHED


@pytest.fixture
def partner(db):
    return PartnerFactory(scopes=[Scope.READ])


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:6379/",
        "http://localhost/admin/",
        "http://[::1]:5432/",
        "http://10.0.0.1/",
        "http://0.0.0.0:22/",
        "http://[::ffff:127.0.0.1]/",
        "http://93.184.215.14:8080/",  # a public address, but not an allowed port
        "ftp://93.184.215.14/",
    ],
)
def test_internal_or_odd_targets_are_refused_on_save(partner, url):
    response = client_for(partner).post(URL, {"url": url, "events": [PUBLISHED]})

    assert response.status_code == 400, response.json()
    assert "url" in response.json()
    assert not Webhook.objects.exists()


def test_a_setting_widens_the_ports(partner, settings):
    settings.FACTCHECK_OUTBOUND_PORTS = [80, 443, 8443]
    api = client_for(partner)

    assert api.post(URL, {"url": "https://hooks.example.org:8443/x", "events": [PUBLISHED]})
    assert Webhook.objects.filter(url="https://hooks.example.org:8443/x").exists()


def test_at_most_ten_webhooks_per_partner(partner):
    api = client_for(partner)
    for n in range(10):
        body = {"url": f"https://h{n}.example.org/", "events": [PUBLISHED]}
        assert api.post(URL, body).status_code == 201

    response = api.post(URL, {"url": "https://h10.example.org/", "events": [PUBLISHED]})

    assert response.status_code == 409
    assert "At most 10 webhooks" in response.json()["detail"]
    assert Webhook.objects.filter(partner=partner).count() == 10


def test_the_host_is_vetted_again_at_delivery(
    partner, receiver, settings, django_capture_on_commit_callbacks
):
    """Saved while the address was allowed; refused once it is not (as after a DNS change
    to an internal address): nothing reaches the server."""
    webhook_create(partner=partner, url=receiver.url, events=[PUBLISHED])
    settings.FACTCHECK_OUTBOUND_ALLOW_PRIVATE = False

    with django_capture_on_commit_callbacks(execute=True):
        [delivery_id] = webhooks_notify(event_type=PUBLISHED, payload={})

    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert receiver.received == []
    assert delivery.status == "pending"
    assert delivery.last_error == "refused: 127.0.0.1 is not a public address"


def test_a_redirect_is_not_followed_and_no_body_is_kept(
    partner,
    receiver,
    django_capture_on_commit_callbacks,
):
    _, receiver.secret = webhook_create(partner=partner, url=receiver.url, events=[PUBLISHED])
    receiver.statuses = [302, 503]

    with django_capture_on_commit_callbacks(execute=True):
        [delivery_id] = webhooks_notify(event_type=PUBLISHED, payload={})
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert (delivery.last_status_code, delivery.last_error) == (302, "HTTP 302")
    assert len(receiver.received) == 1  # no second request to wherever it pointed

    WebhookDelivery.objects.filter(pk=delivery_id).update(next_attempt_at=None)
    webhook_delivery_attempt(delivery_id=delivery_id)
    delivery.refresh_from_db()
    assert delivery.last_error == "HTTP 503"  # the receiver's "boom" is not kept


@pytest.fixture
def silent_port(settings) -> Iterator[int]:
    """A loopback port that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        port = sock.getsockname()[1]
        allow_loopback(settings, port)
        yield port


def test_deliveries_to_a_silent_server_hold_the_request_one_short_budget(
    partner, silent_port, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 5
    settings.FACTCHECK_WEBHOOK_INLINE_BUDGET = 1
    for n in range(3):
        webhook_create(
            partner=partner, url=f"http://127.0.0.1:{silent_port}/{n}", events=[PUBLISHED]
        )

    clock = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        ids = webhooks_notify(event_type=PUBLISHED, payload={})
    elapsed = time.monotonic() - clock

    assert elapsed < 2, elapsed  # not 3 x 5 s
    deliveries = WebhookDelivery.objects.filter(pk__in=ids)
    assert [d.status for d in deliveries] == ["pending"] * 3
    # One was tried (and timed out); the others wait, due, for the sweep.
    assert sorted(d.attempts for d in deliveries) == [0, 0, 1]


def test_the_signature_carries_a_timestamp_and_a_replay_is_refused():
    body = b'{"event":"verdict.published"}'
    header = webhook_signature(secret="whsec_x", body=body, timestamp=1_800_000_000)

    assert header.startswith("t=1800000000,v1=")
    assert webhook_signature_verify(secret="whsec_x", body=body, header=header, now=1_800_000_060)
    # Old (replayed), another body, a changed timestamp, another secret: refused.
    assert not webhook_signature_verify(
        secret="whsec_x", body=body, header=header, now=1_800_001_000
    )
    assert not webhook_signature_verify(
        secret="whsec_x", body=body + b" ", header=header, now=1_800_000_000
    )
    forged = header.replace("t=1800000000", "t=1800000900")
    assert not webhook_signature_verify(
        secret="whsec_x", body=body, header=forged, now=1_800_000_900
    )
    assert not webhook_signature_verify(
        secret="whsec_y", body=body, header=header, now=1_800_000_000
    )


def test_a_partner_rotates_its_secret_over_the_api(
    partner,
    receiver,
    django_capture_on_commit_callbacks,
):
    api = client_for(partner)
    created = api.post(URL, {"url": receiver.url, "events": [PUBLISHED]}).json()

    response = api.post(f"{URL}/{created['id']}/secret")

    assert response.status_code == 200
    new_secret = response.json()["secret"]
    assert new_secret != created["secret"]
    assert "secret" not in api.get(f"{URL}/{created['id']}").json()  # shown once
    receiver.secret = new_secret
    with django_capture_on_commit_callbacks(execute=True):
        webhooks_notify(event_type=PUBLISHED, payload={})
    [received] = receiver.received
    assert received.signature_ok  # signed with the new secret
    assert not webhook_signature_verify(
        secret=created["secret"],
        body=received.body,
        header=received.headers["X-Factcheck-Signature"],
    )
    # Another partner cannot rotate it.
    other = client_for(PartnerFactory(scopes=[Scope.READ]))
    assert other.post(f"{URL}/{created['id']}/secret").status_code == 404


def test_production_settings_refuse_loopback_webhooks(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env={
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(REPO),
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "x" * 50,
            "FACTCHECK_VAR_DIR": str(tmp_path),
            "FACTCHECK_OUTBOUND_ALLOW_PRIVATE": "1",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode != 0
    assert "FACTCHECK_OUTBOUND_ALLOW_PRIVATE is for tests only" in result.stderr


def test_the_admin_refuses_an_eleventh_webhook_and_internal_targets(partner, admin_client):
    for n in range(10):
        webhook_create(partner=partner, url=f"https://h{n}.example.org/", events=[PUBLISHED])
    form = {"partner": partner.pk, "events": [PUBLISHED], "active": "on"}

    eleventh = admin_client.post(
        "/admin/partners/webhook/add/", {**form, "url": "https://h10.example.org/"}
    )
    Webhook.objects.filter(partner=partner).first().delete()
    internal = admin_client.post(
        "/admin/partners/webhook/add/", {**form, "url": "http://169.254.169.254/latest/"}
    )

    assert eleventh.status_code == 200
    assert "At most 10 webhooks" in eleventh.content.decode()
    assert internal.status_code == 200
    assert "is not a public address" in internal.content.decode()
    assert Webhook.objects.filter(partner=partner).count() == 9


def test_publishing_in_the_admin_is_not_held_by_silent_receivers(
    partner, silent_port, settings, client, django_capture_on_commit_callbacks
):
    """The report's case, through a real request: three webhooks to a port that never
    answers, a 5 s timeout each; the publish request returns within the inline budget."""
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 5
    settings.FACTCHECK_WEBHOOK_INLINE_BUDGET = 1
    for n in range(3):
        webhook_create(
            partner=partner, url=f"http://127.0.0.1:{silent_port}/{n}", events=[PUBLISHED]
        )
    verdict = VerdictFactory(
        status=Verdict.Status.IN_REVIEW,
        reviewer=None,
        published_at=None,
        author=make_user("rita", "Reviewer"),
    )
    client.force_login(make_user("edith", "Editor"))

    clock = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/claims/verdict/{verdict.pk}/step/", {"step": "publish", "note": ""}
        )
    elapsed = time.monotonic() - clock

    assert response.status_code == 302
    assert Verdict.objects.get(pk=verdict.pk).status == "published"
    assert elapsed < 2.5, elapsed
    assert WebhookDelivery.objects.filter(status="pending").count() == 3


def test_patching_a_webhook_to_an_internal_target_is_refused(partner):
    api = client_for(partner)
    created = api.post(URL, {"url": "https://hooks.example.org/", "events": [PUBLISHED]}).json()

    response = api.patch(f"{URL}/{created['id']}", {"url": "http://[::ffff:10.0.0.1]/"})

    assert response.status_code == 400
    assert "is not a public address" in str(response.json()["url"])
    assert Webhook.objects.get(pk=created["id"]).url == "https://hooks.example.org/"
