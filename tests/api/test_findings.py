"""GET /api/v1/findings (scope read:findings): the claims filters apply to the claims a
finding rests on, plus rule, severity and status."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest

from factcheck.models import Finding, Severity
from partners.models import Scope
from tests.api.factories import CauseClaimFactory, FindingFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

URL = "/api/v1/findings"


@pytest.fixture
def analyst(make_client):
    return make_client(Scope.READ_FINDINGS)


@pytest.fixture
def findings(db) -> dict[str, Finding]:
    tanker = EventFactory(key="tanker")
    centcom = SourceFactory(name="US Central Command", aliases=["CENTCOM"])
    irgc = SourceFactory(name="IRGC")
    report = DocumentFactory(event=tanker)
    killed = ClaimFactory(
        document=report, claimant=centcom, stated_at=datetime(2026, 3, 12, 23, tzinfo=UTC)
    )
    denied = CauseClaimFactory(
        document=report, claimant=centcom, stated_at=datetime(2026, 3, 12, 22, tzinfo=UTC)
    )
    missile = CauseClaimFactory(
        document=DocumentFactory(event=tanker),
        claimant=irgc,
        polarity="affirmed",
        stated_at=datetime(2026, 3, 14, tzinfo=UTC),
    )
    return {
        "contradiction": FindingFactory(
            rule="cause_contradiction",
            event=tanker,
            severity=Severity.CRITICAL,
            claims=[denied, missile],
        ),
        "revision": FindingFactory(
            rule="count_revised",
            event=tanker,
            severity=Severity.NOTE,
            status=Finding.Status.ACKNOWLEDGED,
            claims=[killed],
        ),
        "elsewhere": FindingFactory(rule="count_revised", claims=[]),
    }


def ids(response) -> list[int]:
    assert response.status_code == 200, response.json()
    return sorted(row["id"] for row in response.json()["results"])


def test_finding_shape(analyst, findings):
    finding = findings["contradiction"]
    claims = sorted(c.pk for c in finding.claims.all())

    body = analyst.get(f"{URL}/{finding.pk}").json()

    assert body["id"] == finding.pk
    assert body["rule"] == "cause_contradiction"
    assert body["severity"] == "critical"
    assert body["status"] == "open"
    assert body["event"] == "tanker"
    assert body["message"] == finding.message
    assert body["evidence"] == {}
    assert body["claims"] == claims
    assert body["claimants"] == ["IRGC", "US Central Command"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"event": "tanker"}, ["contradiction", "revision"]),
        ({"claimant": "IRGC"}, ["contradiction"]),
        ({"claimant": "centcom"}, ["contradiction", "revision"]),
        ({"claimant": "Nobody"}, []),
        ({"kind": "casualty"}, ["revision"]),
        ({"kind": "cause"}, ["contradiction"]),
        ({"category": "killed"}, ["revision"]),
        ({"category": "hostile_fire"}, ["contradiction"]),
        ({"stated_since": "2026-03-13T00:00:00Z"}, ["contradiction"]),
        ({"stated_until": "2026-03-12T22:30:00Z"}, ["contradiction"]),
        ({"rule": "count_revised"}, ["revision", "elsewhere"]),
        ({"severity": "critical"}, ["contradiction"]),
        ({"status": "acknowledged"}, ["revision"]),
        ({"status": "open", "rule": "count_revised"}, ["elsewhere"]),
    ],
)
def test_finding_filters(analyst, findings, query, expected):
    response = analyst.get(f"{URL}?{urlencode(query)}")

    assert ids(response) == sorted(findings[k].pk for k in expected)


def test_finding_filter_by_document(analyst, findings):
    document = findings["revision"].claims.get().document_id

    # Both findings rest on a claim of that document: each listed once.
    response = analyst.get(f"{URL}?document={document}")

    assert ids(response) == sorted([findings["contradiction"].pk, findings["revision"].pk])


@pytest.mark.parametrize("query", ["severity=high", "status=closed", "document=x", "kind=x"])
def test_bad_finding_filter_is_400(analyst, findings, query):
    assert analyst.get(f"{URL}?{query}").status_code == 400


def test_finding_ordering_by_severity(analyst, findings):
    rows = analyst.get(f"{URL}?ordering=-severity").json()["results"]

    assert [row["severity"] for row in rows] == ["critical", "warning", "note"]


def test_finding_list_queries_do_not_grow_with_rows(analyst, findings, django_assert_num_queries):
    analyst.get(URL)  # writes the token's last_used_at, once
    with django_assert_num_queries(3):
        # 1. the token and its partner
        # 2. the page of findings with their event joined
        # 3. their claims with the claimants joined (one prefetch)
        assert len(analyst.get(URL).json()["results"]) == 3
    claim = ClaimFactory()
    for _ in range(20):
        FindingFactory(claims=[claim, ClaimFactory()])
    with django_assert_num_queries(3):
        assert len(analyst.get(URL).json()["results"]) == 23
