"""A real SMTP server on loopback (aiosmtpd) and a record with changes in one daily period."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from claims.models import Verdict
from factcheck.digests.models import Frequency, Subscription
from factcheck.digests.periods import Period, period_containing
from factcheck.digests.selectors import changes_cache_clear
from factcheck.models import Finding, FindingChange, Severity
from tests.api.factories import FindingFactory, VerdictFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

# The daily period the tests' changes fall in.
DAY = datetime(2026, 3, 12, tzinfo=UTC)
IN_PERIOD = DAY + timedelta(hours=10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Recorder:
    """The server's handler: keeps what it accepted; can refuse or stall on demand."""

    received: list[Received] = field(default_factory=list)
    # Replies to give instead of accepting, one per DATA, in order (e.g. "451 try later").
    refusals: list[str] = field(default_factory=list)
    # Stall on the n-th DATA (1-based) until `release` is set; that message is not kept.
    stall_at: int | None = None
    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    datas: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            self.datas += 1
            number = self.datas
            refusal = self.refusals.pop(0) if self.refusals else None
        if self.stall_at == number:
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 aborted"
        if refusal:
            return refusal
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 OK"

    def to(self, email: str) -> list[EmailMessage]:
        with self.lock:
            return [r.message for r in self.received if email in r.rcpt_tos]


@dataclass
class SmtpServer:
    host: str
    port: int
    recorder: Recorder

    @property
    def received(self) -> list[Received]:
        with self.recorder.lock:
            return list(self.recorder.received)


@pytest.fixture
def smtp_server():
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, recorder)
    finally:
        recorder.release.set()
        controller.stop()


@pytest.fixture
def smtp(smtp_server, settings):
    """Django's SMTP backend pointed at the loopback server."""
    from factcheck.digests import mailer

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = smtp_server.host
    settings.EMAIL_PORT = smtp_server.port
    mailer.close()
    yield smtp_server
    mailer.close()


@pytest.fixture(autouse=True)
def _fresh_changes_cache():
    changes_cache_clear()
    yield
    changes_cache_clear()


@pytest.fixture
def site(settings):
    settings.FACTCHECK_SITE_URL = "https://desk.example.org"
    settings.FACTCHECK_DIGEST_MESSAGE_ID_DOMAIN = "desk.example.org"
    return settings


def at(moment: datetime, row, *fields: str) -> None:
    """Backdates auto_now_add fields (created_at, at) to `moment`."""
    type(row).objects.filter(pk=row.pk).update(**dict.fromkeys(fields, moment))


@dataclass
class Record:
    tanker: object
    ferry: object
    critical: Finding
    warning: Finding
    reopened: Finding
    old: Finding
    verdict: Verdict
    period: Period


def make_record() -> Record:
    """In the daily period of DAY: a critical and a warning finding created, one reopened, a
    verdict published and CENTCOM's killed count moving from 4 to 6; before it, an old
    finding."""
    tanker = EventFactory(key="tanker", title="Tanker lost over western Iraq")
    ferry = EventFactory(key="ferry", title="Ferry sinking")
    centcom = SourceFactory(name="US Central Command")
    before = ClaimFactory(
        document=DocumentFactory(event=tanker), claimant=centcom, count_min=4, count_max=4
    )
    at(DAY - timedelta(days=1), before, "created_at")
    now_six = ClaimFactory(document=DocumentFactory(event=tanker), claimant=centcom)
    at(IN_PERIOD, now_six, "created_at")

    critical = FindingFactory(
        event=tanker,
        rule="casualty_conflict",
        severity=Severity.CRITICAL,
        message="Counts of the killed do not overlap.",
    )
    warning = FindingFactory(
        event=ferry, rule="casualty_revision", severity=Severity.WARNING, message="Revised."
    )
    reopened = FindingFactory(
        event=tanker, rule="cause_contradiction", severity=Severity.NOTE, message="Causes."
    )
    old = FindingFactory(event=ferry, rule="casualty_revision", message="Old one.")
    for finding in (critical, warning):
        at(IN_PERIOD, finding, "created_at")
    for finding in (reopened, old):
        at(DAY - timedelta(days=3), finding, "created_at")
    change = FindingChange.objects.create(
        finding=reopened, from_status="resolved", to_status="open", reason="Reopened."
    )
    at(IN_PERIOD + timedelta(hours=1), change, "at")

    verdict = VerdictFactory(
        claim=ClaimFactory(document=DocumentFactory(event=tanker), claimant=centcom),
        published_at=IN_PERIOD + timedelta(hours=2),
    )
    return Record(
        tanker=tanker,
        ferry=ferry,
        critical=critical,
        warning=warning,
        reopened=reopened,
        old=old,
        verdict=verdict,
        period=period_containing(frequency=Frequency.DAILY, at=DAY),
    )


@pytest.fixture
def record(db) -> Record:
    return make_record()


def active_subscription(email: str = "editor@news.example.org", **fields) -> Subscription:
    fields.setdefault("frequency", Frequency.DAILY)
    events = fields.pop("events", ())
    subscription = Subscription.objects.create(
        email=email,
        status=Subscription.Status.ACTIVE,
        confirmed_at=DAY - timedelta(days=30),
        **fields,
    )
    subscription.events.set(events)
    return subscription
