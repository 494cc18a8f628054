"""Causes read from the sentences around them: a denial by reference ("This is not true.")
denies the cause the text before affirmed; someone else's story told to be disbelieved is
not the speaker's claim."""

from __future__ import annotations

from factcheck.extraction import extract
from factcheck.extraction.causes import find_causes

from .conftest import make_doc


def _causes(text, sources):
    return [
        (c.claimant, c.cause, c.polarity)
        for c in extract(make_doc(text), sources).claims
        if c.kind == "cause"
    ]


def test_this_is_a_lie_denies_the_misfire_said_before(sources):
    text = (
        "The Vell army said a failed rocket launch by the Sahir Brigades had hit the clinic.\n\n"
        'A Sahir Brigades spokesman said: "This is a lie, it is completely untrue."'
    )
    found = _causes(text, sources)
    assert any(c[1:] == ("misfire", "affirmed") for c in found)
    assert any(c[1:] == ("misfire", "denied") for c in found)
    assert not any(c[1:] == ("hostile_fire", "denied") for c in found)


def test_rejects_this_denies_the_cause_of_the_sentence_before(sources):
    text = (
        "According to the ministry, a stray air defence missile of the republic caused the "
        "blast. The republic's government rejects this and says the rocket was not its own."
    )
    found = _causes(text, sources)
    assert any(c[1:] == ("misfire", "denied") for c in found)


def test_a_denial_by_reference_with_nothing_before_claims_nothing(sources):
    text = 'The ministry published its figures on Monday.\n\nThe mayor said: "This is not true."'
    assert _causes(text, sources) == []


def test_denial_by_reference_is_found_only_without_a_cause_of_its_own():
    (found,) = find_causes("Kyiv rejects this, the ministry said.")
    assert (found.cause, found.polarity, found.context) == ("hostile_fire", "denied", "required")
    assert [c.context for c in find_causes("He denied that the army had struck the clinic.")] == [
        None
    ]
    # "rejected the claim that ...": the claim is in the sentence, not before it
    assert all(
        c.context is None
        for c in find_causes("The ministry rejected the claims that its missile hit the farm.")
    )


def test_a_theory_pushed_by_others_is_not_affirmed():
    text = (
        'The minister said the rival state was pushing the theory "that it was a missile of '
        'our air defence that fell on the farm."'
    )
    assert [c for c in find_causes(text) if c.polarity == "affirmed"] == []


def test_missile_of_air_defence_and_fired_by_air_defences_are_misfires():
    for text in (
        "Officials said it was most likely a missile of the republic's air defence.",
        "The rocket was most likely fired by air defences across the border.",
    ):
        assert [(c.cause, c.polarity) for c in find_causes(text)] == [("misfire", "affirmed")]


def test_a_strike_credited_to_the_side_whose_air_defence_misfired_is_that_misfire(sources):
    text = (
        "Officials in the capital said a Ruritanian air defence missile had gone astray and "
        "caused the blast at the farm.\n\n"
        'Prosecutor Amil Rostan said on Friday: "It was a Ruritanian missile."'
    )
    found = [
        (c.cause, c.agent) for c in extract(make_doc(text), sources).claims if c.kind == "cause"
    ]
    assert ("misfire", "Ruritanian") in found
    assert not any(cause == "hostile_fire" for cause, _ in found)


def test_a_strike_by_another_side_stays_hostile_fire(sources):
    text = (
        "Officials said a Ruritanian air defence missile had gone astray over the border.\n\n"
        'Prosecutor Amil Rostan said on Friday: "It was a Vellian missile."'
    )
    found = [
        (c.cause, c.agent) for c in extract(make_doc(text), sources).claims if c.kind == "cause"
    ]
    assert ("hostile_fire", "Vellian") in found


def test_an_accusation_told_in_the_outlets_voice_is_not_the_outlets_claim(sources):
    text = (
        "A blast hit the depot on Monday and killed twelve people.\n\n"
        "Neighbouring governments were quick to hold Ruritania responsible."
    )
    assert not any(c[0] == "Example Wire" for c in _causes(text, sources))


def test_a_blame_pinned_by_a_group_in_a_relative_clause_is_not_the_outlets_claim(sources):
    text = (
        "A bombing killed twelve people at the depot.\n\n"
        "The blast, which the Sahir Brigades pinned on Ruritania, destroyed the depot."
    )
    assert not any(c[0] == "Example Wire" for c in _causes(text, sources))


def test_a_blast_the_outlet_reports_as_a_strike_is_still_its_claim(sources):
    text = "An air strike hit the depot near the river on Monday and killed twelve people."
    assert ("Example Wire", "hostile_fire", "affirmed") in _causes(text, sources)


def test_a_passive_accusation_the_carried_agency_reports_is_the_accusers(sources):
    text = (
        "Ruritania has been accused by Vell of involvement in a bombing that killed twelve "
        "people, AFP reports."
    )
    found = [
        c.claimant
        for c in extract(make_doc(text, publisher="Daily Courier (AFP)"), sources).claims
        if c.kind == "cause"
    ]
    assert "AFP" not in found


def test_a_massacre_the_sentences_subject_called_it_is_not_the_outlets_claim(sources):
    text = (
        "A blast hit the clinic on Monday and killed twelve people.\n\n"
        "Lena Marsk, the health minister in the district's rebel-run government, charged "
        "Ruritania with a massacre."
    )
    assert not any(c[0] == "Example Wire" for c in _causes(text, sources))


def test_a_cause_inside_someone_elses_claims_that_is_not_the_outlets_claim(sources):
    for told in (
        "In the first hours, many outlets carried the rebels' claims that Ruritania was "
        "responsible, which caused confusion.",
        "The paper moved fast to report claims, made by rebel health officials, that a "
        "Ruritanian air strike had killed 300 people at the clinic.",
    ):
        text = "A blast hit the clinic on Monday and killed twelve people.\n\n" + told
        assert not any(c[0] == "Example Wire" for c in _causes(text, sources))


def test_a_claim_of_a_toll_does_not_make_the_outlets_cause_someone_elses(sources):
    text = (
        "The figures undercut the rebels' claim of ten times as many deaths in a blast that "
        "is now widely accepted as the result of a failed rebel rocket launch."
    )
    assert any(c[0] == "Example Wire" and c[1] == "misfire" for c in _causes(text, sources))


def test_the_outlet_naming_the_same_cause_again_in_the_same_words_is_one_claim(sources):
    text = (
        "Twin blasts killed 40 people at a festival in Vell on Friday.\n\n"
        "The terrorist attack drew crowds of mourners to the square on Saturday.\n\n"
        "Shops stayed shut across the town after the terrorist attacks, and schools closed too."
    )
    found = _causes(text, sources)
    assert found.count((make_doc(text).publisher, "hostile_fire", "affirmed")) == 1


def test_the_outlet_naming_the_cause_in_new_words_is_kept(sources):
    text = (
        "The two trains collided outside Vell on Monday.\n\n"
        "The collision happened on a stretch of track that had been closed for repairs."
    )
    found = _causes(text, sources)
    assert found.count((make_doc(text).publisher, "collision", "affirmed")) == 2


def test_a_side_denying_its_missile_struck_denies_a_misfire_where_its_air_defence_is_named(
    sources,
):
    text = (
        "Zedland rejects 'conspiracy theory' that its missile struck Vell.\n\n"
        "Ruritania was pushing the theory that a missile of Zedland air defence fell on a farm "
        "in Vell, the foreign minister said."
    )
    found = _causes(text, sources)
    assert ("misfire", "denied") in [c[1:] for c in found]
    assert ("hostile_fire", "denied") not in [c[1:] for c in found]


def test_a_side_denying_its_missile_struck_denies_a_strike_in_a_war(sources):
    text = (
        "Ruritania rejects claims that its missile struck the Xtown hospital.\n\n"
        "Officials in Xtown said the missile was fired from the east."
    )
    found = _causes(text, sources)
    assert ("hostile_fire", "denied") in [c[1:] for c in found]
    assert ("misfire", "denied") not in [c[1:] for c in found]


def test_words_of_blame_that_are_no_speech_verb_name_who_blames(sources):
    for text, claimant in (
        ("Zedland points finger at Vell over the blasts near the shrine.", "Zedland"),
        ("The Zedland government has pointed the finger at Vell for the blasts.", "Zedland"),
        ("Arno Kask condemned Vell for the attack on the market.", "Arno Kask"),
    ):
        found = _causes(text, sources)
        assert found, text
        assert all(c[1:] == ("hostile_fire", "affirmed") for c in found), text
        assert all(claimant in c[0] for c in found), (text, found)


def test_condemning_names_a_culprit_only_for_the_harm(sources):
    assert not any(
        c[0] == "Arno Kask"
        for c in _causes("Arno Kask condemned Vell for its silence after the attack.", sources)
    )
    assert all(
        c.agent is None for c in find_causes("The mayor condemned the attack on the market.")
    )


def test_a_culprit_hinted_at_is_a_hedged_claim_of_each_side(sources):
    text = (
        "Even though the Sahir Front has claimed responsibility, Zedland officials are still "
        "hinting at Vellish and Ruritanian involvement."
    )
    hinted = [
        c
        for c in extract(make_doc(text), sources).claims
        if c.kind == "cause" and c.agent != "Sahir Front"
    ]
    assert {c.agent for c in hinted} == {"Vellish", "Ruritanian"}
    assert all("Zedland" in c.claimant and c.hedge == "hint" for c in hinted)
    assert all(c.agent is None for c in find_causes("The minister hinted at foreign involvement."))
    assert find_causes("It is unclear whether the minister hinted at Vellish involvement.") == []


def test_blame_after_a_denial_in_another_predicate_is_affirmed(sources):
    text = (
        "The Vell army is setting out its argument that it did not hit the clinic, and blame "
        "the Sahir Brigades."
    )
    found = {(c.cause, c.polarity, c.agent) for c in find_causes(text)}
    assert ("hostile_fire", "denied", "Sahir Brigades") not in found
    assert ("hostile_fire", "denied", None) in found


def test_whoever_investigates_holds_that_the_cause_is_under_investigation(sources):
    text = "The cause of the explosion is under investigation by local authorities."
    assert _causes(text, sources) == [("local authorities", "under_investigation", "affirmed")]
    # the outlet's own voice where no investigator is named
    text = "The cause of the explosion is under investigation."
    assert _causes(text, sources) == [("Example Wire", "under_investigation", "affirmed")]


def test_charged_with_a_massacre_is_the_accusers_claim(sources):
    found = _causes("The Zedland health ministry charged Vell with a massacre.", sources)
    assert [c[1:] for c in found] == [("hostile_fire", "affirmed")]
    assert "ministry" in found[0][0].lower()
    assert _causes("Police charged the crowd with batons.", sources) == []


def test_an_attack_claimed_in_a_relative_clause_is_the_claimers_claim(sources):
    text = "The ceremony was shattered by a terrorist act, which the Sahir Front has claimed."
    found = _causes(text, sources)
    assert ("Sahir Front", "hostile_fire", "affirmed") in found
    # "which claimed 84 lives", "which Vell claimed was staged": no one claims the attack
    for text in (
        "The blasts, which claimed 84 lives, shook the city.",
        "The attack, which Vell claimed was staged, killed 12.",
    ):
        assert not any(c.agent for c in find_causes(text)), text


def test_disavowing_any_involvement_is_a_denial_by_the_speaker(sources):
    found = _causes("The Vell government disavowed any involvement in the blasts.", sources)
    assert found == [("Vell government", "hostile_fire", "denied")]
