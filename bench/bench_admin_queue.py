"""Admin findings queue benchmark (PostgreSQL): python bench/bench_admin_queue.py

Figure printed, with its target: the findings queue (the admin changelist, first page, as a
logged-in reviewer sees it) renders in under 300 ms with 100 thousand findings. Also printed:
the same page filtered by status, by event and by claimant.

Runs against DATABASE_URL (default postgres://postgres@127.0.0.1:5432/factcheck_bench_admin),
a database of its own, which it creates if missing, migrates and EMPTIES. Synthetic events,
claims and findings are bulk-loaded with COPY. --findings changes the count.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import postgres_database_create

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_admin"
TARGET_MS = 300
T0 = datetime(2026, 3, 12, 6, tzinfo=UTC)
TEXT = "Officials said the crew of the aircraft were killed. " * 8
RULES = (
    "casualty_revision",
    "casualty_conflict",
    "aboard_mismatch",
    "cause_contradiction",
    "cause_revision",
    "outlet_asserts_disputed",
    "cumulative_total",
)
STATUSES = ("open",) * 2 + ("acknowledged",) + ("dismissed",) * 3 + ("resolved",) * 4
SEVERITIES = ("note", "warning", "critical")


def setup(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # lets the test client's host in
    call_command("migrate", verbosity=0)


def load(findings: int, seed: int = 11) -> None:
    """Empties the record and COPYs sources, events, documents, claims and findings."""
    from django.db import connection

    rnd = random.Random(seed)
    events = max(1, findings // 200)
    documents = events * 10
    claims = documents * 10
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE claims_auditentry, claims_verdictrevision, factcheck_findingchange, "
            "factcheck_finding_claims, factcheck_finding, factcheck_rulerun, claims_verdict, "
            "claims_claim, claims_document, claims_event, claims_source RESTART IDENTITY CASCADE"
        )
    connection.ensure_connection()
    raw = connection.connection
    now = datetime.now(UTC)
    with raw.cursor() as cursor:
        with cursor.copy(
            "COPY claims_source (id, name, kind, country, side, aliases, reliability, "
            "provisional, created_at) FROM STDIN"
        ) as copy:
            for i in range(1, 61):
                copy.write_row((i, f"Source {i}", "military", "", "", "[]", "F", False, now))
        with cursor.copy(
            "COPY claims_event (id, key, title, place, subject, description, proposed, "
            "created_at) FROM STDIN"
        ) as copy:
            for i in range(1, events + 1):
                copy.write_row((i, f"event-{i}", f"Event {i}", "", "", "", False, now))
        with cursor.copy(
            "COPY claims_document (id, publisher_id, url, title, text, published_at, language, "
            "content_hash, event_id, state, state_reason, ingested_at) FROM STDIN"
        ) as copy:
            for i in range(1, documents + 1):
                copy.write_row(
                    (
                        i,
                        rnd.randint(1, 60),
                        f"https://bench.example.org/{i}",
                        f"Report {i}",
                        TEXT,
                        T0 + timedelta(minutes=i),
                        "en",
                        f"{i:064x}",
                        (i - 1) // 10 + 1,
                        "evaluated",
                        "",
                        now,
                    )
                )
        with cursor.copy(
            "COPY claims_claim (id, document_id, event_id, claimant_id, claimant_anonymous, "
            "attribution, kind, span_in, span_start, span_end, text, stated_at, category, "
            '"group", count_min, count_max, qualifier, scope, cause, polarity, agent, '
            "fingerprint, extracted, created_at) FROM STDIN"
        ) as copy:
            for i in range(1, claims + 1):
                document = (i - 1) // 10 + 1
                count = rnd.randint(1, 12)
                copy.write_row(
                    (
                        i,
                        document,
                        (document - 1) // 10 + 1,
                        rnd.randint(1, 60),
                        False,
                        "reported",
                        "casualty",
                        "text",
                        0,
                        40,
                        TEXT[:40],
                        T0 + timedelta(minutes=i),
                        "killed",
                        "crew",
                        count,
                        count,
                        "exact",
                        "incident",
                        "",
                        "",
                        "",
                        f"c{i}",
                        True,
                        now,
                    )
                )
        with cursor.copy(
            "COPY factcheck_finding (id, rule, event_id, severity, message, evidence, "
            "fingerprint, claims_digest, status, status_reason, created_at, updated_at) "
            "FROM STDIN"
        ) as copy:
            for i in range(1, findings + 1):
                created = T0 + timedelta(seconds=i * 7)
                copy.write_row(
                    (
                        i,
                        rnd.choice(RULES),
                        (i - 1) % events + 1,
                        rnd.choice(SEVERITIES),
                        f"Claimants give counts for killed crew that do not overlap ({i}).",
                        '{"claim_ids": []}',
                        f"f{i}",
                        "",
                        rnd.choice(STATUSES),
                        "",
                        created,
                        created,
                    )
                )
        with cursor.copy("COPY factcheck_finding_claims (finding_id, claim_id) FROM STDIN") as copy:
            for i in range(1, findings + 1):
                event = (i - 1) % events + 1
                first = (event - 1) * 100 + 1
                for claim in rnd.sample(range(first, first + 100), 2):
                    copy.write_row((i, claim))
        for table in (
            "claims_source",
            "claims_event",
            "claims_document",
            "claims_claim",
            "factcheck_finding",
        ):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT MAX(id) FROM {table}))"
            )
    raw.commit()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client, url: str, runs: int) -> tuple[float, float]:
    for _ in range(3):  # warm-up: templates, caches, the connection
        assert client.get(url).status_code == 200
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-load", action="store_true", help="reuse the loaded database")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or DEFAULT_URL
    if not url.startswith("postgres"):
        print("This benchmark needs PostgreSQL (DATABASE_URL=postgres://...)")
        return 2
    postgres_database_create(url)
    setup(url)

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django.urls import reverse

    from factcheck.models import Finding

    if not args.no_load:
        started = time.perf_counter()
        load(args.findings)
        print(f"loaded {args.findings} findings in {time.perf_counter() - started:.1f} s")
    total = Finding.objects.count()
    user, _ = get_user_model().objects.get_or_create(
        username="bench-reviewer", defaults={"is_staff": True}
    )
    user.groups.add(Group.objects.get(name="Reviewer"))
    client = Client()
    client.force_login(user)
    queue = reverse("admin:factcheck_finding_changelist")
    pages = {
        "queue (first page)": queue,
        "status=open": f"{queue}?status__exact=open",
        "one event": f"{queue}?event__id__exact=7",
        "one claimant": f"{queue}?claimant=5",
        "rule + severity": f"{queue}?rule=casualty_conflict&severity__exact=critical",
    }
    worst = 0.0
    for name, page in pages.items():
        median, p95 = measure(client, page, args.runs)
        worst = max(worst, median) if name == "queue (first page)" else worst
        print(f"{name:<22} median {median:7.1f} ms   p95 {p95:7.1f} ms   ({total} findings)")
    verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
    print(
        f"findings queue: {worst:.0f} ms with {total} findings (target < {TARGET_MS} ms): {verdict}"
    )
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
