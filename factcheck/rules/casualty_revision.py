"""casualty_revision: one claimant's counts change across its updates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.counts import group_key, scope_of, statements_of, told_after, when_label
from factcheck.rules.registry import register

# "aboard" is not a toll that moves with the news (aboard_mismatch looks at it), and counts
# of aircraft lost in one report are often about different aircraft ("the KC-135", "three
# F-15s"), not updates of one count.
CATEGORIES = ("killed", "injured", "missing", "survived")


@register(
    name="casualty_revision",
    description=(
        "One claimant's count for the same category, group and scope changes across its "
        'updates ("4 of 6 crew killed" then "all 6"). One finding per claimant lists every '
        "series that moved. A rise while rescue goes on is normal: the rule's severity "
        "(default note). A fall is one level higher (a warning), except for the missing, who "
        'fall as people are found. Consistent updates ("at least 4" then "4") and later '
        "reports of an earlier figure are not revisions."
    ),
    severity="note",
    params={"approx_tolerance": 0.1},
)
def casualty_revision(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    series: dict[int, dict[tuple[str, str, str], list[ClaimFact]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for claim in claims:
        if claim.kind != "casualty" or claim.category not in CATEGORIES:
            continue
        key = (claim.category, group_key(claim.group), scope_of(claim))
        series[claim.claimant_id][key].append(claim)

    drafts = []
    for claimant_id, by_count in series.items():
        lines, claim_ids, falls = [], [], False
        claimant = ""
        for (category, group, scope), count_claims in sorted(by_count.items()):
            statements = statements_of(count_claims, approx_tolerance=params["approx_tolerance"])
            if len(statements) < 2:
                continue
            if not any(told_after(a, b) for a, b in pairwise(statements)):
                continue  # values of one moment (or undated) in no order: no revision read
            claimant = statements[0].first.claimant
            # Two values of one moment (one report giving "all 6" and "4 of 6") are not in
            # any order: their place in the text is none, so no fall is read from them.
            fell = any(
                b.interval.high < a.interval.low and told_after(a, b)
                for a, b in pairwise(statements)
            )
            falls = falls or (fell and category != "missing")
            what = f"{group or 'people'} {category}" + (
                f" ({scope})" if scope != "incident" else ""
            )
            steps = " -> ".join(f"{s.label} ({when_label(s.at)})" for s in statements)
            lines.append(f"{what} {steps}")
            claim_ids += [c.id for s in statements for c in s.claims]
        if not lines:
            continue
        if falls:
            advice = (
                "A count that falls is unusual: check whether an earlier figure was wrong, "
                "double-counted or about other people."
            )
        else:
            advice = "Rising tolls and falling missing counts are usual while rescue goes on."
        drafts.append(
            FindingDraft(
                key=(claimant_id,),
                message=f"{claimant}: " + "; ".join(lines) + f". {advice}",
                claim_ids=claim_ids,
                evidence={"claimants": [claimant], "series": lines},
                raised=falls,
            )
        )
    return drafts
