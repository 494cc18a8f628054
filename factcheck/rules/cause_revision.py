"""cause_revision: one claimant changes its stated cause over time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.causes import UNDETERMINED, cause_label
from factcheck.rules.counts import chronological, when_label
from factcheck.rules.registry import register


def _stance(claim: ClaimFact) -> str:
    verb = "said it was" if claim.polarity == "affirmed" else "denied it was"
    return f"{verb} {cause_label(claim.cause)} ({when_label(claim.when)})"


def _contradicts(earlier: ClaimFact, later: ClaimFact) -> bool:
    if earlier.cause == later.cause:
        return earlier.polarity != later.polarity
    # A different cause affirmed: a storm, then an engine failure.
    return earlier.polarity == later.polarity == "affirmed"


@register(
    name="cause_revision",
    description=(
        "One claimant changes its stated cause over time: it denies a cause it affirmed "
        "earlier (or the reverse), or affirms a different cause than it did (a technical "
        "fault, then hostile fire; a storm, then an engine failure). Saying the cause is "
        "under investigation revises nothing; a later report of an earlier statement, dated "
        "only by its document, is not a change. One finding per claimant. Default "
        "severity: warning."
    ),
    severity="warning",
)
def cause_revision(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    by_claimant: dict[int, list[ClaimFact]] = defaultdict(list)
    for claim in chronological(claims):
        if claim.kind == "cause" and claim.cause not in UNDETERMINED:
            by_claimant[claim.claimant_id].append(claim)

    drafts = []
    for claimant_id, series in by_claimant.items():
        changes: list[tuple[ClaimFact, ClaimFact]] = []
        for index, later in enumerate(series):
            earlier_claims = series[:index]
            if later.dated_by_document_only and any(
                e.cause == later.cause and e.polarity == later.polarity for e in earlier_claims
            ):
                continue  # an old statement reported again
            for earlier in earlier_claims:
                if earlier.when is None or later.when is None or earlier.when >= later.when:
                    continue
                if _contradicts(earlier, later) and not any(
                    (e.cause, e.polarity, after.cause, after.polarity)
                    == (earlier.cause, earlier.polarity, later.cause, later.polarity)
                    for e, after in changes
                ):
                    changes.append((earlier, later))
        if not changes:
            continue
        claimant = series[0].claimant
        steps = "; ".join(f"it {_stance(e)}, then {_stance(after)}" for e, after in changes)
        drafts.append(
            FindingDraft(
                key=(claimant_id,),
                message=(
                    f"{claimant} changed its account of the cause: {steps}. Ask what new "
                    "information prompted the change."
                ),
                claim_ids=sorted({c.id for pair in changes for c in pair}),
                evidence={
                    "claimants": [claimant],
                    "changes": [
                        [e.cause, e.polarity, after.cause, after.polarity] for e, after in changes
                    ],
                },
            )
        )
    return drafts
