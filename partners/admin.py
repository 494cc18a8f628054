"""Partners, their API tokens and webhooks in the admin. Tokens are created by an action on
partners (the plain token is shown once, on the page that follows) and revoked by an action on
tokens; a webhook's signing secret is shown once, on the page after it is added or its secret
rotated; deliveries are replayed by an action. All of them call the services."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from partners.models import (
    ApiToken,
    DocumentSubmission,
    Partner,
    Scope,
    Webhook,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
)
from partners.services import api_token_create, api_token_revoke
from partners.webhooks import (
    webhook_create,
    webhook_deliveries_replay,
    webhook_secret_rotate,
    webhook_update,
)


class PartnerForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        choices=Scope.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Partner
        fields = ("name", "contact_email", "active", "scopes", "rate_limit_per_minute")


class ApiTokenInline(admin.TabularInline):
    model = ApiToken
    fields = ("prefix", "label", "created_at", "last_used_at", "revoked_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    form = PartnerForm
    list_display = ("name", "contact_email", "active", "scopes", "rate_limit_per_minute")
    list_filter = ("active",)
    search_fields = ("name", "contact_email")
    inlines = (ApiTokenInline,)
    actions = ("create_token",)

    @admin.action(description="Create an API token for the selected partners")
    def create_token(self, request: HttpRequest, queryset: QuerySet[Partner]) -> HttpResponse:
        created = [
            api_token_create(partner=partner, label=f"created by {request.user}")
            for partner in queryset
        ]
        response = TemplateResponse(
            request,
            "admin/partners/token_created.html",
            {
                **self.admin_site.each_context(request),
                "title": "API tokens created",
                "created": created,
                "opts": self.model._meta,
            },
        )
        # The plain tokens are on this page only: never cache it.
        response["Cache-Control"] = "no-store"
        return response


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("prefix", "partner", "label", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    list_select_related = ("partner",)
    search_fields = ("prefix", "partner__name", "label")
    fields = ("partner", "label", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("partner", "prefix", "created_at", "last_used_at", "revoked_at")
    actions = ("revoke",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Created by the partner action, so the plain token can be shown once.
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Revoked, not deleted: the row says when it was used last.
        return False

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        revoked = sum(api_token_revoke(token=token) for token in queryset)
        self.message_user(request, f"{revoked} token(s) revoked.", messages.SUCCESS)


@admin.register(DocumentSubmission)
class DocumentSubmissionAdmin(admin.ModelAdmin):
    list_display = ("partner", "document", "submitted_at", "stored")
    list_select_related = ("partner", "document")
    list_filter = ("partner", "stored")
    readonly_fields = ("partner", "document", "submitted_at", "stored")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class WebhookForm(forms.ModelForm):
    # The model's validator refuses any scheme but http(s); a URL typed without one is https.
    url = forms.URLField(max_length=2000, assume_scheme="https")
    events = forms.MultipleChoiceField(
        choices=WebhookEvent.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Webhook
        fields = ("partner", "url", "events", "active")

    def clean(self) -> dict:
        data = super().clean()
        partner = data.get("partner")
        cap = settings.FACTCHECK_WEBHOOKS_PER_PARTNER
        adding = self.instance.pk is None and partner is not None
        if adding and Webhook.objects.filter(partner=partner).count() >= cap:
            raise forms.ValidationError(f"At most {cap} webhooks per partner: delete one first.")
        return data


def _secrets_page(
    admin_site: admin.AdminSite, request: HttpRequest, shown: list[tuple[Webhook, str]]
) -> HttpResponse:
    response = TemplateResponse(
        request,
        "admin/partners/webhook_secret.html",
        {
            **admin_site.each_context(request),
            "title": "Webhook signing secrets",
            "shown": shown,
            "opts": Webhook._meta,
        },
    )
    # The secrets are on this page only: never cache it.
    response["Cache-Control"] = "no-store"
    return response


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    form = WebhookForm
    list_display = ("url", "partner", "events", "active", "created_at")
    list_filter = ("active",)
    list_select_related = ("partner",)
    search_fields = ("url", "partner__name")
    autocomplete_fields = ("partner",)
    actions = ("rotate_secret",)

    def get_readonly_fields(self, request: HttpRequest, obj: Webhook | None = None) -> tuple:
        return ("partner", "created_at") if obj else ()

    def save_model(self, request: HttpRequest, obj: Webhook, form: forms.Form, change: bool):
        data = form.cleaned_data
        if change:
            webhook_update(
                webhook=Webhook.objects.get(pk=obj.pk),
                values={name: data[name] for name in ("url", "events", "active")},
            )
            return
        webhook, secret = webhook_create(
            partner=data["partner"], url=data["url"], events=data["events"], active=data["active"]
        )
        # The admin logs the addition of `obj`; response_add shows its secret, this once.
        obj.pk, obj.secret, obj.created_at = webhook.pk, secret, webhook.created_at

    def response_add(self, request: HttpRequest, obj: Webhook, post_url_continue=None):
        return _secrets_page(self.admin_site, request, [(obj, obj.secret)])

    @admin.action(description="Rotate the signing secret of the selected webhooks")
    def rotate_secret(self, request: HttpRequest, queryset: QuerySet[Webhook]) -> HttpResponse:
        shown = [(webhook, webhook_secret_rotate(webhook=webhook)) for webhook in queryset]
        return _secrets_page(self.admin_site, request, shown)


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    fields = ("attempted_at", "status_code", "error", "duration_ms")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "event_type",
        "webhook",
        "status",
        "attempts",
        "last_status_code",
        "next_attempt_at",
        "delivered_at",
    )
    list_filter = ("status", "event_type")
    list_select_related = ("webhook__partner",)
    search_fields = ("webhook__url", "webhook__partner__name", "key")
    readonly_fields = (
        "webhook",
        "key",
        "event_type",
        "payload",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "created_at",
        "delivered_at",
    )
    inlines = (WebhookAttemptInline,)
    actions = ("replay",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Replay the selected deliveries (send them again now)")
    def replay(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        count = webhook_deliveries_replay(delivery_ids=queryset.values_list("pk", flat=True))
        self.message_user(request, f"{count} deliveries queued again.", messages.SUCCESS)
