"""What a partner may do: the scope check shared by the API and the digests.

Below both interfaces, so that the digests apply the API's access rules without importing
factcheck.api. ScopeMissing is a 403 wherever Django REST framework answers.
"""

from __future__ import annotations

from rest_framework import exceptions

from partners.models import Partner


class ScopeMissing(exceptions.PermissionDenied):
    default_detail = "Your token's partner does not have the scope this needs."
    default_code = "scope_missing"


def scope_require(partner: Partner, *scopes: str) -> None:
    """Raise ScopeMissing (403) unless the partner has at least one of `scopes`."""
    if not any(partner.has_scope(scope) for scope in scopes):
        wanted = " or ".join(f"'{scope}'" for scope in scopes)
        raise ScopeMissing(f"This needs the scope {wanted}.")
