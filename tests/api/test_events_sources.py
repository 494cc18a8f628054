"""GET /api/v1/events and /api/v1/sources."""

from __future__ import annotations

from datetime import date

import pytest

from claims.models import Source
from tests.factories import EventFactory, SourceFactory


@pytest.fixture(autouse=True)
def no_reference_sources(db):
    """These tests count the sources they make; `migrate` loads the shipped ones."""
    Source.objects.all().delete()


def ids(response) -> list[int]:
    assert response.status_code == 200, response.json()
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def events(db):
    return [
        EventFactory(key="b-later", occurred_on=date(2026, 3, 12), place="western Iraq"),
        EventFactory(key="a-undated"),
        EventFactory(key="c-earlier", occurred_on=date(2026, 3, 1)),
    ]


def test_event_shape(reader, events):
    event = events[0]

    body = reader.get(f"/api/v1/events/{event.pk}").json()

    assert body == {
        "id": event.pk,
        "key": "b-later",
        "title": "b later",
        "occurred_on": "2026-03-12",
        "place": "western Iraq",
        "subject": "",
        "description": "",
        "proposed": False,
        "evaluated_at": None,
    }


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("key", ["a-undated", "b-later", "c-earlier"]),
        ("-key", ["c-earlier", "b-later", "a-undated"]),
        ("occurred_on", ["a-undated", "c-earlier", "b-later"]),  # undated first
        ("-occurred_on", ["b-later", "c-earlier", "a-undated"]),
        ("-id", ["c-earlier", "a-undated", "b-later"]),
    ],
)
def test_event_ordering(reader, events, ordering, expected):
    rows = reader.get(f"/api/v1/events?ordering={ordering}").json()["results"]

    assert [row["key"] for row in rows] == expected


def test_event_cursor_over_nullable_date(reader, events):
    first = reader.get("/api/v1/events?ordering=occurred_on&page_size=2").json()
    second = reader.get(first["next"]).json()

    assert [r["key"] for r in first["results"] + second["results"]] == [
        "a-undated",
        "c-earlier",
        "b-later",
    ]
    assert second["next"] is None


def test_event_list_queries_do_not_grow_with_rows(reader, db, django_assert_num_queries):
    reader.get("/api/v1/events")  # writes the token's last_used_at, once
    EventFactory()
    with django_assert_num_queries(2):
        # 1. the token and its partner; 2. the page of events
        reader.get("/api/v1/events")
    EventFactory.create_batch(20)
    with django_assert_num_queries(2):
        assert len(reader.get("/api/v1/events").json()["results"]) == 21


@pytest.fixture
def sources(db):
    pentagon = SourceFactory(name="Pentagon", kind=Source.Kind.GOVERNMENT, country="US")
    return {
        "pentagon": pentagon,
        "centcom": SourceFactory(
            name="US Central Command", aliases=["CENTCOM"], country="US", parent=pentagon
        ),
        "irna": SourceFactory(
            name="IRNA", kind=Source.Kind.STATE_MEDIA, country="IR", provisional=True
        ),
    }


def test_source_shape(reader, sources):
    centcom = sources["centcom"]

    body = reader.get(f"/api/v1/sources/{centcom.pk}").json()

    assert body == {
        "id": centcom.pk,
        "name": "US Central Command",
        "kind": "military",
        "country": "US",
        "side": "",
        "aliases": ["CENTCOM"],
        "reliability": "F",
        "provisional": False,
        "parent": "Pentagon",
    }
    assert reader.get(f"/api/v1/sources/{sources['irna'].pk}").json()["parent"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["irna", "pentagon", "centcom"]),  # by name
        ("kind=state_media", ["irna"]),
        ("country=US", ["pentagon", "centcom"]),
        ("provisional=true", ["irna"]),
        ("provisional=false", ["pentagon", "centcom"]),
        ("ordering=-name", ["centcom", "pentagon", "irna"]),
    ],
)
def test_source_filters(reader, sources, query, expected):
    assert ids(reader.get(f"/api/v1/sources?{query}")) == [sources[k].pk for k in expected]


def test_source_bad_kind_is_400(reader, sources):
    assert reader.get("/api/v1/sources?kind=wizard").status_code == 400


def test_source_list_queries_do_not_grow_with_rows(reader, sources, django_assert_num_queries):
    reader.get("/api/v1/sources")  # writes the token's last_used_at, once
    with django_assert_num_queries(2):
        # 1. the token and its partner; 2. the page of sources with their parent joined
        reader.get("/api/v1/sources")
    parent = sources["pentagon"]
    SourceFactory.create_batch(20, parent=parent)
    with django_assert_num_queries(2):
        assert len(reader.get("/api/v1/sources").json()["results"]) == 23
