"""Findings of studies, reports and agencies: who speaks when a report names its authors only
elsewhere ("according to research released on Friday" ... "scientists with the Vell Climate
Group"), when the parse hangs a finding's verb on the noun before it, or when a sentence
opened by a past year relays a finding made then rather than telling an earlier incident; a
sentence that names the real cause of a disaster concedes the others it names."""

from __future__ import annotations

from datetime import UTC, datetime

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
        "Money was set aside for the levees in 2010. A provincial inspection agency found in a "
        "2019 review, though, that the Xtown levees had never been maintained."
    )
    found = _causes(text, sources)
    assert ("provincial inspection agency", "accident", "affirmed") in found
    assert not any(c[0] == "Example Wire" for c in found)


def test_reported_tagged_as_a_participle_still_reports(sources):
    text = (
        "A provincial inspection agency reported in a review last spring that the Xtown levees "
        "were never maintained."
    )
    found = _causes(text, sources)
    assert ("provincial inspection agency", "accident", "affirmed") in found


def test_it_after_a_report_by_a_body_is_that_body(sources):
    text = (
        "In March a report by the Vell Development Bank put the cost of rebuilding Xtown at "
        "two billion dollars. It found that the dams failed partly because of poor upkeep.\n\n"
        "Officials spoke to the Zedland Wire on Monday."
    )
    found = _causes(text, sources)
    assert ("Vell Development Bank", "accident", "affirmed") in found


def test_a_finding_made_in_a_past_year_is_relayed_not_background(sources):
    text = (
        "Both levees were built in the 1960s. In 2019 a provincial inspection agency found "
        "that they had never been maintained since."
    )
    doc = make_doc(text, published=datetime(2024, 5, 2, 12, 0, tzinfo=UTC))
    found = [(c.claimant, c.cause) for c in extract(doc, sources).claims if c.kind == "cause"]
    assert found == [("provincial inspection agency", "accident")]


def test_an_incident_of_a_past_year_stays_background(sources):
    doc = make_doc(
        "In 2015 a storm flooded Xtown and killed 40 people.",
        published=datetime(2024, 5, 2, 12, 0, tzinfo=UTC),
    )
    assert extract(doc, sources).claims == []


def test_a_sentence_naming_its_real_cause_concedes_the_others(sources):
    text = (
        "The storm did of course batter the coast of Zedland, yet negligence and corruption "
        "appear to be the real causes of the disaster."
    )
    found = _causes(text, sources)
    assert ("Example Wire", "accident", "affirmed") in found
    assert not any(c[1] == "natural" for c in found)


def test_earlier_with_an_incident_stays_background(sources):
    text = "Earlier, Vellish gunners mistakenly shot down a Zedish airliner over the bay."
    assert _causes(text, sources) == []


def test_a_storm_as_the_setting_of_a_neglected_failure_is_no_cause(sources):
    text = (
        "Justice Minister Amil Rostan said the courts would punish anyone guilty of the "
        "negligence that let the Xtown levees collapse in the heavy rains."
    )
    found = _causes(text, sources)
    assert any(c[1] == "accident" for c in found)
    assert not any(c[1] == "natural" for c in found)


def test_a_structure_failing_in_a_storm_with_no_blame_keeps_the_storm(sources):
    found = _causes("Two levees gave way in the heavy rain on Sunday.", sources)
    assert ("Example Wire", "natural", "affirmed") in found
