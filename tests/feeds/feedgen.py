"""Feeds and article pages in the shape outlets publish them (RSS 2.0, Atom), for tests and
the benchmark."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from html import escape


def article_page(*, title: str, publisher: str, published: datetime, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(publisher)}</title>
<meta property="og:site_name" content="{escape(publisher)}">
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published.isoformat()}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/local">Local</a></nav>
<article><h1>{escape(title)}</h1>
{body}
</article>
<aside class="related"><a href="/other">Another story entirely</a></aside>
<footer>{escape(publisher)} 2026</footer>
</body></html>"""


def rss(*, title: str, link: str, items: list[dict]) -> str:
    entries = "\n".join(
        f"""<item><title>{escape(item["title"])}</title><link>{escape(item["link"])}</link>
<guid isPermaLink="false">{escape(item["id"])}</guid>
<pubDate>{format_datetime(item["published"])}</pubDate>
<description>{escape(item.get("summary", ""))}</description></item>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>{escape(link)}</link>
<description>Latest news</description>
{entries}
</channel></rss>"""


def atom(*, title: str, link: str, items: list[dict]) -> str:
    entries = "\n".join(
        f"""<entry><title>{escape(item["title"])}</title>
<link rel="alternate" href="{escape(item["link"])}"/><id>{escape(item["id"])}</id>
<updated>{item["published"].isoformat()}</updated></entry>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>
<link href="{escape(link)}"/><id>{escape(link)}</id><updated>2026-09-14T00:00:00Z</updated>
{entries}
</feed>"""
