"""Per-partner rate limits: 429 with Retry-After once a partner's per-minute budget is spent."""

from __future__ import annotations

from partners.models import Scope
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory


def test_partner_over_its_rate_gets_429_with_retry_after(db):
    client = client_for(PartnerFactory(rate_limit_per_minute=3))

    statuses = [client.get("/api/v1/events").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/events")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "throttled" in response.json()["detail"].lower()


def test_rate_is_per_partner_not_per_token_or_global(db):
    partner = PartnerFactory(rate_limit_per_minute=2, scopes=[Scope.READ])
    first, second = client_for(partner), client_for(partner)
    other = client_for(PartnerFactory(rate_limit_per_minute=2))

    assert first.get("/api/v1/events").status_code == 200
    assert second.get("/api/v1/events").status_code == 200
    # The partner's two tokens share one budget; another partner has its own.
    assert first.get("/api/v1/events").status_code == 429
    assert second.get("/api/v1/events").status_code == 429
    assert other.get("/api/v1/events").status_code == 200


def test_rejected_requests_do_not_spend_a_partner_budget(db, anonymous):
    client = client_for(PartnerFactory(rate_limit_per_minute=1))
    for _ in range(3):
        assert anonymous.get("/api/v1/events").status_code == 401

    assert client.get("/api/v1/events").status_code == 200
