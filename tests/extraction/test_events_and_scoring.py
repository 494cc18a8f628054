from __future__ import annotations

from datetime import date

from factcheck.extraction import ExtractedClaim
from factcheck.extraction.events import propose_event
from factcheck.extraction.scoring import GoldClaim, Report, _Names, score_document


def test_event_proposal_for_an_aircraft_loss():
    text = (
        "A C-130 transport plane crashed near Port Elm on Sunday, the air force said. "
        "The C-130 was carrying supplies."
    )
    event = propose_event(text, "Transport plane crashes near Port Elm", date(2026, 5, 5))
    assert event is not None
    assert event.aircraft == "C-130"
    assert event.place == "Port Elm"
    assert event.occurred_on == date(2026, 5, 3)
    assert event.confidence >= 0.8


def test_no_event_in_text_without_an_incident():
    assert propose_event("The council met to discuss the budget.", "", None) is None


def test_scoring_pairs_claims_and_counts_fields():
    text = "Police said 5 people died."
    predicted = [
        ExtractedClaim("Police", "reported", "casualty", 12, 25, date(2026, 1, 2),
                       category="killed", min=5, max=5, qualifier="exact"),
        ExtractedClaim("Police", "reported", "cause", 0, 6, date(2026, 1, 2),
                       cause="accident", polarity="affirmed"),
    ]  # fmt: skip
    gold = [
        GoldClaim({"claimant": "Police", "attribution": "reported", "kind": "casualty",
                   "category": "killed", "min": 5, "max": 5, "qualifier": "exact",
                   "stated_on": "2026-01-01", "evidence": "5 people died"},
                  text.find("5 people"), len(text) - 1, False),
    ]  # fmt: skip
    report = Report()
    score_document(predicted, gold, _Names([]), report)
    fields = report.fields
    assert (fields["claim"].correct, fields["claim"].predicted, fields["claim"].expected) == (
        1,
        2,
        1,
    )
    assert fields["count"].correct == 1
    assert fields["stated_at"].correct == 0
    assert fields["claim"].precision == 0.5
