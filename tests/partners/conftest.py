from __future__ import annotations

from tests.api.conftest import make_client, reader  # noqa: F401

# The partner's HTTP server on loopback, shared with the webhook tests of the API.
from tests.api.test_webhooks import receiver  # noqa: F401
