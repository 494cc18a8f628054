"""Feeds in the admin: the list a desk follows, what each poll took, and the events that
follow feeds with keywords."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from factcheck.feeds import tasks
from factcheck.feeds.models import EventFollow, Feed, FeedEntry


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "publisher",
        "interval_minutes",
        "active",
        "last_success_at",
        "failures",
        "failing_since",
        "last_error",
    )
    list_filter = ("active",)
    list_select_related = ("publisher",)
    search_fields = ("url", "title", "publisher__name")
    autocomplete_fields = ("publisher",)
    readonly_fields = (
        "etag",
        "last_modified",
        "last_polled_at",
        "last_success_at",
        "failures",
        "failing_since",
        "last_error",
        "created_at",
    )
    actions = ("poll_now",)

    @admin.action(description="Poll the selected feeds now")
    def poll_now(self, request: HttpRequest, queryset: QuerySet[Feed]) -> None:
        feed_ids = list(queryset.values_list("id", flat=True))
        for feed_id in feed_ids:
            tasks.poll.delay_on_commit(feed_id)
        self.message_user(request, f"{len(feed_ids)} feeds queued for a poll.", messages.SUCCESS)


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ("__str__", "feed", "document", "attempts", "error", "created_at")
    list_select_related = ("feed", "document")
    list_filter = ("feed",)
    search_fields = ("title", "url", "entry_id")
    readonly_fields = (
        "feed",
        "entry_id",
        "url",
        "title",
        "document",
        "attempts",
        "error",
        "created_at",
        "updated_at",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(EventFollow)
class EventFollowAdmin(admin.ModelAdmin):
    list_display = ("event", "keywords", "active", "created_at")
    list_select_related = ("event",)
    autocomplete_fields = ("event",)
    filter_horizontal = ("feeds",)
