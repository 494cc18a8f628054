"""cause_revision: one claimant changes its stated cause over time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.rules.base import ClaimFact, FindingDraft
from factcheck.rules.causes import UNDETERMINED, agents_differ, cause_label, hedged
from factcheck.rules.counts import chronological, same_moment, when_label
from factcheck.rules.registry import register


def _stance(claim: ClaimFact) -> str:
    when = when_label(claim.when)
    if claim.cause in UNDETERMINED:
        return f"said the cause was not yet known ({when})"
    verb = "said it was" if claim.polarity == "affirmed" else "denied it was"
    by = f" by {claim.agent}" if claim.agent and claim.polarity == "affirmed" else ""
    hedge = " (hedged)" if hedged(claim) else ""
    return f"{verb} {cause_label(claim.cause)}{by}{hedge} ({when})"


def _contradicts(earlier: ClaimFact, later: ClaimFact) -> bool:
    if later.cause in UNDETERMINED:
        return False  # back to "we do not know yet": no new account
    if earlier.cause in UNDETERMINED:
        # "Under investigation", then a cause: the speaker settled on an account.
        return earlier.polarity != "denied" and later.polarity == "affirmed"
    if earlier.cause == later.cause:
        if earlier.polarity == later.polarity:
            return agents_differ(earlier.agent, later.agent)
        return earlier.polarity != later.polarity
    # A different cause affirmed: a storm, then an engine failure.
    return earlier.polarity == later.polarity == "affirmed"


@register(
    name="cause_revision",
    description=(
        "One claimant changes its stated cause over time: it denies a cause it affirmed "
        "earlier (or the reverse), affirms a different cause than it did (a technical "
        "fault, then hostile fire; a storm, then an engine failure), blames another party, "
        'or settles on a cause after saying it was unknown or "under investigation". Going '
        'back to "under investigation" revises nothing; claims of one moment are not '
        "ordered by their place in the text; a later report of an earlier statement, dated "
        "only by its document, is not a change. One finding per claimant. Default "
        "severity: warning."
    ),
    severity="warning",
)
def cause_revision(claims: Sequence[ClaimFact], params: Mapping[str, Any]) -> list[FindingDraft]:
    by_claimant: dict[int, list[ClaimFact]] = defaultdict(list)
    stated = [c for c in claims if c.kind == "cause" and c.cause and c.polarity]
    for claim in chronological(stated):
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
                if earlier.when is None or later.when is None or same_moment(earlier, later):
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
