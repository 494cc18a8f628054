"""What a desk expects beyond the queue: search over claims by text, claimant and publisher;
"verdicts awaiting my review"; finding counts on the events list; CSV exports; a "since
yesterday" page."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse
from django.utils import timezone

from factcheck.models import Finding
from factcheck.review import services
from tests.api.factories import FindingFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

CLAIMS = reverse("admin:claims_claim_changelist")
FINDINGS = reverse("admin:factcheck_finding_changelist")


def ids_on_page(response) -> set[int]:
    import re

    return {int(i) for i in re.findall(r'name="_selected_action" value="(\d+)"', response.text)}


def verdict_ids_on_page(response) -> set[int]:
    import re

    return {int(i) for i in re.findall(r"/admin/claims/verdict/(\d+)/change/", response.text)}


def test_search_claims_by_text_claimant_and_publisher(client, reviewer, claim):
    wire = SourceFactory(name="Gulf Wire Agency")
    other = ClaimFactory(
        document=DocumentFactory(publisher=wire, text="Nobody said anything about numbers."),
        claimant=SourceFactory(name="Harbour Authority"),
    )
    client.force_login(reviewer)
    assert ids_on_page(client.get(CLAIMS, {"q": "gulf wire"})) == {other.pk}
    assert ids_on_page(client.get(CLAIMS, {"q": "harbour"})) == {other.pk}
    assert ids_on_page(client.get(CLAIMS, {"q": "crew members"})) == {claim.pk}
    assert ids_on_page(client.get(CLAIMS, {"q": "centcom"})) == {claim.pk}


def test_verdicts_awaiting_my_review(client, reviewer, editor, claim):
    verdict = services.verdict_create(
        claim=claim, author=reviewer, rating="true", rationale="Confirmed by the operator."
    )
    url = reverse("admin:claims_verdict_changelist") + "?awaiting=me"
    client.force_login(editor)
    assert verdict_ids_on_page(client.get(url)) == set()  # a draft awaits nobody
    services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
    assert verdict_ids_on_page(client.get(url)) == {verdict.pk}
    client.force_login(reviewer)
    assert verdict_ids_on_page(client.get(url)) == set()  # the author does not review their own


def test_the_events_list_counts_findings(client, reviewer, event):
    FindingFactory(event=event)
    FindingFactory(event=event, status="acknowledged")
    FindingFactory(event=event, status="dismissed")
    quiet = EventFactory(key="quiet-day")
    client.force_login(reviewer)
    text = client.get(reverse("admin:claims_event_changelist")).text
    link = f"{FINDINGS}?event__id__exact={event.pk}"
    assert f'<a href="{link}&amp;active=1">2</a>' in text
    assert f'<a href="{link}">3</a>' in text
    assert f'<a href="{FINDINGS}?event__id__exact={quiet.pk}&amp;active=1">0</a>' in text
    # The link lands on the open and acknowledged findings of the event.
    assert len(ids_on_page(client.get(f"{link}&active=1"))) == 2


def _export(client, url: str, ids: list[int]) -> list[dict[str, str]]:
    response = client.post(
        url, {"action": "export_csv", ACTION_CHECKBOX_NAME: [str(i) for i in ids]}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_claims_export_as_csv(client, reviewer, claim):
    client.force_login(reviewer)
    (row,) = _export(client, CLAIMS, [claim.pk])
    assert row["claimant"] == "CENTCOM"
    assert row["text"] == "four of the six crew members were killed"
    assert (row["count_min"], row["count_max"], row["count_total"]) == ("4", "4", "6")
    assert row["publisher"] == claim.document.publisher.name
    assert row["published_at"].startswith("2026-03-13T09:00")
    assert row["event"] == "kc135-western-iraq"


def test_findings_export_as_csv(client, reviewer, finding, claim):
    other = ClaimFactory(document=claim.document, claimant=SourceFactory(name="IRGC"))
    finding.claims.add(other)
    services.finding_assign(finding_id=finding.pk, assignee=reviewer, actor=reviewer)
    client.force_login(reviewer)
    (row,) = _export(client, FINDINGS, [finding.pk])
    assert row["claim_ids"] == f"{claim.pk} {other.pk}"
    assert row["claimants"] == "CENTCOM; IRGC"
    assert (row["rule"], row["status"], row["assignee"]) == ("casualty_revision", "open", "rita")


def test_since_yesterday(client, reviewer, editor, event, claim):
    fresh = FindingFactory(event=event, message="A fresh inconsistency.")
    old = FindingFactory(event=event, message="An old inconsistency.")
    Finding.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    services.finding_dismiss(finding_id=fresh.pk, actor=editor, reason="Same as before.")
    verdict = services.verdict_create(
        claim=claim, author=reviewer, rating="true", rationale="Confirmed by the operator."
    )
    services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
    client.force_login(editor)
    queue = client.get(FINDINGS).text
    since = reverse("admin:factcheck_finding_since")
    assert f'href="{since}"' in queue
    text = client.get(since).text
    assert "A fresh inconsistency." in text
    assert "An old inconsistency." not in text
    assert "open → dismissed" in text
    assert "Same as before." in text
    assert f"Verdict #{verdict.pk}" in text  # awaiting the editor's review
    assert "An old inconsistency." in client.get(since, {"hours": "96"}).text
