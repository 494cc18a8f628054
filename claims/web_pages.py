"""Reading a saved web page: its main text and what the page says about itself.

The page is cleaned first (navigation, banners, related links, share bars, comments, cookie
walls and newsletter boxes are cut out of the tree), so none of that reaches the extractor;
trafilatura then takes the main text, title, site name and author, htmldate the publication
and update dates, and extruct the page's own NewsArticle / ClaimReview JSON-LD, which wins
where it says something (the outlet's own statement of its headline, dates and publisher).

Plain functions over a string of HTML: no network, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import extruct
import htmldate
import lxml.html
import trafilatura
from lxml import etree

__all__ = ["EXTRACTOR_VERSION", "PageError", "WebPage", "page_extract"]

EXTRACTOR_VERSION = f"trafilatura {trafilatura.__version__}; htmldate {htmldate.__version__}"

# Whole elements that are never the story.
BOILERPLATE_TAGS = ("nav", "aside", "footer", "form", "dialog", "noscript", "iframe", "button")
BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "search"}
# An id or class token (split on - and _) naming boilerplate.
BOILERPLATE_WORDS = {
    "nav",
    "navbar",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "cmp",
    "newsletter",
    "subscribe",
    "signup",
    "related",
    "recommended",
    "trending",
    "popular",
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "promo",
    "advert",
    "ad",
    "ads",
    "sidebar",
    "footer",
    "masthead",
}
# Never boilerplate, nor anything wrapping them.
STORY_TAGS = ("article", "main", "h1")
NEWS_TYPES = {"NewsArticle", "ReportageNewsArticle", "Article", "LiveBlogPosting", "ClaimReview"}
PAYWALL_PHRASES = re.compile(
    r"\b(subscribe|subscribers|subscription|sign in to (?:read|continue)|"
    r"log in to (?:read|continue)|already a (?:subscriber|member))\b",
    re.IGNORECASE,
)
# A page whose main text is shorter than this and talks of subscribing is a paywall stub.
STUB_WORDS = 80


class PageError(ValueError):
    """The page holds no story that can be stored; the message says why."""


@dataclass
class WebPage:
    text: str
    title: str = ""
    publisher: str = ""
    author: str = ""
    published_at: datetime | None = None
    updated_at: datetime | None = None
    language: str = ""
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    extractor: str = EXTRACTOR_VERSION


def _tokens(element: etree._Element) -> set[str]:
    words = f"{element.get('id', '')} {element.get('class', '')}".lower()
    return set(re.split(r"[\s_-]+", words)) - {""}


def _holds_the_story(element: etree._Element) -> bool:
    """The element is, or wraps, the story: an opinion piece's "content--type-comment" or a
    consent wrapper around the whole page is not dropped with its story."""
    if element.tag in STORY_TAGS:
        return True
    return any(element.find(f".//{tag}") is not None for tag in STORY_TAGS)


def _is_boilerplate(element: etree._Element) -> bool:
    if _holds_the_story(element):
        return False
    if element.tag in BOILERPLATE_TAGS:
        return True
    if element.get("role", "").lower() in BOILERPLATE_ROLES:
        return True
    if element.get("aria-modal") == "true":
        return True
    # A page-level header (site banner); an article's own header keeps its headline.
    if element.tag == "header" and not any(a.tag == "article" for a in element.iterancestors()):
        return True
    return bool(_tokens(element) & BOILERPLATE_WORDS)


def clean_html(html: str) -> str:
    """The page with its boilerplate elements removed (head and its metadata kept)."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise PageError(f"not readable HTML: {exc}") from None
    body = tree.find("body")
    if body is None:
        return html
    doomed = [el for el in body.iter() if isinstance(el.tag, str) and _is_boilerplate(el)]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def _json_ld(html: str) -> list[dict[str, Any]]:
    """The page's NewsArticle-like and ClaimReview JSON-LD objects (@graph flattened)."""
    try:
        found = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    except Exception:  # extruct raises whatever its parsers do on broken markup
        return []
    items: list[dict[str, Any]] = []
    stack = list(found)
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
            kinds = item.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & NEWS_TYPES:
                items.append(item)
    return items


def _name(value: Any) -> str:
    """A person's or organisation's name from a JSON-LD value (string, object or list)."""
    if isinstance(value, list):
        return ", ".join(name for name in (_name(v) for v in value) if name)
    if isinstance(value, dict):
        return str(value.get("name") or "").strip()
    return str(value or "").strip()


def _when(value: Any) -> datetime | None:
    """An aware UTC datetime from an ISO string (naive or date-only means UTC)."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _htmldate(tree: Any, *, original: bool) -> datetime | None:
    found = htmldate.find_date(
        tree, original_date=original, outputformat="%Y-%m-%dT%H:%M:%S%z", extensive_search=False
    )
    return _when(found) if isinstance(found, str) else None


def _drop_headline(text: str, title: str) -> str:
    """The text without its first line when that line is the headline (kept apart, in title)."""
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == " ".join(title.split()):
        return rest.lstrip("\n")
    return text


def page_extract(html: str, *, url: str = "") -> WebPage:
    """The story in a saved page, with its metadata. Raises PageError for a page without one
    (empty, no main text, or a paywall stub)."""
    if not html or not html.strip():
        raise PageError("the page is empty")
    cleaned = clean_html(html)
    extracted = trafilatura.bare_extraction(
        cleaned,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # No deduplicate=True: its process-wide cache drops paragraphs seen in an earlier page
        # (a new version of a story, a wire story run by two outlets).
    )
    if extracted is None or not (extracted.text or "").strip():
        raise PageError("no main text found on the page")
    json_ld = _json_ld(html)
    article = next((item for item in json_ld if item.get("@type") != "ClaimReview"), {})

    title = " ".join(str(article.get("headline") or extracted.title or "").split())
    text = _drop_headline(extracted.text.strip(), title)
    words = len(text.split())
    free = article.get("isAccessibleForFree")
    if str(free).lower() == "false" and words < STUB_WORDS * 2:
        raise PageError(f"paywall stub: the page marks itself not free and shows {words} words")
    if words < STUB_WORDS and PAYWALL_PHRASES.search(text):
        raise PageError(f"paywall stub: {words} words asking the reader to subscribe")

    # Dates from the cleaned page: a date in a comment or a related link is not the story's.
    tree = lxml.html.document_fromstring(cleaned)
    published = _when(article.get("datePublished")) or _htmldate(tree, original=True)
    updated = _when(article.get("dateModified")) or _htmldate(tree, original=False)
    if updated is not None and published is not None and updated <= published:
        updated = None
    return WebPage(
        text=text,
        title=title,
        publisher=_name(article.get("publisher")) or (extracted.sitename or "").strip(),
        author=_name(article.get("author")) or (extracted.author or "").strip(),
        published_at=published,
        updated_at=updated,
        language=(tree.get("lang") or extracted.language or "").split("-")[0].lower(),
        json_ld=json_ld,
    )
