"""A document's versions come from whoever made its first version: another partner posting a
changed text at the same url gets 409 and writes nothing. Provenance (`submitted_by`) is
shown in the API."""

from __future__ import annotations

import pytest

from claims.models import Document
from claims.services import document_ingest
from partners.models import DocumentSubmission, Scope
from tests.api.conftest import client_for
from tests.api.factories import PartnerFactory

URL = "/api/v1/documents"
STATEMENT = {
    "text": "The command said two drones were shot down near the border on Tuesday.",
    "title": "Drones downed",
    "url": "https://command.example.org/statements/41",
    "publisher": "Example Command",
}
INVENTED = {**STATEMENT, "text": "The command said nine drones hit the airfield on Tuesday."}


@pytest.fixture
def first(db):
    return PartnerFactory(name="First Newsroom", scopes=[Scope.SUBMIT, Scope.READ])


@pytest.fixture
def other(db):
    return PartnerFactory(name="Other Platform", scopes=[Scope.SUBMIT, Scope.READ])


def test_another_partner_cannot_make_a_version_of_a_document(
    first, other, django_capture_on_commit_callbacks
):
    assert client_for(first).post(URL, STATEMENT).status_code == 202

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client_for(other).post(URL, INVENTED)

    assert response.status_code == 409
    assert "only its submitter" in response.json()["detail"]
    assert Document.objects.count() == 1  # nothing stored...
    assert callbacks == []  # ...nothing extracted, no rule run, no webhook
    assert not DocumentSubmission.objects.filter(partner=other).exists()


def test_the_first_submitter_makes_new_versions(first):
    api = client_for(first)
    original = api.post(URL, STATEMENT).json()

    response = api.post(URL, INVENTED)

    assert response.status_code == 202
    assert response.json()["ingest_status"] == "new_version"
    assert response.json()["previous_version"] == original["id"]
    assert response.json()["submitted_by"] == "First Newsroom"


def test_the_same_text_again_is_a_harmless_duplicate_for_anyone(first, other):
    stored = client_for(first).post(URL, STATEMENT).json()

    response = client_for(other).post(URL, STATEMENT)

    assert response.status_code == 200
    assert response.json()["id"] == stored["id"]
    assert response.json()["submitted_by"] == "First Newsroom"  # provenance unchanged
    # And the duplicate gives the other partner no right to versions.
    assert client_for(other).post(URL, INVENTED).status_code == 409


def test_a_document_the_desk_ingested_takes_no_partner_version(first):
    document_ingest(**STATEMENT)
    api = client_for(first)

    assert api.post(URL, STATEMENT).status_code == 200  # the same text: fine
    assert api.post(URL, INVENTED).status_code == 409
    # The desk itself (command line, admin) still makes versions.
    assert document_ingest(**INVENTED).status == "new_version"


def test_submitted_by_is_shown_in_list_and_detail(first):
    desk = document_ingest(text="A desk note about the airfield.", url="https://desk.example/1")
    mine = client_for(first).post(URL, STATEMENT).json()
    reader = client_for(PartnerFactory(scopes=[Scope.READ]))

    rows = {row["id"]: row for row in reader.get(URL).json()["results"]}

    assert rows[mine["id"]]["submitted_by"] == "First Newsroom"
    assert rows[desk.document.pk]["submitted_by"] is None
    detail = reader.get(f"{URL}/{mine['id']}").json()
    assert detail["submitted_by"] == "First Newsroom"


def test_the_admin_shows_who_submitted_a_document(first, admin_client):
    stored = client_for(first).post(URL, STATEMENT).json()
    desk = document_ingest(text="A desk note.", url="https://desk.example/2").document

    page = admin_client.get(f"/admin/claims/document/{stored['id']}/change/").content.decode()
    desk_page = admin_client.get(f"/admin/claims/document/{desk.pk}/change/").content.decode()

    assert "First Newsroom" in page
    assert "the desk (command line or admin)" in desk_page
