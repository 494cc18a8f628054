"""Reads for digests: what changed in a window, one subscriber's digest of it, and the
subscriptions the admin, the API and the fan-out work on.

What changed in a window is read once per window and process (a small cache), then each
subscriber's filters apply in Python: a run of ten thousand subscribers reads the record once.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Q, QuerySet
from django.urls import reverse

from claims.models import Claim, Verdict
from factcheck.digests.models import Frequency, Subscription
from factcheck.models import SEVERITY_RANK, Finding, FindingChange
from partners.models import Partner, Scope
from partners.scopes import scope_require

PUBLISHED_VERDICTS = (Verdict.Status.PUBLISHED, Verdict.Status.CORRECTED)
CHANGES_CACHE_SECONDS = 60


@dataclass(frozen=True)
class FindingItem:
    id: int
    event_id: int
    event_title: str
    rule: str
    severity: str
    message: str
    status: str
    change: str  # "new" or "reopened"
    at: datetime
    admin_url: str
    api_url: str

    @property
    def severity_rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)

    @property
    def rule_label(self) -> str:
        """For people: "casualty_revision" -> "Casualty revision"."""
        return _label(self.rule)


@dataclass(frozen=True)
class VerdictItem:
    id: int
    event_id: int | None
    event_title: str
    claimant: str
    claim_text: str
    rating: str
    status: str  # published or corrected
    at: datetime
    url: str
    # The verdict in the admin, for the desk's own subscribers (staff).
    admin_url: str = ""


@dataclass(frozen=True)
class CountMove:
    """A claimant's casualty count for an event that changed in the window."""

    event_id: int
    event_title: str
    claimant: str
    category: str
    group: str
    before: str  # "" when the claimant gave no such count before
    after: str
    at: datetime

    @property
    def what(self) -> str:
        """For people: "Aircraft lost (US aircraft)", "Killed (crew)"."""
        return _label(self.category) + (f" ({self.group})" if self.group else "")


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Changes:
    """Everything that changed in [start, end), for every subscriber."""

    start: datetime
    end: datetime
    findings: tuple[FindingItem, ...] = ()
    verdicts: tuple[VerdictItem, ...] = ()
    counts: tuple[CountMove, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.findings or self.verdicts or self.counts)


@dataclass
class Digest:
    subscription: Subscription
    start: datetime
    end: datetime
    findings: list[FindingItem] = field(default_factory=list)
    verdicts: list[VerdictItem] = field(default_factory=list)
    counts: list[CountMove] = field(default_factory=list)
    # Findings link to the admin for the desk's own subscribers, to the API for partners'.
    findings_in_api: bool = False

    @property
    def items(self) -> int:
        return len(self.findings) + len(self.verdicts) + len(self.counts)

    @property
    def is_empty(self) -> bool:
        return self.items == 0


def _absolute(path: str) -> str:
    return settings.FACTCHECK_SITE_URL + path


def verdict_public_url(verdict_id: int) -> str:
    """The verdict's public page (no login), or FACTCHECK_DIGEST_VERDICT_URL's address."""
    template = settings.FACTCHECK_DIGEST_VERDICT_URL
    if template:
        return template.format(id=verdict_id)
    return _absolute(reverse("verdict-page", kwargs={"pk": verdict_id}))


def _finding_items(*, start: datetime, end: datetime) -> list[FindingItem]:
    fields = ("id", "event_id", "event__title", "rule", "severity", "message", "status")
    admin_path = reverse("admin:factcheck_finding_change", args=[0]).replace("/0/", "/{}/")
    api_path = reverse("api:finding-detail", kwargs={"pk": 0}).replace("/0", "/{}")

    def item(row: tuple, change: str, at: datetime) -> FindingItem:
        return FindingItem(
            *row, change=change, at=at,
            admin_url=_absolute(admin_path.format(row[0])),
            api_url=_absolute(api_path.format(row[0])),
        )  # fmt: skip

    items: dict[int, FindingItem] = {}
    created = Finding.objects.filter(created_at__gte=start, created_at__lt=end).order_by("id")
    for row in created.values_list(*fields, "created_at"):
        items[row[0]] = item(row[:-1], "new", row[-1])
    # Reopened: a change back to open from a status a reviewer or a run had closed it with.
    reopened = (
        FindingChange.objects.filter(at__gte=start, at__lt=end, to_status=Finding.Status.OPEN)
        .exclude(from_status="")
        .order_by("at", "id")
        .values_list(*(f"finding__{name}" for name in fields), "at")
    )
    for row in reopened:
        items.setdefault(row[0], item(row[:-1], "reopened", row[-1]))
    return sorted(items.values(), key=lambda f: (-f.severity_rank, f.event_title, f.change, f.id))


def _verdict_items(*, start: datetime, end: datetime) -> list[VerdictItem]:
    window = Q(status=Verdict.Status.PUBLISHED, published_at__gte=start, published_at__lt=end) | Q(
        status=Verdict.Status.CORRECTED, updated_at__gte=start, updated_at__lt=end
    )
    rows = (
        Verdict.objects.filter(window)
        .order_by("id")
        .values_list(
            "id",
            "claim__event_id",
            "claim__event__title",
            "claim__claimant__name",
            "claim__text",
            "rating",
            "status",
            "published_at",
            "updated_at",
        )
    )
    labels = dict(Verdict.Rating.choices)
    admin_path = reverse("admin:claims_verdict_change", args=[0]).replace("/0/", "/{}/")
    return [
        VerdictItem(
            id=pk,
            event_id=event_id,
            event_title=event_title or "",
            claimant=claimant,
            claim_text=text,
            rating=labels.get(rating, rating),
            status=status,
            at=updated_at if status == Verdict.Status.CORRECTED else published_at,
            url=verdict_public_url(pk),
            admin_url=_absolute(admin_path.format(pk)),
        )
        for pk, event_id, event_title, claimant, text, rating, status, published_at, updated_at
        in rows
    ]  # fmt: skip


def _interval(count_min: int | None, count_max: int | None) -> str:
    if count_min is None:
        return "" if count_max is None else f"up to {count_max}"
    if count_max is None:
        return f"at least {count_min}"
    return str(count_min) if count_min == count_max else f"{count_min}–{count_max}"


def _count_moves(*, start: datetime, end: datetime) -> list[CountMove]:
    """Per event, each claimant's casualty count (per category and group) that the window
    changed: the last value known before the window against the last one in it."""
    casualty = Claim.objects.filter(kind=Claim.Kind.CASUALTY, event__isnull=False)
    touched = casualty.filter(created_at__gte=start, created_at__lt=end)
    event_ids = set(touched.order_by().values_list("event_id", flat=True).distinct())
    if not event_ids:
        return []
    rows = (
        casualty.filter(event_id__in=event_ids, created_at__lt=end)
        .order_by("stated_at", "created_at", "id")
        .values_list(
            "event_id",
            "event__title",
            "claimant__name",
            "category",
            "group",
            "count_min",
            "count_max",
            "created_at",
        )
    )
    before: dict[tuple, str] = {}
    after: dict[tuple, tuple[str, str, datetime]] = {}
    for event_id, title, claimant, category, group, low, high, created_at in rows:
        key = (event_id, claimant, category, group)
        value = _interval(low, high)
        if created_at < start:
            before[key] = value
            after.pop(key, None)  # a later-stated old claim is the latest value
        else:
            after[key] = (title, value, created_at)
    moves = [
        CountMove(
            event_id=key[0],
            event_title=title,
            claimant=key[1],
            category=key[2],
            group=key[3],
            before=before.get(key, ""),
            after=value,
            at=at,
        )
        for key, (title, value, at) in after.items()
        if before.get(key) != value
    ]
    return sorted(moves, key=lambda m: (m.event_title, m.claimant, m.category, m.group))


_cache = threading.local()


def changes_between(*, start: datetime, end: datetime, cached: bool = True) -> Changes:
    """What changed in [start, end). Cached per process for a minute: one run of a period
    reads the record once, whatever the number of subscribers."""
    store = getattr(_cache, "store", None)
    if store is None:
        store = _cache.store = {}
    key = (start, end)
    hit = store.get(key)
    if cached and hit is not None and hit[0] > time.monotonic():
        return hit[1]
    changes = Changes(
        start=start,
        end=end,
        findings=tuple(_finding_items(start=start, end=end)),
        verdicts=tuple(_verdict_items(start=start, end=end)),
        counts=tuple(_count_moves(start=start, end=end)),
    )
    if len(store) > 16:
        store.clear()
    store[key] = (time.monotonic() + CHANGES_CACHE_SECONDS, changes)
    return changes


def changes_cache_clear() -> None:
    _cache.store = {}
    _cache.event_filters = None


def subscription_event_ids(subscription_id: int) -> set[int]:
    """A subscription's events filter (empty: every event), from a per-process map of all
    active subscriptions' filters read at most once a minute: one query per run, not one per
    subscriber. A filter changed during a run applies from the next run."""
    cached = getattr(_cache, "event_filters", None)
    if cached is None or cached[0] <= time.monotonic():
        filters: dict[int, set[int]] = {}
        rows = Subscription.events.through.objects.filter(
            subscription__status=Subscription.Status.ACTIVE
        ).values_list("subscription_id", "event_id")
        for pk, event_id in rows.iterator(chunk_size=5000):
            filters.setdefault(pk, set()).add(event_id)
        cached = _cache.event_filters = (time.monotonic() + CHANGES_CACHE_SECONDS, filters)
    return cached[1].get(subscription_id, set())


def digest_build(
    *,
    subscription: Subscription,
    start: datetime,
    end: datetime,
    event_ids: set[int] | None = None,
    changes: Changes | None = None,
) -> Digest:
    """One subscriber's digest of [start, end): the changes through its filters, from its
    confirmation on, bounded by its partner's scopes. Reads nothing when `event_ids` (its
    event filter) and `changes` are given; else through the per-process caches."""
    if changes is None:
        changes = changes_between(start=start, end=end)
    if event_ids is None:
        event_ids = subscription_event_ids(subscription.pk)
    since = max(start, subscription.confirmed_at) if subscription.confirmed_at else start
    partner = subscription.partner
    digest = Digest(subscription=subscription, start=since, end=end)
    digest.findings_in_api = partner is not None

    def wanted(event_id: int | None, at: datetime) -> bool:
        return at >= since and (not event_ids or event_id in event_ids)

    with_findings = not subscription.published_verdicts_only and (
        partner is None or partner.has_scope(Scope.READ_FINDINGS)
    )
    with_record = partner is None or partner.has_scope(Scope.READ)
    immediate = subscription.frequency == Frequency.IMMEDIATE
    if with_findings:
        floor = SEVERITY_RANK.get(subscription.min_severity, 0)
        if immediate:
            floor = max(floor, SEVERITY_RANK.get(settings.FACTCHECK_DIGEST_IMMEDIATE_SEVERITY, 3))
        rules = set(subscription.rules)
        digest.findings = [
            f
            for f in changes.findings
            if f.severity_rank >= floor
            and (not rules or f.rule in rules)
            and wanted(f.event_id, f.at)
        ]
    if with_record and not immediate:
        digest.verdicts = [v for v in changes.verdicts if wanted(v.event_id, v.at)]
        if not subscription.published_verdicts_only:
            digest.counts = [c for c in changes.counts if wanted(c.event_id, c.at)]
    return digest


def subscriptions_due(*, frequency: str, end: datetime) -> QuerySet[Subscription]:
    """Active subscriptions of this frequency confirmed before the period ended, the desk's
    own and those of active partners (a partner switched off sends nothing)."""
    return Subscription.objects.filter(
        Q(partner__isnull=True) | Q(partner__active=True),
        status=Subscription.Status.ACTIVE,
        frequency=frequency,
        confirmed_at__lt=end,
    )


def subscription_list() -> QuerySet[Subscription]:
    return Subscription.objects.select_related("partner").prefetch_related("events")


def partner_subscription_list(*, partner: Partner) -> QuerySet[Subscription]:
    """A partner's own subscriptions (scope `read`), unsubscribed ones included."""
    scope_require(partner, Scope.READ)
    return subscription_list().filter(partner=partner)
