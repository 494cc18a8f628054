"""Links: fetched from a loopback server through netguard, read like saved pages, provenance
kept; every way a fetch can fail is reported and stores nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.fetching import FetchError, fetch
from claims.models import Document, DocumentProvenance
from claims.web_pages import EXTRACTOR_VERSION
from partners.models import Scope
from tests.ingest.conftest import page

pytestmark = pytest.mark.django_db


def ingest(*args: str, capsys) -> tuple[str, str]:
    call_command("ingest", *args)
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_a_link_is_fetched_read_and_stored_with_its_provenance(site, capsys):
    final = site.add("/world/bus-ravine", page("wire_story.html"))
    link = site.add("/s/abc", status=301, headers={"Location": "/world/bus-ravine"})

    out, _ = ingest(link, capsys=capsys)

    assert "stored" in out
    document = Document.objects.select_related("publisher", "provenance").get()
    assert document.title == "Bus plunges into ravine near Kestrel Pass, at least 14 dead"
    assert document.publisher.name == "Northwind Wire"
    assert document.published_at == datetime(2026, 9, 14, 8, 5, tzinfo=UTC)
    assert "regional police said on Monday" in document.text
    assert document.url == final
    provenance = document.provenance
    assert (provenance.fetched_url, provenance.final_url) == (link, final)
    assert provenance.http_status == 200
    assert provenance.extractor == EXTRACTOR_VERSION
    assert provenance.fetched_at is not None
    assert provenance.author == "Ana Torvik"


def test_the_same_link_twice_is_a_duplicate(site, capsys):
    link = site.add("/ministry/statement", page("ministry_statement.html"))
    ingest(link, capsys=capsys)

    out, _ = ingest(link, capsys=capsys)

    assert "1 duplicates" in out
    assert Document.objects.count() == DocumentProvenance.objects.count() == 1


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ({"status": 404, "body": "gone"}, "answered HTTP 404"),
        ({"status": 503, "body": "down"}, "answered HTTP 503"),
        ({"body": "%PDF-1.7", "content_type": "application/pdf"}, "is application/pdf, not"),
        ({"body": page("paywall.html")}, "paywall stub"),
        ({"body": "x" * 5000}, "too large"),
        ({"status": 302, "headers": {"Location": "http://127.0.0.1:1/"}}, "port 1 is not"),
        ({"status": 302, "headers": {"Location": "/loop"}}, "more than 5 redirects"),
    ],
)
def test_a_link_that_cannot_be_stored_is_reported_and_nothing_is_stored(
    site, settings, capsys, route, reason
):
    settings.FACTCHECK_FETCH_MAX_BYTES = 4000
    link = site.add("/loop", **route)

    with pytest.raises(CommandError, match="nothing could be ingested"):
        ingest(link, capsys=capsys)

    assert reason in capsys.readouterr().err
    assert not Document.objects.exists()
    assert not DocumentProvenance.objects.exists()


def test_an_unreachable_host_is_reported(site):
    closed = f"http://127.0.0.1:{site.port}/"
    site.server.shutdown()
    site.server.server_close()

    with pytest.raises(FetchError, match="unreachable"):
        fetch(closed, timeout=2)


def test_a_server_that_does_not_answer_in_time_is_reported(site):
    link = site.add("/slow", page("wire_story.html"), delay=1.0)

    with pytest.raises(FetchError, match=r"no answer in 0.3 s"):
        fetch(link, timeout=0.3)


def test_a_body_dripped_slower_than_the_deadline_is_cut(site):
    # Each 100-byte piece comes well within the timeout (0.1 s of 0.5 s: room for a loaded
    # CI machine); the whole page (28 pieces, 2.8 s) does not come within 3 timeouts.
    link = site.add("/drip", page("wire_story.html"), drip=0.1)

    with pytest.raises(FetchError, match=r"the body took over 1.5 s"):
        fetch(link, timeout=0.5)


def test_a_big_body_is_cut_by_the_size_cap_not_truncated(site):
    link = site.add("/big", "<p>" + "word " * 2000 + "</p>")

    with pytest.raises(FetchError, match="too large"):
        fetch(link, max_bytes=1000)


def test_production_policy_refuses_a_loopback_link(site, settings, capsys):
    settings.FACTCHECK_OUTBOUND_ALLOW_PRIVATE = False
    link = site.add("/world/bus-ravine", page("wire_story.html"))

    with pytest.raises(CommandError):
        ingest(link, capsys=capsys)

    assert "is not a public address" in capsys.readouterr().err
    assert site.hits("/world/bus-ravine") == 0


def test_api_fetches_a_url_sent_without_text(site, make_client):
    client = make_client(Scope.SUBMIT)
    link = site.add("/live", page("live_blog.html"))

    response = client.post(reverse("api:document-list"), {"url": link}, format="json")

    assert response.status_code == 202, response.json()
    body = response.json()
    assert body["title"] == "Live: Kestrel Pass bus crash - updates"
    assert body["publisher"] == "The Harbour Gazette"
    assert body["published_at"] == "2026-09-13T22:40:00Z"
    assert body["url"] == link
    assert Document.objects.get().provenance.http_status == 200


def test_api_reads_posted_html_and_lets_explicit_fields_win(make_client):
    client = make_client(Scope.SUBMIT)

    response = client.post(
        reverse("api:document-list"),
        {"html": page("cookie_wall.html"), "event": "kestrel-pass-bus"},
        format="json",
    )

    assert response.status_code == 202, response.json()
    body = response.json()
    assert body["publisher"] == "Valley Daily"
    assert body["event"] == "kestrel-pass-bus"
    assert "842 partners" not in Document.objects.get().text


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({}, "This field is required"),
        ({"text": "a", "html": "<p>b</p>"}, "not both"),
    ],
)
def test_api_says_what_to_send(make_client, payload, reason):
    response = make_client(Scope.SUBMIT).post(reverse("api:document-list"), payload, format="json")

    assert response.status_code == 400
    assert reason in str(response.json())


def test_api_reports_a_link_that_cannot_be_fetched(site, make_client):
    link = site.add("/gone", status=410, body="gone")

    response = make_client(Scope.SUBMIT).post(
        reverse("api:document-list"), {"url": link}, format="json"
    )

    assert response.status_code == 400
    assert "answered HTTP 410" in str(response.json())
    assert not Document.objects.exists()


def test_production_settings_refuse_to_reach_private_addresses(tmp_path):
    from tests.test_settings import run_manage

    result = run_manage(
        "check",
        env={
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "x" * 50,
            "FACTCHECK_VAR_DIR": str(tmp_path),
            "FACTCHECK_OUTBOUND_ALLOW_PRIVATE": "1",
        },
    )

    assert result.returncode != 0
    assert "FACTCHECK_OUTBOUND_ALLOW_PRIVATE is for tests only" in result.stderr


def test_a_page_in_its_own_declared_charset_is_read_right(site, capsys):
    html = page("ministry_statement.html").replace(
        '<meta charset="utf-8">', '<meta charset="windows-1252">'
    )
    html = html.replace("deepest condolences", "deepest condolences \u2013 caf\u00e9")
    link = site.add("/cp1252", html.encode("cp1252"), content_type="text/html")

    ingest(link, capsys=capsys)

    assert "deepest condolences \u2013 caf\u00e9" in Document.objects.get().text


def test_a_page_dated_in_the_future_is_stored_without_a_date(site, capsys):
    # The page's JSON-LD wins over htmldate, and says 2999: the date is dropped, not the page.
    html = page("wire_story.html").replace(
        '"datePublished": "2026-09-14T08:05:00Z"', '"datePublished": "2999-01-01"'
    )
    ingest(site.add("/future", html), capsys=capsys)

    assert Document.objects.get().published_at is None
