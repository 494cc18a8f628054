"""factory_boy factories for the record."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import factory

from claims.models import Claim, Document, Event, Source


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = Source.Kind.MILITARY


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    key = factory.Sequence(lambda n: f"event-{n}")
    title = factory.LazyAttribute(lambda e: e.key.replace("-", " "))


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    publisher = factory.SubFactory(SourceFactory, kind=Source.Kind.OUTLET)
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    title = "A report"
    text = factory.Sequence(
        lambda n: f"Report number {n}. " + "Officials said six were killed. " * 4
    )
    published_at = datetime(2026, 3, 13, 9, 0, tzinfo=UTC)
    content_hash = factory.LazyAttribute(lambda d: hashlib.sha256(d.text.encode()).hexdigest())
    state = Document.State.EXTRACTED


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    document = factory.SubFactory(DocumentFactory)
    event = factory.SelfAttribute("document.event")
    claimant = factory.SubFactory(SourceFactory)
    attribution = Claim.Attribution.REPORTED
    kind = Claim.Kind.CASUALTY
    span_start = 0
    span_end = 10
    text = factory.LazyAttribute(lambda c: c.document.text[c.span_start : c.span_end])
    stated_at = factory.SelfAttribute("document.published_at")
    category = Claim.Category.KILLED
    group = "crew"
    count_min = 6
    count_max = 6
    qualifier = Claim.Qualifier.EXACT
    scope = Claim.Scope.INCIDENT
    fingerprint = factory.Sequence(lambda n: f"fp-{n}")
