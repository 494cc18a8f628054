"""Findings, rule configuration and rule runs in the admin (the review workflow grows here)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count

from factcheck.models import Finding, FindingChange, RuleConfig, RuleRun


class FindingChangeInline(admin.TabularInline):
    model = FindingChange
    extra = 0
    can_delete = False
    readonly_fields = ("at", "from_status", "to_status", "reason", "actor")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Finding)
class FindingAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "severity",
        "status",
        "rule",
        "event",
        "message",
        "claims_count",
        "assignee",
    )
    list_filter = ("status", "severity", "rule", "event")
    search_fields = ("message",)
    list_select_related = ("event", "assignee")
    readonly_fields = (
        "rule",
        "event",
        "claims",
        "severity",
        "message",
        "evidence",
        "fingerprint",
        "claims_digest",
        "status",
        "status_reason",
        "created_at",
        "updated_at",
        "last_seen_at",
    )
    inlines = [FindingChangeInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claims_total=Count("claims"))

    @admin.display(description="claims", ordering="claims_total")
    def claims_count(self, finding: Finding) -> int:
        return finding.claims_total


@admin.register(RuleConfig)
class RuleConfigAdmin(admin.ModelAdmin):
    list_display = ("rule", "enabled", "severity", "params", "updated_at")
    list_filter = ("enabled",)

    def save_model(self, request, obj, form, change):
        from factcheck.rules.config import rule_config_save

        rule_config_save(config=obj)


@admin.register(RuleRun)
class RuleRunAdmin(admin.ModelAdmin):
    list_display = (
        "started_at",
        "event",
        "duration_ms",
        "claims_count",
        "findings_created",
        "findings_updated",
        "findings_resolved",
        "findings_reopened",
        "errors",
    )
    list_select_related = ("event",)
    list_filter = ("event",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
