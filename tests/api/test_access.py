"""Tokens and scopes: 401 without a valid token, 403 without the scope, 200 with it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from partners.models import ApiToken, Partner, Scope
from partners.services import api_token_create, api_token_revoke, token_hash
from tests.api.factories import FindingFactory, PartnerFactory, VerdictFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory

# (url name, needs an object id, the scope that opens it)
READ_ENDPOINTS = [
    ("api:document-list", False, Scope.READ),
    ("api:document-detail", True, Scope.READ),
    ("api:claim-list", False, Scope.READ),
    ("api:claim-detail", True, Scope.READ),
    ("api:event-list", False, Scope.READ),
    ("api:event-detail", True, Scope.READ),
    ("api:source-list", False, Scope.READ),
    ("api:source-detail", True, Scope.READ),
    ("api:finding-list", False, Scope.READ_FINDINGS),
    ("api:finding-detail", True, Scope.READ_FINDINGS),
    ("api:verdict-list", False, Scope.READ),
    ("api:verdict-detail", True, Scope.READ),
    ("api:verdict-claimreview", True, Scope.READ),
    ("api:claimreview-feed", False, Scope.READ),
]


@pytest.fixture
def record(db) -> dict[str, int]:
    """One of each resource; their ids by url name."""
    claim = ClaimFactory(document=DocumentFactory(event=EventFactory()))
    verdict = VerdictFactory(claim=claim)
    finding = FindingFactory(event=claim.event, claims=[claim])
    return {
        "api:document-detail": claim.document_id,
        "api:claim-detail": claim.pk,
        "api:event-detail": claim.event_id,
        "api:source-detail": claim.claimant_id,
        "api:finding-detail": finding.pk,
        "api:verdict-detail": verdict.pk,
        "api:verdict-claimreview": verdict.pk,
    }


def url_of(name: str, needs_id: bool, record: dict[str, int]) -> str:
    return reverse(name, kwargs={"pk": record[name]}) if needs_id else reverse(name)


@pytest.mark.parametrize(("name", "needs_id", "scope"), READ_ENDPOINTS)
def test_anonymous_request_gets_401_with_the_scheme(anonymous, record, name, needs_id, scope):
    response = anonymous.get(url_of(name, needs_id, record))

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


@pytest.mark.parametrize(("name", "needs_id", "scope"), READ_ENDPOINTS)
def test_partner_without_the_scope_gets_403(make_client, record, name, needs_id, scope):
    # Documents are also open to `submit` (its own documents): leave it out there.
    others = [s for s in Scope.values if s != scope and not name.startswith("api:document")]
    client = make_client(*others)

    response = client.get(url_of(name, needs_id, record))

    assert response.status_code == 403
    assert response.json()["detail"].startswith("This needs the scope")


@pytest.mark.parametrize(("name", "needs_id", "scope"), READ_ENDPOINTS)
def test_partner_with_the_scope_gets_200(make_client, record, name, needs_id, scope):
    response = make_client(scope).get(url_of(name, needs_id, record))

    assert response.status_code == 200


def test_partner_with_no_scope_at_all_gets_nothing(make_client, record):
    client = make_client()
    for name, needs_id, _ in READ_ENDPOINTS:
        assert client.get(url_of(name, needs_id, record)).status_code == 403, name
    assert client.post(reverse("api:document-list"), {"text": "x"}).status_code == 403


def test_submit_scope_is_needed_to_post(make_client):
    client = make_client(Scope.READ, Scope.READ_FINDINGS)

    response = client.post(reverse("api:document-list"), {"text": "Six were killed."})

    assert response.status_code == 403
    assert "submit" in response.json()["detail"]


@pytest.mark.parametrize(
    "header",
    [
        "Bearer fcd_not-a-token",
        "Bearer",
        "Bearer a b",
        "Bearer wrongprefix",
        "Bearer fcd_é",
    ],
)
def test_invalid_token_gets_401(db, header):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header.encode("utf-8").decode("latin-1"))

    response = client.get(reverse("api:claim-list"))

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


def test_other_authorization_schemes_are_anonymous(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")

    assert client.get(reverse("api:claim-list")).status_code == 401


def test_revoked_token_gets_401(db):
    partner = PartnerFactory()
    token, plain = api_token_create(partner=partner)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plain}")
    assert client.get(reverse("api:claim-list")).status_code == 200

    assert api_token_revoke(token=token) is True
    assert api_token_revoke(token=token) is False  # twice changes nothing

    assert client.get(reverse("api:claim-list")).status_code == 401


def test_token_of_an_inactive_partner_gets_401(db):
    partner = PartnerFactory(active=False)
    _, plain = api_token_create(partner=partner)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plain}")

    assert client.get(reverse("api:claim-list")).status_code == 401


def test_token_is_stored_hashed_with_a_prefix(db):
    token, plain = api_token_create(partner=PartnerFactory(), label="newsroom CMS")

    token.refresh_from_db()
    assert plain.startswith("fcd_")
    assert len(plain) > 40
    assert token.prefix == plain[:12]
    assert token.secret_hash == token_hash(plain)
    assert plain not in {token.secret_hash, token.label, token.prefix}


def test_last_used_at_is_recorded_at_most_once_a_minute(db):
    token, plain = api_token_create(partner=PartnerFactory())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plain}")

    client.get(reverse("api:event-list"))
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None

    client.get(reverse("api:event-list"))
    token.refresh_from_db()
    assert token.last_used_at == first

    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    client.get(reverse("api:event-list"))
    token.refresh_from_db()
    assert token.last_used_at > first - timedelta(minutes=1)
    assert token.last_used_at <= timezone.now()


@pytest.fixture
def admin_client_(db, client):
    user = get_user_model().objects.create_superuser("desk", "desk@example.org", "pw-desk-123")
    client.force_login(user)
    return client


def test_admin_action_creates_a_token_and_shows_it_once(admin_client_):
    partner = PartnerFactory()

    response = admin_client_.post(
        reverse("admin:partners_partner_changelist"),
        {"action": "create_token", "_selected_action": [partner.pk]},
    )

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = ApiToken.objects.get(partner=partner)
    [plain] = re.findall(r"<code>(fcd_[^<]+)</code>", response.content.decode())
    assert token_hash(plain) == token.secret_hash
    # The change page lists the token by prefix and never shows the secret again.
    page = admin_client_.get(reverse("admin:partners_partner_change", args=[partner.pk]))
    assert token.prefix in page.content.decode()
    assert plain not in page.content.decode()


def test_admin_action_revokes_tokens(admin_client_):
    token, _ = api_token_create(partner=PartnerFactory())

    response = admin_client_.post(
        reverse("admin:partners_apitoken_changelist"),
        {"action": "revoke", "_selected_action": [token.pk]},
        follow=True,
    )

    assert response.status_code == 200
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_admin_partner_form_saves_scopes(admin_client_):
    response = admin_client_.post(
        reverse("admin:partners_partner_add"),
        {
            "name": "Wire desk",
            "contact_email": "api@wire.example.org",
            "active": "on",
            "scopes": [Scope.READ, Scope.SUBMIT],
            "rate_limit_per_minute": "60",
            "tokens-TOTAL_FORMS": "0",
            "tokens-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Partner.objects.get(name="Wire desk").scopes == [Scope.READ, Scope.SUBMIT]
