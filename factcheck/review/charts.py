"""The event timeline drawn on the server as SVG: no script, no CDN, prints and screenshots
as it shows. One panel per category (killed, injured, aboard); in each, one line per claimant
through its counts over time. An interval ("between 4 and 6") is a vertical bar, an open one
("at least 13") a bar ending in an arrow."""

from __future__ import annotations

from datetime import datetime

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from factcheck.review.selectors import Series

# Distinguishable colours (Okabe-Ito), one per claimant in the order of the legend.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
WIDTH, PANEL_HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 760, 170, 48, 190, 24, 30


def _x(when: datetime, start: float, span: float) -> float:
    plot = WIDTH - LEFT - RIGHT
    return LEFT + (when.timestamp() - start) / span * plot if span else LEFT + plot / 2


def _panel(category: str, lines: list[Series], colours: dict[str, str], top: float) -> list[str]:
    parts = [
        f'<text x="{LEFT}" y="{top - 6}" class="t">{escape(category)}</text>',
    ]
    points = [p for line in lines for p in line.points]
    plot_h = PANEL_HEIGHT - TOP - BOTTOM
    base = top + plot_h
    parts.append(
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" class="axis"/>'
        f'<line x1="{LEFT}" y1="{top}" x2="{LEFT}" y2="{base}" class="axis"/>'
    )
    if not points:
        parts.append(f'<text x="{LEFT + 10}" y="{top + plot_h / 2}" class="n">no counts</text>')
        return parts
    start = min(p.when for p in points).timestamp()
    span = max(p.when for p in points).timestamp() - start
    top_value = max(max(p.low, p.high or p.low) for p in points)
    top_value = max(1, top_value + max(1, top_value // 5))

    def y(value: float) -> float:
        return base - value / top_value * plot_h

    for tick in sorted({0, top_value // 2, top_value}):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" class="n" text-anchor="end">{tick}</text>'
            f'<line x1="{LEFT}" y1="{y(tick):.1f}" x2="{WIDTH - RIGHT}" y2="{y(tick):.1f}" '
            'class="grid"/>'
        )
    first, last = min(p.when for p in points), max(p.when for p in points)
    parts.append(
        f'<text x="{LEFT}" y="{base + 16}" class="n">{first:%d %b %H:%M}</text>'
        f'<text x="{WIDTH - RIGHT}" y="{base + 16}" class="n" text-anchor="end">'
        f"{last:%d %b %H:%M} UTC</text>"
    )
    for line in lines:
        colour = colours[line.claimant]
        coords = [(_x(p.when, start, span), y(p.low)) for p in line.points]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{yy:.1f}" for x, yy in coords)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
        for point, (x, yy) in zip(line.points, coords, strict=True):
            label = escape(
                f"{line.claimant}, {point.when:%Y-%m-%d %H:%M}: "
                f"{point.low if point.high == point.low else _interval(point.low, point.high)}"
                f" — {point.text[:120]}"
            )
            if point.high != point.low:
                high_y = y(point.high) if point.high is not None else top
                parts.append(
                    f'<line x1="{x:.1f}" y1="{yy:.1f}" x2="{x:.1f}" y2="{high_y:.1f}" '
                    f'stroke="{colour}" stroke-width="3" opacity="0.5"/>'
                )
                if point.high is None:
                    parts.append(
                        f'<path d="M{x - 4:.1f},{top + 6} L{x:.1f},{top} L{x + 4:.1f},{top + 6}" '
                        f'stroke="{colour}" fill="none"/>'
                    )
            parts.append(
                f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="4" fill="{colour}" '
                f'data-claim="{point.claim_id}"><title>{label}</title></circle>'
            )
    return parts


def _interval(low: int, high: int | None) -> str:
    return f"at least {low}" if high is None else f"{low}–{high}"


def timeline_svg(series: dict[str, list[Series]]) -> SafeString:
    """An SVG of each claimant's counts over time, one panel per category."""
    claimants = sorted({line.claimant for lines in series.values() for line in lines})
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(claimants)}
    height = PANEL_HEIGHT * len(series) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" class="timeline" '
        'aria-label="Counts by claimant over time">',
        "<style>.t{font:bold 13px sans-serif}.n{font:11px sans-serif;fill:#555}"
        ".axis{stroke:#888}.grid{stroke:#eee}.l{font:12px sans-serif}</style>",
    ]
    for index, (category, lines) in enumerate(series.items()):
        parts.extend(_panel(category, lines, colours, TOP + index * PANEL_HEIGHT))
    for index, name in enumerate(claimants):
        y = TOP + 14 + index * 18
        parts.append(
            f'<rect x="{WIDTH - RIGHT + 16}" y="{y - 9}" width="10" height="10" '
            f'fill="{colours[name]}"/>'
            f'<text x="{WIDTH - RIGHT + 32}" y="{y}" class="l">{escape(name[:26])}</text>'
        )
    parts.append("</svg>")
    # Every piece of text above went through escape(); the rest is fixed markup and numbers.
    return mark_safe("".join(parts))  # noqa: S308
