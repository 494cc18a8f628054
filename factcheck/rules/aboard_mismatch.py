"""aboard_mismatch: the number of people aboard (or involved) disagrees across claims."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import Interval, group_key, interval_of, label_of, scope_of
from factcheck.rules.registry import register
from factcheck.rules.standing import relays


def aboard_claims(claims: Sequence[ClaimFact]) -> list[ClaimFact]:
    """Claims of how many were aboard: stated ones, and the M of "N of the M" counts."""
    found = []
    for claim in claims:
        if claim.kind != "casualty" or scope_of(claim) != "incident":
            continue
        if claim.category == "aboard":
            found.append(claim)
        elif claim.qualifier == "of_total" and claim.count_total:
            total = claim.count_total
            found.append(
                replace(claim, category="aboard", count_min=total, count_max=total, qualifier="")
            )
    return found


@register(
    name="aboard_mismatch",
    description=(
        'The number of people aboard or involved disagrees across claims: "six crew" and '
        '"at least five" agree, "normally three" disagrees with both. The M of "N of '
        'the M" counts as a number aboard. One finding per group of people lists every figure and '
        "who gives it. Default severity: warning."
    ),
    severity="warning",
    params={"approx_tolerance": 0.1},
)
def aboard_mismatch(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    by_group: dict[str, list[ClaimFact]] = defaultdict(list)
    for claim in aboard_claims(claims):
        by_group[group_key(claim.group)].append(claim)
    drafts = []
    for group, group_claims in sorted(by_group.items()):
        draft = _mismatch(group, group_claims, params["approx_tolerance"])
        if draft is not None:
            drafts.append(draft)
    return drafts


def _mismatch(group: str, claims: list[ClaimFact], tolerance: float) -> FindingDraft | None:
    stated = [(c, interval_of(c, approx_tolerance=tolerance)) for c in claims]
    stated = [(c, i) for c, i in stated if i is not None]
    # Distinct figures only: hundreds of claims repeat a handful of numbers.
    distinct = sorted({i for _, i in stated}, key=lambda i: (i.low, i.high))
    clashing = {a for a in distinct for b in distinct if a is not b and not a.overlaps(b)}
    if not clashing:
        return None
    by_label: dict[str, list[str]] = defaultdict(list)
    relayed: dict[str, set[int | None]] = defaultdict(set)
    given = [(c, i) for c, i in stated if not c.outlet_voice]
    claim_ids = []
    source_of: dict[Interval, ClaimFact | None] = {}
    for claim, interval in stated:
        if interval not in clashing:
            continue
        label = label_of(claim)
        # Hundreds of claims, a handful of figures: the source looked up once per figure.
        if interval not in source_of:
            source_of[interval] = next((c for c, i in given if relays(interval, i)), None)
        source = source_of[interval]
        if claim.outlet_voice and source is not None:
            # An outlet printing a primary's figure relays it: counted, never named.
            relayed[label_of(source)].add(claim.publisher_id)
            continue
        if claim.claimant not in by_label[label]:
            by_label[label].append(claim.claimant)
        claim_ids.append(claim.id)
    if len(by_label) < 2:
        return None
    figures = "; ".join(
        f"{label}: {', '.join(names)}"
        + (f" (relayed by {len(relayed[label])} outlets)" if relayed.get(label) else "")
        for label, names in by_label.items()
    )
    claimants = sorted({name for names in by_label.values() for name in names})
    return FindingDraft(
        key=("aboard", group),
        message=(
            f"The number of {group or 'people'} aboard disagrees across claims ({figures}). "
            "Establish how many were aboard before reporting a share of them as killed or "
            "missing."
        ),
        claim_ids=claim_ids,
        evidence={"claimants": claimants, "figures": dict(by_label)},
    )
