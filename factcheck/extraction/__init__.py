"""Claim extraction: English news text in, attributed and dated claims out (no Django).

`extract(doc, sources)` is the entry point the pipeline calls; `propose_event` guesses
the incident a document is about. See `types.py` for the data shapes.
"""

from __future__ import annotations

from . import (
    attribution,
    casualties,
    causes,
    claimants,
    dates,
    events,
    extractor,
    narrative,
    numbers,
    publisher,
    scope,
    speech,
)
from .events import propose_event
from .extractor import extract
from .folding import fold_package
from .scope import lead_places
from .types import (
    DocumentInput,
    EventContext,
    EventProposal,
    ExtractedClaim,
    ExtractionResult,
    KnownSource,
)

# the case-insensitive patterns scanned as lowercase ones over the lowercased text (folding.py)
fold_package(
    [attribution, casualties, causes, claimants, dates, events, extractor, narrative, numbers,
     publisher, scope, speech]
)  # fmt: skip

__all__ = [
    "DocumentInput",
    "EventContext",
    "EventProposal",
    "ExtractedClaim",
    "ExtractionResult",
    "KnownSource",
    "extract",
    "lead_places",
    "propose_event",
]
