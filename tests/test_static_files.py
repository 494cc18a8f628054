"""The admin is styled without a separate web server: WhiteNoise serves the static files
under the embedded default (from the apps, no collectstatic) with DEBUG off, and in
production from the collected, hashed copies."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from django.test import override_settings

from tests.conftest import REPO


@override_settings(DEBUG=False)
def test_the_embedded_default_serves_the_admin_styles_with_debug_off(client):
    for path in ("/static/admin/css/base.css", "/static/factcheck/desk.css"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("text/css")
        body = b"".join(response.streaming_content)
        assert b"{" in body
    assert client.get("/static/admin/css/no-such-file.css").status_code == 404


def test_production_serves_the_collected_hashed_files(tmp_path):
    """collectstatic as the README says, then a production process answers a hashed URL."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 20 + "-a-long-random-production-key-" + "y" * 20,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        "FACTCHECK_VAR_DIR": str(tmp_path),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert collect.returncode == 0, collect.stderr
    script = textwrap.dedent(
        """
        import django
        django.setup()
        from django.templatetags.static import static
        from django.test import Client
        url = static("admin/css/base.css")
        response = Client().get(url, secure=True)
        print(url, response.status_code, response["Cache-Control"])
        """
    )
    served = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert served.returncode == 0, served.stderr
    url, status, cache = served.stdout.split(maxsplit=2)
    assert url.startswith("/static/admin/css/base.")
    assert url != "/static/admin/css/base.css"
    assert status == "200"
    assert "max-age=315360000" in cache
