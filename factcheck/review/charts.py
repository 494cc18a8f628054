"""The event timeline drawn on the server as SVG: no script, no CDN, prints and screenshots
as it shows. One panel per category (killed, injured, aboard) on one time axis shared by all
panels, with dated ticks; in each, one line per claimant through its counts over time, each
value printed beside its point. An interval ("between 4 and 6") is a vertical bar, an open
one ("at least 13") a bar ending in an arrow. Points that would hide each other are set side
by side. Claims with no date at all are listed in a strip of their own under the panels.

A claimant keeps its colour for good: it is derived from the claimant's name, not from its
place in the legend, so adding a claimant changes no other's colour."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from factcheck.review.selectors import Point, Series

# Distinguishable colours (Okabe-Ito, then darker and lighter companions).
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#8C564B",
    "#7F3C8D",
    "#11A579",
    "#3969AC",
    "#E73F74",
)
PLOT_WIDTH, PANEL_HEIGHT, LEFT, TOP, BOTTOM = 560, 180, 48, 28, 34
LEGEND_GAP, CHAR_WIDTH, ROW = 24, 7.2, 18
# Points closer than this (px) on both axes would hide each other: they are set side by side.
OVERLAP = 7
TICK_STEPS = tuple(
    timedelta(hours=h) for h in (1, 2, 3, 6, 12, 24, 48, 72, 24 * 7, 24 * 14, 24 * 30)
)


def claimant_colour(name: str) -> str:
    """The claimant's own colour, the same on every page and whoever else is drawn."""
    digest = hashlib.sha256(name.encode()).digest()
    return PALETTE[int.from_bytes(digest[:4], "big") % len(PALETTE)]


def claimant_colours(claimants: dict[str, int]) -> dict[str, str]:
    """The colour of each claimant (name -> Source id) in one picture: its own colour, unless
    an older claimant (a smaller id) in the same picture has it already, then the next free
    one in the palette. A claimant added later never takes an older one's colour."""
    taken: set[str] = set()
    colours = {}
    for name, _ in sorted(claimants.items(), key=lambda item: (item[1], item[0])):
        start = PALETTE.index(claimant_colour(name))
        free = [PALETTE[(start + i) % len(PALETTE)] for i in range(len(PALETTE))]
        colour = next((c for c in free if c not in taken), free[0])
        taken.add(colour)
        colours[name] = colour
    return colours


def value_label(point: Point) -> str:
    if point.high == point.low:
        return str(point.low)
    return f"≥{point.low}" if point.high is None else f"{point.low}–{point.high}"


def _interval(low: int, high: int | None) -> str:
    return f"at least {low}" if high is None else f"{low}–{high}"


def time_ticks(start: datetime, end: datetime, *, most: int = 6) -> list[datetime]:
    """At most `most` round instants from `start` to `end`: whole hours, or midnights for
    spans of days."""
    span = end - start
    step = next((s for s in TICK_STEPS if span / s <= most - 1), TICK_STEPS[-1])
    if step >= timedelta(days=1):
        first = start.replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        hours = int(step.total_seconds() // 3600)
        first = start.replace(minute=0, second=0, microsecond=0)
        first -= timedelta(hours=first.hour % hours)
    if first < start:
        first += step
    ticks = []
    tick = first
    while tick <= end and len(ticks) < most + 1:
        ticks.append(tick)
        tick += step
    return ticks or [start]


class _Axis:
    """One time axis for every panel."""

    def __init__(self, whens: list[datetime]) -> None:
        self.start, self.end = min(whens), max(whens)
        # A margin either side, so no point sits on the frame (an hour for one instant).
        margin = max((self.end - self.start) / 25, timedelta(minutes=30))
        self.start -= margin
        self.end += margin
        self.span = (self.end - self.start).total_seconds()

    def x(self, when: datetime) -> float:
        return LEFT + (when - self.start).total_seconds() / self.span * PLOT_WIDTH

    def ticks(self) -> list[datetime]:
        return time_ticks(self.start, self.end)


def _tick_label(tick: datetime, previous: datetime | None) -> str:
    if tick.hour == 0 and tick.minute == 0:
        return f"{tick:%d %b}"
    if previous is None or previous.date() != tick.date():
        return f"{tick:%d %b %H:%M}"
    return f"{tick:%H:%M}"


def _spread(placed: list[tuple[float, float]]) -> list[tuple[float, int]]:
    """For each point, a horizontal offset that sets it apart from earlier points it would
    hide, and how many such points came before it (its value's label is raised by as many
    lines, so labels do not print over each other either)."""
    spread = []
    for index, (x, y) in enumerate(placed):
        same = sum(
            1 for ox, oy in placed[:index] if abs(ox - x) < OVERLAP and abs(oy - y) < OVERLAP
        )
        # 0, +8, -8, +16, -16, ...
        spread.append((((same + 1) // 2) * 8 * (1 if same % 2 else -1), same))
    return spread


def _panel(
    category: str,
    lines: list[Series],
    axis: _Axis | None,
    top: float,
    colours: dict[str, str],
) -> list[str]:
    parts = [f'<text x="{LEFT}" y="{top - 8}" class="t">{escape(category)}</text>']
    plot_h = PANEL_HEIGHT - TOP - BOTTOM
    base = top + plot_h
    right = LEFT + PLOT_WIDTH
    parts.append(
        f'<line x1="{LEFT}" y1="{base}" x2="{right}" y2="{base}" class="axis"/>'
        f'<line x1="{LEFT}" y1="{top}" x2="{LEFT}" y2="{base}" class="axis"/>'
    )
    if axis is not None:
        previous = None
        for tick in axis.ticks():
            x = axis.x(tick)
            parts.append(
                f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{base + 4}" class="grid"/>'
                f'<text x="{x:.1f}" y="{base + 17}" class="n tick" text-anchor="middle">'
                f"{_tick_label(tick, previous)}</text>"
            )
            previous = tick
    dated = [(line, p) for line in lines for p in line.points if p.when is not None]
    if not dated or axis is None:
        parts.append(
            f'<text x="{LEFT + 10}" y="{top + plot_h / 2}" class="n">no dated counts</text>'
        )
        return parts
    top_value = max(max(p.low, p.high or p.low) for _, p in dated)
    top_value = max(1, top_value + max(1, top_value // 5))

    def y(value: float) -> float:
        return base - value / top_value * plot_h

    for tick in sorted({0, top_value // 2, top_value}):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" class="n" text-anchor="end">{tick}</text>'
            f'<line x1="{LEFT}" y1="{y(tick):.1f}" x2="{right}" y2="{y(tick):.1f}" '
            'class="grid"/>'
        )
    placed = [(axis.x(p.when), y(p.low)) for _, p in dated]  # type: ignore[arg-type]
    spread = _spread(placed)
    where = {
        id(point): (x + dx, yy)
        for (_, point), (x, yy), (dx, _) in zip(dated, placed, spread, strict=True)
    }
    raised = {id(point): lines for (_, point), (_, lines) in zip(dated, spread, strict=True)}
    for line in lines:
        colour = colours[line.claimant]
        coords = [where[id(p)] for p in line.points if p.when is not None]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{yy:.1f}" for x, yy in coords)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
    for line, point in dated:
        colour = colours[line.claimant]
        x, yy = where[id(point)]
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
            f'<text x="{x + 6:.1f}" y="{yy - 6 - 11 * raised[id(point)]:.1f}" class="v" '
            f'fill="{colour}">'
            f"{escape(value_label(point))}</text>"
        )
    return parts


def _undated_strip(
    series: dict[str, list[Series]], top: float, colours: dict[str, str]
) -> tuple[list[str], float]:
    """The claims with no date at all, one row each: claimant, category and value."""
    rows = [
        (line.claimant, category, point)
        for category, lines in series.items()
        for line in lines
        for point in line.points
        if point.when is None
    ]
    if not rows:
        return [], 0
    parts = [
        f'<text x="{LEFT}" y="{top}" class="t">undated</text>',
        f'<text x="{LEFT + 70}" y="{top}" class="n">claims with no date, not placed in time</text>',
    ]
    for index, (claimant, category, point) in enumerate(rows):
        y = top + 20 + index * ROW
        colour = colours[claimant]
        parts.append(
            f'<circle cx="{LEFT + 5}" cy="{y - 4}" r="4" fill="{colour}" '
            f'data-claim="{point.claim_id}" class="undated"/>'
            f'<text x="{LEFT + 16}" y="{y}" class="l">{escape(claimant)}: {escape(category)} '
            f"{escape(value_label(point))} — “{escape(point.text[:80])}”</text>"
        )
    return parts, 20 + len(rows) * ROW + 10


def timeline_svg(series: dict[str, list[Series]]) -> SafeString:
    """An SVG of each claimant's counts over time, one panel per category on one axis."""
    ids = {line.claimant: line.claimant_id for lines in series.values() for line in lines}
    claimants = sorted(ids)
    colours = claimant_colours(ids)
    whens = [p.when for lines in series.values() for line in lines for p in line.points if p.when]
    axis = _Axis(whens) if whens else None
    longest = max((len(name) for name in claimants), default=0)
    legend_x = LEFT + PLOT_WIDTH + LEGEND_GAP
    width = int(legend_x + 16 + longest * CHAR_WIDTH + 16)
    panels_height = PANEL_HEIGHT * len(series)
    strip, strip_height = _undated_strip(series, TOP + panels_height + 6, colours)
    height = int(max(panels_height + strip_height, TOP + len(claimants) * ROW) + 10)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" class="timeline" '
        'aria-label="Counts by claimant over time">',
        "<style>.t{font:bold 13px sans-serif}.n{font:11px sans-serif;fill:#555}"
        ".axis{stroke:#888}.grid{stroke:#eee}.l{font:12px sans-serif}"
        ".v{font:bold 11px sans-serif}</style>",
    ]
    for index, (category, lines) in enumerate(series.items()):
        parts.extend(_panel(category, lines, axis, TOP + index * PANEL_HEIGHT, colours))
    parts.extend(strip)
    if axis is not None:
        parts.append(
            f'<text x="{LEFT + PLOT_WIDTH}" y="{TOP - 8}" class="n" text-anchor="end">'
            f"times in UTC, {axis.start:%d %b %Y} to {axis.end:%d %b %Y}</text>"
        )
    parts.append('<g class="legend">')
    for index, name in enumerate(claimants):
        y = TOP + 14 + index * ROW
        parts.append(
            f'<rect x="{legend_x}" y="{y - 9}" width="10" height="10" '
            f'fill="{colours[name]}"/>'
            f'<text x="{legend_x + 16}" y="{y}" class="l">{escape(name)}</text>'
        )
    parts.append("</g></svg>")
    # Every piece of text above went through escape(); the rest is fixed markup and numbers.
    return mark_safe("".join(parts))  # noqa: S308
