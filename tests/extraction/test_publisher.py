"""A missing publisher read from the URL's host or from the text (a dateline, the outlet's
footer about its own site); a party's website is not a publisher."""

from __future__ import annotations

from factcheck.extraction import KnownSource
from factcheck.extraction.publisher import find_publisher, publisher_from_host

SOURCES = [
    KnownSource(name="Example Wire", aliases=("ExWire",), kind="news_agency",
                domains=("examplewire.com", "examplewire.co.uk")),
    KnownSource(name="Northland Defence Ministry", aliases=("the ministry",), kind="government",
                domains=("mod.northland.gov",)),
]  # fmt: skip


def test_the_host_of_the_url_names_the_outlet():
    assert publisher_from_host("https://www.examplewire.com/world/1234", SOURCES) == "Example Wire"
    assert publisher_from_host("https://news.examplewire.co.uk/a", SOURCES) == "Example Wire"
    assert publisher_from_host("https://notexamplewire.com/a", SOURCES) is None
    assert publisher_from_host("", SOURCES) is None


def test_a_dateline_credits_the_outlet():
    text = "PORTVILLE (ExWire) - Two boats sank off the coast on Monday.\n\nMore text."
    assert find_publisher(text, "", SOURCES) == "Example Wire"
    unknown = "(Harbour Herald) — A ferry ran aground."
    assert find_publisher(unknown, "", SOURCES) == "Harbour Herald"


def test_the_outlets_footer_about_its_own_site():
    text = "A ferry ran aground.\n\nHarbour Herald’s website can also be reached at mirror.example"
    assert find_publisher(text, "", SOURCES) == "Harbour Herald"


def test_a_partys_website_is_not_a_publisher():
    for text in (
        "A statement on the ministry's website said two sailors died.",
        "Northland Defence Ministry's website is down since the attack.",
        "The Coast Guard's website can be accessed from abroad.",
        "(Northland Defence Ministry) - Two sailors died.",
    ):
        assert find_publisher(text, "", SOURCES) is None, text


def test_the_url_wins_over_the_text():
    text = "(Harbour Herald) — A ferry ran aground."
    assert find_publisher(text, "https://examplewire.com/x", SOURCES) == "Example Wire"
