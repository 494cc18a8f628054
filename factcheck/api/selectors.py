"""What a partner may read, one selector per resource. Each checks the partner's scope itself,
so a view cannot forget it, and returns a queryset with its joins done. The public sort keys
that are not plain columns are expressions here (`*_SORT_KEYS`, non-null, so cursor pages stay
stable); the Ordering filter annotates the one a request sorts by, and only that one (an
unused annotation still costs its SQL compilation on every page)."""

from __future__ import annotations

from datetime import date

from django.db.models import (
    Case,
    DateField,
    F,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, Substr

from claims.models import CLAIM_VALUE_FIELDS, Claim, Document, Event, Source, Verdict
from factcheck.api.access import scope_require
from factcheck.models import SEVERITY_RANK, Finding
from partners.models import DocumentSubmission, Partner, Scope, Webhook

PUBLISHED_VERDICTS = (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED)

DOCUMENT_SORT_KEYS = {"published_order": Coalesce("published_at", "ingested_at")}
CLAIM_SORT_KEYS = {"stated_order": Coalesce("stated_at", "created_at")}
EVENT_SORT_KEYS = {
    "occurred_order": Coalesce("occurred_on", Value(date.min), output_field=DateField())
}
FINDING_SORT_KEYS = {
    "severity_rank": Case(
        *(When(severity=name, then=Value(rank)) for name, rank in SEVERITY_RANK.items()),
        default=Value(0),
    )
}
VERDICT_SORT_KEYS = {"published_order": Coalesce("published_at", "updated_at")}


def partner_document_list(*, partner: Partner, with_text: bool = False) -> QuerySet[Document]:
    """All documents with `read`; with only `submit`, the documents this partner submitted."""
    scope_require(partner, Scope.READ, Scope.SUBMIT)
    stored_by = DocumentSubmission.objects.filter(document=OuterRef("pk"), stored=True)
    documents = Document.objects.select_related("publisher", "event").annotate(
        submitted_by=Subquery(stored_by.values("partner__name")[:1])
    )
    if not with_text:
        documents = documents.defer("text")
    if not partner.has_scope(Scope.READ):
        documents = documents.filter(partner_submissions__partner=partner)
    return documents


# What ClaimOutput shows of a claim and its joined rows: nothing else is read (a page of 50
# claims would otherwise build and parse some 350 datetimes nobody sees).
CLAIM_OUTPUT_FIELDS = (
    "document",
    "event",
    "claimant",
    "claimant_anonymous",
    "relayed_by",
    "attribution",
    "kind",
    "text",
    "span_in",
    "span_start",
    "span_end",
    "stated_at",
    *CLAIM_VALUE_FIELDS,
    "claimant__id",
    "claimant__name",
    "claimant__kind",
    "relayed_by__id",
    "relayed_by__name",
    "event__id",
    "event__key",
    "document__id",
    "document__url",
)


def partner_claim_list(*, partner: Partner) -> QuerySet[Claim]:
    scope_require(partner, Scope.READ)
    return Claim.objects.select_related("claimant", "relayed_by", "event", "document").only(
        *CLAIM_OUTPUT_FIELDS
    )


def partner_event_list(*, partner: Partner) -> QuerySet[Event]:
    scope_require(partner, Scope.READ)
    return Event.objects.all()


def partner_source_list(*, partner: Partner) -> QuerySet[Source]:
    scope_require(partner, Scope.READ)
    return Source.objects.select_related("parent")


def partner_finding_list(*, partner: Partner) -> QuerySet[Finding]:
    scope_require(partner, Scope.READ_FINDINGS)
    claims = Claim.objects.select_related("claimant").order_by("id")
    return Finding.objects.select_related("event").prefetch_related(
        Prefetch("claims", queryset=claims)
    )


# Of a claim's document, the text around the claim (enough for its sentence) is read
# rather than the whole text, which may be megabytes: CLAIM_CONTEXT characters either side.
CLAIM_CONTEXT = 400


def verdict_public_list() -> QuerySet[Verdict]:
    """Published and corrected verdicts with claim, claimant, event and document joined, and
    the text around each claim (`claim_context`, starting at offset `claim_context_start`
    of the document's text): what the public page and ClaimReview show."""
    start = Greatest(F("claim__span_start") - CLAIM_CONTEXT, Value(0))
    return (
        Verdict.objects.filter(status__in=PUBLISHED_VERDICTS)
        .select_related("claim__claimant", "claim__event", "claim__document__publisher")
        .defer("claim__document__text")
        .annotate(
            claim_context_start=start,
            claim_context=Substr(
                "claim__document__text",
                start + 1,
                F("claim__span_end") - start + CLAIM_CONTEXT,
            ),
        )
    )


def partner_verdict_list(*, partner: Partner) -> QuerySet[Verdict]:
    """Published and corrected verdicts only: drafts, verdicts in review and retracted ones
    never leave the desk."""
    scope_require(partner, Scope.READ)
    return verdict_public_list()


def partner_webhook_list(*, partner: Partner) -> QuerySet[Webhook]:
    """The partner's own webhooks (any scope: they are its configuration, not the record)."""
    scope_require(partner, *Scope.values)
    return Webhook.objects.filter(partner=partner)
