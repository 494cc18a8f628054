"""Documents go through the broker to a real worker process, which stores claims and findings."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from claims.models import Claim, Document
from claims.services import document_ingest
from factcheck.models import Finding, RuleRun
from tests.conftest import SEED_DOCUMENTS
from tests.integration.conftest import needs_services, wait_for

pytestmark = [pytest.mark.integration, needs_services]


def all_evaluated() -> bool:
    return not Document.objects.exclude(state=Document.State.EVALUATED).exists()


def snapshot() -> tuple:
    claims = sorted(
        Claim.objects.values_list("document__url", "fingerprint", "claimant__name", "count_min")
    )
    findings = sorted(Finding.objects.values_list("rule", "fingerprint", "status", "message"))
    return claims, findings


def test_a_worker_stores_the_claims_and_findings_of_a_document(sources, worker):
    result = document_ingest(
        text=(
            "US Central Command said on Friday that all six crew members of the KC-135 were "
            "killed. It said on Thursday that four of the six crew members had been killed."
        ),
        publisher="Reuters",
        published_at="2026-03-13T10:00:00Z",
        event_key="kc135-western-iraq-2026-03-12",
    )

    wait_for(all_evaluated, timeout=60, what="the document to be evaluated", worker=worker)
    document = Document.objects.get(pk=result.document.pk)
    assert document.claims.filter(claimant__name="US Central Command").count() >= 2
    assert Finding.objects.filter(event=document.event, rule="casualty_revision").exists()
    assert RuleRun.objects.filter(event=document.event).exists()
    assert "factcheck.extract_claims" in worker.log()


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(sources, worker, capsys):
    call_command("ingest", str(SEED_DOCUMENTS))  # enqueues one extraction per document
    total = Document.objects.count()
    wait_for(
        lambda: Document.objects.exclude(state=Document.State.QUEUED).exists(),
        timeout=60,
        what="the first extraction",
        worker=worker,
    )
    worker.kill()
    assert Document.objects.filter(state=Document.State.QUEUED).exists(), "too late to kill"

    worker.start()  # the unacknowledged task comes back after the visibility timeout

    wait_for(all_evaluated, timeout=120, what="every document to be evaluated", worker=worker)
    after_kill = snapshot()
    assert Document.objects.count() == total
    # Re-running everything from scratch in-process gives exactly the same record.
    for document in Document.objects.all():
        from factcheck.services import document_extract, event_evaluate_and_mark

        document_extract(document_id=document.pk, force=True)
        if document.event_id:
            event_evaluate_and_mark(event_id=document.event_id)
    assert snapshot() == after_kill
    assert len(after_kill[0]) == len(set(after_kill[0]))
