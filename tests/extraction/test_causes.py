from __future__ import annotations

import pytest

from factcheck.extraction.causes import find_causes


def causes_of(text: str) -> set[tuple[str, str]]:
    return {(c.cause, c.polarity) for c in find_causes(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The army said the loss was not due to enemy fire or friendly fire.",
        "Neither hostile fire nor friendly fire brought the helicopter down, officials said.",
        "Hostile or friendly fire was not the cause of the crash, the command said.",
        "There was no fire involved, friendly or hostile.",
    ],
)
def test_two_denials(text):
    assert causes_of(text) == {("hostile_fire", "denied"), ("friendly_fire", "denied")}


def test_missile_strike_affirms_hostile_fire_with_agent():
    found = find_causes("The transport plane was hit by a missile fired by the Northern Legion.")
    assert [(c.cause, c.polarity, c.agent) for c in found] == [
        ("hostile_fire", "affirmed", "Northern Legion")
    ]


def test_shot_down_and_its_denial():
    assert causes_of("Rebels said they shot down the army helicopter.") == {
        ("hostile_fire", "affirmed")
    }
    assert causes_of("The helicopter was not shot down, the governor said.") == {
        ("hostile_fire", "denied")
    }


def test_a_crash_alone_is_no_cause():
    assert causes_of("A cargo plane crashed near the airport on Sunday.") == set()


def test_an_open_question_affirms_no_cause_and_says_it_is_unsettled():
    assert causes_of("It is unclear whether the jet was shot down.") == {
        ("under_investigation", "affirmed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two jets collided during a training flight.", ("collision", "affirmed")),
        ("Investigators blamed a mechanical failure.", ("mechanical", "affirmed")),
        ("The circumstances are under investigation.", ("under_investigation", "affirmed")),
        ("The navy ruled out a collision with its patrol boat.", ("collision", "denied")),
    ],
)
def test_other_causes(text, expected):
    assert expected in causes_of(text)


def test_friendly_fire_mistake():
    assert ("friendly_fire", "affirmed") in causes_of(
        "Allied air defences mistakenly shot down two fighter jets."
    )


# -- cause words in other senses, the setting of the incident, misfires read by their words --


@pytest.mark.parametrize(
    "text",
    [
        "Radio messages intercepted between the two militias show they knew of the blast.",
        "Post-strike photographs of the depot show its roof intact.",
        "The blast came during a heavy Ruritanian missile barrage on the capital.",
        "Since then Ruritanian airstrikes have pounded the valley, the agency said.",
        "It happened only days after a Northern Legion terrorist attack in the south.",
        "Such drone strikes could kill a dozen people, the analyst said.",
        "In response, the air force carried out a strike on a rebel commander.",
        "A missile of Ruritanian manufacture hit the farm, the ministry said.",
        "A Ruritania-made projectile struck a barn near the border, the ministry said.",
        "Should that be confirmed, no Ruritanian air strike in ten years would match its toll.",
    ],
)
def test_no_cause_of_this_incident(text):
    assert not {c for c in causes_of(text) if c[0] == "hostile_fire"}


@pytest.mark.parametrize(
    "text",
    [
        "The clinic was hit by the rebels' misfired rocket, the army said.",
        "The ministry said a wayward missile fired by the Northern Legion caused the blast.",
        "The army blamed the blast on a launch that failed, fired from the hills by the militia.",
    ],
)
def test_a_failed_munition_is_a_misfire_not_a_strike(text):
    found = causes_of(text)
    assert ("misfire", "affirmed") in found
    assert ("hostile_fire", "affirmed") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Any suggestion that the Northern Legion was responsible is absurd, the minister said.",
        "The ministry called reports of Ruritanian rockets landing in the town a provocation.",
        "The army rejected responsibility, saying the blast was caused by a misfired rocket.",
    ],
)
def test_a_rejected_suggestion_denies_it(text):
    found = find_causes(text)
    assert ("hostile_fire", "affirmed") not in {(c.cause, c.polarity) for c in found}
    if "misfired" in text:
        assert ("misfire", "affirmed") in {(c.cause, c.polarity) for c in found}


def test_a_denial_names_each_of_two_agents():
    found = find_causes(
        "Any suggestion that Ruritania or the Northern Legion was involved is absurd"
    )
    assert {(c.cause, c.polarity, c.agent) for c in found} == {
        ("hostile_fire", "denied", "Ruritania"),
        ("hostile_fire", "denied", "Northern Legion"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The capital often accuses Ruritania of stirring unrest in the provinces.",
        "The ministry accused foreign journalists of a provocation.",
    ],
)
def test_an_accusation_of_something_else_names_no_culprit(text):
    assert causes_of(text) == set()


def test_an_accusation_of_the_harm_names_the_culprit():
    found = find_causes("The governor accused the Northern Legion of attacking the clinic.")
    assert ("hostile_fire", "affirmed", "Northern Legion") in {
        (c.cause, c.polarity, c.agent) for c in found
    }


@pytest.mark.parametrize(
    "text",
    [
        "The council said it would look into the changing politics of the region.",
        "The analysts had examined the footage and found nothing new.",
        "The driver's identity is under investigation, the police said.",
        "Cargo jet crashes near the coast, crew status unclear",
        "Divers are working to determine what happened to the missing sailors.",
        "He said he did not know if the hotline to the capital had been used.",
    ],
)
def test_no_inquiry_into_the_cause(text):
    assert ("under_investigation", "affirmed") not in causes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will look into it, the spokesman said.",
        "He said he did not yet know whether the blast had been a strike.",
        "Prosecutors will look into why the bridge collapsed.",
    ],
)
def test_an_inquiry_into_the_cause(text):
    found = causes_of(text)
    assert ("under_investigation", "affirmed") in found
    assert not {c for c in found if c[0] in ("hostile_fire", "mechanical")}


def test_a_hedged_denial_after_the_cue():
    found = causes_of(
        "Early data suggest a missile fired from Ruritania may not have been the cause"
    )
    assert ("hostile_fire", "denied") in found
    assert ("hostile_fire", "affirmed") not in found


def test_a_denial_of_another_subject_leaves_the_cue():
    text = "One of the suicide bombers was a foreigner and the other has not been identified."
    assert ("hostile_fire", "denied") not in causes_of(text)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The ministry says the clinic blast was not its doing.", "<claimant>"),
        (
            "An intelligence report found that Ruritania bore no responsibility for the blast.",
            "Ruritania",
        ),
        ("Experts concluded that no Ruritanian rocket caused the explosion.", "Ruritanian"),
        ("The envoy said it was not Ruritania that attacked the clinic.", "Ruritania"),
        (
            "The spokesman showed proof that the explosion was not Ruritania's responsibility.",
            "Ruritania",
        ),
    ],
)
def test_a_named_side_denied_the_harm(text, agent):
    found = {(c.cause, c.polarity, c.agent) for c in find_causes(text)}
    assert ("hostile_fire", "denied", agent) in found
    assert not {c for c in found if c[1] == "affirmed"}


def test_not_its_doing_needs_an_incident():
    assert causes_of("The delay was not its doing, the club said.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The blast is widely seen as the result of a failed rebel rocket launch.",
        "Footage shows a rocket that failed in flight and dropped short near the school.",
    ],
)
def test_more_words_of_a_misfire(text):
    assert ("misfire", "affirmed") in causes_of(text)


def test_no_air_operations_denies_a_strike():
    text = "The army said it had not been carrying out any air operations near the clinic."
    assert ("hostile_fire", "denied") in causes_of(text)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Officials confirmed that the rockets were Ruritanian.", "Ruritanian"),
        ("I believe it was a Ruritanian missile, the president said of the blast.", "Ruritanian"),
    ],
)
def test_whose_munition_it_was(text, agent):
    assert ("hostile_fire", "affirmed", agent) in {
        (c.cause, c.polarity, c.agent) for c in find_causes(text)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Experts say the missile that fell was a Ruritanian-built interceptor.",
        "He said it was a Ruritanian air defence missile that hit the barn.",
        "Nobody knows whether it was a Ruritanian missile that caused the blast.",
    ],
)
def test_not_whose_munition_it_was(text):
    assert ("hostile_fire", "affirmed") not in causes_of(text)


def test_the_strike_was_not_their_attack():
    found = find_causes("The drone strike was not a Ruritanian attack, the alliance said.")
    assert {(c.cause, c.polarity, c.agent) for c in found} == {
        ("hostile_fire", "denied", "Ruritanian")
    }


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The governor said the blasts were the work of 'terrorists'.", "terrorists"),
        ("Officials described the blast as a 'terrorist attack'.", None),
        ("Police said the blasts were caused by remotely detonated bombs.", None),
    ],
)
def test_more_ways_to_name_a_strike(text, agent):
    found = {(c.cause, c.polarity, c.agent) for c in find_causes(text)}
    assert ("hostile_fire", "affirmed", agent) in found


def test_a_denial_before_though_is_not_undone_by_its_doubt():
    text = (
        "Officials have no reason to think Ruritania was behind the blast, though who "
        "carried out the attack remains unclear."
    )
    assert ("hostile_fire", "denied", "Ruritania") in {
        (c.cause, c.polarity, c.agent) for c in find_causes(text)
    }


def test_a_hedged_cause_under_review_is_the_review():
    text = (
        "The army said reports that the depot may have been hit by an airstrike are under review."
    )
    assert causes_of(text) == {("under_investigation", "affirmed")}


def test_an_air_defence_battery_firing_is_a_misfire():
    text = "The air defence battery fired two missiles at once; one of them kept flying."
    assert causes_of(text) == {("misfire", "affirmed")}


def test_a_purpose_is_not_what_happened():
    text = "Investigators know where the missile was fired to bring down a drone over the plain."
    assert ("hostile_fire", "affirmed") not in causes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said defensive fire at an incoming Ruritanian rocket caused the blast.",
        "The missile was launched by the garrison against an incoming Ruritanian drone missile.",
        "The farmers were killed by a missile belonging to the republic's air defence.",
        "Fragments were identified as belonging to the S-400 air defence system of the republic.",
    ],
)
def test_an_interceptor_is_a_misfire(text):
    found = causes_of(text)
    assert ("misfire", "affirmed") in found
    assert ("hostile_fire", "affirmed") not in found


def test_a_relative_clause_after_a_denial_affirms_the_other_cause():
    text = (
        "The minister said Ruritania had no connection with the blast, which was the work "
        "of an air defence battery."
    )
    found = {(c.cause, c.polarity, c.agent) for c in find_causes(text)}
    assert ("misfire", "affirmed", None) in found
    assert ("hostile_fire", "denied", "Ruritania") in found
    assert ("misfire", "denied", "Ruritania") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters reported explosions of unknown origin near the silo.",
        "It is still unclear what happened, a spokesman said.",
    ],
)
def test_an_unknown_cause_is_under_investigation(text):
    assert ("under_investigation", "affirmed") in causes_of(text)


def test_its_own_missile_is_a_misfire():
    text = (
        "The ministry dismissed as a conspiracy theory the claim that one of its own missiles fell."
    )
    assert ("misfire", "denied") in causes_of(text)


def test_a_counterfactual_denies():
    text = "If Ruritania had fired a missile, we would have seen a crater, the general said."
    assert ("hostile_fire", "denied", "Ruritania") in {
        (c.cause, c.polarity, c.agent) for c in find_causes(text)
    }


def test_the_work_of_one_side_not_another():
    text = "The envoy called the clinic blast the work of the rebels, not Ruritania."
    assert ("hostile_fire", "denied", "Ruritania") in {
        (c.cause, c.polarity, c.agent) for c in find_causes(text)
    }


def test_a_plain_conditional_denies_nothing():
    assert causes_of("If the storm had been worse, we would have left the coast.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The storm caused the destruction of two dams, which unleashed a flood.",
        "Heavy rain made two dams fail, and the water swept the valley.",
    ],
)
def test_dams_giving_way(text):
    assert ("mechanical", "affirmed") in causes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crowds marked the anniversary of the general's killing in a Ruritanian drone strike.",
        "Mourners marked the death of General Varga in a 2019 Ruritanian air strike.",
    ],
)
def test_how_someone_died_years_ago_is_background(text):
    assert ("hostile_fire", "affirmed") not in causes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The death of two farmers in a Ruritanian missile strike shocked the country.",
        "He spoke of the death of Valdorian citizens from Ruritanian missile terror.",
    ],
)
def test_deaths_in_this_strike_still_count(text):
    assert ("hostile_fire", "affirmed") in causes_of(text)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Officials said two Ruritanian missiles had come down near the farm.", "Ruritanian"),
        ("The president maintains that the rocket that fell was fired by Ruritania.", "Ruritania"),
    ],
)
def test_who_fired_the_munition_that_fell(text, agent):
    assert ("hostile_fire", "affirmed", agent) in {
        (c.cause, c.polarity, c.agent) for c in find_causes(text)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The missile that fell was fired by the Republic's air defence, officials said.",
        "The ministry dismissed claims that one of its own missiles had come down.",
        "Officials said the rocket was fired by gunmen in the hills.",
    ],
)
def test_fired_by_without_a_hostile_side(text):
    assert ("hostile_fire", "affirmed") not in causes_of(text)
    assert ("hostile_fire", "denied") not in causes_of(text)


def test_unlikely_that_a_side_fired_denies_it():
    text = 'The president said it was "unlikely" that Ruritania had launched the rocket.'
    assert ("hostile_fire", "denied", "Ruritania") in {
        (c.cause, c.polarity, c.agent) for c in find_causes(text)
    }


def test_a_bombardment_that_goes_on_is_the_war_around_the_incident():
    text = "The clinic closed its doors as Ruritanian bombardment goes on across the valley."
    assert ("hostile_fire", "affirmed") not in causes_of(text)


def test_neglect_that_led_a_dam_to_collapse_is_the_cause():
    text = "He will prosecute anyone guilty of the negligence that led the dam to collapse."
    found = causes_of(text)
    assert ("accident", "affirmed") in found
    assert ("mechanical", "affirmed") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The council asked the prosecutor to open an inquiry into the collapse of the bridge.",
        "We are aware of press reports alleging that two Ruritanian missiles have hit a farm.",
    ],
)
def test_what_is_looked_into_or_alleged_by_others_is_no_claim(text):
    assert not {c for c in causes_of(text) if c[0] in ("mechanical", "hostile_fire")}


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian forces have carried out airstrikes on the valley in response to the raid.",
        "The Guards fired missiles at camps across the border, in retaliation for recent attacks.",
    ],
)
def test_a_retaliation_is_another_act(text):
    assert ("hostile_fire", "affirmed") not in causes_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said a failed rocket launched by the rebels hit the depot.", "misfire"),
        ("The commander said a defective missile killed the two farmers.", "misfire"),
        (
            "The mayor admitted there were problems with the upkeep of the old levee.",
            "accident",
        ),
        ("The inspectors reported maintenance lapses at the reservoir.", "accident"),
        ("The cause of the fire is not yet known, the brigade said.", "under_investigation"),
        ("Officials joined the ongoing inquiry, the minister said.", "under_investigation"),
        (
            "The train inquiry is not finished, the prosecutor said on Monday.",
            "under_investigation",
        ),
        (
            "The governor said the region lacked firm evidence of who had fired the shell.",
            "under_investigation",
        ),
        (
            "She asked residents to wait for the investigation before drawing conclusions.",
            "under_investigation",
        ),
        (
            "Villages vanished when the three dams to the east of the valley burst overnight.",
            "mechanical",
        ),
        (
            "Heavy rain did not cause the old dams near the port to collapse, he said.",
            "mechanical",
        ),
        ("The levees broke apart when the storm dropped more rain than they held.", "natural"),
    ],
)
def test_more_words_of_each_cause(text, expected):
    assert (expected, "affirmed") in causes_of(text)


def test_a_cause_ruled_out_by_name_needs_no_verb_of_harm():
    assert ("accident", "denied") in causes_of("Firefighters ruled out a gas explosion.")


def test_denial_that_either_country_was_involved():
    text = "The embassy rejected suggestions that either country was involved."
    assert ("hostile_fire", "denied") in causes_of(text)
    assert ("hostile_fire", "affirmed") not in causes_of("Either country was involved, he said.")


def test_unconfirmed_report_is_no_denial():
    text = "Some reports, which have not been confirmed, say a gas leak was behind the blast."
    found = causes_of(text)
    assert ("accident", "affirmed") in found
    assert ("accident", "denied") not in found


def test_initials_in_brackets_do_not_hide_the_subject():
    text = "The Northern Legion (NL) group claimed the bombing, saying its fighters carried it out."
    found = find_causes(text)
    assert ("hostile_fire", "affirmed", "Northern Legion") in {
        (c.cause, c.polarity, c.agent) for c in found
    }


@pytest.mark.parametrize(
    "text",
    [
        "The group said two of its fighters activated their explosive belts at the gate.",
        "Police said two suicide terrorists killed eleven people at the market.",
    ],
)
def test_a_bomber_who_set_off_the_charge(text):
    assert ("hostile_fire", "affirmed") in causes_of(text)


def test_too_early_with_words_between():
    text = "It is too early for the inspectors to be able to say what caused the fire."
    assert ("under_investigation", "affirmed") in causes_of(text)


def test_the_strike_that_killed_one_person_years_ago_is_not_a_cause():
    for text in (
        "Petrov, killed in a drone attack that the then president ordered, is seen as a hero.",
        "Mourners honoured Petrov, the general killed by a Ruritanian strike in Vellburg in 2020.",
    ):
        assert find_causes(text) == []


def test_people_killed_in_a_strike_still_name_its_cause():
    text = "Twelve people were killed in a Ruritanian drone strike on the depot, officials said."
    assert [c.cause for c in find_causes(text)] == ["hostile_fire"]


def test_a_strike_told_as_not_the_first_time_is_history_not_a_cause():
    text = "Nor is this the first time a rebel missile has struck a clinic in the district."
    assert find_causes(text) == []
    assert [c.cause for c in find_causes("A rebel missile struck the clinic, killing twelve.")] == [
        "hostile_fire"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, explosions struck the town of Vell near its old shrine.",
        "Two blasts struck the market square in Vell.",
    ],
)
def test_a_blast_striking_a_town_names_no_attack(text):
    assert ("hostile_fire", "affirmed") not in causes_of(text)


def test_an_attacker_striking_a_town_is_still_an_attack():
    text = "The Norwin Front struck the town with rockets."
    assert ("hostile_fire", "affirmed") in causes_of(text)
