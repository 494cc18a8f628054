"""One mail connection per thread, reused for a batch of messages.

A worker sending a period's digests one task per subscription would otherwise open an SMTP
connection (and a TLS handshake) per message. The connection is closed after
FACTCHECK_DIGEST_SMTP_BATCH messages, after any error, when idle for IDLE_SECONDS (servers drop
idle clients), and when the settings it was opened with change.
"""

from __future__ import annotations

import contextlib
import threading
import time

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

IDLE_SECONDS = 10.0

_local = threading.local()


def _settings_key() -> tuple:
    return (
        settings.EMAIL_BACKEND,
        settings.EMAIL_HOST,
        settings.EMAIL_PORT,
        settings.EMAIL_HOST_USER,
        settings.EMAIL_USE_TLS,
    )


def close() -> None:
    backend = getattr(_local, "backend", None)
    _local.backend = None
    if backend is not None:
        # Closing a broken connection: nothing left to do if that fails too.
        with contextlib.suppress(Exception):
            backend.close()


def _connection():
    backend = getattr(_local, "backend", None)
    if backend is not None and (
        _local.key != _settings_key() or time.monotonic() - _local.used_at > IDLE_SECONDS
    ):
        close()
        backend = None
    if backend is None:
        backend = get_connection(fail_silently=False)
        backend.open()
        _local.backend, _local.key, _local.sent = backend, _settings_key(), 0
        _local.used_at = time.monotonic()
    return backend


def send(message: EmailMessage) -> None:
    """Sends one message on the thread's connection; raises what the backend raises."""
    backend = _connection()
    try:
        sent = backend.send_messages([message])
    except BaseException:
        close()  # the connection's state is unknown: the next message gets a fresh one
        raise
    _local.used_at = time.monotonic()
    _local.sent += 1
    if _local.sent >= settings.FACTCHECK_DIGEST_SMTP_BATCH:
        close()
    if sent != 1:
        raise RuntimeError("the mail backend did not send the message")
