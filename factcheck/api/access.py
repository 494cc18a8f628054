"""Who is calling and what they may do: bearer tokens of partners, scopes, rate limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from factcheck.api.throttling import anonymous_hit, window_hit
from partners.models import ApiToken, Partner
from partners.scopes import ScopeMissing, scope_require
from partners.selectors import api_token_find_active
from partners.services import api_token_touch


@dataclass(frozen=True)
class PartnerClient:
    """request.user for a request made with a partner's token."""

    partner: Partner
    token: ApiToken = field(repr=False)
    is_authenticated: bool = True
    is_anonymous: bool = False

    def __str__(self) -> str:
        return f"partner {self.partner.name} ({self.token.prefix}…)"


def request_partner(request: Request) -> Partner:
    """The calling partner; NotAuthenticated (401) for a request without a token."""
    user = request.user
    if not isinstance(user, PartnerClient):
        raise exceptions.NotAuthenticated()
    return user.partner


class PartnerTokenAuthentication(BaseAuthentication):
    """`Authorization: Bearer <token>` with a token created in the admin."""

    keyword = b"bearer"

    def authenticate(self, request: Request) -> tuple[PartnerClient, ApiToken] | None:
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Expected 'Authorization: Bearer <token>'.")
        try:
            plain = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        token = api_token_find_active(plain=plain)
        if token is None:
            # A bad token spends the address's budget for requests without a valid token:
            # guessing tokens is throttled like requests without one (the middleware's).
            wait = anonymous_hit(request._request)
            if wait is not None:
                raise exceptions.Throttled(wait=wait)
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        api_token_touch(token=token)
        return PartnerClient(partner=token.partner, token=token), token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class PartnerHasScope(BasePermission):
    """The view's `required_scopes` for the method: the partner needs one of them.

    A view without `required_scopes` is open to no one: forgetting it fails closed. The
    resource's selector checks the scope again, so a view cannot read around it.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if not isinstance(request.user, PartnerClient):
            return False  # DRF turns this into 401 with WWW-Authenticate
        if not hasattr(view, request.method.lower()):
            return True  # DRF answers 405 Method Not Allowed
        method = "GET" if request.method in ("HEAD", "OPTIONS") else request.method
        scopes = getattr(view, "required_scopes", {}).get(method, ())
        if not scopes:
            raise ScopeMissing("This operation is open to no partner.")
        scope_require(request.user.partner, *scopes)
        return True


class PartnerRateThrottle(BaseThrottle):
    """Requests per minute per partner, the rate from the partner's row, on a fixed window
    (factcheck.api.throttling). Counts live in Django's default cache: per process with the
    local-memory default, shared across processes and machines with Redis (CACHE_URL).
    Requests without a token are limited per client address by the middleware."""

    def __init__(self) -> None:
        self._wait: float | None = None

    def allow_request(self, request: Request, view: Any) -> bool:
        if not isinstance(request.user, PartnerClient):
            return True
        partner = request.user.partner
        self._wait = window_hit(f"partner:{partner.pk}", partner.rate_limit_per_minute)
        return self._wait is None

    def wait(self) -> float | None:
        return self._wait


class PartnerTokenScheme(OpenApiAuthenticationExtension):
    target_class = PartnerTokenAuthentication
    name = "partnerToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A partner's API token, created in the admin.",
        }
