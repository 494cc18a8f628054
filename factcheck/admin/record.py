"""The record in the admin: sources, events (with the timeline page), documents, claims (with
corrections), verdicts (two-person publishing, corrections and retractions with their
history) and the audit trail. Every write goes through a service: ingestion
(claims.services) or the review workflow (factcheck.review.services).

It lives on the engine side (moved from claims/admin.py): the record imports nothing from
factcheck/."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst

from claims.models import (
    AuditEntry,
    Claim,
    Document,
    DocumentProvenance,
    Event,
    Source,
    Verdict,
    VerdictCorrection,
    VerdictRevision,
)
from claims.services import IngestError, document_clean, document_ingest
from factcheck.admin.desk import claim_value, csv_response, rule_label
from factcheck.models import Finding
from factcheck.review import charts, exports, selectors
from factcheck.review.services import (
    CORRECTABLE_FIELDS,
    PUBLISH_PERMISSION,
    ReviewError,
    claim_add,
    claim_correct,
    correction_approve,
    correction_propose,
    correction_reject,
    correction_withdraw,
    document_move,
    event_merge,
    open_correction,
    record_create,
    record_update,
    verdict_create,
    verdict_publish,
    verdict_retract,
    verdict_return,
    verdict_submit,
    verdict_update,
)


class ChooseEventForm(forms.Form):
    event = forms.ModelChoiceField(
        queryset=Event.objects.order_by("key").only("id", "key", "title"),
        help_text="The event to move to.",
    )
    note = forms.CharField(required=False, help_text="Why (kept in the audit trail).")


def choose_event_page(
    model_admin: admin.ModelAdmin,
    request: HttpRequest,
    *,
    form: forms.Form,
    action: str,
    title: str,
    explanation: str,
    button: str,
    items,
) -> TemplateResponse:
    """The intermediate page of an action that needs an event chosen."""
    return TemplateResponse(
        request,
        "admin/factcheck/choose_event.html",
        {
            **model_admin.admin_site.each_context(request),
            "title": title,
            "opts": model_admin.opts,
            "form": form,
            "items": items,
            "explanation": explanation,
            "button": button,
            "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
            "action": action,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        },
    )


def _with_rule_label(finding: Finding) -> Finding:
    finding.rule_label = rule_label(finding.rule)
    return finding


def _url_name(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    return (match.url_name or "") if match else ""


class AuditedAdmin(admin.ModelAdmin):
    """Saves through record_create/record_update: the changed fields with an audit row."""

    audit_name = ""

    def save_model(self, request, obj, form, change):
        if change:
            values = {name: form.cleaned_data[name] for name in form.changed_data}
            record_update(
                obj=obj, actor=request.user, values=values, action=f"{self.audit_name}.edit"
            )
        else:
            record_create(obj=obj, actor=request.user, action=f"{self.audit_name}.add")

    def has_delete_permission(self, request, obj=None):
        # The record is kept: a wrong entry is corrected, with its audit trail.
        return False


@admin.register(Source)
class SourceAdmin(AuditedAdmin):
    audit_name = "source"
    list_display = ("name", "kind", "country", "side", "reliability", "provisional", "parent")
    list_filter = ("provisional", "kind", "reliability", "side")
    search_fields = ("name", "aliases")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)


@admin.register(Event)
class EventAdmin(AuditedAdmin):
    audit_name = "event"
    list_display = (
        "key",
        "title",
        "occurred_on",
        "place",
        "subject",
        "findings_open",
        "findings_all",
        "proposed",
        "evaluated_at",
    )
    list_filter = ("proposed",)
    search_fields = ("key", "title", "place", "subject")
    readonly_fields = ("evaluated_at",)
    change_form_template = "admin/claims/event/change_form.html"
    actions = ("merge_into",)

    @admin.action(description="Merge into another event…", permissions=("change",))
    def merge_into(self, request: HttpRequest, queryset):
        form = ChooseEventForm(request.POST if "apply" in request.POST else None)
        form.fields["event"].help_text = "The event that stays; the selected ones merge into it."
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["event"]
            merged = []
            for source_id in queryset.exclude(pk=target.pk).values_list("pk", flat=True):
                try:
                    event_merge(
                        source_id=source_id,
                        target_id=target.pk,
                        actor=request.user,
                        note=form.cleaned_data["note"],
                    )
                except ReviewError as exc:
                    self.message_user(request, str(exc), messages.ERROR)
                else:
                    merged.append(source_id)
            self.message_user(
                request,
                f"{len(merged)} event{'s' if len(merged) != 1 else ''} merged into "
                f"{target.key}; it is evaluated again.",
            )
            return None
        return choose_event_page(
            self,
            request,
            form=form,
            action="merge_into",
            title="Merge events",
            explanation="Their documents, claims, findings (with their history) and digest "
            "subscriptions move to the event chosen below; then they are deleted.",
            button="Merge",
            items=[f"{event.key}: {event.title}" for event in queryset[:200]],
        )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if not _url_name(request).endswith("changelist"):
            return qs
        counts = (
            Finding.objects.filter(event_id=OuterRef("pk"))
            .values("event_id")
            .annotate(
                open=Count(
                    "pk",
                    filter=Q(status__in=[Finding.Status.OPEN, Finding.Status.ACKNOWLEDGED]),
                ),
                all=Count("pk"),
            )
        )
        return qs.defer("description").annotate(
            n_open=Subquery(counts.values("open")[:1], output_field=IntegerField()),
            n_all=Subquery(counts.values("all")[:1], output_field=IntegerField()),
        )

    def _findings_link(self, event: Event, count: int | None, query: str) -> str:
        url = reverse("admin:factcheck_finding_changelist") + f"?event__id__exact={event.pk}"
        return format_html('<a href="{}{}">{}</a>', url, query, count or 0)

    @admin.display(description="open findings", ordering="n_open")
    def findings_open(self, event: Event) -> str:
        return self._findings_link(event, getattr(event, "n_open", None), "&active=1")

    @admin.display(description="all findings", ordering="n_all")
    def findings_all(self, event: Event) -> str:
        return self._findings_link(event, getattr(event, "n_all", None), "")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        event = self.get_object(request, object_id)
        if event is not None:
            extra_context.update(
                timeline_svg=charts.timeline_svg(selectors.event_timeline(event_id=event.pk)),
                cause_sides=selectors.event_cause_sides(event_id=event.pk),
                open_findings=[
                    _with_rule_label(finding)
                    for finding in selectors.event_open_findings(event_id=event.pk)[:100]
                ],
                findings_url=reverse("admin:factcheck_finding_changelist")
                + f"?event__id__exact={event.pk}",
            )
        return super().change_view(request, object_id, form_url, extra_context)


class DocumentAddForm(forms.ModelForm):
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https")
    event_key = forms.CharField(required=False, help_text="Event key (created if new)")
    publisher_name = forms.CharField(required=False, label="Publisher")
    published_at = forms.CharField(
        required=False, help_text="ISO date or datetime, e.g. 2026-03-13T09:30Z"
    )

    class Meta:
        model = Document
        fields = ("url", "title", "text", "language")

    def clean(self):
        data = super().clean()
        try:
            document_clean(
                text=data.get("text"),
                url=data.get("url"),
                published_at=data.get("published_at"),
                title=data.get("title"),
                language=data.get("language"),
            )
        except IngestError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return data


class DocumentProvenanceInline(admin.StackedInline):
    """Where a fetched or saved page came from (read only: written by ingest)."""

    model = DocumentProvenance
    can_delete = False
    extra = 0
    max_num = 0
    readonly_fields = (
        "fetched_url",
        "final_url",
        "fetched_at",
        "http_status",
        "extractor",
        "author",
        "updated_at",
        "json_ld",
    )


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    inlines = (DocumentProvenanceInline,)
    list_display = ("__str__", "publisher", "published_at", "event", "state", "ingested_at")
    list_filter = ("state", "language", "event")
    search_fields = ("title", "url", "publisher__name")
    list_select_related = ("publisher", "event")
    date_hierarchy = "published_at"
    readonly_fields = (
        "publisher",
        "url",
        "title",
        "text",
        "published_at",
        "language",
        "content_hash",
        "previous_version",
        "proposed_event",
        "state",
        "state_reason",
        "ingested_at",
        "extracted_at",
        "submitted_by",
    )
    autocomplete_fields = ("event",)
    actions = ("move_to_event",)

    @admin.action(description="Move to another event (with its claims)…", permissions=("change",))
    def move_to_event(self, request: HttpRequest, queryset):
        form = ChooseEventForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["event"]
            claims = 0
            ids = list(queryset.values_list("pk", flat=True))
            for document_id in ids:
                claims += document_move(
                    document_id=document_id,
                    event_id=target.pk,
                    actor=request.user,
                    note=form.cleaned_data["note"],
                ).claims_moved
            self.message_user(
                request,
                f"{len(ids)} document{'s' if len(ids) != 1 else ''} and {claims} "
                f"claim{'s' if claims != 1 else ''} moved to {target.key}; both events are "
                "evaluated again.",
            )
            return None
        return choose_event_page(
            self,
            request,
            form=form,
            action="move_to_event",
            title="Move documents to another event",
            explanation="Each document moves with its claims on its current event; the "
            "events it leaves and joins are evaluated again.",
            button="Move",
            items=[str(document) for document in queryset.defer("text")[:200]],
        )

    @admin.display(description="submitted by")
    def submitted_by(self, document: Document) -> str:
        """Provenance: the partner whose API submission stored this document, else the desk."""
        stored = document.partner_submissions.filter(stored=True).select_related("partner")
        submission = stored.first()
        return submission.partner.name if submission else "the desk (command line or admin)"

    def get_queryset(self, request):
        # The changelist never shows the text: don't fetch megabytes of it.
        qs = super().get_queryset(request)
        return qs if _url_name(request).endswith("_change") else qs.defer("text")

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = DocumentAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else ()

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else ()

    def get_fields(self, request, obj=None):
        if obj is None:
            return (
                "url",
                "publisher_name",
                "title",
                "published_at",
                "language",
                "event_key",
                "text",
            )
        return ("event", *self.readonly_fields)

    def save_model(self, request, obj, form, change):
        if change:
            values = {name: form.cleaned_data[name] for name in form.changed_data}
            record_update(obj=obj, actor=request.user, values=values, action="document.edit")
            return
        data = form.cleaned_data
        result = document_ingest(
            text=data["text"],
            title=data.get("title", ""),
            url=data.get("url", ""),
            publisher=data.get("publisher_name", ""),
            published_at=data.get("published_at"),
            language=data.get("language"),
            event_key=data.get("event_key") or None,
        )
        # The admin redirects to the stored (or already present) document.
        obj.pk = result.document.pk
        obj._state.adding = False
        if result.status == "duplicate":
            self.message_user(request, "This document was already stored: nothing was added.")

    def has_delete_permission(self, request, obj=None):
        return False


def audit_trail_html(obj) -> str:
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                f"{entry.at:%Y-%m-%d %H:%M:%S}",
                entry.actor.get_username(),
                entry.action,
                "; ".join(
                    f"{name}: {_short(before)} → {_short(after)}"
                    for name, (before, after) in entry.changes.items()
                ),
                entry.note,
            )
            for entry in selectors.audit_trail(obj=obj)
        ),
    )
    if not rows:
        return "No change by a person yet."
    return format_html(
        '<table class="audit-trail"><thead><tr><th>when</th><th>who</th><th>what</th>'
        "<th>changes</th><th>note</th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )


def _short(value) -> str:
    if isinstance(value, dict) and "repr" in value:
        value = value["repr"]
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 120 else text[:117] + "..."


class ClaimForm(forms.ModelForm):
    correction_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        help_text="What was wrong in the extraction (kept in the audit trail).",
    )

    class Meta:
        model = Claim
        fields = ("document", *CORRECTABLE_FIELDS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "text" in self.fields:
            self.fields["text"].required = False
            self.fields["text"].help_text = "Left empty: the span's text in the document."

    def clean(self):
        data = super().clean()
        document = data.get("document") or getattr(self.instance, "document", None)
        start, end = data.get("span_start"), data.get("span_end")
        if document is not None and start is not None and end is not None:
            source = document.title if data.get("span_in") == Claim.SpanIn.TITLE else document.text
            if not 0 <= start < end <= len(source):
                self.add_error("span_end", f"The span must lie inside 0–{len(source)}.")
            elif not data.get("text"):
                data["text"] = source[start:end]
        return data


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimForm
    list_display = (
        "id",
        "claimant",
        "attribution",
        "kind",
        "value",
        "stated_at",
        "event",
        "publisher",
        "short_text",
    )
    list_filter = ("kind", "attribution", "category", "cause", "polarity", "scope", "event")
    # Text, claimant (name or alias) and publisher, in one search box.
    search_fields = (
        "text",
        "claimant__name",
        "claimant__aliases",
        "document__publisher__name",
        "document__title",
        "group",
        "agent",
    )
    search_help_text = "Words of the claim, its claimant or its publisher."
    list_select_related = ("claimant", "event", "document__publisher")
    actions = ("export_csv",)
    autocomplete_fields = ("claimant", "event")
    raw_id_fields = ("document",)
    readonly_fields = (
        "relayed_by",
        "span_in_context",
        "extracted",
        "fingerprint",
        "created_at",
        "corrected_at",
        "findings_list",
        "verdicts_list",
        "audit",
    )

    def get_fieldsets(self, request, obj=None):
        values = (
            (
                "Casualty count",
                {
                    "fields": (
                        "category",
                        "group",
                        ("count_min", "count_max"),
                        "count_total",
                        "qualifier",
                        "scope",
                    )
                },
            ),
            ("Cause", {"fields": ("cause", "polarity", "agent", "hedge")}),
        )
        if obj is None:
            return (
                (
                    None,
                    {
                        "fields": (
                            "document",
                            "event",
                            "claimant",
                            "claimant_anonymous",
                            "attribution",
                            "kind",
                            "span_in",
                            ("span_start", "span_end"),
                            "text",
                            "stated_at",
                        )
                    },
                ),
                *values,
                (None, {"fields": ("correction_note",)}),
            )
        return (
            ("In its document", {"fields": ("span_in_context",)}),
            (
                None,
                {
                    "fields": (
                        "event",
                        "claimant",
                        "claimant_anonymous",
                        "relayed_by",
                        "attribution",
                        "kind",
                        "stated_at",
                    )
                },
            ),
            *values,
            (
                "Span",
                {
                    "classes": ("collapse",),
                    "fields": ("span_in", ("span_start", "span_end"), "text"),
                },
            ),
            ("Verdicts", {"fields": ("verdicts_list",)}),
            ("Correct", {"fields": ("correction_note",)}),
            (
                "Findings and history",
                {
                    "fields": (
                        "findings_list",
                        "audit",
                        "extracted",
                        "corrected_at",
                        "created_at",
                        "fingerprint",
                    )
                },
            ),
        )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if _url_name(request).endswith("changelist"):
            return qs.defer("document__text", "claimant__aliases", "event__description")
        return qs.select_related("document")

    @admin.action(description="Export the selected claims as CSV", permissions=("view",))
    def export_csv(self, request: HttpRequest, queryset):
        return csv_response(
            "claims.csv",
            exports.csv_lines(exports.CLAIM_COLUMNS, exports.claim_rows(queryset)),
        )

    @admin.display(description="publisher", ordering="document__publisher__name")
    def publisher(self, claim: Claim) -> str:
        return str(claim.document.publisher or "")

    @admin.display(description="value")
    def value(self, claim: Claim) -> str:
        return claim_value(claim)

    @admin.display(description="text")
    def short_text(self, claim: Claim) -> str:
        return claim.text[:90]

    @admin.display(description="document")
    def span_in_context(self, claim: Claim) -> str:
        document = claim.document
        source = document.title if claim.span_in == Claim.SpanIn.TITLE else document.text
        return format_html(
            '<p><a href="{}">{}</a> · {} · published {} '
            '<a class="button" id="write-verdict" href="{}?claim={}">Write a verdict</a></p>'
            '<div class="claim-document" id="claim-document" style="white-space:pre-wrap;'
            "max-width:60em;max-height:28em;overflow:auto;border:1px solid #ddd;padding:.5em;"
            'position:relative">{}<mark id="claim-span">{}</mark>{}</div>'
            # The box opens with the claim in view, a few lines below its top.
            "<script>(function(){{var b=document.getElementById('claim-document'),"
            "m=document.getElementById('claim-span');if(b&&m){{"
            "b.scrollTop=Math.max(0,m.offsetTop-b.clientHeight/3);}}}})();</script>",
            reverse("admin:claims_document_change", args=[document.pk]),
            document,
            document.publisher or "unknown publisher",
            f"{document.published_at:%Y-%m-%d %H:%M}" if document.published_at else "undated",
            reverse("admin:claims_verdict_add"),
            claim.pk,
            source[: claim.span_start],
            source[claim.span_start : claim.span_end],
            source[claim.span_end :],
        )

    @admin.display(description="findings")
    def findings_list(self, claim: Claim) -> str:
        findings = claim.findings.order_by("-created_at")[:50]
        return (
            format_html_join(
                "",
                '<div><a href="{}">#{} [{}] {}</a> ({})</div>',
                (
                    (
                        reverse("admin:factcheck_finding_change", args=[f.pk]),
                        f.pk,
                        f.rule,
                        f.message[:120],
                        f.status,
                    )
                    for f in findings
                ),
            )
            or "none"
        )

    @admin.display(description="verdicts")
    def verdicts_list(self, claim: Claim) -> str:
        verdicts = format_html_join(
            "",
            '<div><a href="{}">#{} {}</a> ({}, by {})</div>',
            (
                (
                    reverse("admin:claims_verdict_change", args=[v.pk]),
                    v.pk,
                    capfirst(v.get_rating_display()),
                    v.get_status_display(),
                    v.author.get_username(),
                )
                for v in claim.verdicts.select_related("author").order_by("-updated_at")
            ),
        )
        return verdicts or "none yet (“Write a verdict” is above the document)"

    @admin.display(description="audit trail")
    def audit(self, claim: Claim) -> str:
        return audit_trail_html(claim)

    def save_model(self, request, obj, form, change):
        note = form.cleaned_data.get("correction_note", "")
        values = {
            name: form.cleaned_data[name]
            for name in CORRECTABLE_FIELDS
            if name in form.cleaned_data
        }
        try:
            if change:
                changed = {name: values[name] for name in form.changed_data if name in values}
                saved = claim_correct(
                    claim_id=obj.pk, actor=request.user, values=changed, note=note
                )
            else:
                saved = claim_add(
                    actor=request.user,
                    values={**values, "document": form.cleaned_data["document"]},
                    note=note,
                )
                obj.pk = saved.pk
                obj._state.adding = False
        except ReviewError as exc:
            self.message_user(request, f"Not saved: {exc}", messages.ERROR)

    def has_delete_permission(self, request, obj=None):
        return False


class EvidenceField(forms.CharField):
    """Evidence links, one per line, as a list."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 80})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        from django.core.validators import URLValidator

        links = [line.strip() for line in (value or "").splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            validate(link)
        return links


class VerdictForm(forms.ModelForm):
    evidence = EvidenceField(required=False, help_text="Links to the evidence, one per line.")
    correction_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        help_text="For a published verdict: what this correction changes (required; shown "
        "with the earlier text in its history). Saving proposes the correction: the published "
        "text stays until an editor other than you approves it.",
    )

    class Meta:
        model = Verdict
        fields = ("claim", "rating", "rationale", "evidence")

    def clean(self):
        data = super().clean()
        published = (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED)
        correcting = self.instance.pk and self.instance.status in published
        if correcting and self.has_changed() and not data.get("correction_note", "").strip():
            self.add_error("correction_note", "A correction needs a note saying what changed.")
        return data


class AwaitingFilter(admin.SimpleListFilter):
    """ "Awaiting my review": in review and written by someone else (an editor publishes it).
    For editors, "my approval of a correction": a correction proposed by someone else awaits
    approval."""

    title = "awaiting"
    parameter_name = "awaiting"

    def lookups(self, request, model_admin):
        choices = [("me", "my review"), ("anyone", "anyone's review")]
        if request.user.has_perm(PUBLISH_PERMISSION):
            choices.append(("my-approval", "my approval of a correction"))
        choices.append(("approval", "approval of a correction"))
        return choices

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(status=Verdict.Status.IN_REVIEW).exclude(
                author_id=request.user.pk
            )
        if self.value() == "anyone":
            return queryset.filter(status=Verdict.Status.IN_REVIEW)
        if self.value() in ("my-approval", "approval"):
            proposals = VerdictCorrection.objects.filter(
                verdict=OuterRef("pk"), status=VerdictCorrection.Status.PROPOSED
            )
            if self.value() == "my-approval":
                proposals = proposals.exclude(proposed_by_id=request.user.pk)
            return queryset.filter(Exists(proposals))
        return queryset


class VerdictRevisionInline(admin.TabularInline):
    model = VerdictRevision
    extra = 0
    can_delete = False
    fields = (
        "changed_at",
        "change",
        "changed_by",
        "status",
        "rating",
        "rationale",
        "evidence",
        "published_at",
        "note",
    )
    readonly_fields = fields
    verbose_name_plural = "earlier text (corrections and retractions)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin):
    form = VerdictForm
    list_display = (
        "id",
        "claim",
        "rating_label",
        "status_label",
        "author",
        "reviewer",
        "published_at",
        "updated_at",
        "correction_label",
    )
    list_filter = (AwaitingFilter, "status", "rating")
    search_fields = ("rationale", "claim__text", "claim__claimant__name")
    list_select_related = ("claim__claimant", "author", "reviewer")
    raw_id_fields = ("claim",)
    inlines = (VerdictRevisionInline,)
    change_form_template = "admin/claims/verdict/change_form.html"

    def get_queryset(self, request):
        proposals = VerdictCorrection.objects.filter(
            verdict=OuterRef("pk"), status=VerdictCorrection.Status.PROPOSED
        )
        return (
            super()
            .get_queryset(request)
            .defer("claim__claimant__aliases")
            .annotate(correction_open=Exists(proposals))
        )

    @admin.display(description="correction")
    def correction_label(self, verdict: Verdict) -> str:
        return "awaiting approval" if getattr(verdict, "correction_open", False) else ""

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else ()

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("claim", "rating", "rationale", "evidence")
        fields = [
            "claim_link",
            "status",
            "author",
            "reviewer",
            "published_at",
            "rating",
            "rationale",
            "evidence",
        ]
        if self._correcting(request, obj):
            fields.append("correction_note")
        return [*fields, "correction_history", "audit"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        readonly = [
            "claim_link",
            "status",
            "author",
            "reviewer",
            "published_at",
            "correction_history",
            "audit",
        ]
        editable = obj.status in (Verdict.Status.DRAFT, Verdict.Status.IN_REVIEW) or (
            self._correcting(request, obj)
        )
        if not editable:
            readonly += ["rating", "rationale", "evidence"]
        return readonly

    @admin.display(description="rating", ordering="rating")
    def rating_label(self, verdict: Verdict) -> str:
        return capfirst(verdict.get_rating_display())

    @admin.display(description="status", ordering="status")
    def status_label(self, verdict: Verdict) -> str:
        return capfirst(verdict.get_status_display())

    def _correcting(self, request, obj) -> bool:
        """A published verdict with no correction awaiting approval: whoever may change
        verdicts (a reviewer or an editor) proposes one by editing its text."""
        if obj.status not in (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED):
            return False
        if not self.has_change_permission(request, obj):
            return False
        cache = request.__dict__.setdefault("_open_corrections", {})
        if obj.pk not in cache:
            cache[obj.pk] = open_correction(obj)
        return cache[obj.pk] is None

    @admin.display(description="corrections")
    def correction_history(self, verdict: Verdict) -> str:
        proposals = VerdictCorrection.objects.filter(verdict=verdict).select_related(
            "proposed_by", "decided_by"
        )
        if not proposals:
            return "None proposed."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>#{} proposed by {} at {:%Y-%m-%d %H:%M}: “{}”; {}: {}{}</li>",
                (
                    (
                        p.pk,
                        p.proposed_by,
                        p.proposed_at,
                        p.note,
                        capfirst(p.get_rating_display()),
                        p.rationale[:200],
                        format_html(
                            " — {} by {} at {:%Y-%m-%d %H:%M}{}",
                            p.get_status_display(),
                            p.decided_by,
                            p.decided_at,
                            format_html(": {}", p.reason) if p.reason else "",
                        )
                        if p.decided_by_id
                        else " — awaiting approval",
                    )
                    for p in proposals
                ),
            ),
        )

    @admin.display(description="claim")
    def claim_link(self, verdict: Verdict) -> str:
        claim = verdict.claim
        return format_html(
            '<a href="{}">#{}</a> {}: “{}”',
            reverse("admin:claims_claim_change", args=[claim.pk]),
            claim.pk,
            claim.claimant,
            claim.text,
        )

    @admin.display(description="audit trail")
    def audit(self, verdict: Verdict) -> str:
        return audit_trail_html(verdict)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        try:
            if not change:
                saved = verdict_create(
                    claim=data["claim"],
                    author=request.user,
                    rating=data["rating"],
                    rationale=data["rationale"],
                    evidence=data.get("evidence") or [],
                )
                obj.pk = saved.pk
                obj._state.adding = False
                return
            if not form.has_changed():
                return
            current = Verdict.objects.get(pk=obj.pk)
            text = {
                "rating": data.get("rating", current.rating),
                "rationale": data.get("rationale", current.rationale),
                "evidence": data.get("evidence", current.evidence),
            }
            if current.status in (Verdict.Status.DRAFT, Verdict.Status.IN_REVIEW):
                verdict_update(verdict_id=obj.pk, actor=request.user, **text)
            else:
                correction_propose(
                    verdict_id=obj.pk,
                    actor=request.user,
                    note=data.get("correction_note", ""),
                    **text,
                )
                self.message_user(
                    request,
                    "Correction proposed: the published text stays until an editor other than "
                    "you approves it.",
                )
                request._verdict_saved_message = True
        except ReviewError as exc:
            self.message_user(request, f"Not saved: {exc}", messages.ERROR)
            request._verdict_saved_message = True

    def response_change(self, request, obj):
        if getattr(request, "_verdict_saved_message", False):
            # save_model said what happened (proposed, or refused): not "changed successfully".
            return HttpResponseRedirect(reverse("admin:claims_verdict_change", args=[obj.pk]))
        return super().response_change(request, obj)

    def has_delete_permission(self, request, obj=None):
        # Published verdicts are retracted, never deleted; drafts too stay in the trail.
        return False

    # --- the workflow steps ------------------------------------------------------------

    def get_urls(self):
        return [
            path(
                "<int:verdict_id>/step/",
                self.admin_site.admin_view(self.step_view),
                name="claims_verdict_step",
            ),
            *super().get_urls(),
        ]

    def step_view(self, request: HttpRequest, verdict_id: int):
        verdict = get_object_or_404(Verdict, pk=verdict_id)
        if request.method != "POST" or not self.has_change_permission(request, verdict):
            raise PermissionDenied
        step = request.POST.get("step", "")
        note = request.POST.get("note", "")
        user = request.user
        steps = {
            "submit": lambda: verdict_submit(verdict_id=verdict.pk, actor=user),
            "return": lambda: verdict_return(verdict_id=verdict.pk, actor=user, note=note),
            "publish": lambda: verdict_publish(verdict_id=verdict.pk, publisher=user),
            "retract": lambda: verdict_retract(verdict_id=verdict.pk, actor=user, reason=note),
        }
        if step.endswith("_correction"):
            return self._correction_step(request, verdict, step, note)
        if step not in steps:
            raise PermissionDenied
        try:
            done = steps[step]()
        except ReviewError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            message = f"Verdict {verdict.pk} is now {done.get_status_display()}."
            if step == "publish":
                still_open = selectors.open_findings_of_claim(claim_id=verdict.claim_id).count()
                if still_open:
                    message += (
                        f" {still_open} open finding{'s' if still_open != 1 else ''} rest"
                        f"{'s' if still_open == 1 else ''} on its claim: resolve below."
                    )
            self.message_user(request, message)
        return HttpResponseRedirect(reverse("admin:claims_verdict_change", args=[verdict.pk]))

    def _correction_step(self, request: HttpRequest, verdict: Verdict, step: str, note: str):
        """Approves, rejects or withdraws the correction posted (by its id: the one the
        person saw, not whichever is open now)."""
        correction_id = request.POST.get("correction", "")
        proposal = VerdictCorrection.objects.filter(
            pk=int(correction_id) if correction_id.isdigit() else 0, verdict=verdict
        ).first()
        if proposal is None:
            raise PermissionDenied
        user = request.user
        steps = {
            "approve_correction": (
                lambda: correction_approve(correction_id=proposal.pk, approver=user),
                f"Correction approved: verdict {verdict.pk} now shows the corrected text.",
            ),
            "reject_correction": (
                lambda: correction_reject(correction_id=proposal.pk, actor=user, reason=note),
                "Correction rejected: the published text stands.",
            ),
            "withdraw_correction": (
                lambda: correction_withdraw(correction_id=proposal.pk, actor=user, reason=note),
                "Correction withdrawn: the published text stands.",
            ),
        }
        if step not in steps:
            raise PermissionDenied
        run, message = steps[step]
        try:
            run()
        except ReviewError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            self.message_user(request, message)
        return HttpResponseRedirect(reverse("admin:claims_verdict_change", args=[verdict.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        verdict = self.get_object(request, object_id)
        if verdict is not None:
            user = request.user
            can_publish = user.has_perm(PUBLISH_PERMISSION) and verdict.author_id != user.pk
            extra_context.update(
                can_submit=verdict.status == Verdict.Status.DRAFT,
                can_return=verdict.status == Verdict.Status.IN_REVIEW,
                can_publish=can_publish and verdict.status == Verdict.Status.IN_REVIEW,
                publish_blocked_reason=(
                    ""
                    if can_publish
                    else "You wrote this verdict: a second person publishes it."
                    if verdict.author_id == user.pk
                    else "Publishing is for editors."
                ),
                can_retract=user.has_perm(PUBLISH_PERMISSION)
                and verdict.status in (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED),
            )
            if verdict.status in (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED):
                # Publishing offers to resolve the findings the verdict answers.
                extra_context["findings_to_resolve"] = list(
                    selectors.open_findings_of_claim(claim_id=verdict.claim_id)
                )
            proposal = open_correction(verdict)
            if proposal is not None:
                editor = user.has_perm(PUBLISH_PERMISSION)
                mine = proposal.proposed_by_id == user.pk
                extra_context.update(
                    open_correction=proposal,
                    can_approve_correction=editor and not mine,
                    can_reject_correction=editor,
                    can_withdraw_correction=mine,
                    approve_blocked_reason=(
                        "You proposed this correction: an editor other than you approves it."
                        if mine
                        else ""
                        if editor
                        else "Corrections are approved by editors."
                    ),
                )
            if verdict.status == Verdict.Status.RETRACTED or (
                verdict.status in (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED)
                and not self._correcting(request, verdict)
            ):
                extra_context.update(
                    show_save=False, show_save_and_continue=False, show_save_and_add_another=False
                )
        return super().change_view(request, object_id, form_url, extra_context)


PROJECT_APPS = ("claims", "factcheck", "digests", "partners")


class RecordKindFilter(admin.SimpleListFilter):
    """The kinds of record the desk changes (the project's own models, not Django's)."""

    title = "kind of record"
    parameter_name = "content_type"

    def lookups(self, request, model_admin):
        kinds = ContentType.objects.filter(app_label__in=PROJECT_APPS).order_by(
            "app_label", "model"
        )
        return [(str(kind.pk), capfirst(kind.name)) for kind in kinds]

    def queryset(self, request, queryset):
        value = self.value()
        return (
            queryset.filter(content_type_id=int(value)) if value and value.isdigit() else queryset
        )


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit trail: every change a person made, newest first; read-only."""

    list_display = ("at", "actor", "action", "target", "changes_summary", "note")
    list_filter = ("action", RecordKindFilter)
    search_fields = ("object_repr", "note", "actor__username")
    list_select_related = ("actor", "content_type")
    date_hierarchy = "at"
    show_full_result_count = False

    @admin.display(description="record")
    def target(self, entry: AuditEntry) -> str:
        content_type = ContentType.objects.get_for_id(entry.content_type_id)
        try:
            url = reverse(
                f"admin:{content_type.app_label}_{content_type.model}_change",
                args=[entry.object_id],
            )
        except NoReverseMatch:
            return entry.object_repr
        return format_html(
            '<a href="{}">{} #{}</a>: {}',
            url,
            content_type.model,
            entry.object_id,
            entry.object_repr,
        )

    @admin.display(description="changes")
    def changes_summary(self, entry: AuditEntry) -> str:
        return "; ".join(
            f"{name}: {_short(before)} → {_short(after)}"
            for name, (before, after) in entry.changes.items()
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
