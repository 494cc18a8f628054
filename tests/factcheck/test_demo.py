"""`manage.py demo` prints the same admin password on every run, and it logs in."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = re.compile(r"login: demo  password: (\S+)")


def test_the_demo_keeps_one_password_across_runs(settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("demo", no_serve=True)
    first = PASSWORD.search(capsys.readouterr().out).group(1)
    call_command("demo", no_serve=True)
    second = PASSWORD.search(capsys.readouterr().out).group(1)

    assert first == second
    assert (tmp_path / "demo_password").stat().st_mode & 0o077 == 0  # readable by its owner only
    assert Client().login(username="demo", password=second)
