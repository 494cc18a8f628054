"""People of the desk in their groups (created by claims' 0004 migration), and findings."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Claim, Document
from factcheck.review.roles import roles_ensure
from tests.api.factories import FindingFactory
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

PASSWORD = "a-long-test-password-42"


def make_user(username: str, group: str | None, *, superuser: bool = False):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=True, is_superuser=superuser
    )
    if group:
        roles_ensure()  # a transactional test before this one may have emptied the groups
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer(db):
    return make_user("rita", "Reviewer")


@pytest.fixture
def other_reviewer(db):
    return make_user("ruben", "Reviewer")


@pytest.fixture
def editor(db):
    return make_user("edith", "Editor")


@pytest.fixture
def desk_admin(db):
    return make_user("adam", "Admin")


@pytest.fixture
def event(db):
    return EventFactory(key="kc135-western-iraq", title="Tanker lost over western Iraq")


TEXT = (
    "US Central Command said four of the six crew members were killed. "
    "The IRGC said the aircraft was struck by a missile. "
    "CENTCOM said the loss was not due to hostile fire."
)


@pytest.fixture
def document(event):
    return DocumentFactory(text=TEXT, event=event, title="Tanker lost")


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.fixture
def claim(document):
    start, end = span(TEXT, "four of the six crew members were killed")
    return ClaimFactory(
        document=document,
        claimant=SourceFactory(name="CENTCOM", side="US"),
        span_start=start,
        span_end=end,
        count_min=4,
        count_max=4,
        count_total=6,
        qualifier=Claim.Qualifier.OF_TOTAL,
    )


@pytest.fixture
def finding(claim):
    return FindingFactory(event=claim.event, claims=[claim], rule="casualty_revision")


def findings_for(event, n: int, **kwargs) -> list:
    """n findings, each on a claim of its own by a claimant of its own."""
    document: Document = DocumentFactory(event=event, text="Officials said six were killed. " * 4)
    made = []
    for i in range(n):
        claim = ClaimFactory(
            document=document, claimant=SourceFactory(name=f"Claimant {event.pk}-{i}")
        )
        made.append(FindingFactory(event=event, claims=[claim], **kwargs))
    return made
