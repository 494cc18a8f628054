"""Partners and their API tokens in the admin. Tokens are created by an action on partners
(the plain token is shown once, on the page that follows) and revoked by an action on tokens;
both call the services."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from partners.models import ApiToken, DocumentSubmission, Partner, Scope
from partners.services import api_token_create, api_token_revoke


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
    list_display = ("partner", "document", "submitted_at")
    list_select_related = ("partner", "document")
    list_filter = ("partner",)
    readonly_fields = ("partner", "document", "submitted_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
