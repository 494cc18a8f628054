"""The benchmark suite: one entry point for the figures of bench/BENCHMARKS.md.

    python bench/run.py --scale small|medium|large [--database-url postgres://...]
        [--broker-url redis://127.0.0.1:6379/11] [--only ingest,rules,api,digests]
        [--topology solo|shared|split] [--no-write]

1. builds a synthetic news corpus at the scale (events x claimants x updates, ~600 words a
   document, bench/corpus.py);
2. loads it into PostgreSQL through the real path: `document_ingest`, Celery workers over
   Redis, extraction, the rules (database --database-url, default factcheck_bench_suite,
   created if absent, EMPTIED; the rules, API and digest benchmarks get databases of their
   own named after it: <name>_rules (and <name>_rules_large), <name>_api, <name>_digests);
3. prints ingest throughput end to end through real workers (bench/bench_ingest.py) with
   where the time goes, rule evaluation latency on the ingested corpus and versus database
   size (bench/bench_rules.py), API throughput and latency (bench/bench_api.py when present),
   digest throughput (bench/bench_digests.py), and the peak memory of every process;
4. writes the results for this scale into bench/BENCHMARKS.md (the other scales' sections
   are kept), with the goal, the measured value, the command and the machine.

Every step is bounded in time; worker subprocesses are stopped on exit, Ctrl-C included,
and the Redis keys the run created are deleted. Network: loopback only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import bench_ingest  # noqa: E402
from common import postgres_database_create  # noqa: E402
from corpus import corpus_build  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_suite"
DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/11"
FIGURES = ("ingest", "rules", "api", "digests")
RESULTS = BENCH / "BENCHMARKS.md"


@dataclass(frozen=True)
class Scale:
    events: int
    claimants: int
    updates: int
    stage_documents: int  # documents for the in-process CPU breakdown
    rules_scale: float  # bench_rules.py --scale: its large database, x 1 million claims
    subscribers: int  # bench_digests.py --subscribers
    api_scale: float  # bench_api.py --scale: x 1 million claims
    api_seconds: int  # bench_api.py --seconds, per figure
    ingest_timeout: float  # seconds
    step_timeout: float  # seconds, each sub-benchmark

    @property
    def documents(self) -> int:
        return self.events * self.claimants * self.updates


SCALES = {
    "small": Scale(8, 6, 5, 240, 0.05, 1_000, 0.05, 5, 100, 120),
    "medium": Scale(20, 10, 10, 400, 0.2, 5_000, 0.2, 10, 900, 600),
    "large": Scale(40, 15, 20, 400, 1.0, 10_000, 1.0, 10, 3600, 1800),
}


@dataclass
class Row:
    figure: str
    goal: str
    measured: str
    command: str


@dataclass
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    output: str = ""  # a sub-benchmark's own output, verbatim


def database_url_named(url: str, suffix: str) -> str:
    base, _, name = url.rpartition("/")
    name, _, query = name.partition("?")
    return f"{base}/{name}{suffix}" + (f"?{query}" if query else "")


# --- sub-benchmarks as subprocesses ------------------------------------------------------


@dataclass
class Child:
    command: list[str]
    returncode: int | None
    output: str
    max_rss_kb: int
    seconds: float
    timed_out: bool
    peaks_kb: dict[str, int] = field(default_factory=dict)  # each process of its session


def run_child(command: list[str], *, env: dict[str, str], timeout: float) -> Child:
    """Runs a benchmark script in a session of its own, echoing its output; its peak memory
    (ru_maxrss of it and the children it waited for) comes from wait4."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            print("    | " + line, end="", flush=True)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    timed_out, status, max_rss = False, None, 0
    peaks: dict[str, int] = {}
    try:
        while True:
            session_peaks(process.pid, peaks)
            pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                status, max_rss = os.waitstatus_to_exitcode(wait_status), usage.ru_maxrss
                process.returncode = status
                break
            if time.perf_counter() - started > timeout:
                timed_out = True
                break
            time.sleep(0.2)
    finally:
        if status is None:  # timed out or interrupted: end its whole session
            _signal_group(process.pid, signal.SIGTERM)
            try:
                _, wait_status, usage = _wait_for(process.pid, 10)
            except TimeoutError:
                _signal_group(process.pid, signal.SIGKILL)
                _, wait_status, usage = os.wait4(process.pid, 0)
            status, max_rss = os.waitstatus_to_exitcode(wait_status), usage.ru_maxrss
            process.returncode = status
        _signal_group(process.pid, signal.SIGKILL)  # anything it left running in its session
        reader.join(5)
    return Child(
        command=command,
        returncode=status,
        output="".join(lines),
        max_rss_kb=max_rss,
        seconds=time.perf_counter() - started,
        timed_out=timed_out,
        peaks_kb=peaks,
    )


def session_peaks(session: int, peaks: dict[str, int]) -> None:
    """VmHWM of every live process of a session, by what it runs (gunicorn, the script...)."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:
                continue
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                argv = [a.decode(errors="replace") for a in cmdline.read().split(b"\0") if a]
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue
        kb = bench_ingest.proc_status(int(entry), "VmHWM")
        if not kb or not argv:
            continue
        label = " ".join(Path(a).name for a in argv[:2])
        if "gunicorn" in label:  # the master is the script's child, its workers are not
            label = "web: gunicorn " + ("master" if int(fields[1]) == session else "worker")
        key = f"{label} [pid {entry}]"
        peaks[key] = max(kb, peaks.get(key, 0))


def _signal_group(pgid: int, sig: int) -> None:
    """Signals the session a child was started in (its id is the child's pid)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _wait_for(pid: int, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found, wait_status, usage = os.wait4(pid, os.WNOHANG)
        if found:
            return found, wait_status, usage
        time.sleep(0.1)
    raise TimeoutError


def child_env(database_url: str) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"}
    for name in ("CELERY_BROKER_URL", "CELERY_QUEUE_PREFIX", "DJANGO_SETTINGS_MODULE"):
        env.pop(name, None)
    return env


def python_command(script: str, *args: str) -> list[str]:
    return [sys.executable, str(BENCH / script), *args]


def shown(command: list[str], database_url: str | None = None) -> str:
    """The command as a person would type it from the repository root."""
    words = ["python", *(str(Path(c).relative_to(ROOT)) if c.startswith(str(ROOT)) else c
                         for c in command[1:])]  # fmt: skip
    text = shlex.join(words)
    return f"DATABASE_URL={database_url} {text}" if database_url else text


# --- the machine ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    from django.db import connection

    info: dict[str, str] = {"nproc": str(os.cpu_count())}
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                info["CPU"] = line.split(":", 1)[1].strip()
                break
    info["Python"] = platform.python_version()
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        info["PostgreSQL"] = cursor.fetchone()[0]
    try:
        import redis

        client = redis.Redis.from_url(ARGS.broker_url)
        info["Redis"] = client.info("server")["redis_version"]
        client.close()
    except Exception as exc:  # the ingest figure will fail loudly on its own
        info["Redis"] = f"unreachable ({exc})"
    import celery
    import django

    info["Django / Celery"] = f"{django.get_version()} / {celery.__version__}"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        info["code"] = commit + (" + uncommitted changes" if dirty else "")
    except OSError:
        pass
    info["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return info


# --- the figures ---------------------------------------------------------------------------


def figure_ingest(scale: Scale, command: str, log_dir: Path, memory: dict[str, str]) -> Section:
    from django.db import connection

    section = Section("Ingest throughput, end to end through real workers")
    documents = corpus_build(events=scale.events, claimants=scale.claimants, updates=scale.updates)
    words = statistics.mean(len(d.text.split()) for d in documents)
    print(
        f"corpus: {scale.events} events x {scale.claimants} claimants x {scale.updates} updates "
        f"= {len(documents)} documents, {words:.0f} words each on average"
    )
    print(f"CPU per step, in process (first {scale.stage_documents} documents, tasks eager) ...")
    stages = bench_ingest.stages_measure(documents=documents[: scale.stage_documents])
    for line in stages.lines():
        print("  " + line)
    print(f"ingest through workers ({ARGS.topology}): {len(documents)} documents ...")
    result = bench_ingest.ingest_measure(
        documents=documents,
        database_url=ARGS.database_url,
        broker_url=ARGS.broker_url,
        prefix=PREFIX,
        topology=ARGS.topology,
        timeout=scale.ingest_timeout,
        log_dir=log_dir,
    )
    goal = bench_ingest.GOAL_PER_SECOND
    verdict = "meets the goal" if result.per_second >= goal else "MISSES the goal"
    if result.per_second < goal or result.timed_out:
        MISSED.append(f"ingest: {result.per_second:.1f} documents/s (goal >= {goal}/s)")
    print(
        f"ingest: {result.documents} documents in {result.seconds:.1f} s = "
        f"{result.per_second:.1f} documents/s, steady {result.steady_per_second:.1f}/s "
        f"(goal >= {goal}/s: {verdict}); states {result.states}"
        + ("; TIMED OUT" if result.timed_out else "")
    )
    profile = bench_ingest.profile_lines(result)
    for line in profile:
        print("  " + line)
    topology = " and ".join(
        f"`celery worker {'-Q ' + ','.join(queues) + ' ' if queues else ''}--pool {pool} "
        f"--concurrency {processes}`"
        for _, queues, processes, pool in bench_ingest.TOPOLOGIES[ARGS.topology]
    )
    others = result.cpu.get("other processes of the machine (not this benchmark)", 0.0)
    share = others / (result.seconds * (os.cpu_count() or 1))
    section.rows += [
        Row(
            f"documents/s, first submission until all {result.documents} are `evaluated` "
            f"({words:.0f}-word documents, {result.claims} claims, {result.events} events)",
            f">= {goal}/s",
            f"**{result.per_second:.1f}/s** ({result.seconds:.1f} s"
            + (", TIMED OUT" if result.timed_out else "")
            + f"); steady (10%-90%) {result.steady_per_second:.1f}/s",
            command,
        ),
        Row(
            "CPU per document, all of the benchmark's processes (driver, workers, PostgreSQL, "
            "Redis), and the rate 2 idle cores would allow at that cost",
            "<= 40 ms (50/s on 2 cores)",
            _cpu_per_document(result),
            command,
        ),
    ]
    section.notes.append(
        f"Workers: {topology}, DATABASE_URL={ARGS.database_url}, "
        f"CELERY_BROKER_URL={ARGS.broker_url}, CELERY_QUEUE_PREFIX={PREFIX}<queue>. Documents "
        "submitted with `claims.services.document_ingest` from the driver process (each with "
        "its event key, so every document reaches `evaluated`). Final states: "
        f"{result.states}."
    )
    section.notes.append(
        f"The machine is shared: other processes (not this benchmark) used {others:.1f} CPU "
        f"seconds of the {result.seconds * (os.cpu_count() or 1):.1f} the machine had during "
        f"the run ({share:.0%}), so the wall-clock rate is lower than on a quiet machine; the "
        "CPU per document is the figure to compare between runs."
    )
    section.notes.append("Where the time goes (from the workers' logs and /proc):")
    section.notes += [f"- {line}" for line in profile]
    section.notes += [f"- {line}" for line in stages.lines()]
    for role, kb in result.peaks_kb.items():
        memory[role if role != "driver (this process)" else "driver (bench/run.py)"] = (
            f"{kb / 1024:.0f} MiB"
        )
    section.rows.append(_suite_rule_latency())
    connection.close()
    return section


def _cpu_per_document(result) -> str:
    others = result.cpu.get("other processes of the machine (not this benchmark)", 0.0)
    ours = sum(result.cpu.values()) - others
    per_document = ours / max(1, result.documents)
    return (
        f"{per_document * 1000:.0f} ms -> at most "
        f"{(os.cpu_count() or 1) / per_document:.0f} documents/s on {os.cpu_count()} idle cores"
    )


def _suite_rule_latency() -> Row:
    """A rules run over the largest event of the ingested corpus, at this database's size."""
    from django.db.models import Count

    from claims.models import Claim
    from factcheck.rules.engine import event_evaluate

    total = Claim.objects.count()
    largest = (
        Claim.objects.values("event_id").annotate(n=Count("id")).order_by("-n", "event_id").first()
    )
    if not largest:
        return Row("rules run on the ingested corpus", "< 100 ms", "no claims", "")
    times = []
    for _ in range(11):
        started = time.perf_counter()
        event_evaluate(event_id=largest["event_id"])
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    print(
        f"rules re-run of the largest ingested event ({largest['n']} claims) in a database of "
        f"{total:,} claims: median {median:.1f} ms"
    )
    return Row(
        f"re-run of the rules over the largest ingested event ({largest['n']} extracted "
        f"claims) in this database ({total:,} claims), median of 11",
        "< 100 ms (for 500 claims)",
        f"{median:.1f} ms",
        "bench/run.py (after the ingest)",
    )


def figure_rules(scale: Scale) -> Section:
    section = Section("Rule evaluation latency versus database size")
    url = database_url_named(ARGS.database_url, "_rules")
    postgres_database_create(url)
    command = python_command(
        "bench_rules.py", "--database-url", url, "--scale", str(scale.rules_scale)
    )
    print(f"rules: {shown(command)}")
    child = run_child(command, env=child_env(url), timeout=scale.step_timeout)
    CHILDREN["bench_rules.py"] = child
    out = child.output
    text = shown(command)
    first = re.search(
        r"one event of (\d+) claims: first evaluation ([\d.]+) ms, re-run ([\d.]+) ms", out
    )
    large = re.search(r"database of ([\d,]+) claims \(loaded", out)
    ratio = re.search(
        r"same event re-run x([\d.]+), new event first evaluation x([\d.]+), "
        r"new event re-run x([\d.]+)",
        out,
    )
    rerun = re.search(r"full re-run, \d+ passes: ([\d,]+) claims/s median", out)
    if first:
        section.rows.append(Row(
            f"one event of {first[1]} claims in a database of 10,000 claims: first evaluation, "
            "re-run", "< 100 ms", f"{first[2]} ms, {first[3]} ms", text))  # fmt: skip
    if large and ratio:
        section.rows.append(Row(
            f"the same in a database of {large[1]} claims, as a ratio to 10,000 (same event "
            "re-run; new event first run; new event re-run)", "x0.8 - x1.2",
            f"x{ratio[1]}; x{ratio[2]}; x{ratio[3]}", text))  # fmt: skip
    if rerun:
        section.rows.append(Row("full re-run of every event", ">= 20,000 claims/s",
                                f"{rerun[1]} claims/s", text))  # fmt: skip
    if child.returncode != 0 or not section.rows:
        section.notes.append(_failed(child))
    section.output = out
    return section


def figure_api(scale: Scale) -> Section:
    section = Section("API throughput and latency")
    script = BENCH / "bench_api.py"
    if not script.exists():
        section.notes.append(
            "bench/bench_api.py is missing (the API engineer's benchmark has not landed): "
            "no API figure yet."
        )
        print("api: bench/bench_api.py is missing: no API figure")
        return section
    url = database_url_named(ARGS.database_url, "_api")
    command = python_command(
        "bench_api.py", "--database-url", url, "--scale", str(scale.api_scale),
        "--seconds", str(scale.api_seconds),
    )  # fmt: skip
    print(f"api: {shown(command)}")
    child = run_child(command, env=child_env(url), timeout=scale.step_timeout)
    CHILDREN["bench_api.py"] = child
    out, text = child.output, shown(command)
    claims = re.search(
        r"event \S+: ([\d,]+) claims; (\d+) gunicorn workers, (\d+) connections", out
    )
    where = (
        f" (a page of 50 of an event of {claims[1]} claims, {claims[2]} gunicorn workers, "
        f"{claims[3]} connections)"
        if claims
        else ""
    )
    figure = re.compile(
        r"^\s+(.+?)\s+([\d,]+) requests/s\s+p50\s+([\d.]+) ms\s+p99\s+([\d.]+) ms", re.M
    )
    for m in figure.finditer(out):
        is_api = "api/v1" in m[1]
        section.rows.append(Row(
            m[1] + where if is_api else m[1] + ": the floor DRF is compared with",
            ">= 200 requests/s, p99 < 100 ms" if is_api else "(reference)",
            f"{m[2]} requests/s, p50 {m[3]} ms, p99 {m[4]} ms", text))  # fmt: skip
    overhead = re.search(
        r"DRF overhead: floor/API throughput x([\d.]+), API/floor p50 x([\d.]+)", out
    )
    if overhead:
        section.rows.append(Row("DRF's overhead: floor/API throughput; API/floor p50", "<= x2.0",
                                f"x{overhead[1]}; x{overhead[2]}", text))  # fmt: skip
    database = re.search(r"(loaded|reusing the) ([\d,]+) claims", out)
    if database:
        section.notes.append(f"Database: {url} with {database[2]} claims (bench_rules' loader).")
    if child.returncode != 0 or not section.rows:
        section.notes.append(_failed(child))
    section.output = out
    return section


def figure_digests(scale: Scale) -> Section:
    section = Section("Digest throughput")
    script = BENCH / "bench_digests.py"
    if not script.exists():
        section.notes.append("bench/bench_digests.py is missing: no digest figure.")
        return section
    url = database_url_named(ARGS.database_url, "_digests")
    command = python_command("bench_digests.py", "--subscribers", str(scale.subscribers))
    print(f"digests: {shown(command, url)}")
    child = run_child(command, env=child_env(url), timeout=scale.step_timeout)
    CHILDREN["bench_digests.py"] = child
    out = child.output
    sent = re.search(r"sent (\d+) digests in ([\d.]+) s: (\d+) messages/s", out)
    if sent:
        section.rows.append(Row(
            f"digests sent through a loopback SMTP server ({scale.subscribers:,} daily "
            "subscribers, 2 sender processes)", ">= 200 messages/s",
            f"{sent[3]} messages/s ({sent[1]} in {sent[2]} s)", shown(command, url)))  # fmt: skip
    once = "nothing sent (exactly once)" in out
    section.rows.append(Row("a second run of the period sends nothing", "exactly once",
                            "yes" if once else "NO (see output)", shown(command, url)))  # fmt: skip
    if child.returncode != 0 or not sent:
        section.notes.append(_failed(child))
    section.output = out
    return section


def _failed(child: Child) -> str:
    why = "timed out" if child.timed_out else f"exit status {child.returncode}"
    MISSED.append(f"{shown(child.command)}: {why} (a target missed, or a failure: see its output)")
    tail = "\n".join(child.output.strip().splitlines()[-5:])
    return f"`{shown(child.command)}` {why}; last lines:\n\n```\n{tail}\n```"


# --- BENCHMARKS.md ---------------------------------------------------------------------------

HEADER = """# Benchmarks

Produced by `python bench/run.py --scale small|medium|large` (the suite: corpus, ingest
through real workers, rules, API, digests, peak memory). Each scale's section (between its
`<!-- suite:... -->` markers) is rewritten by its own run; the rest of this file, the analysis
included, is written by hand and kept. The single-figure scripts
(`bench/bench_extraction.py`, `bench_rules.py`, `bench_admin_queue.py`, `bench_digests.py`,
`bench_api.py`) can be run on their own; their docstrings say how.

Services: PostgreSQL at 127.0.0.1 (user postgres), Redis at 127.0.0.1:6379 (a database
number of the suite's own, default 11). The suite's databases are EMPTIED on each run.
"""


def section_markdown(
    scale_name: str,
    scale: Scale,
    info: dict[str, str],
    command: str,
    sections: list[Section],
    memory: dict[str, str],
    seconds: float,
) -> str:
    out = [
        f"<!-- suite:{scale_name} -->",
        f"## Scale `{scale_name}`: {scale.events} events x {scale.claimants} claimants x "
        f"{scale.updates} updates = {scale.documents} documents",
        "",
        f"Command: `{command}` (the whole suite took {seconds:.0f} s)",
        "",
        "Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()),
        "",
    ]
    for section in sections:
        out += [f"### {section.title}", ""]
        if section.rows:
            out += ["| figure | goal | measured | command |", "|---|---|---|---|"]
            for row in section.rows:
                cells = (
                    row.figure,
                    row.goal,
                    row.measured,
                    f"`{row.command}`" if row.command else "",
                )
                out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
            out.append("")
        for note in section.notes:
            # Paragraphs apart; the lines of a list together.
            in_list = note.startswith("- ") and out[-1].startswith("- ")
            if not in_list and out[-1] != "":
                out.append("")
            out.append(note)
        if section.notes:
            out.append("")
        if section.output:
            out += ["<details><summary>output</summary>", "", "```", section.output.strip(),
                    "```", "", "</details>", ""]  # fmt: skip
    if memory:
        out += ["### Peak memory (max RSS) of each process", "",
                "| process | peak RSS | how |", "|---|---|---|"]  # fmt: skip
        for role, value in memory.items():
            how = "wait4 ru_maxrss (its largest process)" if role.endswith(".py") else "VmHWM"
            out.append(f"| {role} | {value} | {how} |")
        out.append("")
    out.append(f"<!-- /suite:{scale_name} -->")
    return "\n".join(out)


def results_write(scale_name: str, body: str) -> None:
    text = RESULTS.read_text() if RESULTS.exists() else HEADER
    pattern = re.compile(rf"<!-- suite:{scale_name} -->.*?<!-- /suite:{scale_name} -->", re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: body, text)
    else:
        # Sections in scale order.
        order = list(SCALES)
        later = [s for s in order[order.index(scale_name) + 1 :] if f"<!-- suite:{s} -->" in text]
        if later:
            marker = f"<!-- suite:{later[0]} -->"
            text = text.replace(marker, body + "\n\n" + marker, 1)
        else:
            text = text.rstrip("\n") + "\n\n" + body + "\n"
    RESULTS.write_text(text)


# --- main ---------------------------------------------------------------------------------

ARGS: argparse.Namespace
PREFIX = ""
CHILDREN: dict[str, Child] = {}
# Targets missed and steps failed: printed at the end, and the suite exits 1.
MISSED: list[str] = []


def main() -> int:
    global ARGS, PREFIX
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=list(SCALES), default="small")
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--broker-url", default=DEFAULT_BROKER_URL,
                        help="Redis, a database number of the suite's own")  # fmt: skip
    parser.add_argument(
        "--only", default=",".join(FIGURES), help="comma-separated: " + ",".join(FIGURES)
    )
    parser.add_argument("--topology", choices=sorted(bench_ingest.TOPOLOGIES), default="solo",
                        help="the ingest workers (see bench/bench_ingest.py)")  # fmt: skip
    parser.add_argument("--no-write", action="store_true", help="do not touch BENCHMARKS.md")
    ARGS = parser.parse_args()
    only = [f.strip() for f in ARGS.only.split(",") if f.strip()]
    unknown = set(only) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figures: {', '.join(sorted(unknown))}")
    if not ARGS.database_url.startswith("postgres"):
        parser.error("the suite needs PostgreSQL (--database-url postgres://...)")
    scale = SCALES[ARGS.scale]
    command = "python bench/run.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    bench_ingest.raise_on_sigterm()
    PREFIX = f"bench-suite-{os.getpid()}-"
    started = time.perf_counter()

    postgres_database_create(ARGS.database_url)
    bench_ingest.django_setup(
        database_url=ARGS.database_url, broker_url=ARGS.broker_url, prefix=PREFIX
    )
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    info = machine()
    print(f"scale {ARGS.scale}: " + "; ".join(f"{k} {v}" for k, v in info.items()))

    sections: list[Section] = []
    memory: dict[str, str] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-suite-") as log_dir:
            if "ingest" in only:
                sections.append(figure_ingest(scale, command, Path(log_dir), memory))
            if "rules" in only:
                sections.append(figure_rules(scale))
            if "api" in only:
                sections.append(figure_api(scale))
            if "digests" in only:
                sections.append(figure_digests(scale))
    except KeyboardInterrupt:
        print("interrupted: workers stopped, nothing written", file=sys.stderr)
        return 130
    finally:
        bench_ingest.stop_all_workers()
    memory.setdefault(
        "driver (bench/run.py)",
        f"{(bench_ingest.proc_status(os.getpid(), 'VmHWM') or 0) / 1024:.0f} MiB",
    )
    for name, child in CHILDREN.items():
        memory[name] = f"{child.max_rss_kb / 1024:.0f} MiB"
        for role, kb in child.peaks_kb.items():
            if "gunicorn" in role:  # the web processes; the others are in the line above
                memory[role] = f"{kb / 1024:.0f} MiB"
    if "api" in only and "bench_api.py" not in CHILDREN:
        memory["web (API)"] = "not measured: bench/bench_api.py is missing"
    seconds = time.perf_counter() - started
    print("peak memory: " + "; ".join(f"{k} {v}" for k, v in memory.items()))
    print(f"suite done in {seconds:.0f} s")
    if not ARGS.no_write:
        body = section_markdown(ARGS.scale, scale, info, command, sections, memory, seconds)
        results_write(ARGS.scale, body)
        print(f"written: {RESULTS.relative_to(ROOT)} (section {ARGS.scale})")
    for line in MISSED:
        print(f"MISSED: {line}")
    return 1 if MISSED else 0


if __name__ == "__main__":
    sys.exit(main())
