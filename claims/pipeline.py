"""The hand-off of a stored document to the pipeline that extracts its claims.

The record knows nothing of the engine: the engine registers its entry point here at start-up
(factcheck.apps.FactcheckConfig.ready), and document ingestion calls `document_stored` in the
transaction that stores the document.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

DocumentHandler = Callable[[int], None]

_document_stored: DocumentHandler | None = None


def document_stored_handler_set(handler: DocumentHandler) -> None:
    """Installs the one function called with each newly stored document's id."""
    global _document_stored
    _document_stored = handler


def document_stored(document_id: int) -> None:
    """Hands a document stored in the current transaction to the pipeline.

    Raises ImproperlyConfigured when no pipeline registered itself: a document is never
    stored silently without its extraction.
    """
    if _document_stored is None:
        raise ImproperlyConfigured(
            "no pipeline takes stored documents: is 'factcheck' in INSTALLED_APPS?"
        )
    _document_stored(document_id)
