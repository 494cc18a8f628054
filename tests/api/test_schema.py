"""The OpenAPI schema and its browsable docs."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse


def test_schema_is_served_and_lists_every_resource(client, db):
    response = client.get(reverse("api:schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/documents",
        "/api/v1/documents/{id}",
        "/api/v1/claims",
        "/api/v1/claims/{id}",
        "/api/v1/events",
        "/api/v1/events/{id}",
        "/api/v1/sources",
        "/api/v1/sources/{id}",
        "/api/v1/findings",
        "/api/v1/findings/{id}",
        "/api/v1/verdicts",
        "/api/v1/verdicts/{id}",
        "/api/v1/verdicts/{id}/claimreview",
        "/api/v1/claimreviews",
        "/api/v1/webhooks",
        "/api/v1/webhooks/{id}",
        "/api/v1/webhooks/{id}/secret",
        "/api/v1/subscriptions",
        "/api/v1/subscriptions/{id}",
    }
    assert schema["components"]["securitySchemes"]["partnerToken"]["scheme"] == "bearer"
    post = schema["paths"]["/api/v1/documents"]["post"]
    assert set(post["responses"]) >= {"200", "202", "400", "413", "415"}


def test_schema_validates_without_warnings(db, tmp_path):
    # The same check as `manage.py spectacular --validate --fail-on-warn`.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yml"))

    assert (tmp_path / "s.yml").read_text().startswith("openapi: 3")


@pytest.mark.parametrize("url", ["/api/docs/"])
def test_docs_are_served_from_our_own_static_files(client, db, url):
    response = client.get(url)

    assert response.status_code == 200
    page = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in page
    assert "cdn" not in page.lower()
