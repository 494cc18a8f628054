"""Links and saved web pages into documents: fetch (netguard-vetted), extract, then the
fields `document_ingest` (or the API's `document_submit`) stores.

The network and the extractor run before any transaction opens; a link that cannot be fetched
or holds no story raises IngestError with the reason, so nothing partial is stored.
"""

from __future__ import annotations

from typing import Any

from claims.fetching import Fetched, FetchError, fetch
from claims.services import IngestError, IngestResult, document_ingest, parse_published_at
from claims.web_pages import PageError, WebPage, page_extract

__all__ = ["html_document_fields", "link_document_fields", "link_ingest"]


def _fields(page: WebPage, *, url: str, provenance: dict[str, Any]) -> dict[str, Any]:
    provenance = {
        **provenance,
        "extractor": page.extractor,
        "author": page.author[:300],
        "updated_at": page.updated_at,
        "json_ld": page.json_ld,
    }
    try:
        published_at = parse_published_at(page.published_at)
    except IngestError:  # a page's date out of range (a typo, year 0001): read as unknown
        published_at = None
    return {
        "text": page.text,
        "title": page.title,
        "url": url,
        "publisher": page.publisher,
        "published_at": published_at,
        "language": page.language or "en",
        "provenance": provenance,
    }


def html_document_fields(*, html: str, url: str = "") -> dict[str, Any]:
    """document_ingest's keyword arguments for a saved page (provenance: the extractor)."""
    try:
        page = page_extract(html, url=url)
    except PageError as exc:
        raise IngestError(str(exc)) from None
    return _fields(page, url=url, provenance={"fetched_url": url} if url else {})


def fetched_document_fields(fetched: Fetched) -> dict[str, Any]:
    """document_ingest's keyword arguments for a page already fetched."""
    try:
        page = page_extract(fetched.text(), url=fetched.final_url)
    except PageError as exc:
        raise IngestError(f"{fetched.final_url}: {exc}") from None
    return _fields(
        page,
        url=fetched.final_url,
        provenance={
            "fetched_url": fetched.url,
            "final_url": fetched.final_url,
            "fetched_at": fetched.fetched_at,
            "http_status": fetched.status,
        },
    )


def link_document_fields(*, url: str) -> dict[str, Any]:
    """Fetch `url` and read its page: document_ingest's keyword arguments, provenance included.

    Raises IngestError for a link refused by the outbound policy, unreachable, answering
    4xx/5xx, not HTML, too large, or a page with no story (a paywall stub)."""
    try:
        fetched = fetch(url)
    except FetchError as exc:
        raise IngestError(str(exc)) from None
    return fetched_document_fields(fetched)


def link_ingest(*, url: str, event_key: str | None = None) -> IngestResult:
    """Fetch, read and store one link (document_ingest: stored once, extraction enqueued)."""
    return document_ingest(**link_document_fields(url=url), event_key=event_key)
