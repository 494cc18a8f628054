"""Production: base settings plus HTTPS hardening. Requires SECRET_KEY in the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import *  # noqa: F403
from config.settings.base import env_bool

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True

# Outbound HTTP (links, feeds, webhooks) never reaches loopback or private addresses here.
if env_bool("FACTCHECK_OUTBOUND_ALLOW_PRIVATE"):
    raise ImproperlyConfigured("FACTCHECK_OUTBOUND_ALLOW_PRIVATE is for tests only")
FACTCHECK_OUTBOUND_ALLOW_PRIVATE = False
