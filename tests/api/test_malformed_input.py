"""Bad input is a 400 (or a 404/411) in JSON, never a 500 or Django's HTML page."""

from __future__ import annotations

import base64
import http.client

import pytest

from partners.models import Scope
from tests.api.factories import VerdictFactory
from tests.factories import ClaimFactory

LISTS = [
    "/api/v1/documents",
    "/api/v1/claims",
    "/api/v1/events",
    "/api/v1/sources",
    "/api/v1/findings",
    "/api/v1/verdicts",
    "/api/v1/claimreviews",
    "/api/v1/webhooks",
]


def cursor(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


@pytest.fixture
def api(make_client):
    return make_client(Scope.READ, Scope.READ_FINDINGS, Scope.SUBMIT)


@pytest.mark.parametrize("url", ["/api/v1/claims", "/api/v1/verdicts", "/api/v1/webhooks"])
@pytest.mark.parametrize("raw", ["p=abc", "p=x"])
def test_the_cursors_of_the_report_are_a_400(api, url, raw):
    response = api.get(url, {"cursor": cursor(raw)})

    assert response.status_code == 400, response.content
    assert response.json() == {"cursor": ["Invalid cursor."]}


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize(
    "raw",
    ["p=abc", "p=99999999999999999999999", "o=1&p=2024-13-45", "p=\x00", "r=1&p=1.5", "p=-1e999"],
)
@pytest.mark.parametrize("ordering", ["", "published_at", "-stated_at", "key", "-name"])
def test_a_hand_made_cursor_is_never_a_500(api, url, raw, ordering):
    """Whatever a cursor holds and whatever the order: a page (a position a string column
    can take) or a 400, in JSON."""
    VerdictFactory(claim=ClaimFactory())
    query = {"cursor": cursor(raw), **({"ordering": ordering} if ordering else {})}

    response = api.get(url, query)

    assert response.status_code in (200, 400), response.content
    assert response["Content-Type"] in ("application/json", "application/ld+json")


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/v1/claims", "document"),
        ("/api/v1/findings", "document"),
        ("/api/v1/verdicts", "claim"),
    ],
)
def test_an_empty_id_filter_is_a_400_not_any(api, url, name):
    response = api.get(url, {name: ""})

    assert response.status_code == 400
    assert name in response.json()


@pytest.mark.parametrize("path", ["/api/v1/claims/1%0A", "/api/v1/claims/1%0D%0A", "/api/v1/%0A"])
def test_a_newline_in_the_path_is_a_json_404(api, path):
    response = api.get(path)

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_a_chunked_body_is_answered_411(api, live_server):
    """Over a real socket: the test client cannot send a chunked body."""
    token = api._credentials["HTTP_AUTHORIZATION"]
    host, port = live_server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    body = b'{"text": "A chunked report.", "title": "Chunked"}'
    connection.putrequest("POST", "/api/v1/documents")
    connection.putheader("Authorization", token)
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    connection.send(b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
    response = connection.getresponse()

    assert response.status == 411
    assert b"Content-Length" in response.read()
    connection.close()
