"""A country's office named as "the president of Xland" takes the one form its adjective
gives ("Xish president"). Invented countries, put in the country list for the test."""

from __future__ import annotations

import pytest

from factcheck.extraction import attribution, extract

from .conftest import make_doc

_INVENTED = {"zedland": ("Zedland", "Zedish"), "vell": ("Vell", "Vellish")}


@pytest.fixture(autouse=True)
def _invented_countries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribution, "country_of", lambda name: _INVENTED.get(name.lower()))


def test_the_president_of_a_country_is_its_adjectives_president():
    text = (
        "Before that, the president of Zedland, a League member, said Xtown lacked hard "
        "evidence of who had fired the rocket that struck the depot."
    )
    causes = [c for c in extract(make_doc(text), []).claims if c.kind == "cause"]
    assert {c.claimant for c in causes} == {"Zedish president"}


def test_office_forms():
    assert attribution.country_office("the prime minister of Vell") == "Vellish prime minister"
    assert attribution.country_office("president of the Vell Red Crescent") is None
    assert attribution.country_office("president of Qarra") is None  # no country known
