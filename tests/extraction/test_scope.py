"""Incident scope: background about other incidents is no claim about this one."""

from __future__ import annotations

from datetime import UTC, date, datetime

from factcheck.extraction.extractor import extract
from factcheck.extraction.scope import (
    about_foreign_lead,
    foreign_lead,
    in_unnamed_place,
    incident_years,
    lead_places,
    other_incident_spans,
)
from factcheck.extraction.types import DocumentInput, EventContext


def parts(text: str, years: frozenset[int]) -> list[str]:
    return [text[a:b] for a, b in other_incident_spans(text, years)]


def test_a_past_year_marks_its_clause_and_the_relative_clause_after_it():
    text = (
        "The group was behind the bombing of a stadium in 2019, which left 40 people dead, "
        "and now claims this attack."
    )
    found = parts(text, frozenset({2025}))
    assert any("2019" in p for p in found)
    assert any("40 people dead" in p for p in found)


def test_a_superlatives_year_is_a_comparison_not_another_incident():
    text = (
        "Officials first gave a toll of 70, which was later revised to 58, making it the "
        "deadliest attack in the province since the uprising of 1988."
    )
    assert parts(text, frozenset({2025})) == []


def test_an_unrelated_fire_is_another_incident():
    text = "Also that day, a fire unrelated to the strike broke out on a ferry and injured four."
    assert "".join(parts(text, frozenset({2025}))) == text


def test_a_separate_ambush_is_another_incident():
    text = "The bombing came a week after nine guards were killed in a separate ambush."
    assert "".join(parts(text, frozenset({2025}))) == text


def test_another_place_also_hit_is_background():
    text = "The storm also caused destruction on the islands, where 15 people were killed."
    assert "".join(parts(text, frozenset({2025}))) == text


def test_a_full_date_in_another_year_is_another_incident():
    text = (
        "The commander was killed near the capital's airport on March 4, 2019, in a drone "
        "strike that the then-president ordered."
    )
    assert "".join(parts(text, frozenset({2025}))) == text
    assert "".join(parts("On 4 March 2019 a drone strike killed him.", frozenset({2025})))


def test_a_full_date_in_the_incidents_year_is_not_background():
    text = "The drone strike on March 4, 2025, killed three guards at the depot."
    assert parts(text, frozenset({2025})) == []


def test_the_date_a_statement_was_made_is_no_incident():
    text = "The governor stated on May 2, 2024 that there was no sign of a deliberate attack."
    assert parts(text, frozenset({2022})) == []


def test_a_neighbour_hit_as_well_is_another_incident():
    text = "Norway, across the border, was hit as well: an official said air strikes cut a line."
    assert "".join(parts(text, frozenset({2025}))) == text


def test_the_incidents_own_year_is_not_background():
    text = "The missile that fell on the farm in 2022 was of the defenders' own making."
    assert parts(text, frozenset({2022, 2024})) == []


def test_years_named_twice_or_in_the_lead_belong_to_the_incident():
    text = "The blast of May 2022 killed two. " + "Filler. " * 80 + "In 2022 it was a missile."
    assert 2022 in incident_years(text, None)


def test_background_counts_and_causes_are_not_claims_about_this_incident():
    doc = DocumentInput(
        text=(
            "A gas explosion killed 12 people at a bakery in Eastford on Monday, police said.\n\n"
            "In 2017, a bombing at the same market killed 30 people, police said."
        ),
        publisher="Eastford Courier",
        published_at=datetime(2025, 6, 3, tzinfo=UTC),
    )
    claims = extract(doc, []).claims
    counts = {(c.category, c.min) for c in claims if c.kind == "casualty"}
    causes = {(c.cause, c.polarity) for c in claims if c.kind == "cause"}
    assert counts == {("killed", 12)}
    assert causes == {("accident", "affirmed")}


def test_a_loss_unrelated_to_enemy_fire_is_this_incident():
    text = "The command said the loss was unrelated to enemy fire."
    assert parts(text, frozenset({2025})) == []


def test_the_assault_a_war_began_after_is_another_incident():
    text = (
        "Norland went to war with the Front after the group, which is based in the hills, "
        "carried out a raid on Oct. 2 in which some 300 people were killed."
    )
    assert "".join(parts(text, frozenset({2025}))) == text
    assert parts("Since Norland went to war, 4,000 people have been killed.", frozenset()) == []


LEAD = "Floods swept through Marlow Vale on Sunday, the regional governor said."


def test_a_sentence_set_in_a_place_the_lead_never_names_is_elsewhere():
    assert in_unnamed_place("In Port Edric the shelling killed two people.", LEAD)
    assert not in_unnamed_place("In Marlow Vale the water killed two people.", LEAD)
    # a speaker's place: where the words were said, not where the dead fell
    assert not in_unnamed_place("In Port Edric, the ministry said nine people died.", LEAD)
    # a month, a weekday or a phrase is no place
    assert not in_unnamed_place("In March the toll reached 40.", LEAD)
    assert not in_unnamed_place("In total, 40 people died.", LEAD)


def test_a_count_in_another_place_is_no_claim_about_this_incident():
    doc = DocumentInput(
        text=(
            "A missile struck a depot in Marlow Vale on Monday, killing three workers, police "
            "said.\n\nIn Port Edric a separate barrage killed at least one person."
        ),
        publisher="Vale Courier",
        published_at=datetime(2025, 6, 3, tzinfo=UTC),
    )
    counts = [(c.min, c.max) for c in extract(doc, []).claims if c.kind == "casualty"]
    assert (3, 3) in counts
    assert (1, None) not in counts


# -- a report led by another incident ---------------------------------------------------

VELL_BOMBING = EventContext(
    names=("Norway", "vell-bombing", "Vell bombing"),
    places=frozenset({"vell", "norway"}),
    occurred_on=date(2025, 3, 2),
)
RETALIATION = (
    "Norway fires rockets at camps in Xland and Yland; Wexia condemns the raids\n\n"
    "The Norway Guard fired rockets at suspected militant camps in Xland and Yland on "
    "Monday, killing 12 people, the Guard said.\n\n"
    "Wexia's foreign ministry said the rocket attacks had killed 30 civilians in Yland.\n\n"
    "The Guard presented the raids as an answer to the bombing in Vell, which killed 41 "
    "people on March 2.\n\n"
    "Norway's health ministry has since put the toll of that bombing at 44 dead."
)


def _claims(text: str, event: EventContext | None, published: str) -> list:
    doc = DocumentInput(
        text=text,
        publisher="Wire Desk",
        published_at=datetime.fromisoformat(published).replace(tzinfo=UTC),
        event=event,
    )
    return extract(doc, []).claims


def test_a_report_led_by_another_incident_keeps_only_what_names_the_event():
    claims = _claims(RETALIATION, VELL_BOMBING, "2025-03-16T10:00:00")
    counts = sorted(c.min for c in claims if c.kind == "casualty")
    assert counts == [41, 44]


def test_without_its_event_a_report_keeps_every_claim():
    claims = _claims(RETALIATION, None, "2025-03-16T10:00:00")
    counts = sorted(c.min for c in claims if c.kind == "casualty")
    assert 12 in counts
    assert 30 in counts


def test_a_report_within_days_of_the_event_leads_on_the_event():
    assert foreign_lead(RETALIATION, "", date(2025, 3, 3), VELL_BOMBING) is None


def test_a_lead_that_names_the_event_is_the_events():
    text = "Vell bombing: the toll rises to 50\n\nThe toll of the bombing in Vell rose to 50."
    assert foreign_lead(text, "", date(2025, 4, 1), VELL_BOMBING) is None


def test_a_lead_set_where_the_events_reports_are_set_is_the_events():
    # the event's town is unnamed, its country is where its reports are set
    text = "No proof yet\n\nInvestigators found no proof that a missile fell in Norway by error."
    assert foreign_lead(text, "", date(2025, 4, 1), VELL_BOMBING) is None


def test_an_event_whose_reports_are_not_known_yet_leaves_the_report_alone():
    bare = EventContext(names=VELL_BOMBING.names, occurred_on=VELL_BOMBING.occurred_on)
    assert foreign_lead(RETALIATION, "", date(2025, 3, 16), bare) is None


def test_sentences_about_the_lead_incident():
    lead = foreign_lead(RETALIATION, "", date(2025, 3, 16), VELL_BOMBING)
    assert lead is not None
    assert lead.places == {"xland", "yland"}
    published = date(2025, 3, 16)

    def about(sentence: str) -> bool:
        return about_foreign_lead(sentence, len(RETALIATION), lead, published)

    assert about("Wexia said the rocket attacks had killed 30 civilians in Yland.")
    assert about("Officials said the strike was carried out by the Guard's air wing.")
    assert about("It claimed the raids on Friday.")
    assert not about("The attack near the Vell shrine left about 40 dead.")
    assert not about("The Guard said the bombing of March 2 killed 41.")
    assert not about("A Tajik man was one of the suicide bombers, the ministry said.")


def test_lead_places_read_the_headline_and_first_paragraph():
    text = "Gunmen storm a theatre\n\nGunmen stormed a theatre in suburban Kelm, near Oster's port."
    assert lead_places(text) == {"kelm", "oster"}
