"""Digest benchmark: python bench/bench_digests.py [--subscribers 10000] [--processes 2] [--sqlite]

Sends one daily digest to each of 10 thousand subscribers through an SMTP server on loopback
(aiosmtpd, in a process of its own), by the path beat takes: the fan-out creates one delivery
per subscriber, then `digests.send_delivery` runs once per delivery in --processes sender
processes (what `celery worker --concurrency N` does with the queue; no broker is needed
here), each process sending on its shared SMTP connection (a new one every
FACTCHECK_DIGEST_SMTP_BATCH messages). --processes 1 runs the fan-out with its sends in
process (eager), as on the embedded default.

Prints messages per second (goal: at least 200/s) and peak memory (the process's peak RSS,
and how much the run added to it). Checks that the server received exactly one message per
subscriber with mail to send and that a second run sends nothing.

Runs against DATABASE_URL (default postgres://postgres@127.0.0.1:5432/factcheck_digests_bench),
which it migrates and whose digest and record tables it EMPTIES; --sqlite uses a temporary
SQLite file instead.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import Targets, postgres_database_create

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DAY = datetime(2026, 3, 12, tzinfo=UTC)
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck_digests_bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smtp_server(port: int, received, ready, stop) -> None:
    """A loopback SMTP server that counts what it accepts (runs in its own process)."""
    from aiosmtpd.controller import Controller

    class Counter:
        async def handle_DATA(self, server, session, envelope) -> str:
            with received.get_lock():
                received.value += len(envelope.rcpt_tos)
            return "250 OK"

    controller = Controller(Counter(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()


def setup(*, database_url: str | None, smtp_port: int, var_dir: str) -> None:
    if database_url:
        postgres_database_create(database_url)
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["FACTCHECK_VAR_DIR"] = var_dir
    os.environ.pop("CELERY_BROKER_URL", None)  # tasks in process
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    os.environ["EMAIL_HOST"] = "127.0.0.1"
    os.environ["EMAIL_PORT"] = str(smtp_port)
    os.environ["FACTCHECK_SITE_URL"] = "https://desk.example.org"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def reset() -> None:
    from claims.models import Claim, Document, Event, Source, Verdict
    from factcheck.digests.models import Delivery, Subscription
    from factcheck.models import Finding, FindingChange

    for model in (Delivery, Subscription, FindingChange, Finding, Verdict, Claim, Document):
        model.objects.all().delete()
    Event.objects.all().delete()
    Source.objects.all().delete()


def load(subscribers: int) -> None:
    """A day with 40 findings over 8 events, 10 verdicts and moving counts, and subscribers
    with a mix of filters."""
    import hashlib

    from django.contrib.auth import get_user_model

    from claims.models import Claim, Document, Event, Source, Verdict
    from factcheck.digests.models import Frequency, Subscription
    from factcheck.models import Finding, Severity

    in_day = DAY + timedelta(hours=9)
    events = Event.objects.bulk_create(
        [Event(key=f"event-{i}", title=f"Event {i}: aircraft lost") for i in range(8)]
    )
    outlet = Source.objects.create(name="Wire service", kind=Source.Kind.NEWS_AGENCY)
    claimants = [Source.objects.create(name=f"Claimant {i}") for i in range(4)]
    text = "Officials said six crew members were killed. " * 4
    claims = []
    for e, event in enumerate(events):
        for day, count in ((DAY - timedelta(days=1), 4), (in_day, 6)):
            document = Document.objects.create(
                publisher=outlet,
                url=f"https://news.example.org/{e}/{day:%d}",
                text=text + str(e) + str(day),
                content_hash=hashlib.sha256(f"{e}{day}".encode()).hexdigest(),
                event=event,
                published_at=day,
            )
            for c, claimant in enumerate(claimants):
                claims.append(
                    Claim(
                        document=document, event=event, claimant=claimant,
                        attribution="reported", kind="casualty", span_start=0, span_end=40,
                        text=text[:40], stated_at=day, category="killed", group="crew",
                        count_min=count + c, count_max=count + c, qualifier="exact",
                        scope="incident", fingerprint=f"b-{e}-{c}-{day:%d}",
                    )
                )  # fmt: skip
    Claim.objects.bulk_create(claims)
    Claim.objects.filter(stated_at__lt=DAY).update(created_at=DAY - timedelta(days=1))
    Claim.objects.filter(stated_at__gte=DAY).update(created_at=in_day)
    severities = [Severity.NOTE, Severity.WARNING, Severity.CRITICAL]
    Finding.objects.bulk_create(
        [
            Finding(
                rule=["casualty_conflict", "casualty_revision", "cause_contradiction"][i % 3],
                event=events[i % len(events)],
                severity=severities[i % 3],
                message=f"Finding {i}: the counts of two claimants do not overlap.",
                fingerprint=f"bench-{i}",
            )
            for i in range(40)
        ]
    )
    Finding.objects.update(created_at=in_day)
    users = get_user_model()
    author, _ = users.objects.get_or_create(username="bench-author")
    reviewer, _ = users.objects.get_or_create(username="bench-reviewer")
    first_claims = Claim.objects.filter(stated_at__gte=DAY).order_by("pk")[:10]
    for claim in first_claims:
        Verdict.objects.create(
            claim=claim, rating="false", rationale="No evidence.", author=author,
            reviewer=reviewer, status="published", published_at=in_day,
        )  # fmt: skip

    confirmed = DAY - timedelta(days=30)
    rows = [
        Subscription(
            email=f"subscriber{i:05d}@example.org",
            frequency=Frequency.DAILY,
            status=Subscription.Status.ACTIVE,
            confirmed_at=confirmed,
            min_severity=severities[i % 3],
            published_verdicts_only=i % 10 == 0,
            rules=["casualty_conflict"] if i % 7 == 0 else [],
        )
        for i in range(subscribers)
    ]
    Subscription.objects.bulk_create(rows, batch_size=2000)
    # Every fifth subscriber follows one event.
    through = Subscription.events.through
    ids = Subscription.objects.order_by("pk").values_list("pk", flat=True)
    through.objects.bulk_create(
        [
            through(subscription_id=pk, event_id=events[n % len(events)].pk)
            for n, pk in enumerate(ids)
            if n % 5 == 0
        ],
        batch_size=2000,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite database")
    parser.add_argument(
        "--processes",
        type=int,
        default=2,
        help="sender processes, as a worker's --concurrency (the README runs 2); 1: the "
        "fan-out sends in process (eager), as on the embedded default",
    )
    args = parser.parse_args()
    database_url = None if args.sqlite else os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)

    port = free_port()
    received = multiprocessing.Value("q", 0)
    ready, stop = multiprocessing.Event(), multiprocessing.Event()
    server = multiprocessing.Process(target=smtp_server, args=(port, received, ready, stop))
    server.start()
    try:
        if not ready.wait(30):
            raise SystemExit("the SMTP server did not start")
        with tempfile.TemporaryDirectory() as var_dir:
            targets = run(
                args, database_url=database_url, port=port, received=received, var_dir=var_dir
            )
    finally:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        stop.set()
        server.join(10)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        print(f"CPU time of the SMTP server process: {cpu:.1f} s")
    return targets.exit_status()


def send_share(delivery_ids: list[int]) -> int:
    """One sender process (a worker's share of the queue): the send task per delivery."""
    from factcheck.digests import mailer
    from factcheck.digests.tasks import send_delivery

    for delivery_id in delivery_ids:
        send_delivery(delivery_id)
    mailer.close()
    return len(delivery_ids)


def send_period(processes: int):
    """The fan-out; its sends in process (eager, as on the embedded default) or spread over
    `processes` sender processes, as Celery workers would take them from the queue."""
    from django.db import connections

    from factcheck.digests.periods import period_containing
    from factcheck.digests.services import (
        period_deliveries_create,
        period_deliveries_to_send,
        period_fan_out,
    )

    if processes == 1:
        return period_fan_out(frequency="daily", period_start=DAY).delivery_ids
    period = period_containing(frequency="daily", at=DAY)
    period_deliveries_create(period=period)
    delivery_ids = period_deliveries_to_send(period=period)
    # Each process opens its own connections: none (nor a pool's) may cross the fork.
    for conn in connections.all():
        conn.close()
        if hasattr(conn, "close_pool"):
            conn.close_pool()
    context = multiprocessing.get_context("fork")
    with context.Pool(processes) as pool:
        pool.map(send_share, [delivery_ids[i::processes] for i in range(processes)])
    return delivery_ids


def run(args, *, database_url: str | None, port: int, received, var_dir: str) -> Targets:
    setup(database_url=database_url, smtp_port=port, var_dir=var_dir)
    from collections import Counter

    from django.conf import settings
    from django.db import connection

    from factcheck.digests import mailer
    from factcheck.digests.models import Delivery
    from factcheck.digests.services import period_fan_out

    targets = Targets()
    print(
        f"database: {connection.vendor} ({settings.DATABASES['default']['NAME']}), "
        f"SMTP: 127.0.0.1:{port}, {args.subscribers} daily subscribers, "
        f"{args.processes} sender process(es)"
    )
    reset()
    load(args.subscribers)

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    cpu_before = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    started = time.perf_counter()
    delivery_ids = send_period(args.processes)
    mailer.close()
    elapsed = time.perf_counter() - started
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_children = children.ru_maxrss
    own = resource.getrusage(resource.RUSAGE_SELF)
    cpu = children.ru_utime + children.ru_stime + own.ru_utime + own.ru_stime - cpu_before

    statuses = Counter(Delivery.objects.values_list("status", flat=True))
    deadline = time.monotonic() + 10
    while received.value < statuses["sent"] and time.monotonic() < deadline:
        time.sleep(0.05)
    sent = statuses["sent"]
    print(f"deliveries: {dict(statuses)}; received by the server: {received.value}")
    print(
        f"sent {sent} digests in {elapsed:.1f} s: {sent / elapsed:.0f} messages/s "
        f"({len(delivery_ids) / elapsed:.0f} deliveries/s incl. empty ones)   "
        + targets.check("digest throughput", sent / elapsed >= 200, ">= 200 messages/s")
    )
    print(
        f"peak memory (max RSS): this process {rss_peak / 1024:.0f} MiB "
        f"(the run added {(rss_peak - rss_before) / 1024:.0f} MiB)"
        + (f", largest sender process {rss_children / 1024:.0f} MiB" if args.processes > 1 else "")
    )
    print(f"CPU time of the senders: {cpu:.1f} s ({cpu * 1000 / max(1, sent):.1f} ms per message)")
    if received.value != sent:
        raise SystemExit("the server did not receive one message per sent delivery")
    again = period_fan_out(frequency="daily", period_start=DAY)
    time.sleep(0.5)
    if again.delivery_ids or received.value != sent:
        raise SystemExit("a second run of the period sent again")
    print("a second run of the period: nothing sent (exactly once)")
    return targets


if __name__ == "__main__":
    sys.exit(main())
