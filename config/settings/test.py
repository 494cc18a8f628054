"""Tests: base settings with tasks eager by default.

Integration tests that exercise the broker switch eager mode off for their duration and
start a real worker (tests/integration/conftest.py), so eager mode cannot hide an enqueue bug
there.
"""

from config.settings.base import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The suite makes many requests without a token from one address within a minute; the tests
# of that limit set it low themselves (the settings fixture), so the suite's pace never meets it.
FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE = 1_000_000
