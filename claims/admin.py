"""The record in the admin. Writes go through services (ingestion), never model saves of
their own; the full review workflow is factcheck's admin."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils.html import format_html

from claims.models import Claim, Document, Event, Source, Verdict
from claims.services import IngestError, document_clean, document_ingest


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "country", "side", "reliability", "provisional", "parent")
    list_filter = ("provisional", "kind", "reliability", "side")
    search_fields = ("name", "aliases")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("key", "title", "occurred_on", "place", "subject", "proposed", "evaluated_at")
    list_filter = ("proposed",)
    search_fields = ("key", "title", "place", "subject")


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


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
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
    )
    autocomplete_fields = ("event",)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = DocumentAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else ()

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
            super().save_model(request, obj, form, change)
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


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "claimant",
        "attribution",
        "kind",
        "value",
        "stated_at",
        "event",
        "short_text",
    )
    list_filter = ("kind", "attribution", "category", "cause", "polarity", "scope", "event")
    search_fields = ("text", "claimant__name", "group", "agent")
    list_select_related = ("claimant", "event", "document")
    autocomplete_fields = ("claimant", "event")
    raw_id_fields = ("document",)
    readonly_fields = ("fingerprint", "created_at", "corrected_at", "span_in_context")

    @admin.display(description="value")
    def value(self, claim: Claim) -> str:
        if claim.kind == Claim.Kind.CASUALTY:
            return f"{claim.category} {claim.group} {claim.interval_label}"
        return f"{claim.cause} {claim.polarity}"

    @admin.display(description="text")
    def short_text(self, claim: Claim) -> str:
        return claim.text[:90]

    @admin.display(description="in its document")
    def span_in_context(self, claim: Claim) -> str:
        source = claim.document.title if claim.span_in == "title" else claim.document.text
        before = source[max(0, claim.span_start - 300) : claim.span_start]
        after = source[claim.span_end : claim.span_end + 300]
        return format_html(
            '<div style="white-space:pre-wrap;max-width:60em">…{}<mark>{}</mark>{}…</div>',
            before,
            source[claim.span_start : claim.span_end],
            after,
        )


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin):
    list_display = ("claim", "rating", "status", "author", "reviewer", "published_at")
    list_filter = ("status", "rating")
    search_fields = ("rationale", "claim__text")
    list_select_related = ("claim__claimant", "author", "reviewer")
    raw_id_fields = ("claim",)
