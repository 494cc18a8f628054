"""A feed the desk follows, each entry it has taken from one, and the events that follow
feeds with keywords."""

from __future__ import annotations

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q


class Feed(models.Model):
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    publisher = models.ForeignKey(
        "claims.Source",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="feeds",
        help_text="Who publishes the entries (else the name each page gives)",
    )
    interval_minutes = models.PositiveIntegerField(
        default=15, validators=[MinValueValidator(1)], help_text="Minutes between polls"
    )
    active = models.BooleanField(default=True)
    # Conditional GET: the validators the feed's server sent with its last full answer.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, help_text="Empty: poll now")
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    # Consecutive failed polls (each one doubles the wait, capped) and since when.
    failures = models.PositiveIntegerField(default=0)
    failing_since = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]
        indexes = [models.Index(fields=["active", "next_poll_at"], name="feed_due_index")]
        constraints = [
            models.CheckConstraint(condition=Q(interval_minutes__gte=1), name="feed_interval_min")
        ]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """An entry taken from a feed: ingested (document set) or not yet (error, attempts)."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    entry_id = models.CharField(max_length=1000, help_text="The entry's id, else its link")
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="The feed's date, for a page that shows none"
    )
    document = models.ForeignKey(
        "claims.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feed_entries",
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["feed", "entry_id"], name="feed_entry_unique")
        ]
        indexes = [models.Index(fields=["url"], name="feed_entry_url_index")]
        verbose_name_plural = "feed entries"

    def __str__(self) -> str:
        return self.title or self.url or self.entry_id


class EventFollow(models.Model):
    """An event following feeds: a new entry whose title or text has one of the keywords is
    ingested into the event."""

    event = models.ForeignKey("claims.Event", on_delete=models.CASCADE, related_name="follows")
    feeds = models.ManyToManyField(
        Feed, blank=True, related_name="follows", help_text="None chosen: every feed"
    )
    keywords = models.JSONField(
        default=list, help_text='Words or phrases, any of which matches: ["ferry", "capsized"]'
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.event} follows {', '.join(self.keywords)}"
