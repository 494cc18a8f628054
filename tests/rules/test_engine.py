"""The engine: upserts, status history, rule failures, configuration, query bounds."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Claim
from factcheck.models import Finding, FindingChange, RuleConfig, RuleRun
from factcheck.rules import engine, registry
from factcheck.rules.base import ClaimFact
from factcheck.rules.config import rule_config_save
from factcheck.rules.engine import (
    LEAD_IN_CHARS,
    Produced,
    _Upsert,
    claims_load,
    event_evaluate,
    event_ids_to_evaluate,
    events_evaluate_all,
    lead_in_of,
    rows_of,
)
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db


def when(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def centcom():
    return SourceFactory(name="US Central Command", side="US", kind="military")


@pytest.fixture
def irgc():
    return SourceFactory(name="IRGC", side="Iran", kind="military")


def casualty(event, claimant, low, day, **values):
    document = DocumentFactory(event=event, published_at=when(day, 18))
    values.setdefault("count_max", low)
    return ClaimFactory(
        document=document, claimant=claimant, count_min=low, stated_at=when(day), **values
    )


def cause_claim(event, claimant, cause, polarity, day):
    document = DocumentFactory(event=event, published_at=when(day, 18))
    return ClaimFactory(
        document=document,
        claimant=claimant,
        kind=Claim.Kind.CAUSE,
        category="",
        count_min=None,
        count_max=None,
        qualifier="",
        scope="",
        cause=cause,
        polarity=polarity,
        stated_at=when(day),
    )


@pytest.fixture
def revised_event(centcom):
    """CENTCOM: 4 crew killed (12 Mar), then 6 (13 Mar)."""
    event = EventFactory(key="kc135")
    casualty(event, centcom, 4, 12, qualifier="of_total", count_total=6)
    casualty(event, centcom, 6, 13, qualifier="all")
    return event


def test_revision_found_with_message_claims_run_and_history(revised_event):
    run = event_evaluate(event_id=revised_event.pk)

    finding = Finding.objects.get(rule="casualty_revision")
    assert finding.message.startswith("US Central Command: crew killed 4 of 6 (12 Mar) -> all 6")
    assert finding.severity == "note"
    assert finding.claims.count() == 2
    assert finding.changes.get().to_status == Finding.Status.OPEN
    assert (run.claims_count, run.findings_created, run.errors) == (2, 1, {})
    assert "casualty_conflict" in run.rules
    revised_event.refresh_from_db()
    assert revised_event.evaluated_at == run.started_at


def test_rerun_is_idempotent(revised_event):
    event_evaluate(event_id=revised_event.pk)
    before = list(Finding.objects.values_list("pk", "fingerprint", "claims_digest", "message"))

    run = event_evaluate(event_id=revised_event.pk)

    after = list(Finding.objects.values_list("pk", "fingerprint", "claims_digest", "message"))
    assert after == before
    assert (run.findings_created, run.findings_updated) == (0, 0)
    assert (run.findings_resolved, run.findings_reopened) == (0, 0)
    assert FindingChange.objects.count() == 1
    assert RuleRun.objects.count() == 2


def test_dismissed_stays_dismissed_until_a_new_claim_reopens_it(revised_event, centcom):
    event_evaluate(event_id=revised_event.pk)
    finding = Finding.objects.get(rule="casualty_revision")
    Finding.objects.filter(pk=finding.pk).update(status=Finding.Status.DISMISSED)

    event_evaluate(event_id=revised_event.pk)
    finding.refresh_from_db()
    assert finding.status == Finding.Status.DISMISSED

    new = casualty(revised_event, centcom, 7, 14)
    run = event_evaluate(event_id=revised_event.pk)

    finding.refresh_from_db()
    assert finding.status == Finding.Status.OPEN
    assert f"new evidence: claim #{new.pk} (US Central Command" in finding.status_reason
    assert run.findings_reopened == 1
    change = finding.changes.last()
    assert (change.from_status, change.to_status) == ("dismissed", "open")
    assert new in finding.claims.all()


def test_deleted_claim_resolves_the_finding_with_the_reason(revised_event):
    event_evaluate(event_id=revised_event.pk)
    later = Claim.objects.get(count_min=6)
    later_id = later.pk
    later.delete()

    run = event_evaluate(event_id=revised_event.pk)

    finding = Finding.objects.get(rule="casualty_revision")
    assert finding.status == Finding.Status.RESOLVED
    assert f"claim #{later_id} it rested on was deleted" in finding.status_reason
    assert run.findings_resolved == 1
    assert finding.changes.last().to_status == "resolved"


def test_corrected_claim_resolves_the_finding_with_the_reason(revised_event):
    event_evaluate(event_id=revised_event.pk)
    Claim.objects.filter(count_min=4).update(
        count_min=6, count_max=6, qualifier="all", corrected_at=timezone.now()
    )

    event_evaluate(event_id=revised_event.pk)

    finding = Finding.objects.get(rule="casualty_revision")
    assert finding.status == Finding.Status.RESOLVED
    assert "was corrected" in finding.status_reason


def test_resolved_finding_reopens_when_found_again(revised_event):
    event_evaluate(event_id=revised_event.pk)
    claim = Claim.objects.get(count_min=4)
    Claim.objects.filter(pk=claim.pk).update(count_min=6, count_max=6)
    event_evaluate(event_id=revised_event.pk)
    Claim.objects.filter(pk=claim.pk).update(count_min=4, count_max=4)

    run = event_evaluate(event_id=revised_event.pk)

    finding = Finding.objects.get(rule="casualty_revision")
    assert finding.status == Finding.Status.OPEN
    assert run.findings_reopened == 1
    assert [c.to_status for c in finding.changes.all()] == ["open", "resolved", "open"]


def test_a_rule_that_raises_is_recorded_and_the_others_run(revised_event, monkeypatch):
    def broken(claims, params):
        raise ValueError("cannot read this")

    monkeypatch.setitem(
        registry._RULES,
        "broken",
        registry.Rule(
            name="broken", description="", default_severity="note", params={}, evaluate=broken
        ),
    )
    run = event_evaluate(event_id=revised_event.pk)

    assert run.errors == {"broken": "ValueError: cannot read this"}
    assert Finding.objects.filter(rule="casualty_revision").exists()


def test_rule_config_disable_severity_and_params_take_effect(revised_event, centcom, irgc):
    event_evaluate(event_id=revised_event.pk)

    RuleConfig.objects.create(rule="casualty_revision", severity="warning")
    event_evaluate(event_id=revised_event.pk)
    assert Finding.objects.get(rule="casualty_revision").severity == "warning"

    RuleConfig.objects.filter(rule="casualty_revision").update(enabled=False)
    run = event_evaluate(event_id=revised_event.pk)
    finding = Finding.objects.get(rule="casualty_revision")
    assert finding.status == Finding.Status.RESOLVED
    assert "turned off" in finding.status_reason
    assert "casualty_revision" not in run.rules

    # IRGC says 10 killed three days after CENTCOM's 6: outside the default 48-hour window.
    casualty(revised_event, irgc, 10, 16)
    event_evaluate(event_id=revised_event.pk)
    assert not Finding.objects.filter(rule="casualty_conflict").exists()
    RuleConfig.objects.create(rule="casualty_conflict", params={"window_hours": 96})
    event_evaluate(event_id=revised_event.pk)
    assert Finding.objects.filter(rule="casualty_conflict").count() == 1


def test_rule_config_save_reevaluates_on_commit(revised_event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        rule_config_save(config=RuleConfig(rule="casualty_revision", severity="critical"))

    assert len(callbacks) == 1
    assert RuleConfig.objects.get(rule="casualty_revision").severity == "critical"
    assert Finding.objects.get(rule="casualty_revision").severity == "critical"


def test_concurrent_insert_of_the_same_finding_is_not_duplicated(revised_event):
    event_evaluate(event_id=revised_event.pk)
    existing = Finding.objects.get(rule="casualty_revision")
    loaded = claims_load(event_id=revised_event.pk)
    upsert = _Upsert(event_id=revised_event.pk, loaded=loaded, now=timezone.now())
    produced = Produced(
        rule=existing.rule,
        fingerprint=existing.fingerprint,
        severity=existing.severity,
        message=existing.message,
        claim_ids=existing.evidence["claim_ids"],
        digest=existing.claims_digest,
        evidence=existing.evidence,
    )

    assert upsert.create([produced]) == 0

    assert Finding.objects.filter(rule="casualty_revision").count() == 1


def _event_with_claims(key, centcom, irgc, n):
    event = EventFactory(key=key)
    for i in range(n):
        casualty(event, centcom if i % 2 else irgc, 4 + i % 3, 12 + i % 3)
    cause_claim(event, centcom, "hostile_fire", "denied", 12)
    cause_claim(event, irgc, "hostile_fire", "affirmed", 12)
    return event


def test_queries_are_bounded_and_independent_of_other_events(
    centcom, irgc, django_assert_max_num_queries
):
    small = _event_with_claims("small", centcom, irgc, 10)
    _event_with_claims("other", centcom, irgc, 5)
    with CaptureQueriesContext(connection) as first:
        event_evaluate(event_id=small.pk)

    twin = _event_with_claims("twin", centcom, irgc, 10)
    _event_with_claims("huge", centcom, irgc, 300)
    # One query each: rule configs, savepoint, lock the event (setting evaluated_at), claims,
    # their documents, their sources, findings, savepoint + insert findings + release, claim
    # links, status history, the run, release.
    with django_assert_max_num_queries(16), CaptureQueriesContext(connection) as second:
        event_evaluate(event_id=twin.pk)
    assert len(second) == len(first)

    # A re-run writes no finding: rule configs, savepoint, lock the event (setting evaluated_at),
    # claims, documents, sources, findings, the run, release (last_seen_at: at most hourly).
    with django_assert_max_num_queries(9):
        event_evaluate(event_id=twin.pk)


def test_event_ids_to_evaluate_and_evaluate_all(revised_event):
    EventFactory(key="empty")
    assert event_ids_to_evaluate() == [revised_event.pk]
    assert events_evaluate_all() == 1


def _findings_by_event():
    return sorted(
        Finding.objects.values_list(
            "event_id", "rule", "fingerprint", "severity", "message", "claims_digest", "status"
        )
    )


def test_evaluate_all_in_batches_finds_what_one_by_one_does(centcom, irgc, monkeypatch):
    """Events evaluated several to a transaction: the same findings, links and history as
    evaluated one by one, one run each, and a re-run of the pass writes nothing."""
    events = [_event_with_claims(f"batch-{n}", centcom, irgc, 4 + n) for n in range(5)]
    for event in events:
        event_evaluate(event_id=event.pk)
    one_by_one = _findings_by_event()
    links = sorted(Finding.claims.through.objects.values_list("finding__fingerprint", "claim_id"))
    Finding.objects.all().delete()
    RuleRun.objects.all().delete()

    monkeypatch.setattr(engine, "BATCH_EVENTS", 2)
    assert events_evaluate_all() == 5

    assert _findings_by_event() == one_by_one
    assert (
        sorted(Finding.claims.through.objects.values_list("finding__fingerprint", "claim_id"))
        == links
    )
    assert FindingChange.objects.count() == Finding.objects.count() > 0
    runs = RuleRun.objects.order_by("event_id")
    assert [run.event_id for run in runs] == [event.pk for event in events]
    assert sum(run.findings_created for run in runs) == Finding.objects.count()
    assert [run.claims_count for run in runs] == [6 + n for n in range(5)]

    monkeypatch.setattr(engine, "BATCH_EVENTS", 5)
    with CaptureQueriesContext(connection) as rerun:
        events_evaluate_all()
    assert _findings_by_event() == one_by_one
    assert FindingChange.objects.count() == Finding.objects.count()
    # Ids, rule configs, savepoint, lock, evaluated_at, claims, documents, sources, findings,
    # the runs, release: the same for five events as for one.
    assert len(rerun) <= 11


def test_a_batch_skips_an_event_deleted_before_it_is_locked(centcom, irgc, monkeypatch):
    kept = _event_with_claims("kept", centcom, irgc, 3)
    gone = _event_with_claims("gone", centcom, irgc, 3)
    ids = [kept.pk, gone.pk]
    monkeypatch.setattr(engine, "event_ids_to_evaluate", lambda: ids)
    gone.delete()

    assert events_evaluate_all() == 1
    assert list(RuleRun.objects.values_list("event_id", flat=True)) == [kept.pk]


def test_rows_are_read_with_the_same_values_as_the_orm(revised_event, centcom):
    """On PostgreSQL rows_of reads in binary: the values (timestamps with their zone too)
    are those Django's own cursor gives, and an empty IN list reads nothing."""
    claims = Claim.objects.order_by("id").values_list("id", "stated_at", "count_min", "text")
    assert rows_of(claims) == list(claims)
    assert rows_of(claims)[0][1].tzinfo == claims.first()[1].tzinfo
    assert rows_of(Claim.objects.filter(pk__in=[]).values_list("id")) == []
    with CaptureQueriesContext(connection) as read:
        rows_of(claims.all())
    assert len(read) == 1  # logged as Django's own queries are


def test_claim_fact_of_builds_the_same_fact_as_its_init():
    values = {
        "id": 7,
        "document_id": 3,
        "claimant_id": 2,
        "claimant": "Zedland Army",
        "claimant_side": "Zedland",
        "claimant_kind": "military",
        "publisher_id": 5,
        "publisher": "Vell Daily",
        "attribution": "quote",
        "kind": "casualty",
        "text": "three soldiers were killed",
        "stated_at": when(12),
        "published_at": when(12, 18),
        "category": "killed",
        "count_min": 3,
        "count_max": 3,
    }
    built = ClaimFact.of(dict(values))
    assert built == ClaimFact(**values)
    assert (built.when, built.hedged, built.group, built.lead_in) == (when(12), False, "", "")
    assert not built.outlet_voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initially the army had confirmed ", "Initially the army had confirmed "),
        ("By noon, officials said ", " officials said "),
        ("He said: “the toll rose to ", "the toll rose to "),
        ("First line.\nNow ", "Now "),
        ("x" * 200 + " later it gave ", "x" * (LEAD_IN_CHARS - 15) + " later it gave "),
        ("", ""),
    ],
)
def test_lead_in_is_the_clause_before_the_span(text, expected):
    assert lead_in_of(text + "four dead", len(text)) == expected


def test_evaluate_command_prints_what_changed(revised_event, capsys):
    call_command("evaluate", "--event", "kc135")
    out = capsys.readouterr().out
    assert "kc135: 2 claims" in out
    assert "+ [casualty_revision] US Central Command: crew killed" in out


def test_beat_schedule_runs_the_fan_out_every_15_minutes():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="factcheck.evaluate_all_events")
    assert (task.interval.every, task.interval.period, task.enabled) == (15, "minutes", True)


@pytest.mark.django_db(transaction=True)
def test_two_workers_evaluating_one_event_at_once_never_duplicate(centcom, irgc):
    if connection.vendor != "postgresql":
        pytest.skip("needs row locks across connections: run with DATABASE_URL=postgres://...")
    event = _event_with_claims("concurrent", centcom, irgc, 40)
    start = threading.Barrier(4)
    errors = []

    def worker():
        try:
            start.wait()
            event_evaluate(event_id=event.pk)
        except Exception as exc:  # reported below, with the thread's failure
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert RuleRun.objects.filter(event=event).count() == 4
    fingerprints = list(Finding.objects.filter(event=event).values_list("rule", "fingerprint"))
    assert len(fingerprints) == len(set(fingerprints)) > 0
    assert sum(RuleRun.objects.filter(event=event).values_list("findings_created", flat=True)) == (
        len(fingerprints)
    )


def test_one_finding_per_measure_keeps_its_review_status_as_relays_arrive(centcom, irgc):
    """The conflict is one finding for crew killed; outlets relaying a known figure add no
    side: a dismissed finding stays dismissed. A new figure is new evidence: it reopens."""
    event = EventFactory(key="measure")
    casualty(event, centcom, 4, 12)
    casualty(event, irgc, 9, 12)
    event_evaluate(event_id=event.pk)
    (finding,) = Finding.objects.filter(event=event, rule="casualty_conflict")
    Finding.objects.filter(pk=finding.pk).update(status=Finding.Status.DISMISSED)

    for _ in range(3):  # outlets printing the command's figure in their own voice
        outlet = SourceFactory(kind="outlet")
        document = DocumentFactory(event=event, publisher=outlet, published_at=when(12, 15))
        ClaimFactory(
            document=document,
            claimant=outlet,
            attribution="outlet",
            count_min=4,
            count_max=4,
            stated_at=when(12, 15),
        )
    event_evaluate(event_id=event.pk)
    finding.refresh_from_db()
    assert finding.status == Finding.Status.DISMISSED
    assert Finding.objects.filter(event=event, rule="casualty_conflict").count() == 1
    claimants = {claim.claimant.name for claim in finding.claims.all()}
    assert claimants == {"US Central Command", "IRGC"}

    casualty(event, SourceFactory(name="Provincial governor", kind="government"), 15, 12)
    event_evaluate(event_id=event.pk)
    finding.refresh_from_db()
    assert finding.status == Finding.Status.OPEN
    assert "15: Provincial governor" in finding.message


def test_one_report_ordered_by_the_cue_before_its_span(centcom):
    """A report of one day: "Initially the command had confirmed four of the six deaths;
    all six crew are dead." The cue stands before the first span, in its clause."""
    event = EventFactory(key="one-report")
    text = (
        "Initially the command had confirmed four of the six deaths; later it said all six "
        "crew are dead."
    )
    document = DocumentFactory(event=event, published_at=when(13, 18), text=text)
    for span, low, qualifier in (("four of the six", 4, "of_total"), ("all six", 6, "all")):
        start = text.index(span)
        ClaimFactory(
            document=document,
            claimant=centcom,
            count_min=low,
            count_max=low,
            count_total=6 if qualifier == "of_total" else None,
            qualifier=qualifier,
            span_start=start,
            span_end=start + len(span),
            text=span,
            stated_at=when(13),
        )

    facts = claims_load(event_id=event.pk).facts
    assert sorted(f.lead_in for f in facts) == [
        " later it said ",
        "Initially the command had confirmed ",
    ]
    event_evaluate(event_id=event.pk)
    finding = Finding.objects.get(rule="casualty_revision")
    assert finding.message.startswith("US Central Command: crew killed 4 of 6 (13 Mar) -> all 6")
    assert finding.severity == "note"
