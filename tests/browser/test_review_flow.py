"""A reviewer and an editor in a real browser: the reviewer logs in, assigns a finding to
themself and writes a verdict; an editor publishes it; the verdict's history shows both.
Screenshots of the queue and the event page go to test-artifacts/.

The database is set up before the browser starts and checked after it stops: Playwright's
sync API runs an event loop in this thread, where Django refuses ORM calls.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Claim, Verdict
from factcheck.models import Finding
from factcheck.review.roles import roles_ensure
from tests.api.factories import CauseClaimFactory, FindingFactory
from tests.browser.conftest import ARTIFACTS
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

PASSWORD = "a-long-browser-password-42"
TEXT = (
    "US Central Command said four of the six crew members were killed. Later it said all "
    "six were killed. The IRGC said the aircraft was struck by a missile. CENTCOM said the "
    "loss was not due to hostile fire."
)


def _setup() -> dict:
    users = {}
    for username, group in (("rita", "Reviewer"), ("edith", "Editor")):
        user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
        roles_ensure()  # a transactional test before this one may have emptied the groups
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    event = EventFactory(key="kc135-western-iraq", title="Tanker lost over western Iraq")
    document = DocumentFactory(text=TEXT, event=event, title="Tanker lost")
    centcom = SourceFactory(name="CENTCOM", side="US")
    irgc = SourceFactory(name="IRGC", side="Iran")
    first = ClaimFactory(
        document=document,
        claimant=centcom,
        span_start=TEXT.index("four"),
        span_end=TEXT.index(" were killed") + len(" were killed"),
        count_min=4,
        count_max=4,
        count_total=6,
        qualifier=Claim.Qualifier.OF_TOTAL,
    )
    second = ClaimFactory(
        document=document,
        claimant=centcom,
        stated_at=document.published_at.replace(hour=18),
        span_start=TEXT.index("all six"),
        span_end=TEXT.index("all six") + len("all six"),
        qualifier=Claim.Qualifier.ALL,
    )
    ClaimFactory(
        document=document,
        claimant=irgc,
        category=Claim.Category.ABOARD,
        span_start=TEXT.index("the six crew"),
        span_end=TEXT.index("the six crew") + len("the six crew"),
    )
    CauseClaimFactory(
        document=document,
        claimant=irgc,
        polarity=Claim.Polarity.AFFIRMED,
        span_start=TEXT.index("struck by a missile"),
        span_end=TEXT.index("struck by a missile") + len("struck by a missile"),
    )
    CauseClaimFactory(
        document=document,
        claimant=centcom,
        span_start=TEXT.index("not due to hostile fire"),
        span_end=TEXT.index("not due to hostile fire") + len("not due to hostile fire"),
    )
    finding = FindingFactory(
        event=event,
        rule="casualty_revision",
        severity="note",
        message="CENTCOM revised killed crew from 4 of 6 to 6.",
        claims=[first, second],
    )
    FindingFactory(
        event=event,
        rule="cause_contradiction",
        severity="warning",
        message="IRGC says missile; CENTCOM denies hostile fire.",
    )
    return {"event": event.pk, "finding": finding.pk, "claim": second.pk}


def _log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


@pytest.mark.django_db(transaction=True)
def test_reviewer_writes_editor_publishes(live_server, chromium):
    ids = _setup()
    base = live_server.url

    with chromium() as browser:
        # The reviewer: the queue, assign to me, a verdict submitted for review.
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        _log_in(page, base, "rita")
        page.goto(f"{base}/admin/factcheck/finding/")
        page.wait_for_selector("#result_list")
        page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)
        page.check(f'input[name="_selected_action"][value="{ids["finding"]}"]')
        page.select_option('select[name="action"]', "assign_to_me")
        page.click('button[name="index"]')
        page.wait_for_selector("text=1 finding assigned to you")

        page.goto(f"{base}/admin/factcheck/finding/{ids['finding']}/change/")
        page.click(f'a[href="/admin/claims/claim/{ids["claim"]}/change/"]')
        assert page.inner_text("#claim-span") == "all six"
        page.click("#write-verdict")
        page.select_option("#id_rating", "true")
        page.fill("#id_rationale", "CENTCOM's later statement confirms all six crew were killed.")
        page.fill("#id_evidence", "https://evidence.example.org/centcom-statement")
        page.click('input[name="_continue"]')
        page.click('button[value="submit"]')
        page.wait_for_selector("text=is now in review")
        assert "a second person publishes it" in page.inner_text("#verdict-workflow")
        verdict_url = page.url
        context.close()

        # The editor publishes it; the history shows both people.
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        _log_in(page, base, "edith")
        page.goto(verdict_url)
        page.click('button[value="publish"]')
        page.wait_for_selector("text=is now published")
        trail = page.inner_text("table.audit-trail")
        assert re.search(r"rita\s+verdict\.create", trail)
        assert re.search(r"rita\s+verdict\.submit", trail)
        assert re.search(r"edith\s+verdict\.publish", trail)

        page.goto(f"{base}/admin/claims/event/{ids['event']}/change/")
        page.wait_for_selector("#event-timeline svg")
        assert page.locator("#event-timeline circle").count() == 3
        assert "IRGC says missile" in page.inner_text("#event-findings")
        page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
        context.close()

    verdict = Verdict.objects.select_related("author", "reviewer").get()
    assert (verdict.status, verdict.author.username, verdict.reviewer.username) == (
        "published",
        "rita",
        "edith",
    )
    assert Finding.objects.get(pk=ids["finding"]).assignee.username == "rita"
    assert (ARTIFACTS / "queue.png").stat().st_size > 10_000
    assert (ARTIFACTS / "event.png").stat().st_size > 10_000
