"""What a partner may read, one selector per resource. Each checks the partner's scope itself,
so a view cannot forget it, and returns a queryset with its joins done and an annotation for
every public sort key (non-null, so cursor pages stay stable)."""

from __future__ import annotations

from datetime import date

from django.db.models import Case, DateField, Prefetch, QuerySet, Value, When
from django.db.models.functions import Coalesce

from claims.models import Claim, Document, Event, Source, Verdict
from factcheck.api.access import scope_require
from factcheck.models import SEVERITY_RANK, Finding
from partners.models import Partner, Scope

PUBLISHED_VERDICTS = (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED)


def partner_document_list(*, partner: Partner, with_text: bool = False) -> QuerySet[Document]:
    """All documents with `read`; with only `submit`, the documents this partner submitted."""
    scope_require(partner, Scope.READ, Scope.SUBMIT)
    documents = Document.objects.select_related("publisher", "event").annotate(
        published_order=Coalesce("published_at", "ingested_at")
    )
    if not with_text:
        documents = documents.defer("text")
    if not partner.has_scope(Scope.READ):
        documents = documents.filter(partner_submissions__partner=partner)
    return documents


def partner_claim_list(*, partner: Partner) -> QuerySet[Claim]:
    scope_require(partner, Scope.READ)
    return (
        Claim.objects.select_related("claimant", "event", "document")
        .defer("document__text")
        .annotate(stated_order=Coalesce("stated_at", "created_at"))
    )


def partner_event_list(*, partner: Partner) -> QuerySet[Event]:
    scope_require(partner, Scope.READ)
    return Event.objects.annotate(
        occurred_order=Coalesce("occurred_on", Value(date.min), output_field=DateField())
    )


def partner_source_list(*, partner: Partner) -> QuerySet[Source]:
    scope_require(partner, Scope.READ)
    return Source.objects.select_related("parent")


def partner_finding_list(*, partner: Partner) -> QuerySet[Finding]:
    scope_require(partner, Scope.READ_FINDINGS)
    claims = Claim.objects.select_related("claimant").order_by("id")
    return (
        Finding.objects.select_related("event")
        .prefetch_related(Prefetch("claims", queryset=claims))
        .annotate(
            severity_rank=Case(
                *(When(severity=name, then=Value(rank)) for name, rank in SEVERITY_RANK.items()),
                default=Value(0),
            )
        )
    )


def partner_verdict_list(*, partner: Partner) -> QuerySet[Verdict]:
    """Published and corrected verdicts only: drafts, verdicts in review and retracted ones
    never leave the desk."""
    scope_require(partner, Scope.READ)
    return (
        Verdict.objects.filter(status__in=PUBLISHED_VERDICTS)
        .select_related("claim__claimant", "claim__event", "claim__document")
        .defer("claim__document__text")
        .annotate(published_order=Coalesce("published_at", "updated_at"))
    )
