"""stale_figure: outlets still printing a figure their source had already revised."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import label_of, when_label
from factcheck.rules.registry import register
from factcheck.rules.standing import Stale, by_measure, measure_label, standing_of

CATEGORIES = ("killed", "injured", "missing", "survived")


def late_label(late: timedelta) -> str:
    hours = late.total_seconds() / 3600
    if hours < 1:
        return "under an hour"
    if hours < 48:
        return f"{round(hours)} h"
    return f"{round(hours / 24)} days"


@register(
    name="stale_figure",
    description=(
        "An outlet prints, in its own voice, a figure its primary source had already revised "
        '("4 of 6 crew killed" after the command said all 6): a late report, not a side of a '
        "disagreement. One note per measure lists the outlets, the figure each printed, the "
        "source's current figure and how late each was. Outlets later than `grace_hours` "
        "after the revision only (news takes a while to travel). Default severity: note."
    ),
    severity="note",
    params={"approx_tolerance": 0.1, "grace_hours": 3},
)
def stale_figure(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    grace = timedelta(hours=float(params["grace_hours"]))
    drafts = []
    for measure, measure_claims in sorted(by_measure(claims, CATEGORIES).items()):
        standing = standing_of(measure_claims, approx_tolerance=params["approx_tolerance"])
        late = [s for s in standing.stale if s.late > grace]
        if not late:
            continue
        by_outlet: dict[int, list[Stale]] = defaultdict(list)
        for stale in late:
            by_outlet[stale.claim.claimant_id].append(stale)
        lines = []
        for stales in sorted(by_outlet.values(), key=lambda s: s[0].claim.claimant):
            worst = max(stales, key=lambda s: s.late)
            lines.append(
                f"{worst.claim.claimant} printed {label_of(worst.claim)} "
                f"({when_label(worst.claim.when)}), {late_label(worst.late)} after "
                f"{worst.source} revised it to {worst.revised.label} "
                f"({when_label(worst.revised.at)})"
            )
        claim_ids = [s.claim.id for s in late] + [c.id for s in late for c in s.revised.claims[:1]]
        drafts.append(
            FindingDraft(
                key=measure,
                message=(
                    f"Stale figures of {measure_label(measure)}: "
                    + "; ".join(lines)
                    + ". Late reports, not a disagreement: a correction request may be due."
                ),
                claim_ids=claim_ids,
                evidence={
                    "claimants": sorted({s.claim.claimant for s in late}),
                    "measure": list(measure),
                    "outlets": lines,
                },
                digest_basis=sorted({f"{s.claim.claimant_id}" for s in late}),
            )
        )
    return drafts
