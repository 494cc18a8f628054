"""The server-side SVG timeline."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.etree import ElementTree

from factcheck.review.charts import timeline_svg
from factcheck.review.selectors import Point, Series

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
    assert "no counts" in svg  # injured
    assert "at least 13" in svg  # an open interval, in the point's title
    texts = [t.text for t in root.findall(f"{ns}text")]
    assert {"killed", "injured", "aboard", "CENTCOM", "IRGC"} <= set(texts)


def test_names_and_texts_are_escaped():
    series = {"killed": [Series("<script>x</script>", "killed", [Point(T, 1, 1, 1, "a & b")])]}
    svg = str(timeline_svg(series))
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    ElementTree.fromstring(svg)  # noqa: S314 - our own output
