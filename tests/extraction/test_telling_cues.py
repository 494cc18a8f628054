"""Words of telling that are not plain verbs of saying: "informed MPs that", "made an official
statement that", "set out its argument that", and a speaker whose name is followed by an aside
between dashes. Invented bodies, people and places throughout."""

from __future__ import annotations

from factcheck.extraction import extract

from .conftest import make_doc


def _causes(text: str) -> set[tuple[str, str, str]]:
    claims = extract(make_doc(text), []).claims
    return {(c.claimant, c.cause, c.polarity) for c in claims if c.kind == "cause"}


def test_informed_that_names_the_teller():
    text = (
        "Prime Minister Osk Tamber informed the assembly that a shell fired from inside Lornbay "
        "caused the fire at the Lornbay depot."
    )
    assert {c for c, _, _ in _causes(text)} == {"Osk Tamber"}


def test_briefed_that_names_the_teller():
    text = (
        "Defence Minister Hesta Quill briefed senators that a Zedland air strike destroyed "
        "the bridge."
    )
    assert _causes(text) == {("Hesta Quill", "hostile_fire", "affirmed")}


def test_informed_without_what_was_said_names_no_one():
    text = (
        "Mayor Pell Andry informed the families on Sunday, a day after the air strike on "
        "the market."
    )
    assert all(c != "Pell Andry" for c, _, _ in _causes(text))


def test_official_statement_that_names_the_maker():
    text = (
        "The Zedland energy minister made an official statement that the depot fire was "
        "caused by a gas leak."
    )
    assert _causes(text) == {("Zedland energy minister", "accident", "affirmed")}


def test_a_statement_with_nothing_stated_names_no_one():
    text = "The Vell Front made a statement on Monday, hours after the air strike on the market."
    assert all("Vell Front" not in c for c, _, _ in _causes(text))


def test_setting_out_an_argument_that_is_the_arguer_s_claim():
    text = "The Zedland navy is setting out its argument that it did not hit the Xtown ferry."
    assert _causes(text) == {("Zedland navy", "hostile_fire", "denied")}


def test_made_the_case_that():
    text = "The Vell Front made the case that a Zedland drone strike started the depot fire."
    assert ("Vell Front", "hostile_fire", "affirmed") in _causes(text)


def test_a_speaker_with_an_aside_between_dashes():
    text = (
        "The Vell Front — whose raid in May set off the fighting — called Sunday's strike on "
        'the school "a cowardly massacre".'
    )
    assert _causes(text) == {("Vell Front", "hostile_fire", "affirmed")}


def test_a_body_s_claims_that_carried_by_others_are_the_body_s():
    text = (
        "Within hours, several broadcasters carried the Harl Brigade's claims that Zedland was "
        "responsible for the depot fire."
    )
    assert _causes(text) == {("Harl Brigade", "hostile_fire", "affirmed")}


def test_a_body_s_claim_rejected_stays_the_rejecter_s_denial():
    text = (
        "Zedland's cabinet rejected the Harl Brigade's claim that a Zedland drone strike was "
        "behind the depot fire."
    )
    assert all(c != "Harl Brigade" for c, _, _ in _causes(text))


def test_a_body_s_claim_backed_by_another_is_not_handed_to_the_body_alone():
    text = (
        "The agency aired an assessment backing the Harl Brigade's claim that no drone strike "
        "was to blame."
    )
    assert all(c != "Harl Brigade" for c, _, _ in _causes(text))


def test_a_description_before_a_name_labels_the_name():
    text = (
        "The Ostian group Harl Brigade on Sunday dismissed as lies the Zedland army's charge "
        "that it was to blame for the depot fire."
    )
    assert {c for c, _, _ in _causes(text)} == {"Harl Brigade"}


def test_blame_on_a_body_whose_launch_failed_is_blame_for_a_misfire():
    text = (
        "The Zedland army says it did not strike the Xtown depot, and blames the Harl Brigade. "
        'Intelligence shows "that the Harl Brigade is responsible for the failed rocket '
        "launch,\" said the army's spokesman, Colonel Ida Renn."
    )
    causes = {(cause, polarity) for _, cause, polarity in _causes(text)}
    assert ("hostile_fire", "affirmed") not in causes
    assert ("misfire", "affirmed") in causes


def test_blame_alone_stays_a_strike():
    text = "The Zedland army blamed the Harl Brigade for the strike on the Xtown depot."
    assert _causes(text) == {("Zedland army", "hostile_fire", "affirmed")}


def test_the_blame_as_a_noun_is_not_a_verb_of_its_own():
    for verb, prep in (("placed", "on"), ("laid", "on")):
        text = f"The Harl Brigade {verb} the blame {prep} Zedland for the depot fire."
        assert _causes(text) == {("Harl Brigade", "hostile_fire", "affirmed")}, verb
