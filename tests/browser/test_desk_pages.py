"""The desk's pages as an editor sees them in Chromium at 1400x900: the queue, a finding, a
claim and an event. Each is screenshot to test-artifacts/ and checked for what stands in
the way on a busy day: a horizontal scroll, a key element out of view, a heading cut
mid-word.

The database is set up before the browser starts: Playwright's sync API runs an event loop
in this thread, where Django refuses ORM calls.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Claim
from factcheck.review.roles import roles_ensure
from tests.api.factories import CauseClaimFactory, FindingFactory
from tests.browser.conftest import ARTIFACTS
from tests.factories import ClaimFactory, DocumentFactory, EventFactory, SourceFactory

PASSWORD = "a-long-browser-password-42"
VIEWPORT = {"width": 1400, "height": 900}
T = datetime(2026, 3, 12, 21, 0, tzinfo=UTC)
# A document long enough that the claim sits far below the top of the claim page's box.
FILLER = "An earlier paragraph on other matters of the day, at some length. " * 60
TEXT = (
    FILLER + "\n\nThe joint command said four of the six crew members were killed when the "
    "tanker came down. The guards' spokesman said the aircraft was struck by a missile. "
    "The command said the loss was not due to hostile fire."
)
LONG_MESSAGE = (
    "The joint command and the guards' spokesman give casualty counts for the tanker's crew "
    "that cannot both be true, and the later statement revises the earlier one again while "
    "a third outlet relays the first figure without attribution to anyone at all."
)


def part(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _setup() -> dict:
    editor = get_user_model().objects.create_user("edna", password=PASSWORD, is_staff=True)
    roles_ensure()
    editor.groups.add(Group.objects.get(name="Editor"))
    event = EventFactory(
        key="tanker-down-western-desert", title="Refuelling tanker down over the western desert"
    )
    document = DocumentFactory(text=TEXT, event=event, title="Tanker down", published_at=T)
    command = SourceFactory(name="Joint Command of the Coalition Forces", side="coalition")
    guards = SourceFactory(name="Spokesman of the Revolutionary Guards", side="Iran")
    relay = SourceFactory(name="Regional Wire Service", side="")
    start, end = part(TEXT, "four of the six crew members were killed")
    four = ClaimFactory(
        document=document,
        claimant=command,
        span_start=start,
        span_end=end,
        count_min=4,
        count_max=4,
        count_total=6,
        qualifier=Claim.Qualifier.OF_TOTAL,
    )
    later = DocumentFactory(text=TEXT, event=event, published_at=T + timedelta(hours=20))
    six = ClaimFactory(
        document=later,
        claimant=guards,
        span_start=start,
        span_end=end,
        count_min=6,
        count_max=6,
    )
    # Same value, same time: would hide the first point without an offset.
    ClaimFactory(
        document=later,
        claimant=relay,
        span_start=start,
        span_end=end,
        stated_at=T,
        count_min=4,
        count_max=4,
    )
    undated = DocumentFactory(text=TEXT, event=event, published_at=None)
    ClaimFactory(document=undated, claimant=relay, span_start=start, span_end=end, stated_at=None)
    start, end = part(TEXT, "struck by a missile")
    CauseClaimFactory(
        document=document, claimant=guards, span_start=start, span_end=end, polarity="affirmed"
    )
    finding = FindingFactory(
        event=event,
        rule="casualty_revision",
        severity="critical",
        message=LONG_MESSAGE,
        claims=[four, six],
    )
    for n in range(24):
        FindingFactory(
            event=event,
            rule="count_conflict" if n % 2 else "cause_contradiction",
            severity=("critical", "warning", "note")[n % 3],
            message=f"{LONG_MESSAGE} (case {n})",
            claims=[four, six],
        )
    return {"event": event.pk, "finding": finding.pk, "claim": four.pk}


def _log_in(page, base: str) -> None:
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "edna")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


# The page, and any box in it that scrolls sideways (the changelist's results are one).
OVERFLOWING = """
() => [document.documentElement, ...document.querySelectorAll('body *')].filter(e => {
  if (e.tagName === 'TEXTAREA' || e.tagName === 'SELECT') return false;
  const x = e === document.documentElement ? 'auto' : getComputedStyle(e).overflowX;
  return (x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1;
}).map(e => (e.id || e.className || e.tagName) + ': ' + e.scrollWidth + ' > ' + e.clientWidth)
"""


def _no_horizontal_overflow(page) -> None:
    assert page.evaluate(OVERFLOWING) == []


def _in_view(page, selector: str) -> None:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not shown"
    assert box["y"] >= 0, selector
    assert box["y"] + min(box["height"], 40) <= VIEWPORT["height"], f"{selector} below the fold"
    assert box["x"] + box["width"] <= VIEWPORT["width"], f"{selector} past the right edge"


# A heading is cut when its box clips its text, or when it ends in an ellipsis right after a
# letter (a word cut short).
HEADINGS_CUT = """
() => [...document.querySelectorAll('h1, h2, h3')].filter(h => {
  const style = getComputedStyle(h);
  const clipped = h.scrollWidth > h.clientWidth + 1 && style.overflow !== 'visible';
  return clipped || /\\p{L}(…|\\.\\.\\.)$/u.test(h.textContent.trim());
}).map(h => h.textContent.trim())
"""


def _check(page, name: str, *selectors: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"desk-{name}.png"))
    _no_horizontal_overflow(page)
    for selector in selectors:
        _in_view(page, selector)
    assert page.evaluate(HEADINGS_CUT) == []


@pytest.mark.django_db(transaction=True)
def test_the_desk_pages_at_1400x900(live_server, chromium):
    ids = _setup()
    base = live_server.url
    with chromium() as browser:
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        _log_in(page, base)

        page.goto(f"{base}/admin/factcheck/finding/")
        page.wait_for_selector("#result_list")
        _check(page, "queue", "#result_list th.column-assignee", "#result_list th.column-age")
        rows = page.locator("#result_list tbody tr")
        in_view = [
            box
            for box in (rows.nth(i).bounding_box() for i in range(rows.count()))
            if box and box["y"] + box["height"] <= VIEWPORT["height"]
        ]
        assert len(in_view) >= 15, f"{len(in_view)} findings in the first screen"
        assert max(box["height"] for box in in_view) <= 40  # one line each

        page.goto(f"{base}/admin/factcheck/finding/{ids['finding']}/change/")
        page.wait_for_selector("#finding-sides")
        _check(page, "finding", "#finding-summary", ".finding-side", "a.write-verdict")
        assert page.locator(".finding-side").count() == 2
        assert page.locator(".finding-side mark").first.inner_text() == (
            "four of the six crew members were killed"
        )

        page.goto(f"{base}/admin/claims/claim/{ids['claim']}/change/")
        page.wait_for_selector("#claim-span")
        _check(page, "claim", "#claim-span", "#write-verdict")
        # The claim is in the visible part of its document's scroll box.
        inside = page.evaluate(
            """() => { const b = document.getElementById('claim-document').getBoundingClientRect();
                       const m = document.getElementById('claim-span').getBoundingClientRect();
                       return m.top >= b.top && m.bottom <= b.bottom; }"""
        )
        assert inside

        page.goto(f"{base}/admin/claims/event/{ids['event']}/change/")
        page.wait_for_selector("#event-timeline svg")
        _check(page, "event", "#event-timeline svg", "#event-timeline .legend")
        # The legend's names are whole and inside the picture.
        svg = page.locator("#event-timeline svg").bounding_box()
        for i in range(page.locator("#event-timeline .legend text").count()):
            label = page.locator("#event-timeline .legend text").nth(i)
            box = label.bounding_box()
            assert box["x"] + box["width"] <= svg["x"] + svg["width"], label.text_content()
        legend = page.locator("#event-timeline .legend text").all_text_contents()
        assert "Joint Command of the Coalition Forces" in legend
        assert "undated" in page.locator("#event-timeline svg").text_content()
        # Two claims at the same value and time are not drawn on top of each other.
        centres = page.evaluate(
            """() => [...document.querySelectorAll('#event-timeline circle:not(.undated)')]
                     .map(c => c.getAttribute('cx') + ',' + c.getAttribute('cy'))"""
        )
        assert len(centres) == len(set(centres)) == 3
        colours = page.evaluate(
            """() => [...document.querySelectorAll('#event-timeline .legend rect')]
                     .map(r => r.getAttribute('fill'))"""
        )
        assert len(set(colours)) == len(colours) == 3
        context.close()

    for name in ("queue", "finding", "claim", "event"):
        assert (ARTIFACTS / f"desk-{name}.png").stat().st_size > 10_000
