"""The admin's list pages run a fixed number of queries whatever the number of rows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from factcheck.review import services
from tests.api.factories import VerdictFactory
from tests.factories import ClaimFactory, DocumentFactory, SourceFactory
from tests.review.conftest import findings_for


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def make_rows(event, n: int, reviewer, editor) -> None:
    findings = findings_for(event, n)
    for finding in findings:
        services.finding_assign(finding_id=finding.pk, assignee=reviewer, actor=reviewer)
    document = DocumentFactory(event=event)
    for i in range(n):
        claim = ClaimFactory(document=document, claimant=SourceFactory(name=f"QC {n}-{i}"))
        VerdictFactory(claim=claim, author=reviewer, reviewer=editor)


PAGES = [
    "admin:factcheck_finding_changelist",
    "admin:claims_claim_changelist",
    "admin:claims_verdict_changelist",
    "admin:claims_document_changelist",
    "admin:claims_source_changelist",
    "admin:claims_event_changelist",
    "admin:claims_auditentry_changelist",
    "admin:factcheck_ruleconfig_changelist",
    "admin:factcheck_rulerun_changelist",
]


@pytest.mark.parametrize("page", PAGES)
def test_same_number_of_queries_for_3_and_30_rows(
    client, desk_admin, reviewer, editor, event, page, django_assert_num_queries
):
    from tests.factories import EventFactory

    client.force_login(desk_admin)
    make_rows(event, 3, reviewer, editor)
    url = reverse(page)
    small = count_queries(client, url)
    make_rows(EventFactory(), 27, reviewer, editor)
    assert Claim.objects.count() >= 60
    # The same count, asserted with the number measured on 3 rows.
    with django_assert_num_queries(small):
        assert client.get(url).status_code == 200


def test_the_queue_in_named_queries(
    client, desk_admin, reviewer, editor, event, django_assert_num_queries
):
    """What the queue costs, query by query (healthchecks' style), on 30 findings."""
    client.force_login(desk_admin)
    make_rows(event, 30, reviewer, editor)
    with django_assert_num_queries(9) as queries:
        # 1. the session
        # 2. the user
        # 3-4. the user's permissions, own and through groups
        # 5. the event filter's choices
        # 6. the assignee filter's choices (staff)
        # 7. the claimant filter's choices (sources that have claims)
        # 8. the count of the filtered findings (one: show_full_result_count is off)
        # 9. the page of findings with their event, assignee and number of sides (subquery)
        client.get(reverse("admin:factcheck_finding_changelist"))
    sql = [q["sql"] for q in queries.captured_queries]
    assert sql[7].startswith('SELECT COUNT(*) AS "__count" FROM "factcheck_finding"')
    assert '"claims_event"' in sql[8]
    assert '"auth_user"' in sql[8]
    assert '"factcheck_finding_claims"' in sql[8]  # the sides, counted in the same query


def test_the_queue_index_is_in_the_queue_order():
    """factcheck's 0003 migration writes the queue's ranks out: they must stay the same, or
    the first page of the queue sorts every finding again."""
    import importlib

    from factcheck.review import selectors

    migration = importlib.import_module("factcheck.migrations.0003_finding_queue_index")
    assert migration.STATUS_RANK == selectors.STATUS_RANK
    assert migration.SEVERITY_RANK == selectors.SEVERITY_RANK
    assert selectors.QUEUE_ORDERING == ("status_rank", "severity_rank", "-created_at", "-id")


def test_the_since_yesterday_page_costs_the_same_whatever_changed(
    client, desk_admin, reviewer, editor, event, django_assert_num_queries
):
    from tests.factories import EventFactory

    client.force_login(desk_admin)
    url = reverse("admin:factcheck_finding_since")
    make_rows(event, 3, reviewer, editor)
    small = count_queries(client, url)
    make_rows(EventFactory(), 27, reviewer, editor)
    with django_assert_num_queries(small):
        assert client.get(url).status_code == 200
