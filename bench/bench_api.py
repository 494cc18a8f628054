"""Partner API benchmark (PostgreSQL, gunicorn): python bench/bench_api.py [--scale 0.1]

Figures printed, with their targets:
  1. GET /api/v1/claims?event=<key> (a page of 50, with a token), 1 million claims in the
     database: at least 200 requests/s with p99 under 100 ms;
  2. the same 50 rows from a minimal plain Django view (the token checked, .values(),
     JsonResponse), served by the same gunicorn: the floor;
  3. the ratio of the two: DRF's overhead at most 2x of that floor.

Loads synthetic claims with COPY (bench_rules' Loader) into a database of its own,
factcheck_bench_api (created if missing, migrated, and EMPTIED unless it already holds the
same number of claims: --reload forces it). The app runs under gunicorn on a free loopback
port with this module's urlconf (the product's URLs plus the floor view, which is nowhere in
the product); load comes from wrk in a second process (Debian's `wrk`), or from a Python
load generator with concurrent keep-alive connections where wrk is missing.
--scale shrinks the database (--scale 0.1: 100 thousand claims).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from common import Targets, postgres_database_create

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

CLAIMS_PER_EVENT = 1000
EVENTS_PER_COPY = 50
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_api"
FLOOR_PATH = "/bench/claims-floor"


# --- served by gunicorn: this module is also the urlconf ---------------------------------------


def claims_floor(request):
    """The same 50 rows as the API's first page, as plain JSON: the token looked up as the API
    does (one query), then one .values() query with the API's plan (the event's id as a
    subquery), no serializer, no DRF."""
    from django.db.models import Subquery
    from django.http import JsonResponse

    from claims.models import Claim, Event
    from factcheck.api.claims import CLAIM_ROW_FIELDS  # the same rows as the API page
    from partners.selectors import api_token_find_active

    header = request.headers.get("Authorization", "")
    token = api_token_find_active(plain=header.removeprefix("Bearer ").strip())
    if token is None:
        return JsonResponse({"detail": "Invalid token."}, status=401)
    event_id = Event.objects.filter(key=request.GET["event"]).order_by().values("id")[:1]
    rows = list(
        Claim.objects.filter(event_id=Subquery(event_id))
        .order_by("-id")
        .values(*CLAIM_ROW_FIELDS)[:50]
    )
    return JsonResponse({"results": rows})


def _urlpatterns() -> list:
    from django.urls import include, path

    return [path(FLOOR_PATH.lstrip("/"), claims_floor), path("", include("config.urls"))]


def __getattr__(name: str):
    if name == "urlpatterns":
        return _urlpatterns()
    raise AttributeError(name)


def wsgi_application():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    from django.conf import settings

    settings.ROOT_URLCONF = "bench_api"  # before the first request: the floor view is ours
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


# --- the database ---------------------------------------------------------------------------


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load(total: int, *, reload: bool) -> tuple[str, int]:
    """Fills the database to `total` claims in events of CLAIMS_PER_EVENT; returns the key of
    an event in the middle and its claims count."""
    from bench_rules import Loader, reset

    from claims.models import Claim, Event

    if reload or Claim.objects.count() != total:
        reset()
        loader = Loader()
        start = time.perf_counter()
        events = max(1, total // CLAIMS_PER_EVENT)
        while events > 0:
            count = min(EVENTS_PER_COPY, events)
            loader.events(count, min(CLAIMS_PER_EVENT, total))
            events -= count
        loader.analyze()
        print(f"loaded {Claim.objects.count():,} claims in {time.perf_counter() - start:.0f} s")
    else:
        print(f"reusing the {total:,} claims already loaded (--reload to load them again)")
    middle = Event.objects.order_by("id")[Event.objects.count() // 2]
    return middle.key, Claim.objects.filter(event=middle).count()


def partner_token() -> str:
    from partners.models import Scope
    from partners.services import api_token_create, partner_ensure

    partner, _ = partner_ensure(name="bench", scopes=[Scope.READ], rate_limit_per_minute=10_000_000)
    return api_token_create(partner=partner, label="bench_api")[1]


# --- the server and the load ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn_start(*, port: int, workers: int, database_url: str) -> subprocess.Popen:
    gunicorn = Path(sys.executable).parent / "gunicorn"
    if not gunicorn.exists():
        raise SystemExit("gunicorn is not installed: pip install -e . (it is a dependency)")
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "LOG_LEVEL": "ERROR",
        "DB_POOL_MIN": "2",
        "DB_POOL_MAX": "4",
    }
    process = subprocess.Popen(
        [
            str(gunicorn),
            "bench_api:wsgi_application()",
            "--pythonpath",
            f"{REPO},{BENCH}",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def fetch(url: str, token: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, response.read()


def wrk(url: str, token: str, *, connections: int, seconds: int) -> dict[str, float]:
    out = subprocess.run(
        [
            "wrk",
            "--threads",
            "1",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--latency",
            "--header",
            f"Authorization: Bearer {token}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    units = {"us": 0.001, "ms": 1.0, "s": 1000.0}

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * units[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: .*", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "requests": float(re.search(r"(\d+) requests in", out).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "failed": float(non_2xx.group(1)) if non_2xx else 0.0,
        "socket_errors": 1.0 if errors else 0.0,
    }


PY_LOAD = r"""
import http.client, json, sys, threading, time
host, port, path, token, connections, seconds = sys.argv[1:7]
connections, seconds = int(connections), float(seconds)
latencies, failed = [], [0]
lock = threading.Lock()
deadline = time.perf_counter() + seconds
def run():
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    mine = []
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": "Bearer " + token})
        response = conn.getresponse(); response.read()
        mine.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            failed[0] += 1
    with lock:
        latencies.extend(mine)
threads = [threading.Thread(target=run) for _ in range(connections)]
start = time.perf_counter()
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.perf_counter() - start
latencies.sort()
print(json.dumps({"rps": len(latencies) / elapsed, "requests": len(latencies),
                  "p50": latencies[len(latencies) // 2],
                  "p99": latencies[int(len(latencies) * 0.99)], "failed": failed[0],
                  "socket_errors": 0}))
"""


def python_load(url: str, token: str, *, connections: int, seconds: int) -> dict[str, float]:
    rest = url.removeprefix("http://")
    hostport, path = rest.split("/", 1)
    host, port = hostport.split(":")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            PY_LOAD,
            host,
            port,
            "/" + path,
            token,
            str(connections),
            str(seconds),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def cpu_seconds(server: subprocess.Popen) -> float:
    """User + system CPU time of gunicorn's workers so far (Linux /proc; 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    if not children.exists():
        return 0.0
    total = 0.0
    for pid in children.read_text().split():
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(stat[11]) + int(stat[12])) / ticks  # utime, stime
    return total


def measure(
    url: str, token: str, *, server: subprocess.Popen, connections: int, seconds: int
) -> dict[str, float]:
    """Throughput and latency under load, and the workers' CPU per request: a figure that
    holds on a machine shared with other work, where requests/s does not."""
    # Warm the workers (connections in the pool, code paths) before measuring.
    for _ in range(20):
        fetch(url, token)
    before = cpu_seconds(server)
    if shutil.which("wrk"):
        figures = wrk(url, token, connections=connections, seconds=seconds)
    else:
        figures = python_load(url, token, connections=connections, seconds=seconds)
    figures["cpu_ms"] = (cpu_seconds(server) - before) * 1000 / max(figures["requests"], 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_API_DATABASE_URL", DEFAULT_URL)
    )
    parser.add_argument("--scale", type=float, default=1.0, help="of the 1M-claim database")
    parser.add_argument("--reload", action="store_true", help="load the claims even if present")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1), help="gunicorn's")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument("--seconds", type=int, default=10, help="per measurement")
    args = parser.parse_args()

    postgres_database_create(args.database_url)
    setup(args.database_url)
    total = int(1_000_000 * args.scale)
    event_key, event_claims = load(total, reload=args.reload)
    token = partner_token()
    print(
        f"event {event_key}: {event_claims:,} claims; {args.workers} gunicorn workers, "
        f"{args.connections} connections, {args.seconds} s per figure, "
        f"load from {'wrk' if shutil.which('wrk') else 'a Python load generator'}"
    )
    print(explain(event_key))

    port = free_port()
    server = gunicorn_start(port=port, workers=args.workers, database_url=args.database_url)
    try:
        api_url = f"http://127.0.0.1:{port}/api/v1/claims?event={event_key}"
        floor_url = f"http://127.0.0.1:{port}{FLOOR_PATH}?event={event_key}"
        api_ids = [row["id"] for row in json.loads(fetch(api_url, token)[1])["results"]]
        floor_ids = [row["id"] for row in json.loads(fetch(floor_url, token)[1])["results"]]
        if api_ids != floor_ids or len(api_ids) != 50:
            raise SystemExit(f"the floor serves other rows: {api_ids[:5]} vs {floor_ids[:5]}")
        figures = {}
        for name, url in (("api", api_url), ("floor", floor_url)):
            figures[name] = measure(
                url, token, server=server, connections=args.connections, seconds=args.seconds
            )
    finally:
        server.terminate()
        server.wait(timeout=30)

    api, floor = figures["api"], figures["floor"]
    for label, f in (
        ("GET /api/v1/claims?event=... (DRF)", api),
        ("plain Django view (floor)", floor),
    ):
        print(
            f"  {label:38} {f['rps']:8,.0f} requests/s   p50 {f['p50']:6.1f} ms   "
            f"p99 {f['p99']:6.1f} ms   server CPU {f['cpu_ms']:4.1f} ms/request"
            + (f"   FAILED {f['failed']:.0f}" if f["failed"] else "")
        )
    targets = Targets()
    print(
        "  API: "
        + targets.check("API throughput", api["rps"] >= 200, ">= 200 requests/s")
        + " "
        + targets.check("API p99 latency", api["p99"] < 100, "p99 < 100 ms")
    )
    ratio_cpu = api["cpu_ms"] / floor["cpu_ms"] if floor["cpu_ms"] else float("nan")
    ratio_rps = floor["rps"] / api["rps"]
    ratio_p50 = api["p50"] / floor["p50"]
    print(
        f"  DRF overhead: floor/API throughput x{ratio_rps:.2f}, API/floor p50 x{ratio_p50:.2f}, "
        f"API/floor server CPU x{ratio_cpu:.2f}   "
        + targets.check("DRF overhead (floor/API throughput)", ratio_rps <= 2.0, "<= 2.0")
    )
    return targets.exit_status()


def explain(event_key: str) -> str:
    """The plan of the page query, as the API runs it."""
    from django.db import connection

    from factcheck.api.filters import ClaimFilter
    from factcheck.api.selectors import partner_claim_list
    from partners.models import Partner

    partner = Partner.objects.get(name="bench")
    queryset = ClaimFilter({"event": event_key}, partner_claim_list(partner=partner)).qs
    sql, params = queryset.order_by("-id")[:51].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) " + sql, params)
        lines = [row[0] for row in cursor.fetchall()]
    return "  query plan:\n" + "\n".join(f"    {line}" for line in lines)


if __name__ == "__main__":
    sys.exit(main())
