"""GET /api/v1/claims: filters, ordering, cursor pagination, a fixed number of queries."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.api.factories import CauseClaimFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

URL = "/api/v1/claims"


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def story(db) -> dict[str, Claim]:
    """Two events; CENTCOM and the IRGC disagree about the tanker."""
    tanker = EventFactory(key="kc135-western-iraq")
    other = EventFactory(key="other-incident")
    centcom = SourceFactory(name="US Central Command", aliases=["CENTCOM"])
    irgc = SourceFactory(name="IRGC")
    report = DocumentFactory(event=tanker)
    return {
        "killed_4": ClaimFactory(
            document=report, claimant=centcom, count_min=4, count_max=4, stated_at=at(12, 23)
        ),
        "killed_6": ClaimFactory(
            document=DocumentFactory(event=tanker), claimant=centcom, stated_at=at(13, 9)
        ),
        "denied": CauseClaimFactory(document=report, claimant=centcom, stated_at=at(12, 22)),
        "missile": CauseClaimFactory(
            document=DocumentFactory(event=tanker),
            claimant=irgc,
            polarity=Claim.Polarity.AFFIRMED,
            agent="Resistance Front",
            stated_at=None,
        ),
        "elsewhere": ClaimFactory(
            document=DocumentFactory(event=other),
            claimant=irgc,
            category=Claim.Category.INJURED,
            stated_at=at(20),
        ),
    }


def ids(response) -> list[int]:
    assert response.status_code == 200, response.json()
    return [row["id"] for row in response.json()["results"]]


def names(story, *keys) -> list[int]:
    return sorted(story[key].pk for key in keys)


def test_claim_shape(reader, story):
    killed = story["killed_4"]
    body = reader.get(f"{URL}/{killed.pk}").json()

    assert body == {
        "id": killed.pk,
        "document": killed.document_id,
        "document_url": killed.document.url,
        "event": "kc135-western-iraq",
        "claimant": {"id": killed.claimant_id, "name": "US Central Command", "kind": "military"},
        "claimant_anonymous": False,
        "relayed_by": None,
        "attribution": "reported",
        "kind": "casualty",
        "text": killed.text,
        "span_in": "text",
        "span_start": 0,
        "span_end": 10,
        "stated_at": "2026-03-12T23:00:00Z",
        "casualty": {
            "category": "killed",
            "group": "crew",
            "min": 4,
            "max": 4,
            "total": None,
            "qualifier": "exact",
            "scope": "incident",
        },
        "cause": None,
    }
    missile = reader.get(f"{URL}/{story['missile'].pk}").json()
    assert missile["casualty"] is None
    assert missile["cause"] == {
        "category": "hostile_fire",
        "polarity": "affirmed",
        "agent": "Resistance Front",
    }
    assert missile["stated_at"] is None


def test_the_fast_representation_equals_the_declared_fields(story):
    from factcheck.api.claims import CLAIM_ROW_FIELDS, ClaimOutput
    from factcheck.api.selectors import partner_claim_list
    from tests.api.factories import PartnerFactory

    serializer = ClaimOutput()
    claims = list(partner_claim_list(partner=PartnerFactory()).order_by("id"))
    rows = list(Claim.objects.order_by("id").values(*CLAIM_ROW_FIELDS))
    assert {claim.kind for claim in claims} == {"casualty", "cause"}
    assert len(rows) == len(claims)
    for claim, row in zip(claims, rows, strict=True):
        declared = serializer.to_representation_generic(claim)
        assert serializer.to_representation(claim) == declared
        assert serializer.to_representation(row) == declared  # a list page's rows


def test_unknown_claim_is_404(reader, story):
    assert reader.get(f"{URL}/999999").status_code == 404
    assert reader.get(f"{URL}/99999999999999999999").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"event": "kc135-western-iraq"}, ["killed_4", "killed_6", "denied", "missile"]),
        ({"event": "no-such-event"}, []),
        ({"claimant": "US Central Command"}, ["killed_4", "killed_6", "denied"]),
        ({"claimant": "centcom"}, ["killed_4", "killed_6", "denied"]),  # alias, any case
        ({"claimant": "Nobody"}, []),
        ({"kind": "cause"}, ["denied", "missile"]),
        ({"kind": "casualty"}, ["killed_4", "killed_6", "elsewhere"]),
        ({"category": "killed"}, ["killed_4", "killed_6"]),
        ({"category": "injured"}, ["elsewhere"]),
        ({"category": "hostile_fire"}, ["denied", "missile"]),
        ({"stated_since": "2026-03-13T00:00:00Z"}, ["killed_6", "elsewhere"]),
        ({"stated_until": "2026-03-12T22:30:00Z"}, ["denied"]),
        (
            {"stated_since": "2026-03-12T22:30:00Z", "stated_until": "2026-03-13T12:00:00Z"},
            ["killed_4", "killed_6"],
        ),
        ({"event": "kc135-western-iraq", "claimant": "IRGC"}, ["missile"]),
    ],
)
def test_claim_filters(reader, story, query, expected):
    assert sorted(ids(reader.get(f"{URL}?{urlencode(query)}"))) == names(story, *expected)


def test_claim_filter_by_document(reader, story):
    document = story["killed_4"].document_id

    assert sorted(ids(reader.get(f"{URL}?document={document}"))) == names(
        story, "killed_4", "denied"
    )


@pytest.mark.parametrize(
    "query",
    [
        "kind=opinion",
        "category=bored",
        "stated_since=yesterday",
        "stated_since=99999-01-01T00:00:00Z",
        "stated_until=2026-02-30T00:00:00Z",
        "document=1.5",
        "document=abc",
        "document=99999999999999999999999",
        "document=0",
        "ordering=text",
        "ordering=-",
        "claimant=%00",
        "event=%00",
    ],
)
def test_bad_filter_values_get_400(reader, story, query):
    response = reader.get(f"{URL}?{query}")

    assert response.status_code == 400, response.content
    assert response.json()  # names the parameter


def test_default_order_is_newest_first(reader, story):
    assert ids(reader.get(URL)) == sorted((c.pk for c in story.values()), reverse=True)


def test_ordering_by_stated_at_puts_unknown_dates_by_when_stored(reader, story):
    # A claim without stated_at sorts by when it was stored (last here).
    expected = ["denied", "killed_4", "killed_6", "elsewhere", "missile"]

    assert ids(reader.get(f"{URL}?ordering=stated_at")) == [story[k].pk for k in expected]
    assert ids(reader.get(f"{URL}?ordering=-stated_at")) == [story[k].pk for k in expected[::-1]]
    assert ids(reader.get(f"{URL}?ordering=id")) == sorted(c.pk for c in story.values())


@pytest.mark.parametrize("ordering", ["id", "-id", "stated_at", "-stated_at"])
def test_cursor_pages_cover_every_claim_once(reader, db, ordering):
    document = DocumentFactory()
    # Many claims share a stated_at, some have none: the id breaks ties.
    for n in range(7):
        ClaimFactory(document=document, stated_at=None if n % 3 == 0 else at(12 + n % 2))

    seen: list[int] = []
    url = f"{URL}?ordering={ordering}&page_size=2"
    pages = 0
    while url:
        body = reader.get(url).json()
        assert len(body["results"]) <= 2
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
        pages += 1

    assert pages == 4
    assert sorted(seen) == sorted(Claim.objects.values_list("id", flat=True))
    assert len(seen) == len(set(seen))


def test_page_size_defaults_to_50_and_is_capped_at_200(reader, db):
    document = DocumentFactory()
    Claim.objects.bulk_create(
        ClaimFactory.build(document=document, claimant=SourceFactory(name="Wire"), event=None)
        for _ in range(205)
    )

    first = reader.get(URL).json()
    assert len(first["results"]) == 50
    assert first["next"].startswith("http://testserver/api/v1/claims?cursor=")
    assert first["previous"] is None
    assert len(reader.get(f"{URL}?page_size=1000").json()["results"]) == 200
    assert len(reader.get(f"{URL}?page_size=+7").json()["results"]) == 7


@pytest.mark.parametrize("value", ["0", "-1", "1.5", "null", "", "ten"])
def test_a_page_size_that_is_not_a_whole_number_from_1_is_400(reader, db, value):
    response = reader.get(f"{URL}?page_size={value}")

    assert response.status_code == 400
    assert "page_size" in response.json()


def test_invalid_cursor_is_400(reader, story):
    response = reader.get(f"{URL}?cursor=garbage")

    assert response.status_code == 400
    assert response.json() == {"cursor": ["Invalid cursor."]}


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("0220-11-03T06:07:22-19:28", 200),  # an offset PostgreSQL would refuse: made UTC
        ("2026-03-12T23:00:00+23:59", 200),
        ("0001-01-01T00:00:00+05:00", 400),  # before year 1 in UTC
        ("2026-13-01T00:00:00Z", 400),
        ("", 400),
    ],
)
def test_datetime_filters_take_any_offset_and_refuse_out_of_range(reader, story, value, status):
    from urllib.parse import quote

    response = reader.get(f"{URL}?stated_since={quote(value)}")

    assert response.status_code == status, response.json()


def test_an_empty_choice_is_400_not_any(reader, story):
    response = reader.get(f"{URL}?kind=")

    assert response.status_code == 400
    assert "kind" in response.json()


@pytest.mark.parametrize("path", ["/api/v1/claims/abc", "/api/v1/claims/-1", "/api/v1/nothing"])
def test_unknown_api_urls_get_a_json_404(reader, db, path):
    response = reader.get(path)

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_claim_list_queries_do_not_grow_with_rows(reader, db, django_assert_num_queries):
    reader.get(URL)  # writes the token's last_used_at, once
    ClaimFactory()
    with django_assert_num_queries(2):
        # 1. the token and its partner
        # 2. the page of claims with claimant, event and document joined
        assert len(reader.get(URL).json()["results"]) == 1
    ClaimFactory.create_batch(30)
    with django_assert_num_queries(2):
        # the same two queries for 31 claims
        assert len(reader.get(f"{URL}?event=&kind=casualty").json()["results"]) == 31


def test_a_ceiling_alone_is_served_with_no_floor(reader, db):
    # "up to 20 people were killed": the count has a ceiling and no floor
    ceiling = ClaimFactory(count_min=None, count_max=20, qualifier="at_most")

    casualty = reader.get(f"{URL}/{ceiling.pk}").json()["casualty"]
    assert (casualty["min"], casualty["max"], casualty["qualifier"]) == (None, 20, "at_most")
    listed = reader.get(URL).json()["results"]
    assert [row["casualty"]["min"] for row in listed if row["id"] == ceiling.pk] == [None]


def test_the_schema_says_a_count_may_have_no_floor(client, db):
    schema = client.get(
        reverse("api:schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json"
    ).json()

    assert schema["components"]["schemas"]["CasualtyOutput"]["properties"]["min"]["nullable"]
