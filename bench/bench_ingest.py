"""Ingest throughput end to end through real Celery workers over Redis.

Usage (normally through the suite: python bench/run.py --only ingest):
    python bench/bench_ingest.py [--events 8 --claimants 6 --updates 5]
        [--database-url postgres://postgres@127.0.0.1:5432/factcheck_bench_suite]
        [--broker-url redis://127.0.0.1:6379/11] [--concurrency 2]

Starts one `celery worker --concurrency 2` (prefork: two worker processes, one per core of
this machine) as a subprocess on queues of its own (CELERY_QUEUE_PREFIX), submits the
synthetic corpus (bench/corpus.py) through `claims.services.document_ingest` as the ingest
command and the API do, and measures from the first submission until every document is
`evaluated` (extracted, linked to its event, the event's rules run). Goal: 15 documents/s
(issue 12: the dependency parse in the extractor; it was 50/s with patterns alone).

Also collected, to show where the time goes: the extractor's time per document and the rules
engine's time per evaluation (the product's own INFO log lines), each task's wall time (the
worker's "succeeded in" lines), CPU seconds of the driver, the workers, PostgreSQL and Redis
over the measured window, and each process's peak memory (VmHWM from /proc).

The database is EMPTIED (record tables truncated) before the run. The worker is stopped on
exit, Ctrl-C included, and the Redis keys the run created are deleted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from common import postgres_database_create

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_suite"
DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/11"
GOAL_PER_SECOND = 15  # issue 12, with spaCy's parse (issue 8's 50/s was before it)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# --- /proc ----------------------------------------------------------------------------


def proc_status(pid: int, key: str) -> int | None:
    """A kB figure of /proc/<pid>/status (VmHWM: peak resident memory), None if gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return None


def proc_children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return [int(p) for p in children.read().split()]
    except (FileNotFoundError, ProcessLookupError):
        return []


def proc_cpu_seconds(pid: int) -> float:
    """user + system CPU seconds of a process (0 if gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0


def pids_named(name: str) -> list[int]:
    """Processes whose command name is `name` (read only: for CPU accounting)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as comm:
                    if comm.read().strip() == name:
                        found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                continue
    return found


def machine_cpu_seconds() -> float:
    """CPU seconds all processes of the machine spent (busy time of every core, /proc/stat)."""
    with open("/proc/stat") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


def postgres_backends() -> list[int]:
    """The server processes of the connections to this database (ours alone: the suite's
    database is its own), for their CPU time. Pooled connections live through the run."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        return [row[0] for row in cursor.fetchall()]


def cpu_of(pids: list[int]) -> dict[int, float]:
    return {pid: proc_cpu_seconds(pid) for pid in pids}


def cpu_delta(before: dict[int, float], pids: list[int]) -> float:
    """CPU seconds `pids` spent since `before` (processes born since count from zero)."""
    return sum(proc_cpu_seconds(pid) - before.get(pid, 0.0) for pid in pids)


# --- the worker ------------------------------------------------------------------------


class Worker:
    """One `celery worker` subprocess in a session of its own (so we can end its pool too)."""

    def __init__(
        self,
        *,
        env: dict[str, str],
        concurrency: int,
        log_path: Path,
        name: str = "worker",
        queues: list[str] | None = None,
        pool: str = "prefork",
    ) -> None:
        self.pool = pool
        self.env = env
        self.concurrency = concurrency
        self.log_path = log_path
        self.name = name
        self.queues = queues  # None: every queue of the prefix (no -Q)
        self.process: subprocess.Popen[bytes] | None = None
        self.peak_kb: dict[str, int] = {}

    def start(self, timeout: float = 60) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable, "-m", "celery", "-A", "config", "worker",
                    "--pool", self.pool, "--concurrency", str(self.concurrency),
                    "--loglevel", "INFO", "--hostname", f"{self.name}-{os.getpid()}@%h",
                    "--without-gossip", "--without-mingle", "--without-heartbeat",
                    *(["-Q", ",".join(self.queues)] if self.queues else []),
                ],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the worker exited:\n{self.log()[-3000:]}")
            if " ready." in self.log():
                return
            time.sleep(0.2)
        raise RuntimeError(f"the worker did not get ready in {timeout} s:\n{self.log()[-3000:]}")

    @property
    def pids(self) -> list[int]:
        if self.process is None or self.process.poll() is not None:
            return []
        return [self.process.pid, *proc_children(self.process.pid)]

    def record_peaks(self) -> None:
        """VmHWM of the main process and each pool process, read while they are alive."""
        if self.process is None:
            return
        main = self.process.pid
        for pid in self.pids:
            kb = proc_status(pid, "VmHWM")
            if kb is not None:
                role = f"{self.name} main" if pid == main else f"{self.name} pool process {pid}"
                self.peak_kb[role] = max(kb, self.peak_kb.get(role, 0))

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.record_peaks()
        self.process.terminate()  # warm shutdown: finishes the task in hand
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # its own session: only its pool
            self.process.wait()
        else:
            # pool processes left behind by a worker that died
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


# --- Redis -----------------------------------------------------------------------------


def redis_keys(broker_url: str) -> set[bytes]:
    import redis

    client = redis.Redis.from_url(broker_url)
    try:
        return set(client.scan_iter(count=1000))
    finally:
        client.close()


def redis_delete_new(broker_url: str, before: set[bytes], prefix: str) -> int:
    """Deletes the keys created since `before` (the queues, bindings and unacked sets this run
    made) and any left by an earlier run under the same prefix."""
    import redis

    client = redis.Redis.from_url(broker_url)
    try:
        doomed = (set(client.scan_iter(count=1000)) - before) | set(
            client.scan_iter(match=f"*{prefix}*", count=1000)
        )
        return client.delete(*doomed) if doomed else 0
    finally:
        client.close()


# --- the worker's log: where the time went ---------------------------------------------

EXTRACTED = re.compile(r"document (\d+) extracted: (\d+) claims in ([\d.]+) ms")
EVALUATED = re.compile(r"event (\d+) evaluated: (\d+) claims,.* in ([\d.]+) ms")
SUCCEEDED = re.compile(r"Task (factcheck\.\w+)\[[^\]]+\] succeeded in ([\d.]+)s")


@dataclass
class Profile:
    extraction_ms: list[float] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    evaluation_ms: list[float] = field(default_factory=list)
    evaluation_claims: list[int] = field(default_factory=list)
    task_seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def from_log(cls, text: str) -> Profile:
        profile = cls()
        for m in EXTRACTED.finditer(text):
            profile.claims.append(int(m[2]))
            profile.extraction_ms.append(float(m[3]))
        for m in EVALUATED.finditer(text):
            profile.evaluation_claims.append(int(m[2]))
            profile.evaluation_ms.append(float(m[3]))
        for m in SUCCEEDED.finditer(text):
            profile.task_seconds[m[1]].append(float(m[2]))
        return profile


# --- the run ---------------------------------------------------------------------------


@dataclass
class IngestResult:
    documents: int
    seconds: float
    submit_seconds: float
    steady_per_second: float
    states: dict[str, int]
    profile: Profile
    cpu: dict[str, float]
    peaks_kb: dict[str, int]
    words_per_document: float
    claims: int
    events: int
    timed_out: bool = False
    pool_processes: int = 2

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def worker_env(*, database_url: str, broker_url: str, prefix: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_QUEUE_PREFIX": prefix,
        # The product's own lines (extraction and evaluation times) at INFO.
        "FACTCHECK_LOG_LEVEL": "INFO",
        "LOG_FORMAT": "plain",
        "PYTHONUNBUFFERED": "1",
    }


def record_reset() -> None:
    """Empties the record (the benchmark's database only) and loads the reference sources."""
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE claims_auditentry, claims_verdictrevision, factcheck_findingchange, "
            "factcheck_finding_claims, factcheck_finding, factcheck_rulerun, claims_verdict, "
            "claims_claim, claims_document, claims_event, claims_source RESTART IDENTITY CASCADE"
        )
    call_command("load_sources", str(ROOT / "seeds" / "sources.json"), verbosity=0)


TOPOLOGIES = {
    # (worker name, its queues (None: all, no -Q), processes, Celery pool)
    # One worker without -Q (every queue), two pool processes: the README's one-machine setup.
    "shared": [("worker", None, 2, "prefork")],
    # Two workers of one process each (--pool solo): no parent dispatching to a pool.
    "solo": [("worker-a", None, 1, "solo"), ("worker-b", None, 1, "solo")],
    # The queues apart: two processes on extraction, one on rules (and mail), so a backlog of
    # evaluations coalesces (one rules run covers every document extracted before it began).
    "split": [
        ("extraction-worker", ["extraction", "default"], 2, "prefork"),
        ("rules-worker", ["rules", "mail"], 1, "prefork"),
    ],
}


def ingest_measure(
    *,
    documents: list,
    database_url: str,
    broker_url: str,
    prefix: str,
    topology: str = "solo",
    timeout: float = 600,
    log_dir: Path,
    progress: bool = True,
) -> IngestResult:
    """Submits `documents` (bench.corpus.CorpusDocument) and waits until all are evaluated.

    Django must be set up with the same DATABASE_URL, CELERY_BROKER_URL and
    CELERY_QUEUE_PREFIX (the submissions go to the workers' queues).
    """
    from django.db import connection
    from django.db.models import Count

    from claims.models import Claim, Document, Event
    from claims.services import document_ingest

    record_reset()
    connection.close()
    before_keys = redis_keys(broker_url)
    env = worker_env(database_url=database_url, broker_url=broker_url, prefix=prefix)
    workers = [
        Worker(
            env=env,
            concurrency=concurrency,
            log_path=log_dir / f"{name}.log",
            name=name,
            queues=[prefix + q for q in queues] if queues else None,
            pool=pool,
        )
        for name, queues, concurrency, pool in TOPOLOGIES[topology]
    ]
    _RUNNING.extend(workers)
    try:
        for worker in workers:
            worker.start()
        time.sleep(1)  # the pool processes finish starting
        mains = [w.process.pid for w in workers if w.process]
        pools = [pid for w in workers for pid in w.pids[1:]]
        redis_server = pids_named("redis-server")
        backends = postgres_backends()
        cpu_before = cpu_of([os.getpid(), *mains, *pools, *backends, *redis_server])
        machine_before = machine_cpu_seconds()
        total = len(documents)
        timeline: list[tuple[float, int]] = []
        started = time.perf_counter()
        for doc in documents:
            document_ingest(**doc.as_kwargs())
        submit_seconds = time.perf_counter() - started
        deadline = started + timeout
        done, timed_out, last_print, warned = 0, False, 0.0, False
        while True:
            done = Document.objects.filter(state=Document.State.EVALUATED).count()
            now = time.perf_counter()
            timeline.append((now - started, done))
            for worker in workers:
                worker.record_peaks()
            if done >= total:
                break
            if not warned and Document.objects.filter(state=Document.State.FAILED).exists():
                print("  a document failed; see the worker log", file=sys.stderr)
                warned = True
            if now > deadline:
                timed_out = True
                break
            if progress and now - last_print > 5:
                print(f"  ... {done}/{total} evaluated after {now - started:.0f} s", flush=True)
                last_print = now
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        cpu = {
            "driver (submissions, polling)": proc_cpu_seconds(os.getpid())
            - cpu_before.get(os.getpid(), 0.0),
            "worker main processes": cpu_delta(cpu_before, mains),
            "worker pool processes": cpu_delta(cpu_before, pools),
            "PostgreSQL (the backends serving this database)": cpu_delta(
                cpu_before, sorted(set(backends) | set(postgres_backends()))
            ),
            "Redis": cpu_delta(cpu_before, redis_server),
        }
        cpu["other processes of the machine (not this benchmark)"] = max(
            0.0, machine_cpu_seconds() - machine_before - sum(cpu.values())
        )
        states = dict(
            Document.objects.values_list("state").annotate(n=Count("id")).values_list("state", "n")
        )
        claims, events = Claim.objects.count(), Event.objects.count()
        connection.close()
    finally:
        for worker in workers:
            worker.stop()
            _RUNNING.remove(worker)
        deleted = redis_delete_new(broker_url, before_keys, prefix)
        if progress:
            print(f"  workers stopped; {deleted} Redis keys of this run deleted", flush=True)
    # The middle of the run, 10% to 90% evaluated: the rate without warm-up and the tail.
    lo = next((t for t, n in timeline if n >= 0.1 * total), None)
    hi = next((t for t, n in timeline if n >= 0.9 * total), None)
    steady = 0.8 * total / (hi - lo) if lo is not None and hi is not None and hi > lo else 0.0
    peaks: dict[str, int] = {}
    for worker in workers:
        peaks.update(worker.peak_kb)
    peaks["driver (this process)"] = proc_status(os.getpid(), "VmHWM") or 0
    return IngestResult(
        documents=total,
        seconds=seconds,
        submit_seconds=submit_seconds,
        steady_per_second=steady,
        states=states,
        profile=Profile.from_log("\n".join(w.log() for w in workers)),
        cpu=cpu,
        peaks_kb=peaks,
        words_per_document=statistics.mean(len(d.text.split()) for d in documents),
        claims=claims,
        events=events,
        timed_out=timed_out,
        pool_processes=sum(c for _, _, c, _ in TOPOLOGIES[topology]),
    )


@dataclass
class StageCosts:
    documents: int
    wall_seconds: float
    cpu_ms: dict[str, float]  # per document, this process only
    evaluations: int
    queries: dict[str, float]  # SQL statements per call

    def lines(self) -> list[str]:
        total = sum(self.cpu_ms.values())
        waits = self.wall_seconds / self.documents * 1000 - total
        return [
            f"in one process, tasks run eagerly (no broker), {self.documents} documents, "
            f"{self.evaluations} rules runs: CPU per document "
            + ", ".join(f"{k} {v:.1f} ms" for k, v in self.cpu_ms.items())
            + f"; total {total:.1f} ms CPU + {waits:.1f} ms waiting (on PostgreSQL: its CPU "
            "and ~0.1 ms a round trip here; and for a core taken by other processes) = "
            f"{self.wall_seconds / self.documents * 1000:.1f} ms wall per document",
            "SQL statements: "
            + ", ".join(f"{k} {v:.1f}" for k, v in self.queries.items())
            + " per call",
        ]


def stages_measure(*, documents: list) -> StageCosts:
    """The CPU each step costs per document, measured in this process with tasks eager.

    The same services the workers run, timed by wrapping them for the duration: the
    extractor, the rest of document_extract (ORM reads and the claims' transaction), the
    evaluation it enqueues (one per document, as the workers run them when they keep up),
    and document_ingest itself. Empties the record first.
    """
    from collections import defaultdict

    from django.db import connection

    from claims.services import document_ingest
    from config.celery_app import app
    from factcheck import services

    record_reset()
    spent: dict[str, float] = defaultdict(float)
    queries_in: dict[str, int] = defaultdict(int)
    queries = [0]

    def count_query(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    calls: dict[str, int] = defaultdict(int)
    originals = {}

    def timed(name):
        original = getattr(services, name)
        originals[name] = original

        def wrapper(*args, **kwargs):
            start, first = time.process_time(), queries[0]
            try:
                return original(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
                queries_in[name] += queries[0] - first
                calls[name] += 1

        setattr(services, name, wrapper)

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    for name in ("_run_extractor", "document_extract", "event_evaluate_and_mark"):
        timed(name)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        with connection.execute_wrapper(count_query):
            for doc in documents:
                document_ingest(**doc.as_kwargs())
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        app.conf.task_always_eager = eager
        for name, original in originals.items():
            setattr(services, name, original)
    n = len(documents)
    extract = spent["document_extract"]
    evaluate = spent["event_evaluate_and_mark"]
    extractor = spent["_run_extractor"]
    connection.close()
    return StageCosts(
        documents=n,
        wall_seconds=wall,
        cpu_ms={
            "document_ingest (driver side)": (cpu - extract) / n * 1000,
            "extractor": extractor / n * 1000,
            "document_extract outside the extractor (ORM, transaction)": (
                extract - extractor - evaluate
            )
            / n
            * 1000,
            "rules run (event_evaluate_and_mark)": evaluate / n * 1000,
        },
        evaluations=calls["event_evaluate_and_mark"],
        queries={
            "document_ingest": (queries[0] - queries_in["document_extract"]) / n,
            "document_extract": (
                queries_in["document_extract"] - queries_in["event_evaluate_and_mark"]
            )
            / n,
            "rules run": queries_in["event_evaluate_and_mark"]
            / max(1, calls["event_evaluate_and_mark"]),
        },
    )


def profile_lines(result: IngestResult) -> list[str]:
    """Where the time went, in numbers."""
    concurrency = result.pool_processes
    p = result.profile
    lines = []
    wall = result.seconds
    if p.extraction_ms:
        lines.append(
            f"extraction (the extractor alone): {len(p.extraction_ms)} documents, mean "
            f"{statistics.mean(p.extraction_ms):.1f} ms, median "
            f"{statistics.median(p.extraction_ms):.1f} ms, total {sum(p.extraction_ms) / 1000:.1f}"
            f" s; {statistics.mean(p.claims):.1f} claims per document"
        )
    extract_tasks = p.task_seconds.get("factcheck.extract_claims", [])
    if extract_tasks:
        overhead = sum(extract_tasks) - sum(p.extraction_ms) / 1000
        mean_ms = statistics.mean(extract_tasks) * 1000
        lines.append(
            f"extract_claims tasks: {len(extract_tasks)}, mean {mean_ms:.1f} ms each, total "
            f"{sum(extract_tasks):.1f} s, of which outside the extractor (loading "
            f"the document and the known sources, resolving claimants, the claims' transaction): "
            f"{overhead:.1f} s ({overhead / len(extract_tasks) * 1000:.1f} ms per document)"
        )  # fmt: skip
    evaluate_tasks = p.task_seconds.get("factcheck.evaluate_event", [])
    if evaluate_tasks:
        ran = len(p.evaluation_ms)
        lines.append(
            f"evaluate_event tasks: {len(evaluate_tasks)} for {result.events} events "
            f"({len(evaluate_tasks) / max(1, result.documents):.2f} per document), "
            f"{ran} ran the rules, {len(evaluate_tasks) - ran} coalesced (skipped); task time "
            f"total {sum(evaluate_tasks):.1f} s"
            + (
                f"; a rules run: mean {statistics.mean(p.evaluation_ms):.1f} ms over "
                f"{statistics.mean(p.evaluation_claims):.0f} claims, max "
                f"{max(p.evaluation_ms):.1f} ms, total {sum(p.evaluation_ms) / 1000:.1f} s"
                if ran
                else ""
            )
        )
    busy = sum(sum(v) for v in p.task_seconds.values())
    lines.append(
        f"pool busy in tasks: {busy:.1f} s of {wall * concurrency:.1f} s available "
        f"({concurrency} processes x {wall:.1f} s wall) = {busy / (wall * concurrency):.0%}; the "
        "rest is waiting on the broker (fetch, ack, publish) and idle time"
    )
    cpu_total = sum(result.cpu.values())
    lines.append(
        "CPU seconds in the window ("
        + ", ".join(f"{k} {v:.1f}" for k, v in result.cpu.items())
        + f"): {cpu_total:.1f} s of {wall * (os.cpu_count() or 1):.1f} s the machine had"
    )
    if result.documents:
        ours = cpu_total - result.cpu.get("other processes of the machine (not this benchmark)", 0)
        per_document_ms = ours / result.documents * 1000
        lines.append(
            f"CPU per document, all of this benchmark's processes: {per_document_ms:.0f} ms"
            f" -> at most {(os.cpu_count() or 1) / (ours / result.documents):.0f} documents/s on "
            f"{os.cpu_count()} idle cores with this work per document"
        )  # fmt: skip
    lines.append(
        f"submission: {result.documents} document_ingest calls in {result.submit_seconds:.1f} s "
        f"({result.submit_seconds / max(1, result.documents) * 1000:.1f} ms each, on the same "
        "cores as the workers)"
    )
    return lines


# Workers to stop if the process is interrupted (Ctrl-C, SIGTERM).
_RUNNING: list[Worker] = []


def stop_all_workers() -> None:
    for worker in list(_RUNNING):
        worker.stop()


def raise_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so `finally` blocks stop the workers."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
    # Ctrl-C raises KeyboardInterrupt even where the shell started us with SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)


def django_setup(*, database_url: str, broker_url: str, prefix: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    os.environ["DATABASE_URL"] = database_url
    os.environ["CELERY_BROKER_URL"] = broker_url
    os.environ["CELERY_QUEUE_PREFIX"] = prefix
    import django

    django.setup()


def main() -> int:
    from corpus import corpus_build

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=8)
    parser.add_argument("--claimants", type=int, default=6)
    parser.add_argument("--updates", type=int, default=5)
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--broker-url", default=DEFAULT_BROKER_URL)
    parser.add_argument("--topology", choices=sorted(TOPOLOGIES), default="solo")
    parser.add_argument("--stages", action="store_true", help="also the CPU per step, eager")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    raise_on_sigterm()
    prefix = f"bench-ingest-{os.getpid()}-"
    postgres_database_create(args.database_url)
    django_setup(database_url=args.database_url, broker_url=args.broker_url, prefix=prefix)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    documents = corpus_build(events=args.events, claimants=args.claimants, updates=args.updates)
    with tempfile.TemporaryDirectory() as log_dir:
        try:
            result = ingest_measure(
                documents=documents,
                database_url=args.database_url,
                broker_url=args.broker_url,
                prefix=prefix,
                topology=args.topology,
                timeout=args.timeout,
                log_dir=Path(log_dir),
            )
        finally:
            stop_all_workers()
    print(
        f"ingest: {result.documents} documents in {result.seconds:.1f} s = "
        f"{result.per_second:.1f} documents/s (steady {result.steady_per_second:.1f}/s; goal "
        f">= {GOAL_PER_SECOND}/s); states {result.states}"
    )
    for line in profile_lines(result):
        print("  " + line)
    if args.stages:
        for line in stages_measure(documents=documents).lines():
            print("  " + line)
    for role, kb in result.peaks_kb.items():
        print(f"  peak RSS {role}: {kb / 1024:.0f} MiB")
    return 0 if result.per_second >= GOAL_PER_SECOND and not result.timed_out else 1


if __name__ == "__main__":
    sys.exit(main())
