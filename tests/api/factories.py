"""Factories for the API tests: partners and their tokens, verdicts, findings."""

from __future__ import annotations

from datetime import UTC, datetime

import factory
from django.contrib.auth import get_user_model

from claims.models import Claim, Verdict
from factcheck.models import Finding, Severity
from partners.models import Partner, Scope
from tests.factories import ClaimFactory, EventFactory


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Partner {n}")
    contact_email = factory.Sequence(lambda n: f"api{n}@partner.example.org")
    scopes = factory.LazyFunction(lambda: [Scope.READ])
    rate_limit_per_minute = 1000


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"reviewer{n}")


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    claim = factory.SubFactory(ClaimFactory)
    rating = Verdict.Rating.FALSE
    rationale = "The aircraft's operator reported no hostile fire; no evidence of a strike."
    evidence = factory.LazyFunction(lambda: ["https://evidence.example.org/1"])
    author = factory.SubFactory(UserFactory)
    reviewer = factory.SubFactory(UserFactory)
    status = Verdict.Status.PUBLISHED
    published_at = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding
        skip_postgeneration_save = True

    rule = "count_conflict"
    event = factory.SubFactory(EventFactory)
    severity = Severity.WARNING
    message = "Two claimants give counts that do not overlap."
    fingerprint = factory.Sequence(lambda n: f"finding-{n}")

    @factory.post_generation
    def claims(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.claims.set(extracted)


class CauseClaimFactory(ClaimFactory):
    """A cause claim: "not due to hostile fire" (denied) unless told otherwise."""

    kind = Claim.Kind.CAUSE
    category = ""
    group = ""
    count_min = None
    count_max = None
    qualifier = ""
    scope = ""
    cause = Claim.Cause.HOSTILE_FIRE
    polarity = Claim.Polarity.DENIED
