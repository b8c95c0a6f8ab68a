"""RSS and Atom feeds (feedparser): each item an article, HTML stripped.

Feeds are small (a few hundred items), so each is parsed whole.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, BinaryIO

import feedparser

from pipeline.errors import InputError
from pipeline.ingest.html import html_to_text, maybe_html_to_text
from pipeline.ingest.records import Report, make_article
from pipeline.types import Article

MAX_FEED_BYTES = 64 << 20


def _iso(parsed: time.struct_time | None) -> str:
    return time.strftime("%Y-%m-%d", parsed) if parsed else ""


def _plain(detail: Any, value: str) -> str:
    """Text of a feed field, whose ``type`` says whether it holds HTML."""
    kind = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    return html_to_text(value) if "html" in kind else maybe_html_to_text(value)


def _body(entry: Any) -> str:
    """The fullest text of an item: its longest content, else its summary."""
    best = ""
    for content in entry.get("content") or []:
        text = _plain(content, content.get("value") or "")
        if len(text) > len(best):
            best = text
    if not best.strip():
        best = _plain(entry.get("summary_detail"), entry.get("summary") or "")
    return best


def read_feed(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Articles of an RSS or Atom feed; record = guid/id, else link, else 1-based index."""
    data = stream.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        raise InputError(source, "", "feed over 64 MB; split it", "format")
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(
            source, "", f"no RSS/Atom items found{detail}; check that this is a feed", "format"
        )
    for index, entry in enumerate(feed.entries, 1):
        record = str(entry.get("id") or entry.get("link") or index)
        body = _body(entry)
        title = _plain(entry.get("title_detail"), entry.get("title") or "")
        if not body.strip() and not title.strip():
            report(InputError(source, record, "feed item has no title or text", "no-text"))
            continue
        date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield make_article(
            source, record, body=body, title=title, url=entry.get("link") or "", date=date or None
        )
