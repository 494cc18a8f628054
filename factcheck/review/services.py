"""Writes of the review workflow. Each service is one transaction that writes its audit row
(claims.AuditEntry) with the change, and a status history row where there is a status
(FindingChange for findings, VerdictRevision for published verdict text). Side effects (the
re-evaluation of an event) are enqueued on commit.

Status changes are conditional updates (`WHERE status = <the status read>`): of two people
acting on the same finding or verdict at once, one wins and the other is told.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from claims.models import (
    CLAIM_VALUE_FIELDS,
    AuditEntry,
    Claim,
    Document,
    Event,
    Verdict,
    VerdictCorrection,
    VerdictRevision,
)
from factcheck import signals
from factcheck.models import Finding, FindingChange, RuleConfig

PUBLISH_PERMISSION = "claims.publish_verdict"

FindingStatus = Finding.Status
VerdictStatus = Verdict.Status


class ReviewError(ValueError):
    """A review step that cannot be taken, with a reason a person can act on."""


# --- the audit trail ------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, models.Model):
        return {"id": value.pk, "repr": str(value)[:200]}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def audit_record(
    *,
    actor: AbstractBaseUser,
    action: str,
    target: models.Model,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    note: str = "",
    at: datetime | None = None,
) -> AuditEntry:
    """Writes one audit row: `actor` did `action` on `target`, changing `changes`
    (field -> (before, after)). Call it inside the transaction that makes the change."""
    return AuditEntry.objects.create(
        actor=actor,
        at=at or timezone.now(),
        action=action,
        content_type=ContentType.objects.get_for_model(type(target)),
        object_id=target.pk,
        object_repr=str(target)[:200],
        changes={
            name: [_jsonable(before), _jsonable(after)]
            for name, (before, after) in (changes or {}).items()
        },
        note=note,
    )


def _field_changes(obj: models.Model, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields of `values` whose value differs on `obj` (foreign keys by their object)."""
    changed = {}
    for name, value in values.items():
        before = getattr(obj, name)
        if before != value:
            changed[name] = (before, value)
    return changed


# --- findings -------------------------------------------------------------------------


def _finding_transition(
    *,
    finding_id: int,
    actor: AbstractBaseUser,
    to_status: str,
    allowed_from: Iterable[str],
    reason: str,
    action: str,
    assign: bool = False,
) -> bool:
    allowed = set(allowed_from)
    now = timezone.now()
    with transaction.atomic():
        finding = Finding.objects.filter(pk=finding_id).first()
        if finding is None or finding.status not in allowed:
            return False
        values: dict[str, Any] = {"status": to_status, "status_reason": reason}
        if assign and finding.assignee_id is None:
            values["assignee"] = actor
        written = Finding.objects.filter(pk=finding_id, status=finding.status).update(
            **values, updated_at=now
        )
        if not written:
            return False  # someone else changed its status in between
        FindingChange.objects.create(
            finding=finding,
            from_status=finding.status,
            to_status=to_status,
            reason=reason,
            actor=actor,
        )
        audit_record(
            actor=actor,
            action=action,
            target=finding,
            changes={
                "status": (finding.status, to_status),
                **({"assignee": (None, actor)} if "assignee" in values else {}),
            },
            note=reason,
            at=now,
        )
    return True


def finding_assign(
    *, finding_id: int, assignee: AbstractBaseUser | None, actor: AbstractBaseUser
) -> bool:
    """Assigns a finding to `assignee` (None: unassigns it). Writes the finding's assignee and
    an audit row; enqueues nothing. Returns False when it already had that assignee or is
    gone. Safe to run twice."""
    with transaction.atomic():
        finding = Finding.objects.select_related("assignee").filter(pk=finding_id).first()
        if finding is None:
            return False
        new_id = assignee.pk if assignee is not None else None
        if finding.assignee_id == new_id:
            return False
        now = timezone.now()
        Finding.objects.filter(pk=finding_id).update(assignee=assignee, updated_at=now)
        audit_record(
            actor=actor,
            action="finding.assign",
            target=finding,
            changes={"assignee": (finding.assignee, assignee)},
            at=now,
        )
    return True


def finding_acknowledge(*, finding_id: int, actor: AbstractBaseUser) -> bool:
    """Open -> acknowledged ("seen, being looked at"); assigns it to the actor if it had no
    assignee. Writes the finding, a FindingChange and an audit row. False if it was not open.
    """
    return _finding_transition(
        finding_id=finding_id,
        actor=actor,
        to_status=FindingStatus.ACKNOWLEDGED,
        allowed_from=[FindingStatus.OPEN],
        reason="",
        action="finding.acknowledge",
        assign=True,
    )


def finding_dismiss(*, finding_id: int, actor: AbstractBaseUser, reason: str) -> bool:
    """Open or acknowledged -> dismissed (not an inconsistency worth acting on), with the
    reason, which is required. Writes the finding, a FindingChange and an audit row. The
    engine reopens a dismissed finding only on new evidence. False if it was not active."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError("A dismissal needs a reason.")
    return _finding_transition(
        finding_id=finding_id,
        actor=actor,
        to_status=FindingStatus.DISMISSED,
        allowed_from=[FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED],
        reason=reason,
        action="finding.dismiss",
    )


def finding_resolve(*, finding_id: int, actor: AbstractBaseUser, reason: str = "") -> bool:
    """Open or acknowledged -> resolved (dealt with, e.g. by a verdict or a correction).
    Writes the finding, a FindingChange and an audit row. False if it was not active."""
    return _finding_transition(
        finding_id=finding_id,
        actor=actor,
        to_status=FindingStatus.RESOLVED,
        allowed_from=[FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED],
        reason=(reason or "").strip(),
        action="finding.resolve",
    )


# --- claims ---------------------------------------------------------------------------

# What a person may correct in an extracted claim (the document and its text are the record).
CORRECTABLE_FIELDS = (
    "event",
    "claimant",
    "claimant_anonymous",
    "attribution",
    "kind",
    "span_in",
    "span_start",
    "span_end",
    "text",
    "stated_at",
    *CLAIM_VALUE_FIELDS,
)


def _enqueue_evaluation(event_ids: Iterable[int | None]) -> None:
    from factcheck.tasks import evaluate_event

    for event_id in sorted({e for e in event_ids if e is not None}):
        evaluate_event.delay_on_commit(event_id)


def claim_correct(
    *, claim_id: int, actor: AbstractBaseUser, values: Mapping[str, Any], note: str = ""
) -> Claim:
    """Corrects fields of a claim (CORRECTABLE_FIELDS only). Writes the claim (changed fields
    and corrected_at) and an audit row with each field before and after; on commit enqueues
    `factcheck.evaluate_event` for its event (and the one it left, if moved). Raises
    ReviewError for an unknown field or values the record's constraints refuse. Running it
    twice changes nothing the second time."""
    unknown = set(values) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ReviewError(f"These fields cannot be corrected: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim_id)
        changes = _field_changes(claim, values)
        if not changes:
            return claim
        old_event_id = claim.event_id
        for name, (_, after) in changes.items():
            setattr(claim, name, after)
        try:
            claim.full_clean(validate_unique=False)
        except ValidationError as exc:
            raise ReviewError("; ".join(exc.messages)) from exc
        claim.corrected_at = timezone.now()
        try:
            with transaction.atomic():
                claim.save(update_fields=[*changes, "corrected_at"])
        except IntegrityError as exc:  # the span trigger: it runs past the document
            raise ReviewError(str(exc)) from exc
        audit_record(actor=actor, action="claim.correct", target=claim, changes=changes, note=note)
        _enqueue_evaluation([old_event_id, claim.event_id])
    return claim


def claim_add(*, actor: AbstractBaseUser, values: Mapping[str, Any], note: str = "") -> Claim:
    """A claim entered by a person (extracted=False). Writes the claim and an audit row; on
    commit enqueues `factcheck.evaluate_event` for its event. Not idempotent: each call adds."""
    import uuid

    with transaction.atomic():
        claim = Claim(**values, extracted=False, fingerprint=f"manual-{uuid.uuid4().hex}")
        try:
            claim.full_clean()
        except ValidationError as exc:
            raise ReviewError("; ".join(exc.messages)) from exc
        claim.save()
        audit_record(
            actor=actor,
            action="claim.add",
            target=claim,
            changes={name: (None, value) for name, value in values.items()},
            note=note,
        )
        _enqueue_evaluation([claim.event_id])
    return claim


# --- other records edited by a person ---------------------------------------------------


def record_update(
    *, obj: models.Model, actor: AbstractBaseUser, values: Mapping[str, Any], action: str
) -> bool:
    """Saves the changed fields of a source, event or document edited in the admin, with an
    audit row. Returns False when nothing changed."""
    with transaction.atomic():
        current = type(obj).objects.select_for_update().get(pk=obj.pk)
        changes = _field_changes(current, values)
        if not changes:
            return False
        for name, (_, after) in changes.items():
            setattr(current, name, after)
        current.save(update_fields=list(changes))
        audit_record(actor=actor, action=action, target=current, changes=changes)
    return True


def record_create(*, obj: models.Model, actor: AbstractBaseUser, action: str) -> models.Model:
    """Saves a new source or event entered in the admin, with an audit row."""
    with transaction.atomic():
        obj.save(force_insert=True)
        audit_record(actor=actor, action=action, target=obj)
    return obj


def rule_config_update(*, config: RuleConfig, actor: AbstractBaseUser) -> RuleConfig:
    """Saves a rule's configuration through the rules engine's `rule_config_save` (which
    enqueues the re-evaluation of every event on commit), with an audit row in the same
    transaction."""
    from factcheck.rules.config import rule_config_save

    with transaction.atomic():
        before = RuleConfig.objects.filter(rule=config.rule).first() if config.rule else None
        changes = {
            name: (getattr(before, name) if before else None, getattr(config, name))
            for name in ("enabled", "params", "severity")
            if before is None or getattr(before, name) != getattr(config, name)
        }
        rule_config_save(config=config)
        audit_record(actor=actor, action="rule_config.save", target=config, changes=changes)
    return config


# --- verdicts -------------------------------------------------------------------------


def _clean_evidence(evidence: Iterable[str]) -> list[str]:
    from django.core.validators import URLValidator

    links = [link.strip() for link in evidence if link and link.strip()]
    validate = URLValidator(schemes=["http", "https"])
    for link in links:
        try:
            validate(link)
        except ValidationError:
            raise ReviewError(f"{link!r} is not an http(s) link") from None
    return links


def _clean_text(*, rating: str, rationale: str) -> str:
    if rating not in Verdict.Rating.values:
        raise ReviewError(f"{rating!r} is not a rating on the published scale")
    rationale = (rationale or "").strip()
    if not rationale:
        raise ReviewError("A verdict needs a rationale.")
    return rationale


def verdict_create(
    *,
    claim: Claim,
    author: AbstractBaseUser,
    rating: str,
    rationale: str,
    evidence: Iterable[str] = (),
) -> Verdict:
    """A draft verdict on a claim by its author. Writes the verdict and an audit row."""
    rationale = _clean_text(rating=rating, rationale=rationale)
    links = _clean_evidence(evidence)
    with transaction.atomic():
        verdict = Verdict.objects.create(
            claim=claim,
            author=author,
            rating=rating,
            rationale=rationale,
            evidence=links,
            status=VerdictStatus.DRAFT,
        )
        audit_record(
            actor=author,
            action="verdict.create",
            target=verdict,
            changes={
                "rating": (None, rating),
                "rationale": (None, rationale),
                "evidence": (None, links),
            },
        )
    return verdict


def verdict_update(
    *,
    verdict_id: int,
    actor: AbstractBaseUser,
    rating: str,
    rationale: str,
    evidence: Iterable[str] = (),
) -> Verdict:
    """Edits a draft or a verdict in review (a published one is corrected instead: see
    correction_propose). Writes the changed fields and an audit row."""
    rationale = _clean_text(rating=rating, rationale=rationale)
    links = _clean_evidence(evidence)
    with transaction.atomic():
        verdict = Verdict.objects.select_for_update().get(pk=verdict_id)
        if verdict.status not in (VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW):
            raise ReviewError("A published verdict is corrected, not edited.")
        changes = _field_changes(
            verdict, {"rating": rating, "rationale": rationale, "evidence": links}
        )
        if changes:
            for name, (_, after) in changes.items():
                setattr(verdict, name, after)
            verdict.save(update_fields=[*changes, "updated_at"])
            audit_record(actor=actor, action="verdict.edit", target=verdict, changes=changes)
    return verdict


def _verdict_move(
    *,
    verdict: Verdict,
    to_status: str,
    actor: AbstractBaseUser,
    action: str,
    values: dict[str, Any] | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
    note: str = "",
) -> None:
    """Moves the verdict to `to_status` only if its status is still the one read (two
    people acting at once: one wins), and writes the audit row. Call inside a transaction."""
    now = timezone.now()
    written = Verdict.objects.filter(pk=verdict.pk, status=verdict.status).update(
        status=to_status, updated_at=now, **(values or {})
    )
    if not written:
        raise ReviewError("Someone changed this verdict in the meantime: reload it.")
    audit_record(
        actor=actor,
        action=action,
        target=verdict,
        changes={"status": (verdict.status, to_status), **(changes or {})},
        note=note,
        at=now,
    )


def verdict_submit(*, verdict_id: int, actor: AbstractBaseUser) -> Verdict:
    """Draft -> in review (ready for a second person to publish). Writes the status and an
    audit row. Raises ReviewError unless the verdict is a draft."""
    with transaction.atomic():
        verdict = Verdict.objects.get(pk=verdict_id)
        if verdict.status != VerdictStatus.DRAFT:
            raise ReviewError(f"Only a draft can be submitted (this one is {verdict.status}).")
        _verdict_move(
            verdict=verdict, to_status=VerdictStatus.IN_REVIEW, actor=actor, action="verdict.submit"
        )
    verdict.refresh_from_db()
    return verdict


def verdict_return(*, verdict_id: int, actor: AbstractBaseUser, note: str) -> Verdict:
    """In review -> draft, sent back to its author with a note (required). Writes the status
    and an audit row."""
    note = (note or "").strip()
    if not note:
        raise ReviewError("Say what the author should change.")
    with transaction.atomic():
        verdict = Verdict.objects.get(pk=verdict_id)
        if verdict.status != VerdictStatus.IN_REVIEW:
            raise ReviewError("Only a verdict in review can be sent back.")
        _verdict_move(
            verdict=verdict,
            to_status=VerdictStatus.DRAFT,
            actor=actor,
            action="verdict.return",
            note=note,
        )
    verdict.refresh_from_db()
    return verdict


def _require_editor(actor: AbstractBaseUser) -> None:
    if not actor.has_perm(PUBLISH_PERMISSION):
        raise ReviewError("Publishing, correcting and retracting verdicts is for editors.")


def _require_publisher(actor: AbstractBaseUser, verdict: Verdict) -> None:
    _require_editor(actor)
    if verdict.author_id == actor.pk:
        raise ReviewError("A verdict is published by a second person, not by its author.")


def verdict_publish(*, verdict_id: int, publisher: AbstractBaseUser) -> Verdict:
    """In review -> published by a second person: the publisher needs
    `claims.publish_verdict` and is not the author (the database refuses that too). Writes
    status, reviewer, published_at, an audit row and a verdict.published webhook delivery per
    subscribed partner (sent on commit). Raises ReviewError otherwise."""
    with transaction.atomic():
        verdict = Verdict.objects.get(pk=verdict_id)
        if verdict.status != VerdictStatus.IN_REVIEW:
            raise ReviewError("Only a verdict in review can be published.")
        _require_publisher(publisher, verdict)
        _verdict_move(
            verdict=verdict,
            to_status=VerdictStatus.PUBLISHED,
            actor=publisher,
            action="verdict.publish",
            values={"reviewer": publisher, "published_at": timezone.now()},
            changes={"reviewer": (None, publisher)},
        )
        signals.verdict_published.send(sender=Verdict, verdict_id=verdict.pk)
    verdict.refresh_from_db()
    return verdict


def _revision(*, verdict: Verdict, change: str, note: str, actor, now) -> VerdictRevision:
    return VerdictRevision.objects.create(
        verdict=verdict,
        change=change,
        status=verdict.status,
        rating=verdict.rating,
        rationale=verdict.rationale,
        evidence=verdict.evidence,
        published_at=verdict.published_at,
        note=note,
        changed_by=actor,
        changed_at=now,
    )


PUBLISHED_STATUSES = (VerdictStatus.PUBLISHED, VerdictStatus.CORRECTED)
CorrectionStatus = VerdictCorrection.Status


def correction_propose(
    *,
    verdict_id: int,
    actor: AbstractBaseUser,
    rating: str,
    rationale: str,
    evidence: Iterable[str] = (),
    note: str,
) -> VerdictCorrection:
    """Proposes a correction of a published verdict: the new text and a note saying what
    changed (required). The published text stays served until an editor other than the
    proposer approves it (correction_approve). Any reviewer or editor may propose (the
    verdict's author too). Writes the proposal and an audit row on the verdict. Raises
    ReviewError when the verdict is not published, the text changes nothing, or a proposal
    is already open on it (the database allows one)."""
    note = (note or "").strip()
    if not note:
        raise ReviewError("A correction needs a note saying what changed.")
    rationale = _clean_text(rating=rating, rationale=rationale)
    links = _clean_evidence(evidence)
    with transaction.atomic():
        verdict = Verdict.objects.select_for_update().get(pk=verdict_id)
        if verdict.status not in PUBLISHED_STATUSES:
            raise ReviewError("Only a published verdict can be corrected.")
        changes = _field_changes(
            verdict, {"rating": rating, "rationale": rationale, "evidence": links}
        )
        if not changes:
            raise ReviewError("The correction changes nothing.")
        now = timezone.now()
        try:
            with transaction.atomic():
                proposal = VerdictCorrection.objects.create(
                    verdict=verdict,
                    rating=rating,
                    rationale=rationale,
                    evidence=links,
                    note=note,
                    proposed_by=actor,
                    proposed_at=now,
                )
        except IntegrityError:
            raise ReviewError(
                "A correction of this verdict is already awaiting approval: approve, reject "
                "or withdraw it first."
            ) from None
        audit_record(
            actor=actor,
            action="verdict.correction_propose",
            target=verdict,
            changes=changes,
            note=note,
            at=now,
        )
    return proposal


def _close_proposal(
    *, proposal: VerdictCorrection, to_status: str, actor: AbstractBaseUser, reason: str, now
) -> None:
    """Proposed -> `to_status`, only if it is still proposed (two people deciding at once:
    one wins, the other is told)."""
    written = VerdictCorrection.objects.filter(
        pk=proposal.pk, status=CorrectionStatus.PROPOSED
    ).update(status=to_status, decided_by=actor, decided_at=now, reason=reason)
    if not written:
        raise ReviewError("This correction has already been decided: reload the page.")
    proposal.status, proposal.decided_by, proposal.decided_at = to_status, actor, now
    proposal.reason = reason


def correction_approve(*, correction_id: int, approver: AbstractBaseUser) -> Verdict:
    """Approves a proposed correction and applies it: the earlier text is kept as a
    VerdictRevision, the proposed one is published as "corrected". The approver needs
    `claims.publish_verdict` and is not the proposer (the database refuses that too).
    Writes the proposal's decision, the revision, the verdict, an audit row and a
    verdict.corrected webhook delivery per subscribed partner (sent on commit). Approving
    twice is impossible: the proposal moves out of "proposed" by a conditional update."""
    _require_editor(approver)
    with transaction.atomic():
        proposal = VerdictCorrection.objects.select_related("proposed_by").get(pk=correction_id)
        verdict = Verdict.objects.select_for_update().get(pk=proposal.verdict_id)
        if proposal.status != CorrectionStatus.PROPOSED:
            raise ReviewError(f"This correction is {proposal.status}, not awaiting approval.")
        if proposal.proposed_by_id == approver.pk:
            raise ReviewError(
                "A correction is approved by a second person, not by whoever proposed it."
            )
        if verdict.status not in PUBLISHED_STATUSES:
            raise ReviewError("Only a published verdict can be corrected.")
        now = timezone.now()
        try:
            with transaction.atomic():
                _close_proposal(
                    proposal=proposal,
                    to_status=CorrectionStatus.APPROVED,
                    actor=approver,
                    reason="",
                    now=now,
                )
        except IntegrityError as exc:  # the two-person constraint
            raise ReviewError(str(exc)) from exc
        changes = _field_changes(
            verdict,
            {
                "rating": proposal.rating,
                "rationale": proposal.rationale,
                "evidence": proposal.evidence,
            },
        )
        note = f"{proposal.note} (proposed by {proposal.proposed_by.get_username()})"
        _revision(
            verdict=verdict,
            change=VerdictRevision.Change.CORRECTION,
            note=note,
            actor=approver,
            now=now,
        )
        changes["status"] = (verdict.status, VerdictStatus.CORRECTED)
        verdict.rating, verdict.rationale = proposal.rating, proposal.rationale
        verdict.evidence = proposal.evidence
        verdict.status = VerdictStatus.CORRECTED
        verdict.save(update_fields=["rating", "rationale", "evidence", "status", "updated_at"])
        audit_record(
            actor=approver,
            action="verdict.correct",
            target=verdict,
            changes=changes,
            note=note,
            at=now,
        )
        signals.verdict_published.send(sender=Verdict, verdict_id=verdict.pk, corrected=True)
    return verdict


def correction_reject(
    *, correction_id: int, actor: AbstractBaseUser, reason: str
) -> VerdictCorrection:
    """Rejects a proposed correction with a reason (required); the published text stays.
    Needs `claims.publish_verdict`. Writes the decision and an audit row on the verdict."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError("A rejection needs a reason.")
    _require_editor(actor)
    return _correction_close(
        correction_id=correction_id,
        actor=actor,
        to_status=CorrectionStatus.REJECTED,
        reason=reason,
        action="verdict.correction_reject",
    )


def correction_withdraw(
    *, correction_id: int, actor: AbstractBaseUser, reason: str = ""
) -> VerdictCorrection:
    """Withdraws a proposed correction: only its proposer may. Writes the decision and an
    audit row on the verdict."""
    proposal = VerdictCorrection.objects.get(pk=correction_id)
    if proposal.proposed_by_id != actor.pk:
        raise ReviewError("Only whoever proposed a correction can withdraw it (editors reject).")
    return _correction_close(
        correction_id=correction_id,
        actor=actor,
        to_status=CorrectionStatus.WITHDRAWN,
        reason=(reason or "").strip(),
        action="verdict.correction_withdraw",
    )


def _correction_close(
    *, correction_id: int, actor: AbstractBaseUser, to_status: str, reason: str, action: str
) -> VerdictCorrection:
    with transaction.atomic():
        proposal = VerdictCorrection.objects.select_related("verdict").get(pk=correction_id)
        if proposal.status != CorrectionStatus.PROPOSED:
            raise ReviewError(f"This correction is {proposal.status}, not awaiting approval.")
        now = timezone.now()
        _close_proposal(proposal=proposal, to_status=to_status, actor=actor, reason=reason, now=now)
        audit_record(
            actor=actor,
            action=action,
            target=proposal.verdict,
            changes={"correction": (proposal.pk, to_status)},
            note=reason,
            at=now,
        )
    return proposal


def open_correction(verdict: Verdict) -> VerdictCorrection | None:
    """The correction of `verdict` awaiting approval, if any."""
    return (
        VerdictCorrection.objects.select_related("proposed_by")
        .filter(verdict=verdict, status=CorrectionStatus.PROPOSED)
        .first()
    )


def verdict_retract(*, verdict_id: int, actor: AbstractBaseUser, reason: str) -> Verdict:
    """Retracts a published verdict (it no longer stands; the API stops serving it). The text
    as it was is kept as a VerdictRevision; the reason is required. Needs
    `claims.publish_verdict`. Writes the revision, the status, an audit row and a
    verdict.retracted webhook delivery per subscribed partner (sent on commit)."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError("A retraction needs a reason.")
    with transaction.atomic():
        verdict = Verdict.objects.select_for_update().get(pk=verdict_id)
        if verdict.status not in (VerdictStatus.PUBLISHED, VerdictStatus.CORRECTED):
            raise ReviewError("Only a published verdict can be retracted.")
        _require_editor(actor)
        now = timezone.now()
        _revision(
            verdict=verdict,
            change=VerdictRevision.Change.RETRACTION,
            note=reason,
            actor=actor,
            now=now,
        )
        VerdictCorrection.objects.filter(verdict=verdict, status=CorrectionStatus.PROPOSED).update(
            status=CorrectionStatus.REJECTED,
            decided_by=actor,
            decided_at=now,
            reason="The verdict was retracted.",
        )
        before = verdict.status
        verdict.status = VerdictStatus.RETRACTED
        verdict.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=actor,
            action="verdict.retract",
            target=verdict,
            changes={"status": (before, VerdictStatus.RETRACTED)},
            note=reason,
            at=now,
        )
        signals.verdict_retracted.send(sender=Verdict, verdict_id=verdict.pk)
    return verdict


# --- documents and events put right ----------------------------------------------------


@dataclass(frozen=True)
class DocumentMove:
    document: Document
    from_event_id: int | None
    claims_moved: int


def document_move(
    *, document_id: int, event_id: int, actor: AbstractBaseUser, note: str = ""
) -> DocumentMove:
    """Moves a document to another event, with its claims that were on its old event (or on
    none); claims a person placed on a third event stay there. Writes the document, the
    claims, and an audit row; on commit enqueues `factcheck.evaluate_event` for both events,
    so the old one's findings that rested on the moved claims are resolved and the new one's
    are found. Running it twice moves nothing the second time."""
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document_id)
        target = Event.objects.get(pk=event_id)
        old_event_id = document.event_id
        if old_event_id == target.pk:
            return DocumentMove(document=document, from_event_id=old_event_id, claims_moved=0)
        claims = Claim.objects.filter(document_id=document.pk).filter(
            models.Q(event_id=old_event_id) | models.Q(event__isnull=True)
        )
        moved = claims.update(event_id=target.pk)
        before = document.event
        Document.objects.filter(pk=document.pk).update(event_id=target.pk)
        document.event = target
        audit_record(
            actor=actor,
            action="document.move",
            target=document,
            changes={"event": (before, target)},
            note=note or f"{moved} claim{'s' if moved != 1 else ''} moved with it.",
        )
        _enqueue_evaluation([old_event_id, target.pk])
    return DocumentMove(document=document, from_event_id=old_event_id, claims_moved=moved)


@dataclass(frozen=True)
class EventMerge:
    target: Event
    documents: int
    claims: int
    findings: int


def event_merge(
    *, source_id: int, target_id: int, actor: AbstractBaseUser, note: str = ""
) -> EventMerge:
    """Merges the event `source_id` into `target_id` (two records of one incident): its
    documents (and documents proposed for it), claims, findings with their history, rule
    runs and digest subscriptions move to the target, then the source is deleted. Writes an
    audit row on the target naming the source; on commit enqueues `factcheck.evaluate_event`
    for the target, which resolves the moved findings no longer found and finds the merged
    event's own. Raises ReviewError when both are the same event."""
    from factcheck.models import PendingEvaluation, RuleRun

    if source_id == target_id:
        raise ReviewError("An event cannot be merged into itself.")
    with transaction.atomic():
        # Both rows locked, in id order (two merges at once cannot deadlock).
        events = {
            e.pk: e
            for e in Event.objects.select_for_update()
            .filter(pk__in=[source_id, target_id])
            .order_by("pk")
        }
        if len(events) != 2:
            raise ReviewError("Both events must exist.")
        source, target = events[source_id], events[target_id]
        documents = Document.objects.filter(event_id=source.pk).update(event_id=target.pk)
        Document.objects.filter(proposed_event_id=source.pk).update(proposed_event_id=target.pk)
        claims = Claim.objects.filter(event_id=source.pk).update(event_id=target.pk)
        findings = Finding.objects.filter(event_id=source.pk).update(event_id=target.pk)
        RuleRun.objects.filter(event_id=source.pk).update(event_id=target.pk)
        # Digest subscriptions to the source follow it (through the reverse relation: the
        # review layer does not import the digests).
        for subscription in source.subscriptions.all():
            subscription.events.add(target)
        PendingEvaluation.objects.filter(event_id=source.pk).delete()
        audit_record(
            actor=actor,
            action="event.merge",
            target=target,
            changes={"merged": (f"{source.key} (#{source.pk}): {source.title}", None)},
            note=note
            or f"{documents} documents, {claims} claims and {findings} findings moved here.",
        )
        audit_record(actor=actor, action="event.merged_away", target=source, note=target.key)
        source.delete()
        _enqueue_evaluation([target.pk])
    return EventMerge(target=target, documents=documents, claims=claims, findings=findings)
