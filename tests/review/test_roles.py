"""The groups the migration creates, and who may enter the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.api.factories import PartnerFactory
from tests.review.conftest import PASSWORD, make_user


@pytest.mark.django_db
def test_the_three_groups_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Reviewer", "Editor", "Admin"}


@pytest.mark.parametrize(
    ("group", "permission", "has"),
    [
        ("Reviewer", "factcheck.change_finding", True),
        ("Reviewer", "claims.add_verdict", True),
        ("Reviewer", "claims.change_claim", True),
        ("Reviewer", "claims.view_auditentry", True),
        ("Reviewer", "claims.publish_verdict", False),
        ("Reviewer", "factcheck.change_ruleconfig", False),
        ("Reviewer", "partners.view_partner", False),
        ("Editor", "claims.publish_verdict", True),
        ("Editor", "claims.change_event", True),
        ("Editor", "factcheck.change_ruleconfig", False),
        ("Admin", "claims.publish_verdict", True),
        ("Admin", "factcheck.change_ruleconfig", True),
        ("Admin", "partners.change_partner", True),
        ("Admin", "auth.change_user", True),
    ],
)
def test_group_permissions(db, group, permission, has):
    user = make_user(f"user-{group.lower()}", group)
    assert user.has_perm(permission) is has


def test_a_reviewer_logs_in_and_sees_the_queue(client, reviewer):
    assert client.login(username=reviewer.username, password=PASSWORD)
    assert client.get(reverse("admin:factcheck_finding_changelist")).status_code == 200
    # but not the partners
    assert client.get(reverse("admin:partners_partner_changelist")).status_code == 403


def test_an_account_without_staff_status_cannot_log_in(client, db):
    get_user_model().objects.create_user("outsider", password=PASSWORD, is_staff=False)
    response = client.post(reverse("admin:login"), {"username": "outsider", "password": PASSWORD})
    assert response.status_code == 200  # the form again, with an error
    assert "staff account" in response.text
    assert client.get(reverse("admin:index")).status_code == 302


def test_a_partner_token_does_not_open_the_admin(client, db):
    from partners.services import api_token_create

    partner = PartnerFactory()
    _, plain = api_token_create(partner=partner, label="ci")
    response = client.get(
        reverse("admin:factcheck_finding_changelist"), HTTP_AUTHORIZATION=f"Bearer {plain}"
    )
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
