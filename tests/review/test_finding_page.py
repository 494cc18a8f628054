"""A finding's page: each side as its claimant, each claim in its sentence with the claim
highlighted, its publisher, times, document and verdicts, and "write a verdict"; publishing
a verdict offers to resolve the finding."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from claims.models import Verdict
from factcheck.models import Finding
from factcheck.review import services
from factcheck.review.selectors import claim_sentence
from tests.api.factories import CauseClaimFactory, VerdictFactory
from tests.factories import DocumentFactory, SourceFactory
from tests.review.conftest import TEXT, span


@pytest.fixture
def two_sided(finding, claim, document):
    start, end = span(TEXT, "struck by a missile")
    other = CauseClaimFactory(
        document=document,
        claimant=SourceFactory(name="IRGC", side="Iran"),
        span_start=start,
        span_end=end,
        polarity="affirmed",
    )
    finding.claims.add(other)
    return finding


def page(client, finding):
    return client.get(reverse("admin:factcheck_finding_change", args=[finding.pk]))


def test_each_side_as_its_claimant_with_the_sentence_highlighted(
    client, reviewer, two_sided, claim, document
):
    client.force_login(reviewer)
    response = page(client, two_sided)
    assert response.status_code == 200
    text = response.text
    sides = re.findall(r'<h3 class="claimant">([^<]+)', text)
    assert [s.strip() for s in sides] == ["CENTCOM", "IRGC"]
    # The sentence, not the whole document, with the claim marked in it.
    assert "“US Central Command said <mark>four of the six crew members were killed</mark>.”" in (
        text
    )
    assert "“The IRGC said the aircraft was <mark>struck by a missile</mark>.”" in text
    assert f"Published by {document.publisher.name}" in text
    assert "on 2026-03-13 09:00" in text
    assert reverse("admin:claims_document_change", args=[document.pk]) in text
    assert document.url in text
    assert f'href="{reverse("admin:claims_verdict_add")}?claim={claim.pk}"' in text
    # The heading in whole words; no raw JSON.
    assert f"<h1>Finding #{two_sided.pk}: Casualty revision</h1>" in text


def test_a_relay_is_counted(client, reviewer, finding, claim):
    relay = DocumentFactory(event=claim.event, text=claim.document.text)
    type(claim).objects.create(
        **{
            f.attname: getattr(claim, f.attname)
            for f in claim._meta.concrete_fields
            if f.name not in ("id", "document", "created_at")
        }
        | {"document_id": relay.pk}
    )
    client.force_login(reviewer)
    assert "relayed in 1 other document" in page(client, finding).text


def test_its_verdicts_are_listed_and_a_published_one_offers_to_resolve(
    client, reviewer, editor, finding, claim
):
    verdict = services.verdict_create(
        claim=claim, author=reviewer, rating="true", rationale="Confirmed by the operator."
    )
    services.verdict_submit(verdict_id=verdict.pk, actor=reviewer)
    client.force_login(reviewer)
    text = page(client, finding).text
    assert f"Verdict #{verdict.pk}</a>: True, in review, by rita" in text
    assert "Resolve this finding" not in text

    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_verdict_step", args=[verdict.pk]), {"step": "publish"}, follow=True
    )
    assert "1 open finding rests on its claim: resolve below." in response.text
    assert f'action="{reverse("admin:factcheck_finding_review", args=[finding.pk])}"' in (
        response.text
    )
    assert "Resolve this finding" in page(client, finding).text
    client.post(
        reverse("admin:factcheck_finding_review", args=[finding.pk]),
        {"step": "resolve", "reason": f"Verdict #{verdict.pk} published."},
    )
    finding.refresh_from_db()
    assert (finding.status, finding.status_reason) == (
        Finding.Status.RESOLVED,
        f"Verdict #{verdict.pk} published.",
    )
    assert Verdict.objects.get().status == Verdict.Status.PUBLISHED


def test_no_delete_even_for_a_superuser(client, finding, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", password="x" * 20)
    client.force_login(boss)
    text = page(client, finding).text
    assert reverse("admin:factcheck_finding_delete", args=[finding.pk]) not in text
    queue = client.get(reverse("admin:factcheck_finding_changelist")).text
    assert 'value="delete_selected"' not in queue


def test_the_finding_page_costs_the_same_whatever_the_claims(
    client, reviewer, finding, claim, django_assert_max_num_queries
):
    client.force_login(reviewer)
    for n in range(6):
        extra = CauseClaimFactory(document=claim.document, claimant=SourceFactory(name=f"S{n}"))
        VerdictFactory(claim=extra)
        finding.claims.add(extra)
    with django_assert_max_num_queries(25):
        assert page(client, finding).status_code == 200


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("One. Two said four died. Three.", "four died", ("Two said ", "four died", ".")),
        ("Headline without a stop", "without", ("Headline ", "without", " a stop")),
        ("A.\n\nB said six! C.", "six", ("B said ", "six", "!")),
    ],
)
def test_claim_sentence(text, part, expected):
    start = text.index(part)
    assert claim_sentence(text, start, start + len(part)) == expected


def test_claim_sentence_cuts_a_long_sentence_at_a_word():
    text = "word " * 200 + "KEY" + " tail" * 200
    before, key, after = claim_sentence(text, text.index("KEY"), text.index("KEY") + 3)
    assert key == "KEY"
    assert before.startswith("…word")
    assert len(before) <= 242
    assert after.endswith("tail…")
    assert len(after) <= 242


def test_claim_values_read_as_words(claim):
    from factcheck.admin.desk import claim_value

    assert claim_value(claim) == "killed (crew): 4 of 6"
    cause = CauseClaimFactory(document=claim.document, agent="the air defence")
    assert claim_value(cause) == "denies hostile fire by the air defence"
