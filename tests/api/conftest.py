from __future__ import annotations

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from partners.models import Scope
from partners.services import api_token_create
from tests.api.factories import PartnerFactory


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The throttle counts live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def client_for(partner) -> APIClient:
    _, plain = api_token_create(partner=partner)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plain}")
    return client


@pytest.fixture
def make_client(db):
    """An APIClient with a token of a new partner holding `scopes`."""

    def make(*scopes: str, **partner_fields) -> APIClient:
        return client_for(PartnerFactory(scopes=list(scopes), **partner_fields))

    return make


@pytest.fixture
def reader(make_client) -> APIClient:
    return make_client(Scope.READ)


@pytest.fixture
def anonymous() -> APIClient:
    return APIClient()
