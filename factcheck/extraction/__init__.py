"""Claim extraction: English news text in, attributed and dated claims out (no Django).

`extract(doc, sources)` is the entry point the pipeline calls; `propose_event` guesses
the incident a document is about. See `types.py` for the data shapes.
"""

from __future__ import annotations

from .events import propose_event
from .extractor import extract
from .types import (
    DocumentInput,
    EventProposal,
    ExtractedClaim,
    ExtractionResult,
    KnownSource,
)

__all__ = [
    "DocumentInput",
    "EventProposal",
    "ExtractedClaim",
    "ExtractionResult",
    "KnownSource",
    "extract",
    "propose_event",
]
