"""Tests: base settings with tasks eager by default.

Integration tests that exercise the broker switch eager mode off for their duration and
start a real worker (tests/integration/conftest.py), so eager mode cannot hide an enqueue bug
there.
"""

from config.settings.base import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
