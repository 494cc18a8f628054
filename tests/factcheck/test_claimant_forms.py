"""A claimant body's name is stored in its one form (factcheck.rules.bodies), a reference
source's own name or alias winning where it matches."""

from __future__ import annotations

import pytest

from claims.models import Source
from claims.selectors import source_index
from factcheck import services
from factcheck.extraction.types import ExtractedClaim
from tests.countries import use_countries

pytestmark = pytest.mark.django_db

INVENTED = [
    {"name": "Ruritania", "adjective": "Ruritanian"},
    {"name": "Ostland", "adjective": "Ostish"},
]


@pytest.fixture(autouse=True)
def invented_countries(tmp_path, monkeypatch):
    yield from use_countries(INVENTED, tmp_path, monkeypatch)


def _claim(claimant: str, **kwargs) -> ExtractedClaim:
    return ExtractedClaim(
        claimant=claimant, attribution="said", kind="cause", start=0, end=1, **kwargs
    )


def test_one_body_written_several_ways_is_one_provisional_source():
    claims = [
        _claim("Ruritania's Ministry of Health"),
        _claim("the health ministry of Ruritania"),
        _claim("the Ruritanian health ministry"),
        _claim("Ostland's Ministry of Health"),
    ]
    resolved = services._resolve_claimants(claims, source_index([]))
    ruritanian = {resolved[c.claimant].pk for c in claims[:3]}
    assert len(ruritanian) == 1
    assert resolved[claims[0].claimant].name == "Ruritanian Health Ministry"
    assert resolved[claims[3].claimant].name == "Ostish Health Ministry"
    assert resolved[claims[3].claimant].provisional


def test_a_reference_source_name_or_alias_wins():
    reference = Source.objects.create(
        name="Ministry of Health of Ruritania",
        kind=Source.Kind.GOVERNMENT,
        aliases=["RMoH"],
        provisional=False,
    )
    claims = [
        _claim("RMoH"),
        _claim("Ruritania's health ministry"),
        _claim("Ministry of Health of Ruritania"),
    ]
    resolved = services._resolve_claimants(claims, source_index([reference]))
    assert {resolved[c.claimant].pk for c in claims} == {reference.pk}
    assert not Source.objects.filter(provisional=True).exists()


def test_an_anonymous_claimant_keeps_its_words():
    claims = [_claim("officials in Ruritania", claimant_anonymous=True)]
    resolved = services._resolve_claimants(claims, source_index([]))
    assert resolved[claims[0].claimant].name == "officials in Ruritania"
