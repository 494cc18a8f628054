"""The form a claimant takes: a country that speaks is its government; the US speaks through
its government unless the story is about its forces. Invented sentences; the countries are
reference data (seeds/countries.json)."""

from __future__ import annotations

from factcheck.extraction import extract
from factcheck.extraction.nationality import country_government
from factcheck.extraction.types import KnownSource

from .conftest import make_doc


def _causes(text: str, title: str = "") -> list[tuple[str, str, str]]:
    claims = extract(make_doc(text, title=title), []).claims
    return [(c.claimant, c.cause or "", c.polarity or "") for c in claims if c.kind == "cause"]


def test_country_names_map_to_their_government():
    assert country_government("Norway") == "Norwegian government"
    assert country_government("United States") == "US government"
    assert country_government("U.S.") == "US government"
    assert country_government("Norwegian") is None  # an adjective is no speaker
    assert country_government("Oslo") is None


def test_a_country_that_denies_is_its_government():
    text = "Norway denied that its jets struck the depot near Ardo."
    assert ("Norwegian government", "hostile_fire", "denied") in _causes(text)


def test_according_to_a_country_is_its_government():
    text = "According to Peru, a rocket that misfired caused the blast at the depot."
    assert {c[0] for c in _causes(text)} == {"Peruvian government"}


def test_us_headline_without_forces_is_the_government():
    title = "US denies Norwegian jets struck the depot"
    text = f"{title}\n\nA spokesman said on Monday the inquiry goes on."
    claimants = {c[0] for c in _causes(text, title)}
    assert "US government" in claimants
    assert "US military" not in claimants


def test_a_country_speaks_through_the_military_the_story_names():
    text = (
        "The Norwegian military says the depot was not its target. Norway blamed a failed "
        "launch by the rebels for the blast."
    )
    assert ("Norwegian military", "misfire", "affirmed") in _causes(text)


def test_cited_as_saying_gives_the_passive_subject():
    text = (
        "On Friday a Norwegian intelligence official was cited as saying that a rebel missile "
        "struck the Ardo depot."
    )
    claimants = {c[0] for c in _causes(text)}
    assert claimants
    assert all("official (anonymous)" in c for c in claimants)


def _casualty_claims(text: str, title: str = "") -> dict[int | None, tuple[str, str | None]]:
    claims = extract(make_doc(text, title=title), []).claims
    return {c.min: (c.claimant, c.relayed_by) for c in claims if c.kind == "casualty"}


def test_according_to_a_relay_then_a_speaker_of_its_own():
    text = (
        "According to Vell Radio, the Harbour Board has corrected its earlier figure for "
        "deaths in the storm: at least 45 people died."
    )
    assert _casualty_claims(text)[45] == ("Harbour Board", "Vell Radio")


def test_headline_subject_the_story_quotes():
    title = "HBA lowers storm death toll to 40"
    text = (
        f"{title}\n\nThe toll from the storm in Corin has been lowered. The HBA now puts the "
        "toll at 40 dead."
    )
    assert _casualty_claims(text, title)[40][0] == "HBA"


def test_headline_subject_the_story_does_not_quote_stays_the_outlet():
    title = "Storm Cuts Power To Corin; 40 Dead"
    text = f"{title}\n\nThe storm cut power across Corin and killed 40 people."
    assert _casualty_claims(text, title)[40][0] == "Example Wire"


def test_anonymous_official_keeps_the_service_he_speaks_for():
    from factcheck.extraction.claimants import anonymous_name

    assert anonymous_name("a senior Norwegian intelligence official") == (
        "Norwegian intelligence official (anonymous)"
    )
    assert anonymous_name("A Chilean military source") == "Chilean military source (anonymous)"
    assert anonymous_name("a military source") == "military source (anonymous)"
    assert anonymous_name("two Chilean officials") == "Chilean officials (anonymous)"


def test_figure_given_by_a_relative_clause_is_its_speakers():
    text = (
        "The Harbour Board counts 45 people dead, a fraction of the 300 deaths that the health "
        "ministry announced on Sunday."
    )
    found = _casualty_claims(text)
    assert found[45][0] == "Harbour Board"
    assert found[300][0].lower() == "health ministry"


def test_unnamed_spokesperson_speaks_for_the_body_that_opens_the_sentence():
    text = (
        "The Vell Harbour Board has opened an inquiry into whether a missile caused the fire "
        "on the quay, a spokesperson said."
    )
    assert _causes(text) == [("Vell Harbour Board", "under_investigation", "affirmed")]


def test_he_after_a_named_person_is_that_person():
    text = (
        "Amil Rostan, who advises the prime minister, writes: “The fire at the quay was no "
        "accident.” The Harbour Board said the fire began in a warehouse.\n\nIn a second "
        "post he asserts: “Kessa is to blame for this attack.”"
    )
    claims = extract(make_doc(text), []).claims
    blame = [c.claimant for c in claims if c.kind == "cause" and c.polarity == "affirmed"]
    assert blame == ["Amil Rostan"]


def test_headline_official_is_the_official_the_story_describes():
    title = "Missile fired by rebels hit the depot, official says"
    text = (
        f"{title}\n\nA senior Chilean military official said on Monday that a missile fired by "
        "rebels hit the depot."
    )
    claimants = {c[0] for c in _causes(text, title)}
    assert claimants == {"Chilean military official (anonymous)"}


def test_presented_evidence_that_is_a_claim():
    text = (
        "At a briefing, army spokesman Tomas Renk presented evidence that a misfired rocket "
        "caused the blast."
    )
    assert ("Tomas Renk", "misfire", "affirmed") in _causes(text)


def test_according_to_that_account_is_the_last_speaker():
    text = (
        "A Chilean official briefed reporters on the rockets that fell near Ardo on Monday. "
        "According to that account two fishermen were killed on the quay."
    )
    assert _casualty_claims(text)[2][0] == "Chilean official (anonymous)"


def test_relative_clause_on_another_noun_does_not_claim_the_figure():
    text = (
        "The town held funerals for the 89 people killed in the shelling that the Front has "
        "claimed, according to Vell Radio."
    )
    assert _casualty_claims(text)[89][0] == "Vell Radio"


def test_a_named_front_is_not_the_one_front_a_reference_list_holds():
    # The list knows one armed group with "Front" among its aliases; a story about another
    # front names its own, and "the group" after it is that front too.
    listed = [KnownSource("Hill Brigade", ("Hill Front",), kind="armed_group")]
    text = (
        "A bomb killed 12 people at a market in Ardo on Monday.\n\n"
        "The Vellan Front said it carried out the bombing. "
        "The group said two of its fighters planted the bomb."
    )
    claims = extract(make_doc(text), listed).claims
    claimants = {c.claimant for c in claims if c.kind == "cause"}
    assert claimants == {"Vellan Front"}
