from __future__ import annotations

# The partner's HTTP server on loopback, shared with the webhook tests of the API.
from tests.api.test_webhooks import receiver  # noqa: F401
