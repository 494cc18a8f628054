"""`manage.py create_partner_token`: a partner with scopes and a token, printed alone."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from partners.models import Partner


def test_creates_a_partner_and_prints_a_working_token(db, capsys):
    call_command("create_partner_token", "--name", "Newsroom", "--scopes", "read,submit")

    token = capsys.readouterr().out.strip()
    partner = Partner.objects.get(name="Newsroom")
    assert partner.scopes == ["read", "submit"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert client.get("/api/v1/claims").status_code == 200


def test_run_again_it_updates_the_scopes_and_adds_a_token(db, capsys):
    call_command("create_partner_token", "--name", "Newsroom")
    call_command(
        "create_partner_token",
        *("--name", "Newsroom", "--scopes", "read:findings", "--rate-limit", "9"),
    )

    first, second = capsys.readouterr().out.split()
    partner = Partner.objects.get(name="Newsroom")
    assert (partner.scopes, partner.rate_limit_per_minute) == (["read:findings"], 9)
    assert first != second
    assert partner.tokens.count() == 2


def test_an_unknown_scope_is_refused(db):
    with pytest.raises(CommandError, match="scopes"):
        call_command("create_partner_token", "--name", "Newsroom", "--scopes", "write")
    assert not Partner.objects.exists()
