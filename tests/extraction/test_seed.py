"""The seed article (../shared/seeds/*.txt, read where present; nothing is copied here)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from factcheck.extraction import DocumentInput, ExtractedClaim, extract

from .conftest import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is absent")


@pytest.fixture(scope="module")
def seed_claims(sources) -> list[ExtractedClaim]:
    text = SEEDS[0].read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[1]  # the first line is the breadcrumb, the headline comes next
    doc = DocumentInput(
        text=text,
        title=title,
        publisher="Press TV",
        published_at=datetime(2026, 3, 13, 12, 0, tzinfo=UTC),
    )
    result = extract(doc, sources)
    assert result.skipped_reason is None
    for claim in result.claims:
        print(claim)
    return result.claims


def find(claims, **values) -> list[ExtractedClaim]:
    return [c for c in claims if all(getattr(c, k) == v for k, v in values.items())]


def test_centcom_four_of_six_dated_to_when_it_was_said(seed_claims):
    killed = find(
        seed_claims, claimant="US Central Command", category="killed", qualifier="of_total"
    )
    assert [(c.min, c.max, c.total, c.stated_on) for c in killed] == [(4, 4, 6, date(2026, 3, 12))]
    aboard = find(seed_claims, claimant="US Central Command", category="aboard")
    assert [(c.min, c.max, c.qualifier) for c in aboard] == [(6, 6, "exact")]


def test_centcom_all_six_dated_friday(seed_claims):
    killed = find(seed_claims, claimant="US Central Command", category="killed", qualifier="all")
    assert [(c.min, c.max, c.stated_on) for c in killed] == [(6, 6, date(2026, 3, 13))]


def test_centcom_denies_hostile_and_friendly_fire(seed_claims):
    denials = find(seed_claims, claimant="US Central Command", kind="cause", polarity="denied")
    assert sorted(c.cause for c in denials) == ["friendly_fire", "hostile_fire"]
    assert {c.attribution for c in denials} == {"quote"}


def test_iranian_claims_of_a_shoot_down(seed_claims):
    khatam = find(seed_claims, claimant="Khatam al-Anbiya Central Headquarters", kind="cause")
    assert [(c.cause, c.polarity) for c in khatam] == [("hostile_fire", "affirmed")]
    # "Resistance Front" is an alias of this source in seeds/sources.json
    assert khatam[0].agent == "Islamic Resistance in Iraq"
    assert khatam[0].stated_on == date(2026, 3, 12)
    irgc = find(seed_claims, claimant="IRGC", kind="cause")
    assert [(c.cause, c.polarity) for c in irgc] == [("hostile_fire", "affirmed")]


def test_press_tv_asserts_in_its_own_voice(seed_claims):
    headline = find(seed_claims, claimant="Press TV", attribution="headline")
    assert ("killed", 6) in {(c.category, c.min) for c in headline}
    assert ("hostile_fire", "affirmed") in {(c.cause, c.polarity) for c in headline}
    assert all(not c.in_title for c in headline)
    lead = find(seed_claims, claimant="Press TV", attribution="outlet", category="killed")
    assert [(c.min, c.qualifier) for c in lead] == [(6, "all")]
    lead_cause = find(seed_claims, claimant="Press TV", attribution="outlet", cause="hostile_fire")
    assert lead_cause


def test_pentagon_cumulative_toll(seed_claims):
    toll = find(seed_claims, claimant="US Department of Defense", category="killed")
    assert [(c.min, c.max, c.qualifier, c.scope, c.group) for c in toll] == [
        (13, None, "at_least", "cumulative", "US troops")
    ]


def test_aircraft_lost_in_the_war_is_a_cumulative_count(seed_claims):
    lost = find(seed_claims, claimant="Press TV", category="aircraft_lost", scope="cumulative")
    assert [(c.min, c.max, c.qualifier) for c in lost] == [(4, None, "at_least")]


def test_losses_of_another_incident_are_not_claims_of_this_one(seed_claims):
    # The background paragraph counts fighters lost elsewhere, earlier: DESIGN.md says
    # claims about other incidents are not claims about this event. This incident lost
    # one aircraft, and no claim of the article gives it another count.
    lost = find(seed_claims, category="aircraft_lost", scope="incident")
    assert [(c.claimant, c.min, c.max) for c in lost if c.min != 1] == []
