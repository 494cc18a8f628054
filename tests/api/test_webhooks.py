"""Webhooks: registered through the API and the admin; deliveries POSTed to a real HTTP server
on loopback that checks the signature; retries with backoff; replay from the admin; the events
fired by verdict publish/correct and by the rules engine opening a finding."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Verdict
from factcheck.review.services import correction_approve, correction_propose, verdict_publish
from factcheck.services import event_evaluate_and_announce
from partners import tasks
from partners.models import Scope, Webhook, WebhookAttempt, WebhookDelivery, WebhookEvent
from partners.webhooks import (
    backoff,
    webhook_create,
    webhook_deliveries_send_due,
    webhook_delivery_attempt,
    webhooks_notify,
)
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory, VerdictFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory
from tests.integration.conftest import Worker, needs_services, sending_to, wait_for
from tests.review.conftest import make_user

URL = "/api/v1/webhooks"
PUBLISHED = WebhookEvent.VERDICT_PUBLISHED
CORRECTED = WebhookEvent.VERDICT_CORRECTED
OPENED = WebhookEvent.FINDING_OPENED


# --- a partner's server on loopback -----------------------------------------------------------


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    signature_ok: bool

    @property
    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """An HTTP server in a thread on a free loopback port: it answers each POST with the next
    status of `statuses` (then 200), and checks the signature with `secret`."""

    server: ThreadingHTTPServer
    secret: str = ""
    statuses: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hooks/factcheck"


@pytest.fixture
def receiver(settings) -> Iterator[Receiver]:
    """The receiver listens on loopback on a random port: the outbound policy is widened to
    allow it for this test (the setting production refuses)."""
    state: dict[str, Receiver] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            rec = state["receiver"]
            body = self.rfile.read(int(self.headers["Content-Length"]))
            given = self.headers.get("X-Factcheck-Signature", "")
            fields = dict(part.split("=", 1) for part in given.split(","))
            signed = fields.get("t", "").encode() + b"." + body
            digest = hmac.new(rec.secret.encode(), signed, hashlib.sha256).hexdigest()
            expected = f"t={fields.get('t', '')},v1={digest}"
            rec.received.append(
                Received(
                    path=self.path,
                    headers=dict(self.headers.items()),
                    body=body,
                    signature_ok=hmac.compare_digest(expected, given),
                )
            )
            status = rec.statuses.pop(0) if rec.statuses else 200
            payload = b"boom" if status >= 500 else b"ok"
            self.send_response(status)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet tests

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state["receiver"] = Receiver(server=server)
    settings.FACTCHECK_OUTBOUND_ALLOW_PRIVATE = True
    settings.FACTCHECK_OUTBOUND_PORTS = [80, 443, server.server_address[1]]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state["receiver"]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def receiver_ports(receiver: Receiver) -> list[int]:
    return [80, 443, receiver.server.server_address[1]]


@pytest.fixture
def partner(db):
    return PartnerFactory(scopes=[Scope.READ, Scope.READ_FINDINGS])


@pytest.fixture
def hook(partner, receiver) -> Webhook:
    webhook, secret = webhook_create(
        partner=partner, url=receiver.url, events=[PUBLISHED, CORRECTED, OPENED]
    )
    receiver.secret = secret
    return webhook


def notify(django_capture_on_commit_callbacks, **kwargs) -> list[int]:
    """webhooks_notify as a service calls it; the deliveries' tasks run on commit (in process)."""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ids = webhooks_notify(**kwargs)
    assert len(callbacks) == (1 if ids else 0)  # one inline send of them all (no broker)
    return ids


# --- delivery ---------------------------------------------------------------------------------


def test_a_delivery_is_signed_and_recorded(hook, receiver, django_capture_on_commit_callbacks):
    [delivery_id] = notify(
        django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={"verdict": {"id": 7}}
    )

    [got] = receiver.received
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert got.signature_ok
    assert got.path == "/hooks/factcheck"
    assert got.headers["Content-Type"] == "application/json"
    assert got.headers["X-Factcheck-Event"] == "verdict.published"
    assert got.headers["X-Factcheck-Delivery"] == str(delivery.key)
    assert got.json == {
        "id": str(delivery.key),
        "event": "verdict.published",
        "created_at": delivery.created_at.isoformat(),
        "data": {"verdict": {"id": 7}},
    }
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 1, 200)
    assert delivery.delivered_at is not None
    [attempt] = WebhookAttempt.objects.filter(delivery=delivery)
    assert (attempt.status_code, attempt.error) == (200, "")


def test_a_wrong_secret_does_not_verify(hook, receiver, django_capture_on_commit_callbacks):
    receiver.secret = "not-the-secret"
    notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})

    assert [r.signature_ok for r in receiver.received] == [False]


def test_only_subscribed_active_webhooks_with_the_scope_get_the_event(
    hook, receiver, django_capture_on_commit_callbacks
):
    webhook_create(partner=hook.partner, url=receiver.url, events=[CORRECTED])
    webhook_create(partner=hook.partner, url=receiver.url, events=[PUBLISHED], active=False)
    webhook_create(partner=PartnerFactory(active=False), url=receiver.url, events=[PUBLISHED])
    # A partner that lost read:findings no longer receives findings.
    webhook_create(partner=PartnerFactory(scopes=[Scope.READ]), url=receiver.url, events=[OPENED])

    assert len(notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})) == 1
    assert len(notify(django_capture_on_commit_callbacks, event_type=OPENED, payload={})) == 1


def test_without_webhooks_an_event_costs_one_query(db, django_assert_num_queries):
    calls = []
    with django_assert_num_queries(1):  # the subscribed webhooks
        assert webhooks_notify(event_type=PUBLISHED, payload=lambda: calls.append(1)) == []
    assert calls == []  # the payload was never built


def test_nothing_is_sent_for_a_rolled_back_change(hook, receiver):
    class Rollback(Exception):
        pass

    def publish_then_fail() -> None:
        with transaction.atomic():
            webhooks_notify(event_type=PUBLISHED, payload={})
            raise Rollback

    with pytest.raises(Rollback):
        publish_then_fail()

    assert WebhookDelivery.objects.count() == 0
    assert receiver.received == []


# --- retries ----------------------------------------------------------------------------------


def test_a_500_is_retried_with_backoff_then_succeeds(
    hook, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    [delivery_id] = notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})

    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert delivery.last_error == "HTTP 500"  # the body ("boom") is never stored
    wait = (delivery.next_attempt_at - timezone.now()).total_seconds()
    assert 25 < wait <= 30  # the first backoff step
    # Not due yet: a second run of the task (a redelivered message) sends nothing.
    assert webhook_delivery_attempt(delivery_id=delivery_id).status == "skipped"
    assert len(receiver.received) == 1

    later = delivery.next_attempt_at + timedelta(seconds=1)
    outcome = webhook_delivery_attempt(delivery_id=delivery_id, now=later)

    delivery.refresh_from_db()
    assert outcome.status == "succeeded"
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 2, 200)
    assert [r.signature_ok for r in receiver.received] == [True, True]
    # The same delivery id and the same body on each attempt: the receiver can deduplicate.
    assert receiver.received[0].body == receiver.received[1].body
    codes = list(
        WebhookAttempt.objects.filter(delivery=delivery).values_list("status_code", flat=True)
    )
    assert codes == [500, 200]


def test_the_task_retries_on_the_broker_after_the_backoff(hook, receiver, monkeypatch):
    receiver.statuses = [503]
    delivery = WebhookDelivery.objects.create(
        webhook=hook, event_type=PUBLISHED, payload={}, next_attempt_at=timezone.now()
    )
    retried = {}

    class Retry(Exception):
        pass

    def retry(countdown: float) -> Retry:
        retried["countdown"] = countdown
        return Retry()

    monkeypatch.setattr(tasks.deliver, "retry", retry)
    tasks.deliver.push_request(is_eager=False)
    try:
        with pytest.raises(Retry):
            tasks.deliver.run(delivery.pk)
    finally:
        tasks.deliver.pop_request()

    assert retried == {"countdown": 30.0}


def test_backoff_doubles_up_to_a_cap():
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(30) == timedelta(hours=1)


def test_attempts_are_bounded(hook, receiver, settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 3
    receiver.statuses = [500, 502, 500, 500]
    [delivery_id] = notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})
    for _ in range(3):
        later = timezone.now() + timedelta(hours=2)
        webhook_delivery_attempt(delivery_id=delivery_id, now=later)

    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == ("failed", 3, None)
    assert len(receiver.received) == 3
    assert WebhookAttempt.objects.filter(delivery=delivery).count() == 3


def allow_loopback(settings, port: int) -> None:
    """Widen the outbound policy to a loopback port for this test (production refuses it)."""
    settings.FACTCHECK_OUTBOUND_ALLOW_PRIVATE = True
    settings.FACTCHECK_OUTBOUND_PORTS = [*settings.FACTCHECK_OUTBOUND_PORTS, port]


def test_a_server_that_is_down_is_an_attempt_too(
    partner, settings, django_capture_on_commit_callbacks
):
    import socket

    with socket.socket() as sock:  # a free port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    allow_loopback(settings, port)
    webhook_create(partner=partner, url=f"http://127.0.0.1:{port}/", events=[PUBLISHED])
    [delivery_id] = notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})

    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, None)
    assert "ConnectionRefusedError" in delivery.last_error


def test_the_sweep_enqueues_due_deliveries_only(hook, receiver, django_capture_on_commit_callbacks):
    receiver.statuses = [500]
    [delivery_id] = notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})
    with django_capture_on_commit_callbacks(execute=False) as now_callbacks:
        assert webhook_deliveries_send_due() == 0
    assert now_callbacks == []

    later = timezone.now() + timedelta(minutes=5)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert webhook_deliveries_send_due(now=later) == 1
    assert len(callbacks) == 1
    assert WebhookDelivery.objects.get(pk=delivery_id).status == "pending"


def test_webhook_tasks_go_to_the_mail_queue():
    from celery import current_app

    route = current_app.amqp.router.route({}, "webhooks.deliver")
    assert route["queue"].name.endswith("mail")


# --- replay from the admin --------------------------------------------------------------------


def test_replay_from_the_admin_sends_again(
    hook, receiver, client, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    [delivery_id] = notify(django_capture_on_commit_callbacks, event_type=PUBLISHED, payload={})
    WebhookDelivery.objects.filter(pk=delivery_id).update(status="failed", next_attempt_at=None)
    client.force_login(make_user("adam", "Admin", superuser=True))

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            reverse("admin:partners_webhookdelivery_changelist"),
            {"action": "replay", "_selected_action": [delivery_id]},
        )

    assert response.status_code == 302
    assert len(callbacks) == 1
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert (delivery.status, delivery.attempts) == ("succeeded", 1)  # a new budget
    assert [r.signature_ok for r in receiver.received] == [True, True]
    assert receiver.received[0].headers["X-Factcheck-Delivery"] == str(delivery.key)
    assert receiver.received[1].headers["X-Factcheck-Delivery"] == str(delivery.key)
    # Both attempts are on record, and shown on the delivery's page.
    assert WebhookAttempt.objects.filter(delivery=delivery).count() == 2
    page = client.get(reverse("admin:partners_webhookdelivery_change", args=[delivery_id]))
    assert page.status_code == 200
    assert "HTTP 500" in page.content.decode()
    assert "boom" not in page.content.decode()  # what the target answered is not kept


def test_admin_shows_a_new_webhook_secret_once(partner, receiver, client):
    client.force_login(make_user("adam", "Admin", superuser=True))
    response = client.post(
        reverse("admin:partners_webhook_add"),
        {"partner": partner.pk, "url": receiver.url, "events": [PUBLISHED], "active": "on"},
    )

    assert response.status_code == 200, response.content
    webhook = Webhook.objects.get(partner=partner)
    assert webhook.secret.startswith("whsec_")
    assert webhook.secret in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    change = client.get(reverse("admin:partners_webhook_change", args=[webhook.pk]))
    assert webhook.secret not in change.content.decode()


def test_admin_refuses_a_url_that_is_not_http(partner, client):
    client.force_login(make_user("adam", "Admin", superuser=True))
    response = client.post(
        reverse("admin:partners_webhook_add"),
        {"partner": partner.pk, "url": "ftp://partner.example.org/", "events": [PUBLISHED]},
    )

    assert response.status_code == 200
    assert not Webhook.objects.exists()
    assert "Enter a valid URL" in response.content.decode()


# --- the events -------------------------------------------------------------------------------


@pytest.fixture
def in_review(db) -> Verdict:
    return VerdictFactory(
        status=Verdict.Status.IN_REVIEW,
        reviewer=None,
        published_at=None,
        author=make_user("rita", "Reviewer"),
    )


def test_publishing_and_correcting_a_verdict_fire_events(
    hook, receiver, in_review, reader, django_capture_on_commit_callbacks
):
    editor = make_user("edith", "Editor")
    with django_capture_on_commit_callbacks(execute=True):
        verdict_publish(verdict_id=in_review.pk, publisher=editor)

    [published] = receiver.received
    assert published.signature_ok
    assert published.headers["X-Factcheck-Event"] == "verdict.published"
    data = published.json["data"]
    api_url = f"http://localhost:8000/api/v1/verdicts/{in_review.pk}"
    assert data["api_url"] == api_url
    # The verdict as the API shows it (modulo the host the API was asked on).
    shown = reader.get(f"/api/v1/verdicts/{in_review.pk}").json()
    for link in ("claimreview_url", "page_url"):
        shown[link] = shown[link].replace("http://testserver", "")
        data["verdict"][link] = data["verdict"][link].replace("http://localhost:8000", "")
    assert data["verdict"] == shown

    with django_capture_on_commit_callbacks(execute=True):
        proposal = correction_propose(
            verdict_id=in_review.pk,
            actor=in_review.author,
            rating=Verdict.Rating.MOSTLY_FALSE,
            rationale="The operator later confirmed one crew member survived.",
            note="Crew count corrected.",
        )
        correction_approve(correction_id=proposal.pk, approver=editor)

    corrected = receiver.received[1]
    assert corrected.signature_ok
    assert corrected.headers["X-Factcheck-Event"] == "verdict.corrected"
    assert corrected.json["data"]["verdict"]["rating"] == "mostly_false"
    assert corrected.json["data"]["verdict"]["status"] == "corrected"


def test_a_finding_opened_by_the_engine_fires_an_event(
    hook, receiver, django_capture_on_commit_callbacks
):
    event = EventFactory(key="tanker")
    centcom = SourceFactory(name="US Central Command")
    irgc = SourceFactory(name="IRGC")
    for claimant, polarity in ((centcom, "denied"), (irgc, "affirmed")):
        ClaimFactory(
            document=DocumentFactory(event=event),
            claimant=claimant,
            kind=Claim.Kind.CAUSE,
            category="",
            count_min=None,
            count_max=None,
            qualifier="",
            scope="",
            cause=Claim.Cause.HOSTILE_FIRE,
            polarity=polarity,
        )

    with django_capture_on_commit_callbacks(execute=True):
        run = event_evaluate_and_announce(event_id=event.pk)

    assert run.findings_created >= 1
    events = [r.json for r in receiver.received]
    assert {e["event"] for e in events} == {"finding.opened"}
    assert len(events) == run.findings_created
    assert all(r.signature_ok for r in receiver.received)
    finding = events[0]["data"]["finding"]
    assert finding["event"] == "tanker"
    assert finding["status"] == "open"
    assert events[0]["data"]["api_url"].endswith(f"/api/v1/findings/{finding['id']}")

    # A re-run over the same claims opens nothing new: no event.
    with django_capture_on_commit_callbacks(execute=True):
        event_evaluate_and_announce(event_id=event.pk)
    assert len(receiver.received) == len(events)


# --- the API ----------------------------------------------------------------------------------


def test_register_a_webhook_through_the_api(partner, receiver):
    api = client_for(partner)
    response = api.post(URL, {"url": receiver.url, "events": [OPENED, PUBLISHED]}, format="json")

    assert response.status_code == 201, response.json()
    body = response.json()
    webhook = Webhook.objects.get(pk=body["id"])
    assert body["secret"] == webhook.secret
    assert body["events"] == ["finding.opened", "verdict.published"]
    assert body["active"] is True
    assert response["Location"] == body["api_url"]
    # The secret is shown once: not on a later read.
    shown = api.get(f"{URL}/{webhook.pk}").json()
    assert "secret" not in shown
    assert shown["url"] == receiver.url


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://partner.example.org/", "events": [PUBLISHED]}, "url"),
        ({"url": "javascript:alert(1)", "events": [PUBLISHED]}, "url"),
        ({"url": "https://partner.example.org/", "events": []}, "events"),
        ({"url": "https://partner.example.org/", "events": ["verdict.deleted"]}, "events"),
        ({"url": "https://partner.example.org/", "events": [PUBLISHED], "active": "yes"}, "active"),
        ({"url": "https://partner.example.org/", "events": [PUBLISHED], "secret": "x"}, "secret"),
        ({"events": [PUBLISHED]}, "url"),
    ],
)
def test_bad_webhooks_are_refused_field_by_field(partner, body, field):
    response = client_for(partner).post(URL, body, format="json")

    assert response.status_code == 400
    assert field in response.json()


def test_finding_events_need_the_findings_scope(make_client):
    response = make_client(Scope.READ).post(
        URL, {"url": "https://partner.example.org/", "events": [OPENED]}, format="json"
    )

    assert response.status_code == 400
    assert "read:findings" in response.json()["events"][0]


def test_a_partner_sees_and_changes_only_its_own_webhooks(partner, db):
    mine, _ = webhook_create(partner=partner, url="https://a.example.org/", events=[PUBLISHED])
    theirs, _ = webhook_create(
        partner=PartnerFactory(), url="https://b.example.org/", events=[PUBLISHED]
    )
    api = client_for(partner)

    assert [w["id"] for w in api.get(URL).json()["results"]] == [mine.pk]
    assert api.get(f"{URL}/{theirs.pk}").status_code == 404
    assert api.patch(f"{URL}/{theirs.pk}", {"active": False}, format="json").status_code == 404
    assert api.delete(f"{URL}/{theirs.pk}").status_code == 404

    changed = api.patch(f"{URL}/{mine.pk}", {"active": False, "events": [CORRECTED]}, format="json")
    assert changed.status_code == 200, changed.json()
    assert (changed.json()["active"], changed.json()["events"]) == (False, ["verdict.corrected"])
    assert api.delete(f"{URL}/{mine.pk}").status_code == 204
    assert list(Webhook.objects.all()) == [theirs]


def test_any_scope_manages_webhooks_and_no_token_gets_401(make_client, anonymous):
    submitter = make_client(Scope.SUBMIT)
    assert submitter.get(URL).status_code == 200
    assert anonymous.get(URL).status_code == 401
    assert make_client().get(URL).status_code == 403  # a partner with no scope at all


def test_webhook_list_queries_do_not_grow_with_rows(partner, settings, django_assert_num_queries):
    settings.FACTCHECK_WEBHOOKS_PER_PARTNER = 50
    api = client_for(partner)
    api.get(URL)  # writes the token's last_used_at, once
    for n in range(3):
        webhook_create(partner=partner, url=f"https://{n}.example.org/", events=[PUBLISHED])
    with django_assert_num_queries(2):
        # 1. the token and its partner
        # 2. the page of the partner's webhooks
        assert len(api.get(URL).json()["results"]) == 3
    for n in range(20):
        webhook_create(partner=partner, url=f"https://more{n}.example.org/", events=[OPENED])
    with django_assert_num_queries(2):
        assert len(api.get(URL).json()["results"]) == 23


# --- on a real worker -------------------------------------------------------------------------


@pytest.fixture
def webhook_worker(transactional_db, tmp_path, receiver) -> Iterator[Worker]:
    """A Celery worker over the broker with a one-second backoff, allowed to POST to the
    loopback receiver; this process sends tasks to its queues, routed as in production
    (webhooks.* on the mail queue)."""
    env = {
        "FACTCHECK_WEBHOOK_BACKOFF_SECONDS": "1",
        "FACTCHECK_OUTBOUND_ALLOW_PRIVATE": "1",
        "FACTCHECK_OUTBOUND_PORTS": ",".join(str(p) for p in receiver_ports(receiver)),
    }
    process = Worker(f"test-{uuid.uuid4().hex[:10]}", tmp_path, env=env)
    with sending_to(process):
        process.start()
        try:
            yield process
        finally:
            process.stop()


@pytest.mark.integration
@needs_services
def test_a_worker_retries_a_500_with_backoff_then_delivers(webhook_worker, hook, receiver):
    receiver.statuses = [500]
    with transaction.atomic():
        [delivery_id] = webhooks_notify(event_type=PUBLISHED, payload={"verdict": {"id": 1}})

    def delivered() -> bool:
        return WebhookDelivery.objects.get(pk=delivery_id).status == "succeeded"

    wait_for(delivered, timeout=30, what="the delivery to succeed", worker=webhook_worker)
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert delivery.attempts == 2
    assert [r.signature_ok for r in receiver.received] == [True, True]
    first, second = WebhookAttempt.objects.filter(delivery=delivery).order_by("attempted_at")
    assert (first.status_code, second.status_code) == (500, 200)
    assert (second.attempted_at - first.attempted_at).total_seconds() >= 1  # the backoff
    # Both attempts ran on the worker: the retry was scheduled by the task itself.
    received = re.findall(r"Task webhooks\.deliver\[[^\]]+\] received", webhook_worker.log())
    assert len(received) == 2
