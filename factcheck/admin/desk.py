"""The desk's working pages: the findings queue (triage in bulk and one by one), rule
configuration with each rule's description and last runs, and the record of rule runs.

Every write goes through a service (factcheck.review.services, the rules engine's
rule_config_save); the admin holds no writes of its own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from claims.models import Claim, Source, Verdict
from factcheck.models import Finding, FindingChange, RuleConfig, RuleRun, Severity
from factcheck.review import exports, selectors
from factcheck.review.services import (
    ReviewError,
    finding_acknowledge,
    finding_assign,
    finding_dismiss,
    finding_resolve,
    rule_config_update,
)


def csv_response(filename: str, lines) -> StreamingHttpResponse:
    """A CSV download, written as it is read."""
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def claim_value(claim: Claim) -> str:
    """A claim's structured value in a few words for people: "killed (crew): 4 of 6",
    "aircraft lost: 1", "denies hostile fire", "affirms hostile fire by the air defence"."""
    if claim.kind == Claim.Kind.CASUALTY:
        what = claim.get_category_display().replace("_", " ").lower()
        if claim.group:
            what += f" ({claim.group})"
        value = f"{what}: {claim.interval_label}"
        if claim.count_total:
            value += f" of {claim.count_total}"
        if claim.scope == Claim.Scope.CUMULATIVE:
            value += ", cumulative"
        return value
    verb = "denies" if claim.polarity == Claim.Polarity.DENIED else "affirms"
    value = f"{verb} {claim.get_cause_display().lower()}"
    return f"{value} by {claim.agent}" if claim.agent else value


def prose_html(text: str) -> str:
    """A rule's description for people: `names` set as code, the rest as written."""
    parts = text.split("`")
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<code>{}</code>", part) if i % 2 else part,)
            for i, part in enumerate(parts)
        ),
    )


def params_html(params: dict) -> str:
    """Parameters as "window hours: 48, ignore lagging: yes", not a Python dict."""
    if not params:
        return "none"

    def shown(value) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value)

    return format_html_join(
        ", ",
        "{}: <b>{}</b>",
        ((name.replace("_", " "), shown(value)) for name, value in params.items()),
    )


def rule_label(name: str) -> str:
    """A rule's name for people: "casualty_revision" -> "Casualty revision"."""
    return name.replace("_", " ").capitalize()


def evidence_html(evidence) -> str:
    """A rule's evidence (a JSON object) as a list of names and values for people."""
    if not evidence:
        return "none recorded"
    if not isinstance(evidence, dict):
        return str(evidence)
    return format_html(
        '<dl class="evidence">{}</dl>',
        format_html_join(
            "",
            "<dt>{}</dt><dd>{}</dd>",
            (
                (
                    str(name).replace("_", " ").capitalize(),
                    ", ".join(str(v) for v in value) if isinstance(value, list) else value,
                )
                for name, value in evidence.items()
            ),
        ),
    )


class FindingChangeInline(admin.TabularInline):
    model = FindingChange
    extra = 0
    can_delete = False
    fields = ("at", "from_status", "to_status", "reason", "actor")
    readonly_fields = fields
    verbose_name_plural = "status history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class RuleFilter(admin.SimpleListFilter):
    """The registered rules (not a DISTINCT over every finding)."""

    title = "rule"
    parameter_name = "rule"

    def lookups(self, request, model_admin):
        from factcheck.rules.registry import rules_all

        return [(name, rule_label(name)) for name in sorted(rules_all())]

    def queryset(self, request, queryset):
        return queryset.filter(rule=self.value()) if self.value() else queryset


class ActiveFilter(admin.SimpleListFilter):
    """Still to be dealt with: open or acknowledged."""

    title = "to do"
    parameter_name = "active"

    def lookups(self, request, model_admin):
        return [("1", "open or acknowledged")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(status__in=[Finding.Status.OPEN, Finding.Status.ACKNOWLEDGED])
        return queryset


class AssigneeFilter(admin.SimpleListFilter):
    title = "assignee"
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        staff = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        return [("me", "me"), ("none", "nobody"), *((str(u.pk), u.get_username()) for u in staff)]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(assignee=request.user)
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class ClaimantFilter(admin.SimpleListFilter):
    """Findings resting on a claim by this claimant (a semi-join, so no duplicate rows)."""

    title = "claimant"
    parameter_name = "claimant"

    def lookups(self, request, model_admin):
        claimants = Source.objects.filter(
            Exists(Claim.objects.filter(claimant_id=OuterRef("pk")))
        ).only("id", "name")
        return [(str(source.pk), source.name) for source in claimants]

    def queryset(self, request, queryset):
        value = self.value()
        if not value or not value.isdigit():
            return queryset
        links = Finding.claims.through.objects.filter(
            finding_id=OuterRef("pk"), claim__claimant_id=int(value)
        )
        return queryset.filter(Exists(links))


class DismissForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Why this is not an inconsistency worth acting on (kept in the history).",
    )


SEVERITY_COLOURS = {
    Severity.CRITICAL: "#ba2121",
    Severity.WARNING: "#c77c00",
    Severity.NOTE: "#417690",
}


def age_label(when: datetime | None, now: datetime | None = None) -> str:
    """How long ago, in one short unit: "40 min", "5 h", "3 d"."""
    if when is None:
        return ""
    seconds = max(0, ((now or timezone.now()) - when).total_seconds())
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def one_line(text: str, css_class: str = "one-line") -> str:
    """A cell of one line: the text cut by CSS with an ellipsis, whole in its tooltip."""
    return format_html('<div class="{}" title="{}">{}</div>', css_class, text, text)


@admin.register(Finding)
class FindingAdmin(admin.ModelAdmin):
    """The queue: open findings first, by severity then recency, one line each."""

    list_display = (
        "id",
        "severity_label",
        "status_label",
        "rule_label",
        "event_label",
        "summary",
        "sides",
        "assignee",
        "age",
    )
    list_display_links = ("id",)
    list_filter = (
        ActiveFilter,
        "status",
        "severity",
        RuleFilter,
        "event",
        AssigneeFilter,
        ClaimantFilter,
    )
    search_fields = ("message",)
    # One count (the filtered one) instead of two on a large table.
    show_full_result_count = False
    list_per_page = 50
    actions = ("assign_to_me", "acknowledge", "dismiss", "resolve", "export_csv")
    change_list_template = "admin/factcheck/finding/change_list.html"
    fieldsets = (
        (
            "What the rule found",
            {
                "classes": ("collapse",),
                "fields": (
                    "evidence_readable",
                    "status_reason",
                    "created_at",
                    "updated_at",
                    "last_seen_at",
                    "fingerprint",
                ),
            },
        ),
    )
    readonly_fields = (
        "evidence_readable",
        "status_reason",
        "created_at",
        "updated_at",
        "last_seen_at",
        "fingerprint",
    )
    inlines = (FindingChangeInline,)
    change_form_template = "admin/factcheck/finding/change_form.html"

    class Media:
        css = {"all": ("factcheck/desk.css",)}

    def get_queryset(self, request):
        return selectors.finding_queue()

    def get_ordering(self, request):
        return selectors.QUEUE_ORDERING

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # A finding is dismissed or resolved, with its history; never deleted.
        return False

    @admin.display(description="severity", ordering="severity_rank")
    def severity_label(self, finding: Finding) -> str:
        return format_html(
            '<b class="severity" style="color:{}">{}</b>',
            SEVERITY_COLOURS.get(finding.severity, "#333"),
            finding.get_severity_display(),
        )

    @admin.display(description="status", ordering="status_rank")
    def status_label(self, finding: Finding) -> str:
        return finding.get_status_display()

    @admin.display(description="rule", ordering="rule")
    def rule_label(self, finding: Finding) -> str:
        return one_line(rule_label(finding.rule), "one-line narrow")

    @admin.display(description="event", ordering="event__key")
    def event_label(self, finding: Finding) -> str:
        return one_line(finding.event.title or finding.event.key, "one-line narrow")

    @admin.display(description="summary")
    def summary(self, finding: Finding) -> str:
        return one_line(finding.message, "one-line summary")

    @admin.display(description="sides", ordering="sides")
    def sides(self, finding: Finding) -> int:
        return finding.sides or 0

    @admin.display(description="age", ordering="created_at")
    def age(self, finding: Finding) -> str:
        return format_html(
            '<span title="{}">{}</span>',
            f"{finding.created_at:%Y-%m-%d %H:%M}",
            age_label(finding.created_at),
        )

    @admin.display(description="evidence")
    def evidence_readable(self, finding: Finding) -> str:
        return evidence_html(finding.evidence)

    # --- bulk actions: each calls the service once per finding -----------------------

    def _report(self, request, done: int, total: int, verb: str) -> None:
        skipped = total - done
        message = f"{done} finding{'s' if done != 1 else ''} {verb}."
        if skipped:
            message += f" {skipped} skipped (already so, or changed by someone else)."
        self.message_user(request, message, messages.SUCCESS if done else messages.WARNING)

    @admin.action(description="Assign to me", permissions=("change",))
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Finding]) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        done = sum(
            finding_assign(finding_id=i, assignee=request.user, actor=request.user) for i in ids
        )
        self._report(request, done, len(ids), "assigned to you")

    @admin.action(description="Acknowledge", permissions=("change",))
    def acknowledge(self, request: HttpRequest, queryset: QuerySet[Finding]) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        done = sum(finding_acknowledge(finding_id=i, actor=request.user) for i in ids)
        self._report(request, done, len(ids), "acknowledged")

    @admin.action(description="Resolve", permissions=("change",))
    def resolve(self, request: HttpRequest, queryset: QuerySet[Finding]) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        done = sum(finding_resolve(finding_id=i, actor=request.user) for i in ids)
        self._report(request, done, len(ids), "resolved")

    @admin.action(description="Export the selected findings as CSV", permissions=("view",))
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Finding]):

        return csv_response(
            "findings.csv",
            exports.csv_lines(exports.FINDING_COLUMNS, exports.finding_rows(queryset)),
        )

    @admin.action(description="Dismiss (with a reason)…", permissions=("change",))
    def dismiss(self, request: HttpRequest, queryset: QuerySet[Finding]):
        form = DismissForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            ids = list(queryset.values_list("pk", flat=True))
            reason = form.cleaned_data["reason"]
            done = sum(
                finding_dismiss(finding_id=i, actor=request.user, reason=reason) for i in ids
            )
            self._report(request, done, len(ids), "dismissed")
            return None
        return TemplateResponse(
            request,
            "admin/factcheck/finding/dismiss.html",
            {
                **self.admin_site.each_context(request),
                "title": "Dismiss findings",
                "opts": self.opts,
                "form": form,
                "findings": queryset.order_by("pk")[:200],
                "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
                "select_across": request.POST.get("select_across", "0"),
                "action": "dismiss",
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
        )

    # --- one by one, from the finding's page ------------------------------------------

    def get_urls(self):
        return [
            path(
                "<int:finding_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name="factcheck_finding_review",
            ),
            path(
                "since/",
                self.admin_site.admin_view(self.since_view),
                name="factcheck_finding_since",
            ),
            *super().get_urls(),
        ]

    def since_view(self, request: HttpRequest):
        """What changed since yesterday (or since ?hours=N ago): the desk's morning page."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        hours = request.GET.get("hours", "24")
        hours_back = min(int(hours), 24 * 31) if hours.isdigit() and int(hours) > 0 else 24
        since = timezone.now() - timedelta(hours=hours_back)
        return TemplateResponse(
            request,
            "admin/factcheck/finding/since.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Since {since:%Y-%m-%d %H:%M} UTC",
                "opts": self.opts,
                "hours": hours_back,
                "changes": selectors.desk_changes_since(since=since, user=request.user),
            },
        )

    def review_view(self, request: HttpRequest, finding_id: int):
        finding = get_object_or_404(Finding, pk=finding_id)
        if request.method != "POST" or not self.has_change_permission(request, finding):
            raise PermissionDenied
        step = request.POST.get("step", "")
        reason = request.POST.get("reason", "")
        user = request.user
        try:
            if step == "assign_me":
                done = finding_assign(finding_id=finding.pk, assignee=user, actor=user)
            elif step == "unassign":
                done = finding_assign(finding_id=finding.pk, assignee=None, actor=user)
            elif step == "acknowledge":
                done = finding_acknowledge(finding_id=finding.pk, actor=user)
            elif step == "dismiss":
                done = finding_dismiss(finding_id=finding.pk, actor=user, reason=reason)
            elif step == "resolve":
                done = finding_resolve(finding_id=finding.pk, actor=user, reason=reason)
            else:
                raise PermissionDenied
        except ReviewError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            if done:
                self.message_user(request, f"Finding {finding.pk}: {step.replace('_', ' ')} done.")
            else:
                self.message_user(
                    request,
                    f"Finding {finding.pk}: nothing to do (already so, or changed meanwhile).",
                    messages.WARNING,
                )
        return HttpResponseRedirect(reverse("admin:factcheck_finding_change", args=[finding.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        finding = self.get_object(request, object_id)
        if finding is not None:
            sides = selectors.finding_sides(finding=finding)
            for side in sides:
                for item in side.claims:
                    item.value = claim_value(item.claim)
            published = (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED)
            extra_context.update(
                audit_entries=selectors.audit_trail(obj=finding),
                dismiss_form=DismissForm(),
                sides=sides,
                rule_label=rule_label(finding.rule),
                active=finding.status in (Finding.Status.OPEN, Finding.Status.ACKNOWLEDGED),
                published_verdicts=[
                    item_verdict
                    for side in sides
                    for item in side.claims
                    for item_verdict in item.verdicts
                    if item_verdict.status in published
                ],
                # Whole words in the heading: the rule and the finding's number.
                title=f"Finding #{finding.pk}: {rule_label(finding.rule)}",
                subtitle=None,
            )
        extra_context.update(
            show_save=False, show_save_and_continue=False, show_save_and_add_another=False
        )
        return super().change_view(request, object_id, form_url, extra_context)


class RuleConfigForm(forms.ModelForm):
    rule = forms.ChoiceField(choices=())

    class Meta:
        model = RuleConfig
        fields = ("rule", "enabled", "severity", "params")

    def __init__(self, *args, **kwargs):
        from factcheck.rules.registry import rules_all

        super().__init__(*args, **kwargs)
        self.rules = rules_all()
        self.fields["rule"].choices = [(name, name) for name in sorted(self.rules)]
        if self.instance.pk:
            self.fields["rule"].disabled = True

    def clean(self):
        data = super().clean()
        rule = self.rules.get(data.get("rule") or self.instance.rule)
        params = data.get("params")
        if rule is not None and isinstance(params, dict):
            unknown = sorted(set(params) - set(rule.params))
            if unknown:
                self.add_error(
                    "params",
                    f"{rule.name} has no parameter {', '.join(unknown)}; "
                    f"its parameters: {', '.join(sorted(rule.params)) or 'none'}.",
                )
        elif params is not None and not isinstance(params, dict):
            self.add_error("params", "An object of parameter names and values.")
        return data


@admin.register(RuleConfig)
class RuleConfigAdmin(admin.ModelAdmin):
    form = RuleConfigForm
    list_display = ("rule", "enabled", "severity", "params", "updated_at")
    list_filter = ("enabled",)
    readonly_fields = ("about",)
    change_list_template = "admin/factcheck/ruleconfig/change_list.html"

    def get_fields(self, request, obj=None):
        return ("rule", "about", "enabled", "severity", "params")

    def get_changeform_initial_data(self, request):
        return {"rule": request.GET.get("rule", ""), "params": {}}

    @admin.display(description="what it does, defaults and last runs")
    def about(self, config: RuleConfig) -> str:
        overview = {o.name: o for o in selectors.rule_overview()}.get(config.rule)
        if overview is None:
            return "Choose a rule, save, and its description shows here."
        runs = format_html_join(
            "",
            "<li>{} · {} · {} ms{}</li>",
            (
                (
                    f"{run.started_at:%Y-%m-%d %H:%M}",
                    run.event,
                    f"{run.duration_ms:.0f}",
                    f" · error: {run.errors[config.rule]}" if config.rule in run.errors else "",
                )
                for run in overview.last_runs
            ),
        )
        return format_html(
            "<p>{}</p><p>Default severity <b>{}</b>; default parameters: {}.</p>"
            "<p>Last runs:</p><ul>{}</ul>",
            prose_html(overview.description),
            capfirst(overview.default_severity),
            params_html(overview.default_params),
            runs or mark_safe("<li>none yet</li>"),
        )

    def changelist_view(self, request, extra_context=None):
        rules = selectors.rule_overview()
        for rule in rules:
            rule.description_html = prose_html(rule.description)
            rule.defaults_html = params_html(rule.default_params)
            rule.params_html = params_html(rule.config.params) if rule.config else ""
        extra_context = {
            **(extra_context or {}),
            "rules": rules,
            # Links an editor could not follow (403) are not shown.
            "can_add_config": self.has_add_permission(request),
            "can_change_config": self.has_change_permission(request),
        }
        return super().changelist_view(request, extra_context)

    def has_delete_permission(self, request, obj=None):
        # Off means "enabled" unticked: a configuration is edited, not deleted.
        return False

    def save_model(self, request, obj, form, change):
        rule_config_update(config=obj, actor=request.user)


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
