"""Civil unrest and crowd disasters: a protest crackdown, police firing on a march, a prison
riot, election-day violence, a stadium crush, clashes between villages, a fire in a detention
centre and tear gas deaths, each with tolls disputed between a government, the police, a rights
group, doctors, activists and witnesses. The stories are in tests/data/stories/unrest_*.txt; the
sentences here are invented for each rule. Invented names throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.causes import find_causes

from .conftest import claims_of as _claims

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"


def _story_claims(name: str, **kwargs):
    text = (STORIES / f"unrest_{name}.txt").read_text()
    title = ""
    if text.startswith("# "):
        title, _, text = text.partition("\n")
        title = title[2:].strip()
    return _claims(text, title=title, **kwargs)


def _tolls(claims, category="killed"):
    return [(c.claimant, c.group, c.qualifier, c.min) for c in claims if c.category == category]


# -- the security forces' own casualties are their own group, never an aircraft's crew --------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The ministry said 85 members of the security forces were injured.", "security forces"),
        ("Four members of the police force were hurt, the ministry said.", "security forces"),
        ("Three police officers were killed in the clashes, the ministry said.", "security forces"),
        ("Six members of the crew were killed, the ministry said.", "crew"),
    ],
)
def test_members_of_the_security_forces_are_not_a_crew(text, group):
    assert [c.group for c in _claims(text, kind="casualty")] == [group]


def test_a_crackdown_toll_stays_people_beside_the_police_count():
    text = (
        "The interior ministry said 12 people had died in the unrest in Delmar. It said 85 "
        "members of the security forces were injured."
    )
    claims = _claims(text, kind="casualty")
    assert [(c.category, c.group, c.min) for c in claims] == [
        ("killed", "people", 12),
        ("injured", "security forces", 85),
    ]


def test_policemen_among_the_dead_are_still_a_part_of_the_toll():
    claims = _claims("Two policemen were among the dead, officials said.", kind="casualty")
    assert [(c.group, c.qualifier, c.min, c.max) for c in claims] == [
        ("security forces", "at_least", 2, None)
    ]


# -- activists, observers, doctors and nurses count the dead without speaking for a body ------


@pytest.mark.parametrize(
    ("text", "claimant", "count"),
    [
        (
            "Soldiers killed at least 40 protesters in Varno on Saturday, activists said.",
            "activists (anonymous)",
            40,
        ),
        (
            "At least 15 people died in clashes across Paros province on polling day, "
            "independent election observers said on Monday.",
            "observers (anonymous)",
            15,
        ),
        ("Doctors said nine people were killed and dozens hurt.", "doctors (anonymous)", 9),
        # a doctor of the one hospital the report names speaks for it
        (
            "A senior doctor at Kelburg hospital said seven people had been brought in dead.",
            "Kelburg hospital",
            7,
        ),
        ("A nurse said at least 20 inmates had died.", "nurse (anonymous)", 20),
    ],
)
def test_those_who_count_the_dead_speak(text, claimant, count):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.min) for c in killed] == [(claimant, count)]


def test_a_doctor_named_after_the_role_speaks_not_an_anonymous_one():
    text = "A doctor at the Orlan clinic, Mela Varga, said 12 people had been killed."
    assert [c.claimant for c in _claims(text, kind="casualty")] == ["Mela Varga"]


# -- "no deaths were linked to police action" denies a cause, it counts no toll ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry said no deaths were linked to police action.",
        "No injuries were caused by the security forces, the ministry said.",
        "Officials said no deaths could be attributed to the use of tear gas.",
    ],
)
def test_no_deaths_linked_to_a_cause_is_no_toll_of_zero(text):
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The ministry said there were no deaths.", "killed"),
        ("No one was hurt in the march, police said.", "injured"),
    ],
)
def test_a_plain_zero_is_still_read(text, category):
    claims = _claims(text, kind="casualty")
    assert [(c.category, c.min, c.max) for c in claims] == [(category, 0, 0)]


# -- tear gas is riot police's weapon, not a leaking gas bottle, and no one's agent ------------


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas canisters into the crowd outside the stadium.",
        "Two protesters were hit by gas canisters fired at close range.",
        "Officers lobbed tear-gas canisters into homes in the old quarter.",
    ],
)
def test_tear_gas_canisters_are_no_accident(text):
    assert [c for c in find_causes(text) if c.cause == "accident"] == []


def test_a_gas_canister_that_exploded_is_still_an_accident():
    causes = find_causes("A gas canister exploded in the kitchen, firefighters said.")
    assert [(c.cause, c.polarity) for c in causes] == [("accident", "affirmed")]


def test_the_canister_that_hit_them_is_not_who_fired_it():
    text = (
        "The rights group Civic Watch said two people died after they were hit in the head "
        "by gas canisters fired at close range."
    )
    agents = [c.agent for c in _claims(text, kind="cause")]
    assert all(a is None or "canister" not in a for a in agents)


# -- the stories whole ---------------------------------------------------------------------------


def test_crackdown_story_keeps_each_sides_toll():
    claims = _story_claims("crackdown", kind="casualty")
    assert not [c for c in claims if c.group == "crew"]
    killed = _tolls(claims)
    assert ("interior ministry", "people", "exact", 12) in killed
    assert ("activists (anonymous)", "people", "at_least", 40) in killed
    assert ("interior ministry", "security forces", "exact", 85) in _tolls(claims, "injured")


def test_election_story_reads_the_observers_toll():
    killed = _tolls(_story_claims("election", kind="casualty"))
    assert ("observers (anonymous)", "people", "at_least", 15) in killed
    assert ("national police", "people", "exact", 8) in killed


def test_tear_gas_story_has_no_accident_and_no_zero_toll():
    claims = _story_claims("teargas")
    assert not [c for c in claims if c.kind == "cause" and c.cause == "accident"]
    assert not [c for c in claims if c.kind == "casualty" and c.max == 0]


# -- the dead a morgue received or a witness saw; the wounded a ward treated -------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "count"),
    [
        ("Doctors said they had received 19 bodies, most with gunshot wounds.", "exact", 19),
        ("A nurse said 14 bodies had been received at the morgue.", "exact", 14),
        ("A witness said she saw two bodies in the street.", "at_least", 2),
        ("A resident of Tolm said he saw three men shot dead outside a school.", "at_least", 3),
    ],
)
def test_bodies_received_or_seen_are_the_dead(text, qualifier, count):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.qualifier, c.min) for c in killed] == [(qualifier, count)]


def test_a_ward_that_treated_people_counts_the_injured():
    text = "Medics said they were treating at least 30 protesters for burns."
    claims = _claims(text, kind="casualty")
    assert [(c.category, c.qualifier, c.min) for c in claims] == [("injured", "at_least", 30)]


def test_a_body_awaited_is_not_yet_a_count():
    text = "Relatives said they had not yet received the bodies of 12 inmates."
    assert _claims(text, kind="casualty") == []


def test_the_dead_a_morgue_received_are_not_the_police_count_before_them():
    text = (
        "The ministry said 85 members of the security forces were injured. Doctors said they "
        "had received 19 bodies."
    )
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.group, c.min) for c in killed] == [("people", 19)]


# -- shot dead, gunned down: the toll of a march, a polling station, a riot --------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police shot dead four protesters, witnesses said.", 4),
        ("Gunmen shot dead two voters outside a school, police said.", 2),
        ("Gunmen gunned down three marchers on Sunday, police said.", 3),
    ],
)
def test_shot_dead_counts_the_killed(text, count):
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.group, c.min) for c in killed] == [("people", count)]


# -- a statement quoted in a paragraph of its own is its speaker's, named in full --------------


def test_a_statement_after_a_colon_is_its_speakers():
    text = (
        "Zedland's Ministry of Justice said in a statement on Sunday:\n\n"
        '"Inmates started a riot at Tolm prison. Nine inmates lost their lives and 14 guards '
        'were injured."\n\nRelatives of the inmates said 30 had died.'
    )
    claims = _claims(text, kind="casualty")
    ministry = [(c.claimant, c.attribution, c.category, c.min) for c in claims[:2]]
    assert ministry == [
        ("Zedland's Ministry of Justice", "quote", "killed", 9),
        ("Zedland's Ministry of Justice", "quote", "injured", 14),
    ]
    assert all(c.claimant != "Zedland's Ministry of Justice" for c in claims[2:])


def test_a_new_paragraph_after_a_plain_statement_is_the_outlets():
    text = (
        "The ministry issued a statement on Sunday.\n\nNine inmates lost their lives in the riot."
    )
    assert [c.claimant for c in _claims(text, kind="casualty")] == ["Example Wire"]


# -- "the institute", "the committee": the body named before goes on speaking ------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The national migration institute said 38 people died in the fire at Brenna. The "
            "institute said the fire spread quickly. Twenty-nine other people were injured.",
            "national migration institute",
        ),
        (
            "The Tesk Coordination Committee said 11 people were killed. The committee said 30 "
            "people were wounded.",
            "Tesk Coordination Committee",
        ),
    ],
)
def test_the_institute_or_the_committee_is_the_one_named_before(text, claimant):
    injured = [c for c in _claims(text, kind="casualty") if c.category == "injured"]
    assert [c.claimant for c in injured] == [claimant]


def test_those_being_treated_are_the_injured():
    text = "A doctor said 34 people were being treated for gunshot wounds."
    claims = _claims(text, kind="casualty")
    assert [(c.category, c.min) for c in claims] == [("injured", 34)]


def test_a_period_that_saw_deaths_is_no_witness():
    text = "Before the crash, the war had seen seven soldiers confirmed killed."
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.qualifier, c.min) for c in killed] == [("exact", 7)]


# -- "a rights group, X Forum, said it had counted ...": the body speaks, and "it" is the body --


@pytest.mark.parametrize(
    "lead",
    ["", "Police said they were investigating the crush at the Liska arena.\n\n"],
)
def test_a_body_named_after_its_description_is_what_it_stands_for(lead):
    text = lead + "A local rights group, Liska Citizens' Forum, said it had counted 17 dead."
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [(c.claimant, c.min) for c in killed] == [("Liska Citizens' Forum", 17)]


def test_a_person_named_after_a_role_still_speaks_as_a_person():
    text = "A church elder, Ada Venn, said she had counted 17 dead."
    assert [c.claimant for c in _claims(text, kind="casualty")] == ["Ada Venn"]


def test_concert_story_gives_the_forums_count_to_the_forum():
    killed = _tolls(_story_claims("concert", kind="casualty"))
    assert ("Liska Citizens' Forum", "people", "exact", 17) in killed
    assert not [k for k in killed if k[0] == "Police"]


# -- "the opposition put the toll at 35": a speaker the story does not name is not the outlet ----


def test_a_toll_put_by_an_unnamed_speaker_is_not_the_outlets():
    assert _claims("The opposition put the death toll at 35.", kind="casualty") == []


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Zedland's main opposition party put the death toll at 35.",
            "Zedland's main opposition party",
        ),
        ("Activists put the death toll at 35.", "activists (anonymous)"),
        ("The latest count puts the dead at 35.", "Example Wire"),
    ],
)
def test_a_toll_put_by_a_speaker_or_a_figure(text, claimant):
    assert [c.claimant for c in _claims(text, kind="casualty")] == [claimant]


def test_bodies_counted_twice_are_no_count_of_the_dead():
    text = (
        "Police revised the toll down to eight on Monday, saying three bodies had been "
        "counted twice."
    )
    killed = [c for c in _claims(text, kind="casualty") if c.category == "killed"]
    assert [c.min for c in killed] == [8]


# -- the wounded who died since, told with the toll they bring, are no toll -------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Three protesters died of their wounds overnight, bringing the toll to 17, the "
            "health ministry said.",
            17,
        ),
        ("Two more people died in hospital, raising the death toll to 19, officials said.", 19),
    ],
)
def test_later_deaths_that_bring_a_toll_are_not_a_toll(text, toll):
    assert [c.min for c in _claims(text, kind="casualty")] == [toll]


# -- "no guards had been hurt": none of the staff, not nobody at all ---------------------------


def test_no_staff_hurt_is_no_zero_toll():
    text = (
        "Rioters set fire to the prison kitchen, officials said, adding that no guards had "
        "been hurt."
    )
    assert _claims(text, kind="casualty") == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("No one was hurt, police said.", "people"),
        ("No civilians were harmed, the army said.", "civilians"),
    ],
)
def test_nobody_or_no_civilians_hurt_is_still_a_zero(text, group):
    claims = _claims(text, kind="casualty")
    assert claims
    assert all((c.min, c.max, c.group) == (0, 0, group) for c in claims)


# -- "12 were arrested and three were killed": the next count's category is not the first's ---


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 12 activists were arrested and three were killed.",
        "The ministry said 12 people were detained and three were killed.",
    ],
)
def test_those_arrested_are_not_counted_with_the_dead_after_them(text):
    claims = _claims(text, kind="casualty")
    assert [(c.category, c.min) for c in claims] == [("killed", 3)]


def test_a_killed_and_injured_pair_is_still_read():
    claims = _claims("Twelve people were killed and three injured, police said.", kind="casualty")
    assert [(c.category, c.min) for c in claims] == [("killed", 12), ("injured", 3)]
