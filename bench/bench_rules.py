"""Rules engine benchmark (PostgreSQL): python bench/bench_rules.py [--scale 0.1]

Figures printed, with their targets:
  1. evaluating one event of 500 claims: under 100 ms;
  2. that time in a database of 10 thousand and of 1 million claims: within 20%;
  3. a full re-run (every event with claims): at least 20 thousand claims per second.

Runs against DATABASE_URL (default postgres://postgres@127.0.0.1:5432/factcheck_bench), the
10k database, and a database named after it with "_large" (created if absent), both migrated
and EMPTIED. Synthetic claims are bulk-loaded with COPY. --scale shrinks the large database
(--scale 0.1: 100 thousand claims instead of 1 million).

How figures 1 and 2 are measured. Both databases hold the same beginning: 7,600 claims in
background events of 200, evaluated, then KEPT events of 500 (the "same events"), evaluated.
The large one then grows to its size and has every event evaluated, so that its findings,
links and rule runs grow with it. Then the two are timed in turns, alternately (the order
flips every turn; WARMUP_TURNS untimed turns first). In each turn, in each database: a fresh
event of 500 claims is loaded (the same claims in both, those of one of the kept events), an
untimed evaluation of a background event, the first evaluation of the fresh event, RERUNS
re-runs of it (in the large database, alternating with RERUNS re-runs of the kept event of the
same claims), then the fresh event is deleted with its claims, documents, findings, links and
rule runs: every first evaluation meets the same database, of 10,100 claims or of the large
size (checked: the row counts are the same after the turns as before). A figure is a median:
of the --samples fresh events' first evaluations (default 41), of their re-runs (x RERUNS). Timed
in turns because the machine's load drifts over the minutes a load takes: measured one
database after the other, the same evaluation in the same database differed by up to x1.4
half a minute apart.

How figure 3 is measured: full re-runs of the 10k database's 7,600 background claims, in two
blocks of FULL_PASSES, each after an untimed pass: one before the large database is loaded,
one after the turns (the kept events deleted again, the database vacuumed). The figure is the
median of all of them; their spread (quartiles) and each block's median are printed.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import Targets

CLAIMS_PER_EVENT = 200
BENCH_EVENT_CLAIMS = 500
CLAIMS_PER_DOCUMENT = 10
DOCUMENT_TEXT = "Officials said the crew of the aircraft were killed. " * 8
SIDES = ("US", "Iran", "Iraq", "")
T0 = datetime(2026, 3, 12, 6, tzinfo=UTC)
SAMPLES = 41  # fresh events timed in each database, one a turn: their first evaluations' median
WARMUP_TURNS = 2  # turns run before the timed ones, not counted (one in each order)
RERUNS = 7  # re-runs timed per event and turn
KEPT = 4  # events of 500 in both databases from the start ("same events"), then the fresh ones
FULL_PASSES = 15  # full re-runs of the 10k database in each of two blocks: the median of all
BENCH_SEED = 11  # the kept and the fresh events: the same claims in both databases


def setup(database_url: str) -> None:
    from common import postgres_database_create

    postgres_database_create(database_url)
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def reset() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE factcheck_findingchange, factcheck_finding_claims, factcheck_finding, "
            "factcheck_rulerun, factcheck_ruleconfig, claims_verdict, claims_claim, "
            "claims_document, claims_event, claims_source RESTART IDENTITY CASCADE"
        )


class Loader:
    """Bulk-loads synthetic sources, events, documents and claims with COPY."""

    def __init__(self, seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.next_event = 1
        self.next_document = 1
        self.claimants = self._sources(60)

    @property
    def raw(self):
        """The psycopg connection of the database Django's default connection points at now
        (see use())."""
        from django.db import connection

        connection.ensure_connection()
        return connection.connection

    def _sources(self, count: int) -> list[int]:
        with (
            self.raw.cursor() as cursor,
            cursor.copy(
                "COPY claims_source (id, name, kind, country, side, aliases, domains, reliability, "
                "provisional, created_at) FROM STDIN"
            ) as copy,
        ):
            for i in range(1, count + 1):
                copy.write_row(
                    (
                        i,
                        f"Source {i}",
                        "military" if i % 3 else "outlet",
                        "",
                        SIDES[i % 4],
                        "[]",
                        "[]",
                        "F",
                        False,
                        T0,
                    )
                )
        return list(range(1, count + 1))

    def events(self, count: int, claims_each: int, rnd: random.Random | None = None) -> list[int]:
        """Adds `count` events of `claims_each` claims; returns their ids. With `rnd`, their
        content is drawn from it instead of the loader's own sequence (the same seed, the
        same events, whatever the database holds already)."""
        rnd = rnd or self.random
        event_ids = list(range(self.next_event, self.next_event + count))
        self.next_event += count
        documents, claims = [], []
        for event_id in event_ids:
            # A story as it usually unfolds: most claimants repeat the current official
            # figures (4 killed, then 6 as the search ends), one party claims far more, one
            # outlet gives the type's usual crew, and the sides disagree on the cause.
            claimants = rnd.sample(self.claimants, 12)
            contrarian, usual_crew = claimants[0], claimants[1]
            for n in range(claims_each):
                if n % CLAIMS_PER_DOCUMENT == 0:
                    document_id = self.next_document
                    self.next_document += 1
                    published = T0 + timedelta(hours=48 * n / claims_each)
                    documents.append((document_id, rnd.choice(claimants), event_id, published))
                claimant = rnd.choice(claimants)
                stated = published - timedelta(hours=rnd.choice((0, 0, 0, 2, 6)))
                later = stated >= T0 + timedelta(hours=20)
                base = (document_id, event_id, claimant, stated, f"s{n}")
                if rnd.random() < 0.7:
                    category = rnd.choice(("killed", "killed", "missing", "aboard", "injured"))
                    low = {
                        "killed": 6 if later else 4,
                        "missing": 0 if later else 2,
                        "aboard": 6,
                        "injured": 2,
                    }[category]
                    if claimant == contrarian:
                        low = {"killed": 16, "missing": 0, "aboard": 16, "injured": 5}[category]
                    if claimant == usual_crew and category == "aboard":
                        low = 3
                    claims.append((*base, "casualty", category, low, low, "exact", "", ""))
                else:
                    side = SIDES[claimant % 4]
                    cause, polarity = {
                        "Iran": ("hostile_fire", "affirmed"),
                        "US": ("hostile_fire", "denied"),
                        "Iraq": ("under_investigation", "affirmed"),
                        "": ("accident", "affirmed"),
                    }[side]
                    claims.append((*base, "cause", "", None, None, "", cause, polarity))
        with self.raw.cursor() as cursor:
            with cursor.copy(
                "COPY claims_event (id, key, title, occurred_on, place, subject, description, "
                "proposed, created_at) FROM STDIN"
            ) as copy:
                for event_id in event_ids:
                    copy.write_row(
                        (
                            event_id,
                            f"event-{event_id}",
                            f"Event {event_id}",
                            None,
                            "",
                            "",
                            "",
                            False,
                            T0,
                        )
                    )
            with cursor.copy(
                "COPY claims_document (id, publisher_id, url, title, text, published_at, "
                "language, content_hash, event_id, state, state_reason, ingested_at) FROM STDIN"
            ) as copy:
                for document_id, publisher, event_id, published in documents:
                    copy.write_row(
                        (
                            document_id,
                            publisher,
                            f"https://bench.example/{document_id}",
                            "",
                            DOCUMENT_TEXT,
                            published,
                            "en",
                            f"{document_id:064d}",
                            event_id,
                            "extracted",
                            "",
                            T0,
                        )
                    )
            with cursor.copy(
                "COPY claims_claim (document_id, event_id, claimant_id, stated_at, fingerprint, "
                "kind, category, count_min, count_max, qualifier, cause, polarity, "
                "claimant_anonymous, attribution, span_in, span_start, span_end, text, "
                '"group", scope, agent, hedge, narrative, extracted, created_at) FROM STDIN'
            ) as copy:
                for row in claims:
                    copy.write_row(
                        (
                            *row,
                            False,
                            "reported",
                            "text",
                            0,
                            40,
                            DOCUMENT_TEXT[:40],
                            "crew",
                            "incident",
                            "",
                            "",
                            0,
                            True,
                            T0,
                        )
                    )
        self.raw.commit()
        return event_ids

    def fill_to(self, total_claims: int) -> None:
        """Adds background events until the claims table holds about `total_claims` rows."""
        from claims.models import Claim

        missing = total_claims - Claim.objects.count()
        batch = 500  # events per COPY round
        while missing > 0:
            count = min(batch, max(1, missing // CLAIMS_PER_EVENT))
            self.events(count, CLAIMS_PER_EVENT)
            missing -= count * CLAIMS_PER_EVENT
        self.analyze()

    def analyze(self) -> None:
        with self.raw.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.raw.commit()

    def vacuum(self) -> None:
        """VACUUM ANALYZE (outside a transaction: Django's connection is in autocommit)."""
        with self.raw.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


_OPEN: dict[str, object] = {}  # database name -> its connection while another one is in use


def use(database_url: str) -> None:
    """Makes Django's default connection (and the Loader's) one to `database_url`, a database
    of the same server. The connection left stays open for the next use() of its database: no
    evaluation is timed on a connection just opened."""
    import copy

    import dj_database_url
    from django.db import DEFAULT_DB_ALIAS, connections

    name = dj_database_url.parse(database_url)["NAME"]
    current = connections[DEFAULT_DB_ALIAS]
    if current.settings_dict["NAME"] == name:
        return
    _OPEN[current.settings_dict["NAME"]] = current
    wrapper = _OPEN.pop(name, None)
    if wrapper is None:
        settings = copy.deepcopy(current.settings_dict)
        settings["NAME"] = name
        # Its own alias (psycopg's pool is kept per alias), known to Django by it too (the
        # migration code looks the connection up by its alias).
        wrapper = type(current)(settings, alias=f"{DEFAULT_DB_ALIAS}_{name}")
        connections[wrapper.alias] = wrapper
    connections[DEFAULT_DB_ALIAS] = wrapper


def timed(event_id: int) -> float:
    """Milliseconds of one evaluation of the event."""
    from factcheck.rules.engine import event_evaluate

    start = time.perf_counter()
    event_evaluate(event_id=event_id)
    return (time.perf_counter() - start) * 1000


def event_delete(event_id: int) -> None:
    """Deletes the event and all that the loader and the engine stored for it: its findings
    (their claim links and status changes), rule runs, claims and documents. The database is
    left as it was before the event was loaded (but for the sequences and dead rows)."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        for statement in (
            "DELETE FROM factcheck_finding_claims WHERE finding_id IN "
            "(SELECT id FROM factcheck_finding WHERE event_id = %s)",
            "DELETE FROM factcheck_findingchange WHERE finding_id IN "
            "(SELECT id FROM factcheck_finding WHERE event_id = %s)",
            "DELETE FROM factcheck_finding WHERE event_id = %s",
            "DELETE FROM factcheck_rulerun WHERE event_id = %s",
            "DELETE FROM factcheck_pendingevaluation WHERE event_id = %s",
            "DELETE FROM claims_claim WHERE event_id = %s",
            "DELETE FROM claims_document WHERE event_id = %s",
            "DELETE FROM claims_event WHERE id = %s",
        ):
            cursor.execute(statement, [event_id])


def counts() -> tuple[int, int, int]:
    """(claims, findings, claim links) of the database in use."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT count(*) FROM claims_claim), (SELECT count(*) FROM factcheck_finding), "
            "(SELECT count(*) FROM factcheck_finding_claims)"
        )
        return cursor.fetchone()


def full_rerun() -> tuple[int, float]:
    """(claims, seconds) of evaluating every event with claims."""
    from claims.models import Claim
    from factcheck.rules.engine import events_evaluate_all

    claims = Claim.objects.count()
    start = time.perf_counter()
    events_evaluate_all()
    return claims, time.perf_counter() - start


def spread(values: list[float], unit: str = "", digits: int = 0) -> str:
    """min / quartiles / max of the values: 'min 1, 2 | 3 | 4, max 5'."""
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    shown = [f"{v:,.{digits}f}{unit}" for v in (min(values), q1, q2, q3, max(values))]
    return f"min {shown[0]}, quartiles {shown[1]} | {shown[2]} | {shown[3]}, max {shown[4]}"


def database_url_named(url: str, suffix: str) -> str:
    base, _, name = url.rpartition("/")
    name, _, query = name.partition("?")
    return f"{base}/{name}{suffix}" + (f"?{query}" if query else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_bench"
        ),
    )
    parser.add_argument("--scale", type=float, default=1.0, help="of the 1M-claim database")
    parser.add_argument(
        "--samples",
        type=int,
        default=SAMPLES,
        help="fresh events timed in each database (one a turn)",
    )
    args = parser.parse_args()
    small_url = args.database_url
    large_url = database_url_named(small_url, "_large")
    from common import postgres_database_create

    postgres_database_create(large_url)
    setup(small_url)
    from django.core.management import call_command

    targets = Targets()
    samples = args.samples
    small_total, large_total = 10_000, int(1_000_000 * args.scale)
    # Background events of 200 (7,600 claims), then the KEPT events of 500, then, during
    # each timed turn, one fresh event of 500: 10,100 claims.
    background = small_total - (KEPT + 1) * BENCH_EVENT_CLAIMS

    def kept_events(loader: Loader) -> list[int]:
        """Loads the KEPT events of 500 (the same claims in both databases) and evaluates
        them."""
        ids = [
            loader.events(1, BENCH_EVENT_CLAIMS, random.Random(BENCH_SEED + i))[0]
            for i in range(KEPT)
        ]
        loader.analyze()
        for event_id in ids:
            timed(event_id)
        return ids

    def full_passes() -> list[float]:
        """Claims per second of FULL_PASSES full re-runs, after an untimed one."""
        full_rerun()
        return [claims / seconds for claims, seconds in (full_rerun() for _ in range(FULL_PASSES))]

    # The 10k database: background events, the first block of full re-runs, the kept events.
    reset()
    small = Loader()
    small.fill_to(background)
    print(
        f"database of {small_total:,} claims: {counts()[0]:,} in background events of "
        f"{CLAIMS_PER_EVENT}, then {KEPT} events of {BENCH_EVENT_CLAIMS}, then each fresh "
        f"event of {BENCH_EVENT_CLAIMS} in its turn"
    )
    claims, seconds = full_rerun()
    print(
        f"  full evaluation (creates findings): {claims:,} claims in {seconds:.2f} s = "
        f"{claims / seconds:,.0f} claims/s"
    )
    rates_before = full_passes()
    small_background = counts()  # what the second block of full re-runs will find again
    print(f"  findings stored: {small_background[1]:,}")
    kept_small = kept_events(small)

    # The large database: the same beginning (same seed, same background, its events
    # evaluated, the same kept events, evaluated: the "same events"), then the rest of the
    # background, every event of it evaluated as a real database's would be (so that its
    # findings, links and rule runs grow with it too).
    use(large_url)
    call_command("migrate", verbosity=0)
    reset()
    start = time.perf_counter()
    large = Loader()
    large.fill_to(background)
    full_rerun()
    kept_large = kept_events(large)
    large.fill_to(large_total - BENCH_EVENT_CLAIMS)
    loaded = time.perf_counter() - start
    claims, seconds = full_rerun()
    large_base = counts()
    large_count = large_base[0] + BENCH_EVENT_CLAIMS
    use(small_url)
    small_base = counts()
    small_count = small_base[0] + BENCH_EVENT_CLAIMS
    print(
        f"database of {large_count:,} claims (loaded in {loaded:.0f} s; its events evaluated "
        f"in {seconds:.0f} s, {claims / seconds:,.0f} claims/s; findings stored: "
        f"{large_base[1]:,})"
    )

    # Timed in turns, one database then the other (the order alternating), so that the
    # machine's load, which drifts over the minutes a large load takes, weighs on both alike.
    # A turn: a fresh event of 500 claims loaded (the same claims in both databases, those of
    # one of the kept events), one untimed evaluation (of a background event: the caches of
    # the process and of the server as they were left by the other database's turn), the
    # first evaluation of the fresh event, RERUNS re-runs of it (in the large database,
    # alternating with re-runs of the kept event of the same claims), then the fresh event
    # deleted with its claims and findings: every first evaluation is timed in a database of
    # the same size. The first WARMUP_TURNS turns are not counted.
    loaders = {small_url: small, large_url: large}
    kept = {small_url: kept_small, large_url: kept_large}
    first = {small_url: [], large_url: []}
    rerun = {small_url: [], large_url: []}
    same = []
    start = time.perf_counter()
    for turn in range(-WARMUP_TURNS, samples):
        for url in (small_url, large_url) if turn % 2 == 0 else (large_url, small_url):
            use(url)
            claims_of = random.Random(BENCH_SEED + turn % KEPT)
            event_id = loaders[url].events(1, BENCH_EVENT_CLAIMS, claims_of)[0]
            timed(1)  # a background event, evaluated already
            first_ms = timed(event_id)
            rerun_ms, same_ms = [], []
            for _ in range(RERUNS):
                rerun_ms.append(timed(event_id))
                if url == large_url:  # the same event's re-runs between the new one's
                    same_ms.append(timed(kept[url][turn % KEPT]))
            event_delete(event_id)
            if turn >= 0:
                first[url].append(first_ms)
                rerun[url].extend(rerun_ms)
                same.extend(same_ms)
    turns_seconds = time.perf_counter() - start
    for url, base in ((small_url, small_base), (large_url, large_base)):
        use(url)
        if counts() != base:
            raise RuntimeError(f"the fresh events left rows behind: {counts()} != {base}")
    first_small, first_large = (statistics.median(first[url]) for url in (small_url, large_url))
    rerun_small, rerun_large = (statistics.median(rerun[url]) for url in (small_url, large_url))
    again_small = statistics.median(same)
    print(
        f"timed in {samples} turns in each database, alternately, after {WARMUP_TURNS} untimed; "
        f"first evaluations: median of {samples} fresh events (each loaded in its turn and "
        f"deleted after it), re-runs: median of {samples * RERUNS} ({turns_seconds:.0f} s)"
    )
    print(
        f"  database of {small_count:,} claims: one event of {BENCH_EVENT_CLAIMS} claims: "
        f"first evaluation {first_small:.1f} ms, re-run {rerun_small:.1f} ms   "
        + targets.check(
            "one event in the 10k database", max(first_small, rerun_small) < 100, "< 100 ms"
        )
    )
    print(
        f"  database of {large_count:,} claims: one event of {BENCH_EVENT_CLAIMS} claims: "
        f"first evaluation {first_large:.1f} ms, re-run {rerun_large:.1f} ms; "
        f"re-run of the events there since it held {small_base[0]:,} claims: {again_small:.1f} ms"
    )
    for what, times in (("first evaluations", first), ("re-runs", rerun)):
        print(
            f"  {what}, ms: "
            + "; ".join(
                f"{count:,} claims: {spread(times[url])}"
                for count, url in ((small_count, small_url), (large_count, large_url))
            )
        )
    print(
        "  first evaluations, ms, turn by turn: "
        + "; ".join(
            f"{count:,} claims: " + " ".join(f"{ms:.0f}" for ms in first[url])
            for count, url in ((small_count, small_url), (large_count, large_url))
        )
    )
    ratios = (again_small / rerun_small, first_large / first_small, rerun_large / rerun_small)
    print(
        f"  large/small database: same event re-run x{ratios[0]:.2f}, "
        f"new event first evaluation x{ratios[1]:.2f}, new event re-run "
        f"x{ratios[2]:.2f}   "
        + targets.check(
            "large/small database ratios", all(0.8 <= r <= 1.2 for r in ratios), "within 0.8-1.2"
        )
    )

    # The second block of full re-runs: the 10k database back to its background events.
    use(small_url)
    for event_id in kept_small:
        event_delete(event_id)
    small.vacuum()  # the deleted events' rows (the server's autovacuum may be off)
    if counts() != small_background:
        raise RuntimeError(f"the kept events left rows behind: {counts()} != {small_background}")
    rates_after = full_passes()
    rates = rates_before + rates_after
    print(
        f"database of {small_total:,} claims again, its {small_background[0]:,} claims in "
        f"background events only: full re-runs, {FULL_PASSES} before the timing above and "
        f"{FULL_PASSES} after it (each block after an untimed one)"
    )
    print(
        f"  full re-run, {len(rates)} passes: {statistics.median(rates):,.0f} claims/s median "
        f"({small_background[0]:,} claims each)   "
        + targets.check("full re-run", statistics.median(rates) >= 20_000, ">= 20,000/s")
    )
    print(
        f"  claims/s: {spread(rates)}; median before {statistics.median(rates_before):,.0f}, "
        f"after {statistics.median(rates_after):,.0f}"
    )
    return targets.exit_status()


if __name__ == "__main__":
    sys.exit(main())
