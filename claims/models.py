"""The record: who publishes and asserts (Source), what they put out (Document), the
incidents it is about (Event), each assertion in it (Claim), and the desk's judgement of a
claim (Verdict)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q


class Source(models.Model):
    class Kind(models.TextChoices):
        GOVERNMENT = "government"
        MILITARY = "military"
        STATE_MEDIA = "state_media"
        NEWS_AGENCY = "news_agency"
        OUTLET = "outlet"
        ARMED_GROUP = "armed_group"
        NGO = "ngo"
        PERSON = "person"
        ANONYMOUS = "anonymous"
        OTHER = "other"

    class Reliability(models.TextChoices):
        # The NATO Admiralty scale for the reliability of a source.
        A = "A", "A – completely reliable"
        B = "B", "B – usually reliable"
        C = "C", "C – fairly reliable"
        D = "D", "D – not usually reliable"
        E = "E", "E – unreliable"
        F = "F", "F – reliability cannot be judged"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166 alpha-2")
    side = models.CharField(max_length=100, blank=True, help_text="Affiliation in the story")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    aliases = models.JSONField(default=list, blank=True)
    domains = models.JSONField(
        default=list, blank=True, help_text="Web hosts it publishes on (an outlet): 'example.com'"
    )
    reliability = models.CharField(max_length=1, choices=Reliability.choices, default=Reliability.F)
    # Created by the extractor for a claimant not in the record: a reviewer confirms it.
    provisional = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    key = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    title = models.CharField(max_length=300)
    occurred_on = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=200, blank=True, help_text="e.g. the aircraft type")
    description = models.TextField(blank=True)
    # Proposed by the extractor and not yet confirmed by a reviewer.
    proposed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    evaluated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-occurred_on", "key"]

    def __str__(self) -> str:
        return self.title


class Document(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued"
        EXTRACTED = "extracted"
        EVALUATED = "evaluated"
        FAILED = "failed"

    publisher = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="documents"
    )
    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    text = models.TextField()
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=20, default="en")
    content_hash = models.CharField(max_length=64, help_text="sha256 of the normalised text")
    previous_version = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="next_version"
    )
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    # The extractor's guess, kept for a reviewer when it was not confident enough to link.
    proposed_event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposed_documents"
    )
    state = models.CharField(max_length=12, choices=State.choices, default=State.QUEUED)
    state_reason = models.TextField(blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url", "content_hash"], name="document_unique_version"),
        ]
        indexes = [
            models.Index(fields=["state"]),
            models.Index(fields=["url"]),
            models.Index(fields=["content_hash"]),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"document {self.pk}"


class DocumentProvenance(models.Model):
    """Where a fetched or saved web page came from and what read it (one per document)."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="provenance")
    fetched_url = models.URLField(max_length=2000, blank=True, help_text="The link as given")
    final_url = models.URLField(max_length=2000, blank=True, help_text="After redirects")
    fetched_at = models.DateTimeField(null=True, blank=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    extractor = models.CharField(max_length=100, blank=True, help_text="Extractor and version")
    author = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(null=True, blank=True, help_text="The page's update date")
    json_ld = models.JSONField(default=list, blank=True, help_text="NewsArticle/ClaimReview")

    def __str__(self) -> str:
        return self.final_url or self.fetched_url or f"provenance of {self.document_id}"


# A claim's structured values (casualty count, cause): what a correction may change and what
# the rules, the review pages and the API read.
CLAIM_VALUE_FIELDS = (
    "category",
    "group",
    "count_min",
    "count_max",
    "count_total",
    "qualifier",
    "scope",
    "cause",
    "polarity",
    "agent",
)


class Claim(models.Model):
    class Attribution(models.TextChoices):
        QUOTE = "quote", "direct quote"
        REPORTED = "reported", "reported speech"
        OUTLET = "outlet", "outlet's own voice"
        HEADLINE = "headline"

    class Kind(models.TextChoices):
        CASUALTY = "casualty"
        CAUSE = "cause"

    class SpanIn(models.TextChoices):
        TEXT = "text"
        TITLE = "title"

    class Category(models.TextChoices):
        KILLED = "killed"
        INJURED = "injured"
        MISSING = "missing"
        ABOARD = "aboard"
        SURVIVED = "survived"
        AIRCRAFT_LOST = "aircraft_lost"

    class Qualifier(models.TextChoices):
        EXACT = "exact"
        AT_LEAST = "at_least", "at least"
        AT_MOST = "at_most", "at most"
        APPROX = "approx", "about"
        OF_TOTAL = "of_total", "N of M"
        ALL = "all"

    class Scope(models.TextChoices):
        INCIDENT = "incident"
        CUMULATIVE = "cumulative"

    class Cause(models.TextChoices):
        HOSTILE_FIRE = "hostile_fire", "hostile fire"
        FRIENDLY_FIRE = "friendly_fire", "friendly fire"
        MISFIRE = "misfire", "misfire (a munition failing or straying)"
        ACCIDENT = "accident"
        MECHANICAL = "mechanical", "mechanical failure"
        COLLISION = "collision"
        NATURAL = "natural", "natural (storm, flood, earthquake)"
        UNDER_INVESTIGATION = "under_investigation", "under investigation"
        UNKNOWN = "unknown"

    class Polarity(models.TextChoices):
        AFFIRMED = "affirmed"
        DENIED = "denied"

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="claims")
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    claimant = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    claimant_anonymous = models.BooleanField(default=False)
    relayed_by = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relayed_claims",
        help_text="The outlet that relays the claimant's claim ('X, citing Y': X), if any",
    )
    attribution = models.CharField(max_length=10, choices=Attribution.choices)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    span_in = models.CharField(max_length=5, choices=SpanIn.choices, default=SpanIn.TEXT)
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()
    text = models.TextField(help_text="The exact span that carries the claim")
    stated_at = models.DateTimeField(null=True, blank=True)
    narrative = models.SmallIntegerField(
        default=0,
        help_text="The order the document's narrative gives the statement among its own: "
        "-1 told as earlier ('at the time', 'initially'), 1 as later ('has since', 'now'), "
        "0 no cue",
    )

    # Casualty count: an interval [count_min, count_max] (max null = unbounded; min null =
    # a ceiling alone, "up to 20").
    category = models.CharField(max_length=15, choices=Category.choices, blank=True)
    group = models.CharField(max_length=100, blank=True)
    count_min = models.PositiveIntegerField(null=True, blank=True)
    count_max = models.PositiveIntegerField(null=True, blank=True)
    count_total = models.PositiveIntegerField(null=True, blank=True, help_text="M of 'N of M'")
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, blank=True)
    scope = models.CharField(max_length=10, choices=Scope.choices, blank=True)

    # Cause.
    cause = models.CharField(max_length=20, choices=Cause.choices, blank=True)
    polarity = models.CharField(max_length=10, choices=Polarity.choices, blank=True)
    agent = models.CharField(max_length=200, blank=True)
    hedge = models.CharField(
        max_length=40, blank=True, help_text='The hedge on a cause: "likely", "may have"'
    )

    # Identifies an extracted claim within its document, so re-extraction upserts.
    fingerprint = models.CharField(max_length=64)
    extracted = models.BooleanField(default=True, help_text="False: entered by a person")
    corrected_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["stated_at", "narrative", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "fingerprint"], name="claim_unique_in_document"
            ),
            models.CheckConstraint(
                condition=Q(span_end__gt=F("span_start")), name="claim_span_not_empty"
            ),
            models.CheckConstraint(
                condition=Q(count_max__isnull=True)
                | Q(count_min__isnull=True)
                | Q(count_min__lte=F("count_max")),
                name="claim_count_min_le_max",
            ),
            models.CheckConstraint(
                # "up to 20 people" carries a ceiling alone: max without min is a value
                condition=~Q(kind="casualty")
                | (~Q(category="") & (Q(count_min__isnull=False) | Q(count_max__isnull=False))),
                name="claim_casualty_has_values",
            ),
            models.CheckConstraint(
                condition=~Q(kind="cause") | (~Q(cause="") & ~Q(polarity="")),
                name="claim_cause_has_values",
            ),
        ]
        # "The span lies inside its document" is a trigger (migration 0002): a check
        # constraint cannot read the document's text.
        indexes = [
            models.Index(fields=["event", "kind"]),
            models.Index(fields=["claimant", "kind"]),
            # The API's claims of an event, newest first (its default order): the page is read
            # off the index, not found by scanning every claim backwards by id.
            models.Index(fields=["event", "id"], name="claim_event_id_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.claimant}: {self.text[:80]}"

    @property
    def interval_label(self) -> str:
        if self.count_min is None:
            return "" if self.count_max is None else f"≤{self.count_max}"
        if self.count_max is None:
            return f"≥{self.count_min}"
        if self.count_min == self.count_max:
            return str(self.count_min)
        return f"{self.count_min}–{self.count_max}"


class Verdict(models.Model):
    class Rating(models.TextChoices):
        # The published scale, from best (5) to worst (1); see `rating_value`.
        TRUE = "true"
        MOSTLY_TRUE = "mostly_true", "mostly true"
        MIXED = "mixed"
        MOSTLY_FALSE = "mostly_false", "mostly false"
        FALSE = "false"
        UNPROVEN = "unproven"

    class Status(models.TextChoices):
        DRAFT = "draft"
        IN_REVIEW = "in_review", "in review"
        PUBLISHED = "published"
        CORRECTED = "corrected"
        RETRACTED = "retracted"

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="verdicts")
    rating = models.CharField(max_length=15, choices=Rating.choices)
    rationale = models.TextField()
    evidence = models.JSONField(default=list, blank=True, help_text="Links to the evidence")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts_written"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="verdicts_reviewed",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at"]
        permissions = [("publish_verdict", "Can publish, correct and retract verdicts")]
        constraints = [
            # Two-person rule: whoever publishes is not the author.
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=F("author")),
                name="verdict_reviewer_not_author",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_rating_display()}: {self.claim}"

    RATING_VALUES = {"true": 5, "mostly_true": 4, "mixed": 3, "mostly_false": 2, "false": 1}

    @property
    def rating_value(self) -> int | None:
        return self.RATING_VALUES.get(self.rating)


class VerdictRevision(models.Model):
    """A verdict's text as it stood before a correction or a retraction replaced it."""

    class Change(models.TextChoices):
        CORRECTION = "correction"
        RETRACTION = "retraction"

    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="revisions")
    change = models.CharField(max_length=10, choices=Change.choices)
    # The earlier text, as it was published.
    status = models.CharField(max_length=10, choices=Verdict.Status.choices)
    rating = models.CharField(max_length=15, choices=Verdict.Rating.choices)
    rationale = models.TextField()
    evidence = models.JSONField(default=list, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Why and by whom it was replaced.
    note = models.TextField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["verdict", "changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_change_display()} of verdict {self.verdict_id} at {self.changed_at}"


class VerdictCorrection(models.Model):
    """A correction of a published verdict as proposed by one person: the new text and a note
    saying what changed. The published text stays served until an editor who is not the
    proposer approves it (which applies it: see review.services.correction_approve); the
    proposer may withdraw it, an editor may reject it with a reason. At most one is open per
    verdict, and an approval by the proposer is refused by the database too."""

    class Status(models.TextChoices):
        PROPOSED = "proposed"
        APPROVED = "approved"
        REJECTED = "rejected"
        WITHDRAWN = "withdrawn"

    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="corrections")
    # The proposed text.
    rating = models.CharField(max_length=15, choices=Verdict.Rating.choices)
    rationale = models.TextField()
    evidence = models.JSONField(default=list, blank=True)
    note = models.TextField(help_text="What the correction changes, shown with the history")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="corrections_proposed"
    )
    proposed_at = models.DateTimeField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections_decided",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True, help_text="Why it was rejected or withdrawn")

    class Meta:
        ordering = ["verdict", "proposed_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["verdict"],
                condition=Q(status="proposed"),
                name="verdict_correction_one_open",
            ),
            # Two-person rule: whoever approves a correction did not propose it.
            models.CheckConstraint(
                condition=~Q(status="approved")
                | (Q(decided_by__isnull=False) & ~Q(decided_by=F("proposed_by"))),
                name="verdict_correction_approver_not_proposer",
            ),
        ]

    def __str__(self) -> str:
        return f"Correction {self.pk} of verdict {self.verdict_id} ({self.status})"


class AuditEntry(models.Model):
    """One change a person made to a verdict, a finding, a claim or another record: who, when,
    what (each changed field with its value before and after). Written by the service that
    made the change, in the same transaction."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="audit_entries"
    )
    at = models.DateTimeField()
    action = models.CharField(max_length=40, help_text="e.g. verdict.publish, claim.correct")
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    object_repr = models.CharField(max_length=200)
    changes = models.JSONField(default=dict, blank=True, help_text="field -> [before, after]")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"
        indexes = [
            models.Index(fields=["content_type", "object_id", "at"]),
            models.Index(fields=["actor", "at"]),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_id} {self.action} {self.object_repr}"
