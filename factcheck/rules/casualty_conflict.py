"""casualty_conflict: different claimants give counts that cannot both be true."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import Statement, group_key, scope_of, statements_of, when_label
from factcheck.rules.registry import register

CATEGORIES = ("killed", "injured", "missing", "survived", "aircraft_lost")


@register(
    name="casualty_conflict",
    description=(
        "Two claimants' counts for the same category, group and scope do not overlap at the "
        "same time: each claimant's latest value is compared with the others' latest values "
        'stated within `window_hours`. "At least 4" and "6" agree; one claimant going from '
        '"4 of 6" to "all 6" is a revision, not a conflict; an outlet quoting or reporting a '
        "claimant is that claimant, not a second one. With `ignore_lagging`, a claimant still "
        "giving a figure the other one itself gave earlier is taken for a late report. One "
        "finding per pair of claimants lists the counts they disagree on. Default severity: "
        "warning."
    ),
    severity="warning",
    params={"window_hours": 48, "approx_tolerance": 0.1, "ignore_lagging": True},
)
def casualty_conflict(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    groups: dict[tuple[str, str, str], dict[int, list[ClaimFact]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for claim in claims:
        if claim.kind != "casualty" or claim.category not in CATEGORIES:
            continue
        key = (claim.category, group_key(claim.group), scope_of(claim))
        groups[key][claim.claimant_id].append(claim)

    pairs: dict[tuple[int, int], list[tuple[tuple[str, str, str], Statement, Statement]]] = (
        defaultdict(list)
    )
    for count, by_claimant in sorted(groups.items()):
        if len(by_claimant) < 2:
            continue
        for pair, (sa, sb) in _conflicts(by_claimant, params).items():
            pairs[pair].append((count, sa, sb))

    drafts = []
    for (a, b), disagreements in pairs.items():
        first = disagreements[0][1].first.claimant
        second = disagreements[0][2].first.claimant
        points = []
        claim_ids = []
        for (category, group, scope), sa, sb in disagreements:
            what = f"{group or 'people'} {category}" + (
                f" ({scope})" if scope != "incident" else ""
            )
            points.append(
                f"{what}: {first} says {sa.label} ({when_label(sa.at)}), "
                f"{second} says {sb.label} ({when_label(sb.at)})"
            )
            claim_ids += [c.id for c in (*sa.claims, *sb.claims)]
        drafts.append(
            FindingDraft(
                key=(a, b),
                message=(
                    "Conflicting counts: " + "; ".join(points) + ". Find out which figure is "
                    "current and what each one rests on."
                ),
                claim_ids=claim_ids,
                evidence={"claimants": sorted([first, second]), "points": points},
            )
        )
    return drafts


def _conflicts(
    by_claimant: dict[int, list[ClaimFact]], params: Mapping[str, Any]
) -> dict[tuple[int, int], tuple[Statement, Statement]]:
    """Claimant pairs whose latest values, within the window, do not overlap (first time)."""
    window = timedelta(hours=float(params["window_hours"]))
    series = {
        claimant_id: [
            s
            for s in statements_of(claimant_claims, approx_tolerance=params["approx_tolerance"])
            if s.at is not None
        ]
        for claimant_id, claimant_claims in by_claimant.items()
    }
    times = {claimant_id: [s.at for s in statements] for claimant_id, statements in series.items()}
    moments = sorted({at for ats in times.values() for at in ats})
    conflicts: dict[tuple[int, int], tuple[Statement, Statement]] = {}
    for moment in moments:
        latest = {}
        fresh = []
        for claimant_id, statements in series.items():
            # Statements are in time order: those up to this moment end at `upto`.
            upto = bisect_right(times[claimant_id], moment)
            if upto and moment - statements[upto - 1].at <= window:
                latest[claimant_id] = (statements[upto - 1], statements[: upto - 1])
                if statements[upto - 1].at == moment:
                    fresh.append(claimant_id)
        # Pairs with no new statement at this moment were compared at an earlier one.
        for a in fresh:
            for b in latest:
                pair = (min(a, b), max(a, b))
                if a == b or pair in conflicts:
                    continue
                (sa, earlier_a), (sb, earlier_b) = latest[pair[0]], latest[pair[1]]
                if sa.interval.overlaps(sb.interval):
                    continue
                if params["ignore_lagging"] and (
                    any(e.interval.overlaps(sb.interval) for e in earlier_a)
                    or any(e.interval.overlaps(sa.interval) for e in earlier_b)
                ):
                    continue
                conflicts[pair] = (sa, sb)
    return conflicts
