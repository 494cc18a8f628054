"""Feed polling throughput: N feeds of M entries served from loopback, polled twice.

Usage:
    python bench/bench_feeds.py [--feeds 500 --entries 50]
        [--database-url postgres://postgres@127.0.0.1:5432/factcheck_bench_feeds]

A separate process serves the feeds (RSS 2.0, an ETag and a Last-Modified each, 304 to a
conditional GET) and each entry's article page, generated from the path. The driver polls
every feed through the real service (factcheck.feeds.services.feed_poll: netguard-vetted
fetch of the feed, feedparser, dedup, each page fetched and read by trafilatura/htmldate/
extruct, document_ingest with provenance). The first poll must ingest every entry exactly
once; the second must fetch no page and get a 304 for every feed. Prints entries/s of the
first poll, the second poll's time, and the peak memory (VmHWM) of the driver and server.

Claim extraction is queued (an in-memory broker), not run: its cost is bench_ingest's figure.
Default database: a fresh SQLite file in a temporary folder (EMPTIED each run). With
--database-url the PostgreSQL database is created if missing, migrated, and its record and
feed tables emptied first.
"""

from __future__ import annotations

import argparse
import http.server
import multiprocessing
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

WHEN = datetime(2026, 9, 1, 6, 0, tzinfo=UTC)
PARAGRAPHS = (
    "Officials in the district of {place} said on {day} that {n} people had been taken to "
    "hospital after the incident, and that the road would stay closed overnight.",
    "A spokesperson for the regional emergency service said crews had arrived within twenty "
    "minutes and that the situation was now under control.",
    "Residents told reporters they had heard a loud noise shortly before dawn and had seen "
    "smoke rising from the area near the old market.",
    "The authorities said an inquiry would be opened and that more details would be given at "
    "a press conference the following morning.",
)


def vm_hwm_kb(pid: int | str = "self") -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def serve(port_out, page_hits, feed_hits, not_modified, entries: int) -> None:
    """The loopback outlet: /feed/{i}.xml and /feed/{i}/story-{j}, made from the path."""
    from tests.feeds.feedgen import article_page, rss

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            if len(parts) == 2 and parts[0] == "feed" and parts[1].endswith(".xml"):
                feed = int(parts[1][:-4])
                etag = f'"feed-{feed}-v1"'
                with feed_hits.get_lock():
                    feed_hits.value += 1
                if self.headers.get("If-None-Match") == etag:
                    with not_modified.get_lock():
                        not_modified.value += 1
                    self._send(304, b"", "", {"ETag": etag})
                    return
                base = f"http://127.0.0.1:{self.server.server_address[1]}/feed/{feed}"
                items = [
                    {
                        "title": f"Incident {feed}-{j}: crews called to district {j}",
                        "link": f"{base}/story-{j}",
                        "id": f"urn:feed-{feed}:entry-{j}",
                        "published": WHEN + timedelta(minutes=j),
                    }
                    for j in range(entries)
                ]
                body = rss(title=f"Outlet {feed}", link=base, items=items).encode()
                headers = {"ETag": etag, "Last-Modified": "Tue, 01 Sep 2026 06:00:00 GMT"}
                self._send(200, body, "application/rss+xml", headers)
            elif len(parts) == 3 and parts[0] == "feed" and parts[2].startswith("story-"):
                feed, j = int(parts[1]), int(parts[2][6:])
                with page_hits.get_lock():
                    page_hits.value += 1
                paragraphs = [
                    p.format(place=f"district {j}", day="Tuesday", n=(feed + j) % 40 + 2)
                    for p in PARAGRAPHS
                ]
                html = article_page(
                    title=f"Incident {feed}-{j}: crews called to district {j}",
                    publisher=f"Outlet {feed}",
                    published=WHEN + timedelta(minutes=j),
                    paragraphs=paragraphs,
                )
                self._send(200, html.encode(), "text/html; charset=utf-8", {})
            else:
                self._send(404, b"no", "text/plain", {})

        def _send(self, status: int, body: bytes, kind: str, headers: dict[str, str]) -> None:
            self.send_response(status)
            if kind:
                self.send_header("Content-Type", kind)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_out.value = server.server_address[1]
    server.serve_forever()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--entries", type=int, default=50, help="Entries per feed")
    parser.add_argument("--database-url", default="", help="PostgreSQL (default: SQLite)")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="bench-feeds-")
    os.environ["FACTCHECK_VAR_DIR"] = workdir
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    os.environ["SECRET_KEY"] = "bench-feeds-not-secret"  # noqa: S105
    # Extraction is queued to an in-memory broker, not run in process.
    os.environ["CELERY_BROKER_URL"] = "memory://localhost/"
    os.environ["FACTCHECK_OUTBOUND_ALLOW_PRIVATE"] = "1"
    if args.database_url:
        from common import postgres_database_create

        postgres_database_create(args.database_url)
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)

    port = multiprocessing.Value("i", 0)
    page_hits = multiprocessing.Value("l", 0)
    feed_hits = multiprocessing.Value("l", 0)
    not_modified = multiprocessing.Value("l", 0)
    server = multiprocessing.Process(
        target=serve, args=(port, page_hits, feed_hits, not_modified, args.entries), daemon=True
    )
    server.start()
    try:
        deadline = time.monotonic() + 10
        while not port.value:
            if time.monotonic() > deadline:
                raise SystemExit("the loopback server did not start")
            time.sleep(0.05)
        os.environ["FACTCHECK_OUTBOUND_PORTS"] = str(port.value)

        import django

        django.setup()
        from django.core.management import call_command

        from claims.models import Document, DocumentProvenance
        from factcheck.feeds import services
        from factcheck.feeds.models import Feed, FeedEntry

        call_command("migrate", verbosity=0)
        FeedEntry.objects.all().delete()
        Feed.objects.all().delete()
        DocumentProvenance.objects.all().delete()
        Document.objects.all().delete()
        feeds = [
            services.feed_create(
                url=f"http://127.0.0.1:{port.value}/feed/{i}.xml", interval_minutes=15
            )
            for i in range(args.feeds)
        ]
        expected = args.feeds * args.entries

        started = time.perf_counter()
        for feed in feeds:
            services.feed_poll(feed_id=feed.pk)
        first = time.perf_counter() - started
        stored = Document.objects.count()
        first_pages = page_hits.value

        started = time.perf_counter()
        second_new = 0
        for feed in feeds:
            second_new += services.feed_poll(feed_id=feed.pk).new
        second = time.perf_counter() - started
        second_pages = page_hits.value - first_pages

        print(f"feeds: {args.feeds} x {args.entries} entries ({expected} entries)")
        print(
            f"first poll: {stored} documents stored from {first_pages} page fetches in "
            f"{first:.1f} s = {stored / first:.1f} entries/s"
        )
        print(
            f"second poll: {second_pages} page fetches, {not_modified.value} of "
            f"{args.feeds} feeds answered 304, {second_new} new entries, {second:.2f} s"
        )
        print(
            f"peak memory (VmHWM): driver {vm_hwm_kb() / 1024:.0f} MiB, "
            f"server {vm_hwm_kb(server.pid) / 1024:.0f} MiB"
        )
        ok = (
            stored == expected == first_pages
            and second_pages == 0
            and not_modified.value == args.feeds
            and second_new == 0
        )
        print("OK" if ok else "FAILED: see the counts above")
        return 0 if ok else 1
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    sys.exit(main())
