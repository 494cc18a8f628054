"""The server-side SVG timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import pytest

from factcheck.review.charts import claimant_colour, claimant_colours, time_ticks, timeline_svg
from factcheck.review.selectors import Point, Series, event_timeline
from tests.factories import ClaimFactory, DocumentFactory, EventFactory

T = datetime(2026, 3, 13, 9, tzinfo=UTC)


def test_one_panel_per_category_and_one_line_per_claimant():
    series = {
        "killed": [
            Series(
                "CENTCOM",
                "killed",
                [Point(T, 4, 4, 1, "four"), Point(T.replace(hour=18), 6, 6, 2, "all six")],
            ),
            Series("IRGC", "killed", [Point(T, 13, None, 3, "at least 13")]),
        ],
        "injured": [],
        "aboard": [Series("CENTCOM", "aboard", [Point(T, 6, 6, 4, "six aboard")])],
    }
    svg = str(timeline_svg(series))
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own output: well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}polyline")) == 1  # CENTCOM's killed series
    assert {c.get("data-claim") for c in root.findall(f"{ns}circle")} == {"1", "2", "3", "4"}
    assert "no dated counts" in svg  # injured
    assert "at least 13" in svg  # an open interval, in the point's title
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert {"killed", "injured", "aboard", "CENTCOM", "IRGC"} <= set(texts)


def test_names_and_texts_are_escaped():
    series = {"killed": [Series("<script>x</script>", "killed", [Point(T, 1, 1, 1, "a & b")])]}
    svg = str(timeline_svg(series))
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    ElementTree.fromstring(svg)  # noqa: S314 - our own output


NS = "{http://www.w3.org/2000/svg}"


def parse(series) -> ElementTree.Element:
    return ElementTree.fromstring(str(timeline_svg(series)))  # noqa: S314 - our own output


def colours_by_claim(root) -> dict[str, str]:
    return {c.get("data-claim"): c.get("fill") for c in root.iter(f"{NS}circle")}


def test_a_claimants_colour_does_not_change_when_another_is_added():
    alone = {"killed": [Series("Press TV", "killed", [Point(T, 4, 4, 1, "four")], 5)]}
    before = colours_by_claim(parse(alone))["1"]
    crowded = {
        "killed": [
            Series("Al Jazeera", "killed", [Point(T, 3, 3, 2, "three")], 9),
            Series("CENTCOM", "killed", [Point(T, 5, 5, 3, "five")], 7),
            Series("Press TV", "killed", [Point(T, 4, 4, 1, "four")], 5),
        ]
    }
    assert colours_by_claim(parse(crowded))["1"] == before == claimant_colour("Press TV")


def test_claimants_in_one_picture_never_share_a_colour():
    names = {f"Claimant {n}": n for n in range(10)}
    colours = claimant_colours(names)
    assert len(set(colours.values())) == 10
    # The older of two claimants wanting the same colour keeps it.
    same = next(
        (a, b) for a in names for b in names if a < b and claimant_colour(a) == claimant_colour(b)
    )
    older, newer = same
    both = claimant_colours({older: 1, newer: 2})
    assert both[older] == claimant_colour(older)
    assert both[newer] != both[older]


def test_one_time_axis_for_every_panel_with_dated_ticks():
    series = {
        "killed": [Series("A", "killed", [Point(T, 4, 4, 1, "four")])],
        "injured": [Series("B", "injured", [Point(T + timedelta(days=2), 9, 9, 2, "nine")])],
    }
    root = parse(series)
    ticks = [t.text for t in root.iter(f"{NS}text") if "tick" in (t.get("class") or "")]
    # The same ticks under both panels, at least three, dated.
    assert len(ticks) % 2 == 0
    half = ticks[: len(ticks) // 2]
    assert half == ticks[len(ticks) // 2 :]
    assert len(half) >= 3
    assert any("Mar" in tick for tick in half)
    xs = {c.get("data-claim"): float(c.get("cx")) for c in root.iter(f"{NS}circle")}
    assert xs["1"] < xs["2"]  # two days apart on one axis, not each at its own panel's middle


def test_values_are_printed_and_overlapping_points_set_apart():
    series = {
        "killed": [
            Series("CENTCOM", "killed", [Point(T, 6, 6, 1, "six")]),
            Series("Press TV", "killed", [Point(T, 6, 6, 2, "six")]),
            Series("IRGC", "killed", [Point(T, 4, 6, 3, "four to six")]),
            Series("Tasnim", "killed", [Point(T, 13, None, 4, "at least 13")]),
        ]
    }
    root = parse(series)
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert {"6", "4–6", "≥13"} <= set(texts)
    circles = {c.get("data-claim"): c for c in root.iter(f"{NS}circle")}
    same = [(circles[i].get("cx"), circles[i].get("cy")) for i in ("1", "2")]
    assert same[0] != same[1]
    # Their printed values do not sit on each other either.
    sixes = [(t.get("x"), t.get("y")) for t in root.iter(f"{NS}text") if t.text == "6"]
    assert len(sixes) == len(set(sixes)) == 2


def test_undated_claims_have_a_strip_of_their_own():
    series = {
        "killed": [
            Series("CENTCOM", "killed", [Point(None, 6, 6, 1, "six were killed")]),
        ],
        "injured": [],
    }
    svg = str(timeline_svg(series))
    root = parse(series)
    assert "undated" in svg
    assert "CENTCOM: killed 6" in svg
    assert [c.get("data-claim") for c in root.iter(f"{NS}circle")] == ["1"]


def test_the_legend_keeps_whole_names_inside_the_picture():
    name = "Islamic Revolutionary Guard Corps Aerospace Force"
    root = parse({"killed": [Series(name, "killed", [Point(T, 1, 1, 1, "one")])]})
    legend = root.find(f"{NS}g[@class='legend']")
    label = next(t for t in legend.iter(f"{NS}text"))
    assert label.text == name
    assert float(label.get("x")) + len(name) * 7.2 <= float(root.get("width"))


def test_time_ticks_are_round():
    start = datetime(2026, 3, 13, 9, 17, tzinfo=UTC)
    ticks = time_ticks(start, start + timedelta(hours=10))
    assert all(t.minute == 0 for t in ticks)
    assert ticks[0] >= start
    assert len(ticks) <= 7


@pytest.mark.django_db
def test_an_undated_claim_is_kept_by_the_selector():
    document = DocumentFactory(published_at=None, event=EventFactory())
    ClaimFactory(document=document, stated_at=None, count_min=3, count_max=3)
    timeline = event_timeline(event_id=document.event_id)
    (line,) = timeline["killed"]
    assert [p.when for p in line.points] == [None]
