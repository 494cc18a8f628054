"""POST /api/v1/documents: 202 for a new document, 200 for the same one again, 4xx (never
500) for bad input; GET: documents and their processing state.

A test runs in a transaction that is never committed, so the extraction a POST enqueues on
commit does not run unless a test asks for it (django_capture_on_commit_callbacks)."""

from __future__ import annotations

import io
import json

import pytest
from django.test import override_settings
from django.urls import reverse

from claims.models import Document
from factcheck.api.parsers import BodyTooLarge, StrictJSONParser
from partners.models import DocumentSubmission, Scope
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory
from tests.factories import DocumentFactory, EventFactory

URL = "/api/v1/documents"
REPORT = {
    "text": "The ministry said six crew members were killed when the tanker went down.",
    "title": "Tanker lost over western Iraq",
    "url": "https://news.example.org/tanker",
    "publisher": "Example Wire",
    "published_at": "2026-03-12T22:10:00Z",
    "language": "en",
    "event": "tanker-western-iraq",
}


@pytest.fixture
def submitter(make_client):
    return make_client(Scope.SUBMIT)


def test_reverse_matches_the_documented_path():
    assert reverse("api:document-list") == URL


def test_new_document_gets_202_with_its_url(submitter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = submitter.post(URL, REPORT)

    assert response.status_code == 202, response.json()
    body = response.json()
    document = Document.objects.get()
    assert body["id"] == document.pk
    assert body["api_url"] == f"http://testserver/api/v1/documents/{document.pk}"
    assert response["Location"] == body["api_url"]
    assert body["ingest_status"] == "stored"
    assert body["state"] == "queued"
    assert body["event"] == "tanker-western-iraq"
    assert body["publisher"] == "Example Wire"
    assert body["published_at"] == "2026-03-12T22:10:00Z"
    assert document.title == REPORT["title"]
    # Extraction is enqueued once, on commit.
    assert len(callbacks) == 1


def test_same_document_twice_gets_200_and_the_stored_one(submitter):
    first = submitter.post(URL, REPORT)
    again = submitter.post(URL, REPORT)

    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["ingest_status"] == "duplicate"
    assert again["Location"] == first["Location"]
    assert Document.objects.count() == 1
    assert DocumentSubmission.objects.count() == 1


def test_changed_text_at_the_same_url_is_a_new_version(submitter):
    first = submitter.post(URL, REPORT).json()

    response = submitter.post(URL, {**REPORT, "text": REPORT["text"] + " All six are dead."})

    assert response.status_code == 202
    assert response.json()["ingest_status"] == "new_version"
    assert response.json()["previous_version"] == first["id"]


def test_only_text_is_required(submitter):
    response = submitter.post(URL, {"text": "Officials said four of the six were killed."})

    assert response.status_code == 202
    body = response.json()
    assert (body["url"], body["publisher"], body["event"]) == ("", None, None)
    assert body["language"] == "en"


def test_submit_only_partner_reads_back_its_own_documents_only(make_client):
    partner = PartnerFactory(scopes=[Scope.SUBMIT])
    client = client_for(partner)
    mine = client.post(URL, REPORT).json()
    other = DocumentFactory()

    listed = client.get(URL).json()["results"]

    assert [d["id"] for d in listed] == [mine["id"]]
    assert client.get(mine["api_url"]).status_code == 200
    assert client.get(f"{URL}/{other.pk}").status_code == 404


def test_document_list_shows_the_processing_state(reader):
    DocumentFactory(state=Document.State.FAILED, state_reason="extractor crashed")
    DocumentFactory(state=Document.State.EVALUATED)

    response = reader.get(URL)

    assert response.status_code == 200
    results = response.json()["results"]
    assert [(d["state"], d["state_reason"]) for d in results] == [
        ("evaluated", ""),
        ("failed", "extractor crashed"),
    ]
    assert "text" not in results[0]


def test_document_detail_has_the_text(reader):
    document = DocumentFactory()

    body = reader.get(f"{URL}/{document.pk}").json()

    assert body["text"] == document.text
    assert body["state"] == "extracted"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("state=failed", ["failed"]), ("event=kc135", ["kc135"]), ("url=https://a.example/1", ["a"])],
)
def test_document_filters(reader, query, expected):
    DocumentFactory(state=Document.State.FAILED, url="https://f.example/1")
    DocumentFactory(event=EventFactory(key="kc135"), url="https://k.example/1")
    DocumentFactory(url="https://a.example/1", state=Document.State.QUEUED)
    labels = {"https://f.example/1": "failed", "https://k.example/1": "kc135"}
    labels["https://a.example/1"] = "a"

    results = reader.get(f"{URL}?{query}").json()["results"]

    assert [labels[d["url"]] for d in results] == expected


def test_document_list_queries_do_not_grow_with_rows(reader, django_assert_num_queries):
    reader.get(URL)  # the token's last_used_at is written on the first request only
    DocumentFactory.create_batch(3)
    with django_assert_num_queries(2):
        # 1. the token and its partner
        # 2. the page of documents with publisher and event joined
        reader.get(URL)
    DocumentFactory.create_batch(20)
    with django_assert_num_queries(2):
        # the same two queries for 23 rows
        assert len(reader.get(URL).json()["results"]) == 23


# --- bad input: 4xx with the reason, never 500 -----------------------------------------


def post_raw(client, body: bytes | str, content_type: str = "application/json", **extra):
    return client.generic("POST", URL, body, content_type=content_type, **extra)


def test_malformed_json_gets_400(submitter):
    response = post_raw(submitter, b'{"text": "unterminated')

    assert response.status_code == 400
    assert response.json()["detail"].startswith("Malformed JSON")


@pytest.mark.parametrize(
    "body",
    [b"NaN", b'{"text": Infinity}', b"\xff\xfe{}", b"[" * 100_000 + b"]" * 100_000],
    ids=["nan", "infinity", "not-utf8", "nested-too-deep"],
)
def test_json_that_is_not_strict_utf8_json_gets_400(submitter, body):
    assert post_raw(submitter, body).status_code == 400


@pytest.mark.parametrize("body", [b"[]", b'"text"', b"12", b"null"])
def test_a_body_that_is_not_an_object_gets_400(submitter, body):
    response = post_raw(submitter, body)

    assert response.status_code == 400


def test_unknown_field_gets_400_naming_it(submitter):
    response = submitter.post(URL, {**REPORT, "headline": "x", "autor": "y"})

    assert response.status_code == 400
    assert response.json() == {"headline": ["Unknown field."], "autor": ["Unknown field."]}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", 12),
        ("text", ["a"]),
        ("text", {"a": 1}),
        ("text", True),
        ("title", 1.5),
        ("url", 3),
        ("publisher", []),
        ("event", 7),
        ("published_at", 20260312),
    ],
)
def test_wrong_type_gets_400_on_the_field(submitter, field, value):
    response = submitter.post(URL, {**REPORT, field: value})

    assert response.status_code == 400
    assert list(response.json()) == [field]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", ""),
        ("text", "   \n "),
        ("text", "six killed\x00"),
        ("title", "x" * 1001),
        ("url", "ftp://example.org/report"),
        ("url", "not a url"),
        ("published_at", "yesterday"),
        ("published_at", "1850-01-01"),
        ("published_at", "2999-01-01T00:00:00Z"),
        ("published_at", "99999-01-01"),
        ("published_at", "2026-02-30"),
        ("event", "!!!"),
        ("language", "x" * 21),
    ],
)
def test_invalid_value_gets_400_on_the_field(submitter, field, value):
    response = submitter.post(URL, {**REPORT, field: value})

    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_missing_text_gets_400(submitter):
    response = submitter.post(URL, {"title": "no text"})

    assert response.status_code == 400
    assert response.json() == {"text": ["This field is required."]}


@pytest.mark.parametrize(
    "body",
    [
        '{"text": "six killed \\ud800"}',
        '{"title": "\\udfff", "text": "six killed"}',
        '{"\\ud800": "x", "text": "six killed"}',
    ],
    ids=["lone-high-surrogate", "lone-low-surrogate", "in-a-key"],
)
def test_lone_surrogates_get_400(submitter, body):
    response = post_raw(submitter, body.encode("ascii"))

    assert response.status_code == 400
    assert "surrogate" in response.json()["detail"]


def test_non_ascii_text_and_escaped_pairs_are_fine(submitter):
    body = json.dumps({"text": "Six killed 😐 – \u0642\u062a\u0644 ستة"}, ensure_ascii=True)

    response = post_raw(submitter, body)

    assert response.status_code == 202
    assert Document.objects.get().text == "Six killed 😐 – قتل ستة"


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_wrong_content_type_gets_415(submitter, content_type):
    response = post_raw(submitter, json.dumps(REPORT), content_type=content_type)

    assert response.status_code == 415


@override_settings(FACTCHECK_API_MAX_BODY_BYTES=1000, FACTCHECK_MAX_DOCUMENT_BYTES=900)
def test_body_over_the_limit_by_content_length_gets_413(submitter):
    body = json.dumps({"text": "x" * 2000})

    response = post_raw(submitter, body)

    assert response.status_code == 413


@override_settings(FACTCHECK_API_MAX_BODY_BYTES=1000)
def test_body_over_the_limit_as_read_gets_413():
    # A body without a usable Content-Length: the bytes read are what count.
    body = json.dumps({"text": "x" * 2000}).encode()

    with pytest.raises(BodyTooLarge):
        StrictJSONParser().parse(io.BytesIO(body), "application/json", {})
    assert StrictJSONParser().parse(io.BytesIO(b'{"text": "x"}'), "application/json", {}) == {
        "text": "x"
    }


@override_settings(FACTCHECK_API_MAX_BODY_BYTES=1000, FACTCHECK_MAX_DOCUMENT_BYTES=100)
def test_text_over_the_document_limit_gets_413(submitter):
    response = submitter.post(URL, {"text": "é" * 60})  # 120 bytes in UTF-8

    assert response.status_code == 413
    assert "over 100 bytes" in response.json()["detail"]


def test_empty_body_gets_400(submitter):
    response = post_raw(submitter, b"")

    assert response.status_code == 400
    assert response.json() == {"text": ["This field is required."]}


def test_body_without_content_type_gets_415(submitter):
    response = submitter.generic("POST", URL, json.dumps(REPORT).encode(), content_type="")

    assert response.status_code == 415


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_get_405(submitter, method):
    assert getattr(submitter, method)(URL, {}).status_code == 405
    assert getattr(submitter, method)("/api/v1/claims", {}).status_code == 405


def test_options_and_head_answer_without_error(submitter):
    assert submitter.options(URL).status_code == 200
    assert submitter.head(URL).status_code == 200


def test_submitted_document_goes_through_the_pipeline(
    make_client, django_capture_on_commit_callbacks
):
    client = make_client(Scope.SUBMIT, Scope.READ)
    with django_capture_on_commit_callbacks(execute=True):
        created = client.post(URL, REPORT).json()

    document = client.get(created["api_url"]).json()
    claims = client.get(f"/api/v1/claims?document={created['id']}").json()["results"]

    assert created["state"] == "queued"  # as stored, before the commit ran the pipeline
    assert document["state"] in ("extracted", "evaluated"), document["state_reason"]
    assert document["extracted_at"] is not None
    assert {claim["document"] for claim in claims} == {created["id"]}
    # Every claim of the report, as the API shows them: the headline's, and the body's.
    assert sorted(
        (
            c["claimant"]["name"],
            c["attribution"],
            c["span_in"],
            c["text"],
            c["casualty"]["category"],
            c["casualty"]["min"],
            c["casualty"]["max"],
        )
        for c in claims
    ) == [
        ("Example Wire", "headline", "title", "Tanker lost", "aircraft_lost", 1, 1),
        ("Ministry", "reported", "text", "six crew members were killed", "killed", 6, 6),
    ]


def test_any_offset_python_takes_is_stored_in_utc(submitter, django_capture_on_commit_callbacks):
    # PostgreSQL refuses an offset past 15:59; Python takes up to 23:59.
    with django_capture_on_commit_callbacks(execute=False):
        response = submitter.post(URL, {**REPORT, "published_at": "2026-03-12T10:00:00-19:28"})

    assert response.status_code == 202, response.json()
    assert response.json()["published_at"] == "2026-03-13T05:28:00Z"
