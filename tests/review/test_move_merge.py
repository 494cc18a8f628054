"""Putting the record right: a document moved to another event (with its claims, both events
evaluated again) and two events merged into one; as services and as admin actions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims.models import AuditEntry, Claim, Document, Event
from factcheck.digests.models import Subscription
from factcheck.models import Finding
from factcheck.review import services
from factcheck.rules.engine import event_evaluate
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

TEXT = "The command said four of the six crew were killed. Later it said all six died."


@pytest.fixture
def two_events(db):
    """Event A holds two documents of one claimant: 4 killed, then 6 (a revision). The
    second document is in fact about event B."""
    a = EventFactory(key="ferry-sinking-north", title="Ferry sinking in the north")
    b = EventFactory(key="tanker-crash-west", title="Tanker crash in the west")
    command = SourceFactory(name="The Command")
    first = DocumentFactory(event=a, text=TEXT)
    second = DocumentFactory(event=a, text=TEXT, published_at=first.published_at + timedelta(1))
    four = ClaimFactory(document=first, claimant=command, count_min=4, count_max=4)
    six = ClaimFactory(document=second, claimant=command, count_min=6, count_max=6)
    elsewhere = EventFactory(key="third-incident")
    # A claim of the second document a person placed on a third event: it stays there.
    placed = ClaimFactory(document=second, claimant=command, event=elsewhere)
    event_evaluate(event_id=a.pk)
    return {"a": a, "b": b, "second": second, "four": four, "six": six, "placed": placed}


def test_a_document_moves_with_its_claims_and_both_events_are_evaluated_again(
    two_events, reviewer, django_capture_on_commit_callbacks
):
    a, b, second = two_events["a"], two_events["b"], two_events["second"]
    revision = Finding.objects.get(event=a, rule="casualty_revision")
    assert revision.status == "open"

    with django_capture_on_commit_callbacks(execute=True):
        moved = services.document_move(document_id=second.pk, event_id=b.pk, actor=reviewer)

    assert (moved.from_event_id, moved.claims_moved) == (a.pk, 1)
    assert Document.objects.get(pk=second.pk).event_id == b.pk
    assert Claim.objects.get(pk=two_events["six"].pk).event_id == b.pk
    assert Claim.objects.get(pk=two_events["placed"].pk).event.key == "third-incident"
    # Event A re-evaluated: its revision rested on the claim that left.
    revision.refresh_from_db()
    assert revision.status == "resolved"
    entry = AuditEntry.objects.get(action="document.move")
    assert entry.changes["event"][1]["id"] == b.pk
    # Twice: nothing more moves.
    again = services.document_move(document_id=second.pk, event_id=b.pk, actor=reviewer)
    assert again.claims_moved == 0


def test_two_events_merge_into_one(two_events, reviewer, django_capture_on_commit_callbacks):
    a, b = two_events["a"], two_events["b"]
    ClaimFactory(document=DocumentFactory(event=b), claimant=SourceFactory(name="Wire"))
    subscription = Subscription.objects.create(email="desk@example.org", frequency="daily")
    subscription.events.add(a)
    finding_ids = set(Finding.objects.filter(event=a).values_list("pk", flat=True))
    assert finding_ids

    with django_capture_on_commit_callbacks(execute=True):
        merged = services.event_merge(source_id=a.pk, target_id=b.pk, actor=reviewer)

    assert not Event.objects.filter(pk=a.pk).exists()
    assert (merged.documents, merged.claims, merged.findings) == (2, 2, len(finding_ids))
    assert set(Document.objects.filter(event=b).values_list("pk", flat=True)) >= {
        two_events["second"].pk
    }
    assert Claim.objects.filter(event=b).count() == 3
    # The findings keep their history on the merged event; its evaluation finds them again.
    assert finding_ids <= set(Finding.objects.filter(event=b).values_list("pk", flat=True))
    assert Finding.objects.filter(event=b, rule="casualty_revision", status="open").exists()
    assert list(subscription.events.values_list("key", flat=True)) == ["tanker-crash-west"]
    entry = AuditEntry.objects.get(action="event.merge")
    assert "ferry-sinking-north" in entry.changes["merged"][0]
    with pytest.raises(services.ReviewError, match="into itself"):
        services.event_merge(source_id=b.pk, target_id=b.pk, actor=reviewer)


def test_the_admin_actions_ask_for_the_event_then_move_and_merge(
    client, two_events, reviewer, editor, django_capture_on_commit_callbacks
):
    a, b, second = two_events["a"], two_events["b"], two_events["second"]
    documents = reverse("admin:claims_document_changelist")
    # Editing documents and events is an editor's: a reviewer is not offered the actions.
    client.force_login(reviewer)
    assert 'value="move_to_event"' not in client.get(documents).text
    client.force_login(editor)
    assert 'value="move_to_event"' in client.get(documents).text
    ask = client.post(
        documents, {"action": "move_to_event", ACTION_CHECKBOX_NAME: [str(second.pk)]}
    )
    assert ask.status_code == 200
    assert 'id="choose-event"' in ask.text
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            documents,
            {
                "action": "move_to_event",
                ACTION_CHECKBOX_NAME: [str(second.pk)],
                "apply": "1",
                "event": str(b.pk),
                "note": "About the tanker.",
            },
            follow=True,
        )
    assert "1 document and 1 claim moved to tanker-crash-west" in done.text
    assert Document.objects.get(pk=second.pk).event_id == b.pk

    events = reverse("admin:claims_event_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            events,
            {
                "action": "merge_into",
                ACTION_CHECKBOX_NAME: [str(a.pk), str(b.pk)],
                "apply": "1",
                "event": str(b.pk),
            },
            follow=True,
        )
    assert "1 event merged into tanker-crash-west" in done.text
    assert list(Event.objects.filter(key__in=[a.key, b.key]).values_list("key", flat=True)) == [
        b.key
    ]
