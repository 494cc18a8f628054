"""Event keys keep non-Latin letters: two Arabic keys are two events, and filtering by one
finds its documents and claims."""

from __future__ import annotations

from claims.models import Event
from partners.models import Scope
from tests.factories import ClaimFactory

URL = "/api/v1/documents"
TANKER = "تحطم الناقلة"
PORT = "انفجار الميناء"


def test_two_arabic_keys_are_two_events_and_filter(make_client):
    api = make_client(Scope.SUBMIT, Scope.READ)
    first = api.post(URL, {"text": "A first report of the crash.", "event": TANKER})
    second = api.post(URL, {"text": "A report of the blast at the port.", "event": PORT})

    assert (first.status_code, second.status_code) == (202, 202), second.json()
    assert first.json()["event"] == "تحطم-الناقلة"
    assert second.json()["event"] == "انفجار-الميناء"
    assert Event.objects.count() == 2

    found = api.get(URL, {"event": "تحطم-الناقلة"}).json()["results"]
    assert [d["id"] for d in found] == [first.json()["id"]]
    event = Event.objects.get(key="تحطم-الناقلة")
    claim = ClaimFactory(event=event)
    claims = api.get("/api/v1/claims", {"event": "تحطم-الناقلة"}).json()["results"]
    assert [c["id"] for c in claims] == [claim.pk]
    events = api.get("/api/v1/events").json()["results"]
    assert {e["key"] for e in events} == {"تحطم-الناقلة", "انفجار-الميناء"}


def test_an_arabic_key_alone_is_accepted_and_punctuation_alone_is_not(make_client):
    api = make_client(Scope.SUBMIT)

    assert api.post(URL, {"text": "Report one.", "event": "الناقلة"}).status_code == 202
    response = api.post(URL, {"text": "Report two.", "event": "؟!"})
    assert response.status_code == 400
    assert "event" in response.json()
