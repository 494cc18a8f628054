"""Findings of studies, reports and agencies: who speaks when a report names its authors only
elsewhere ("according to research released on Friday" ... "scientists with the Vell Climate
Group"), when the parse hangs a finding's verb on the noun before it, or when a sentence
opened by "Earlier," relays a statement rather than telling an earlier incident."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _causes(text, sources, title=""):
    return [
        (c.claimant, c.cause, c.polarity)
        for c in extract(make_doc(text, title=title), sources).claims
        if c.kind == "cause"
    ]


def test_unnamed_research_speaks_as_the_group_named_later(sources):
    text = (
        "Climate change made the torrential rain behind the Xtown floods ten times more likely, "
        "according to research published on Friday, which also found that poor upkeep of the "
        "levees turned the storm into a disaster.\n\n"
        "According to scientists with the Vell Climate Group, such rain is a once-in-a-century "
        "event."
    )
    found = _causes(text, sources)
    assert ("Vell Climate Group", "natural", "affirmed") in found
    assert ("Vell Climate Group", "accident", "affirmed") in found
    assert not any(c[0] == "Example Wire" for c in found)


def test_a_study_headline_speaks_as_its_authors(sources):
    text = "A study by the Zedland Weather Institute looked at the rain that fell on Xtown."
    found = _causes(text, sources, title="Study finds climate change made the Xtown floods worse")
    assert ("Zedland Weather Institute", "natural", "affirmed") in found


def test_an_unnamed_study_with_two_possible_authors_stays_unresolved(sources):
    text = (
        "The study found that the levees had never been maintained.\n\n"
        "Researchers at the Vell Institute and a report by the Zedland Water Board disagree on "
        "the figures."
    )
    found = _causes(text, sources)
    assert not any(c[0] in ("Vell Institute", "Zedland Water Board") for c in found)


def test_a_finding_hung_on_the_noun_before_it_is_that_bodys(sources):
    text = (
        "Money was set aside for the dams in 2010. A state-run audit agency found in a 2019 "
        "report, however, that the dams had never been maintained."
    )
    found = _causes(text, sources)
    assert ("state-run audit agency", "accident", "affirmed") in found
    assert not any(c[0] == "Example Wire" for c in found)


def test_reported_tagged_as_a_participle_still_reports(sources):
    text = (
        "A state-run audit agency reported in its review that the levees had never been maintained."
    )
    found = _causes(text, sources)
    assert ("state-run audit agency", "accident", "affirmed") in found


def test_it_after_a_report_by_a_body_is_that_body(sources):
    text = (
        "In March a report by the Vell Development Bank put the cost of rebuilding Xtown at "
        "two billion dollars. It found that the dams failed partly because of poor upkeep.\n\n"
        "Officials spoke to the Zedland Wire on Monday."
    )
    found = _causes(text, sources)
    assert ("Vell Development Bank", "accident", "affirmed") in found


def test_calling_a_blast_an_attack_is_a_claim():
    text = "The Vell Front called the Xtown bombing a cowardly terrorist attack."
    found = _causes(text, [])
    assert ("Vell Front", "hostile_fire", "affirmed") in found


def test_earlier_with_a_statement_is_no_earlier_incident(sources):
    text = (
        "Earlier, Zedish newspapers had published the investigators' conclusion that a Vellish "
        "interceptor missile struck the farm."
    )
    found = _causes(text, sources)
    assert ("Zedish newspapers", "misfire", "affirmed") in found


def test_earlier_with_an_incident_stays_background(sources):
    text = "Earlier, Vellish gunners mistakenly shot down a Zedish airliner over the bay."
    assert _causes(text, sources) == []


def test_a_toll_in_a_relative_clause_of_what_was_said_is_the_speakers():
    text = (
        "Zedish media said that a Vellish interceptor missile struck the farm which lies near "
        "Xtown and killed two people."
    )
    claims = [c for c in extract(make_doc(text), []).claims if c.kind == "casualty"]
    assert [(c.claimant, c.min) for c in claims] == [("Zedish media", 2)]


def test_a_toll_describing_the_attack_claimed_stays_the_outlets():
    text = "The Vell Front claimed the attack that killed 84 people in Xtown."
    claims = [c for c in extract(make_doc(text), []).claims if c.kind == "casualty"]
    assert [(c.claimant, c.min) for c in claims] == [("Example Wire", 84)]
