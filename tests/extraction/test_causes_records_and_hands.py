"""Causes in a side's record, in its hired hands and in its allies: what a group usually does
or had never done before is background, not this incident; perpetrators called someone's
mercenaries or proxies name that someone; "either itself or its ally Y" names both."""

from __future__ import annotations

from factcheck.extraction import extract
from factcheck.extraction.causes import find_causes_general

from .conftest import make_doc


def _causes(text, sources):
    return [
        (c.claimant, c.cause, c.polarity, c.agent)
        for c in extract(make_doc(text), sources).claims
        if c.kind == "cause"
    ]


def test_what_a_group_usually_does_is_no_claim():
    text = "The Vell Front usually films its suicide bombers before they set out."
    assert find_causes_general(text) == []


def test_what_a_group_never_did_before_is_no_denial():
    text = (
        "The Vell Front had never previously shown the faces of the men who carried out "
        "its attacks."
    )
    assert find_causes_general(text) == []
    text = "The Vell Front has never before claimed a bombing three days after it happened."
    assert find_causes_general(text) == []


def test_a_claim_beside_a_record_still_stands():
    text = "The Vell Front said it carried out the bombing that killed 40 people in Xtown."
    found = [(m.cause, m.polarity) for m in find_causes_general(text)]
    assert ("hostile_fire", "affirmed") in found


def test_mercenaries_serving_a_side_name_that_side(sources):
    text = (
        'At the funeral, army chief Oren Tal said the Front "has vanished", contending that '
        'the militants "only act as hirelings" serving Zedish and Xian interests.'
    )
    found = _causes(text, sources)
    assert ("Oren Tal", "hostile_fire", "affirmed", "Zedish") in found
    assert ("Oren Tal", "hostile_fire", "affirmed", "Xian") in found


def test_proxies_of_a_state_name_the_state():
    text = "The governor said the gunmen were proxies of Zedland acting on its orders."
    found = [(m.cause, m.polarity, m.agent) for m in find_causes_general(text)]
    assert ("hostile_fire", "affirmed", "Zedland") in found


def test_hired_hands_denied_or_hired_by_others_name_no_one():
    assert find_causes_general("The governor said the gunmen were not proxies of Zedland.") == []
    text = "The rebels hired mercenaries for Zedland last year, the governor said."
    assert find_causes_general(text) == []


def test_either_itself_or_its_ally_denies_both(sources):
    text = (
        "Zedland rejected all suggestions that either itself or its ally Xland was behind "
        "the bombings."
    )
    found = _causes(text, sources)
    assert ("Zedland", "hostile_fire", "denied", "Zedland") in found
    assert ("Zedland", "hostile_fire", "denied", "Xland") in found


def test_the_prime_suspect_names_the_agent():
    text = "Officials said the prime suspect behind the attack is the Vell Front."
    found = [(m.cause, m.polarity, m.agent) for m in find_causes_general(text)]
    assert ("hostile_fire", "affirmed", "Vell Front") in found
    text = "Police said the main suspect is a 25-year-old man from the town."
    assert find_causes_general(text) == []


def test_yet_there_are_signs_is_the_writer_not_the_speaker(sources):
    text = (
        "The Vell Front group (VF) said two of its fighters set off the bombs in Xtown, yet "
        "there are signs that the Zedish regime was behind the attack."
    )
    found = _causes(text, sources)
    assert ("Example Wire", "hostile_fire", "affirmed", "Zedish") in found
    assert not any(c[0].startswith("Vell") and c[3] == "Zedish" for c in found)


def test_went_on_to_explain_is_the_subject_speaking():
    text = (
        "Crowds fled as the blasts hit Xtown. The VNA went on to explain that the first blast "
        "came when a bomb hidden in a car was set off by remote control."
    )
    found = _causes(text, [])
    assert ("VNA", "hostile_fire", "affirmed", None) in found
    text = (
        "Crowds fled as the blasts hit Xtown. The Vell ministry continued to insist that a bomb "
        "hidden in a car was set off by remote control."
    )
    assert ("Vell ministry", "hostile_fire", "affirmed", None) in _causes(text, [])


def test_went_to_a_place_to_speak_is_not_going_on():
    from factcheck.extraction import nlp, speech

    doc = nlp.load()("The VNA went to the square to explain the rules.")
    assert all(s.surface != "VNA" for s in speech.speakers(doc))


def test_the_dead_of_the_terror_blasts_name_the_event_not_its_cause():
    for text in (
        "According to the Vell health service, 40 people were killed and 88 others injured "
        "by the two terror blasts near the shrine.",
        "The minister visited people hurt in the terrorist attacks at the Xtown hospital.",
        "The funeral for the martyrs of the terrorist attack will be held on Friday.",
    ):
        assert find_causes_general(text) == [], text


def test_a_terror_attack_said_to_have_killed_is_still_claimed():
    for text in (
        "The ministry said the blasts were a terrorist attack that killed 40 people.",
        "The ministry said 40 people were killed in a terrorist attack.",
    ):
        found = [(m.cause, m.polarity) for m in find_causes_general(text)]
        assert ("hostile_fire", "affirmed") in found, text


def test_named_assessments_are_their_owners_words(sources):
    text = (
        "The Vell Front said on Thursday that it carried out the bombing in Xtown. According "
        "to four Zedish officials, the announcement matched Zedland intelligence assessments "
        "that the extremist group was most likely behind the attack."
    )
    found = _causes(text, sources)
    assert any(c[0] == "Zedland intelligence" and c[1:3] == ("hostile_fire", "affirmed")
               for c in found)  # fmt: skip
    assert not any(c[0].startswith("Zedish officials") for c in found)


def test_an_unowned_assessment_names_no_speaker():
    from factcheck.extraction import nlp, speech

    doc = nlp.load()("The assessment that the group was behind the attack was wrong.")
    assert speech.speakers(doc) == []


def test_no_group_that_claimed_is_no_speaker(sources):
    text = (
        "Police are still investigating the cause of the explosions, and so far no group has "
        "claimed responsibility for the attacks."
    )
    found = _causes(text, sources)
    assert ("Example Wire", "under_investigation", "affirmed", None) in found
    assert not any(c[0].lower().startswith("no ") for c in found)


def test_nobody_is_no_agent(sources):
    text = "Nobody has claimed the attack, which the Vell ministry blamed on the Front."
    found = _causes(text, sources)
    assert not any((c[3] or "").lower() in ("nobody", "no one") for c in found)


def test_a_disputed_assessment_stays_with_who_disputes_it(sources):
    text = (
        "The Zedland government rejected the Vell army's assessment that a Zedish airstrike "
        "was behind the explosion."
    )
    found = _causes(text, sources)
    assert not any(c[0].startswith("Vell") for c in found)


def test_the_dead_of_the_attack_on_the_clinic_are_still_its_claim():
    text = "The ministry said all those killed in the attack on the clinic were civilians."
    found = [(m.cause, m.polarity) for m in find_causes_general(text)]
    assert ("hostile_fire", "affirmed") in found


def test_what_no_group_said_is_no_ones_claim(sources):
    text = "No group has said it carried out the attack on the Xtown market."
    assert _causes(text, sources) == []


def test_a_vow_or_a_chance_to_strike_tells_no_deed():
    for text in (
        "The minister vowed to strike the Vell Front.",
        "Zedish officials said the Front was more likely seizing a chance to strike an enemy.",
    ):
        assert find_causes_general(text) == [], text


def test_a_strike_told_as_done_stands():
    text = "Officials said Zedish jets struck the town."
    found = [(m.cause, m.polarity) for m in find_causes_general(text)]
    assert ("hostile_fire", "affirmed") in found
