"""Subscriptions in the admin (writes through the services, a preview of the next digest) and
the record of deliveries (read-only)."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html

from factcheck.digests import services, tokens
from factcheck.digests.models import Delivery, Subscription
from factcheck.digests.periods import period_current
from factcheck.digests.rendering import digest_render
from factcheck.digests.selectors import changes_between, digest_build, subscription_list


def subscription_preview(subscription: Subscription):
    """The digest of the period in progress, so far, as it would be rendered."""
    period = period_current(frequency=subscription.frequency)
    digest = digest_build(
        subscription=subscription,
        start=period.start,
        end=period.end,
        changes=changes_between(start=period.start, end=period.end, cached=False),
    )
    rendered = digest_render(
        digest,
        period_title=period.title,
        unsubscribe_url=tokens.unsubscribe_url(subscription_id=subscription.pk),
    )
    return period, digest, rendered


def _rule_choices() -> list[tuple[str, str]]:
    from factcheck.rules.registry import rules_all

    return [(name, name.replace("_", " ").capitalize()) for name in sorted(rules_all())]


class SubscriptionForm(forms.ModelForm):
    """The rules as boxes to tick (none ticked: every rule), not a JSON text box."""

    rules = forms.TypedMultipleChoiceField(
        choices=_rule_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: findings of every rule.",
    )

    class Meta:
        model = Subscription
        fields = (
            "email",
            "frequency",
            "events",
            "rules",
            "min_severity",
            "published_verdicts_only",
            "partner",
        )

    def clean_rules(self) -> list[str]:
        return sorted(self.cleaned_data.get("rules") or [])


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    form = SubscriptionForm
    list_display = (
        "email",
        "frequency",
        "status",
        "min_severity",
        "published_verdicts_only",
        "partner",
        "confirmed_at",
    )
    list_filter = ("status", "frequency", "min_severity", "published_verdicts_only")
    search_fields = ("email",)
    list_select_related = ("partner",)
    autocomplete_fields = ("events",)
    raw_id_fields = ("partner",)
    fields = (
        "email",
        "frequency",
        "events",
        "rules",
        "min_severity",
        "published_verdicts_only",
        "partner",
        "status",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
        "next_digest",
    )
    readonly_fields = (
        "status",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
        "next_digest",
    )
    actions = ("resend_confirmation", "unsubscribe")

    def get_queryset(self, request: HttpRequest):
        return subscription_list()

    def get_readonly_fields(self, request: HttpRequest, obj: Subscription | None = None):
        # The partner is who made it through the API; the desk does not move it.
        return (*self.readonly_fields, "partner") if obj else self.readonly_fields

    def save_model(self, request, obj: Subscription, form, change: bool) -> None:
        data = form.cleaned_data
        filters = {
            "frequency": data["frequency"],
            "rules": data.get("rules") or [],
            "min_severity": data["min_severity"],
            "published_verdicts_only": data["published_verdicts_only"],
            "events": data.get("events") or [],
        }
        if change:
            services.subscription_update(
                subscription=Subscription.objects.get(pk=obj.pk), email=data["email"], **filters
            )
        else:
            created = services.subscription_create(
                email=data["email"], partner=data.get("partner"), **filters
            )
            obj.pk = created.pk
            messages.info(request, f"A confirmation link goes to {created.email}.")

    def save_related(self, request, form, formsets, change: bool) -> None:
        # The services set the events; the admin writes nothing of its own.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.display(description="next digest (so far)")
    def next_digest(self, subscription: Subscription) -> str:
        if not subscription.pk:
            return "-"
        period, digest, rendered = subscription_preview(subscription)
        url = reverse("admin:digests_subscription_preview", args=[subscription.pk])
        return format_html(
            '<p>{} — {} item(s). <a href="{}" target="_blank">HTML preview</a></p>'
            "<p><strong>{}</strong></p><pre style='white-space: pre-wrap'>{}</pre>",
            period.title,
            digest.items,
            url,
            rendered.subject if not digest.is_empty else "(empty: would not be sent)",
            rendered.text,
        )

    def get_urls(self):
        preview = path(
            "<int:pk>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name="digests_subscription_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        subscription = get_object_or_404(subscription_list(), pk=pk)
        if not self.has_view_permission(request, subscription):
            return HttpResponse(status=403)
        _, _, rendered = subscription_preview(subscription)
        if request.GET.get("part") == "text":
            return HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")
        return HttpResponse(rendered.html)

    @admin.action(description="Send the confirmation link again (pending ones)")
    def resend_confirmation(self, request: HttpRequest, queryset) -> None:
        from factcheck.digests.tasks import send_confirmation

        ids = list(queryset.filter(status=Subscription.Status.PENDING).values_list("pk", flat=True))
        for pk in ids:
            send_confirmation.delay_on_commit(pk)
        self.message_user(request, f"{len(ids)} confirmation link(s) queued.")

    @admin.action(description="Unsubscribe")
    def unsubscribe(self, request: HttpRequest, queryset) -> None:
        done = sum(
            services.subscription_unsubscribe(subscription=subscription)
            for subscription in queryset
        )
        self.message_user(request, f"{done} subscription(s) ended.")


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "period",
        "subscription",
        "status",
        "attempts",
        "items",
        "sent_at",
        "last_error",
    )
    list_filter = ("status", "period_start")
    search_fields = ("subscription__email", "period", "message_id")
    list_select_related = ("subscription",)
    date_hierarchy = "period_start"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
