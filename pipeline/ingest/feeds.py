"""RSS and Atom feeds (feedparser): each item an article, HTML stripped.

Feeds are small (a few hundred items), so each is parsed whole.

feedparser reads a feed that is not well-formed XML ("bozo") with a lenient
parser that may drop items, or an item's text, without a word. So the items
are also counted in the bytes (``<item``, ``<entry``), each parsed entry is
matched to its item in document order, and an item with no entry, or whose
text the parser lost, is reported (reason ``feed``, its byte range) rather
than lost or stored as a title alone.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

import feedparser

from pipeline.errors import InputError
from pipeline.ingest.html import html_to_text, maybe_html_to_text
from pipeline.ingest.records import Report, make_article
from pipeline.types import Article

MAX_FEED_BYTES = 64 << 20
_ITEM = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]", re.IGNORECASE)
_ITEM_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
# a text field with some text in it (not only markup or spaces)
_TEXT = re.compile(
    rb"<(?:[\w.-]+:)?(?:content|description|summary|encoded)\b[^>]*>\s*[^<\s]", re.IGNORECASE
)


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
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    items = _items(data)
    if not feed.entries and not items:
        detail = f" ({problem})" if problem else ""
        raise InputError(
            source, "", f"no RSS/Atom items found{detail}; check that this is a feed", "format"
        )
    lost = len(items) > len(feed.entries)
    where = _match(feed.entries, data, items) if lost or problem else {}
    for first, end in (items[k] for k in range(len(items)) if lost and k not in where.values()):
        report(_lost(source, first, end, problem, "could not be read"))
    for index, entry in enumerate(feed.entries, 1):
        record = str(entry.get("id") or entry.get("link") or index)
        body = _body(entry)
        title = _plain(entry.get("title_detail"), entry.get("title") or "")
        span = items[where[index]] if index in where else None
        if problem and not body.strip() and span and _TEXT.search(data[span[0] : span[1]]):
            report(_lost(source, span[0], span[1], problem, f"({record}) lost its text"))
            continue
        if not body.strip() and not title.strip():
            report(InputError(source, record, "feed item has no title or text", "no-text"))
            continue
        date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield make_article(
            source, record, body=body, title=title, url=entry.get("link") or "", date=date or None
        )


def _items(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of the items (or entries) written in the feed, in order: from each
    start tag to the next, or, where more end tags survive (a start tag garbled), from
    one end tag to the next."""
    starts = [m.start() for m in _ITEM.finditer(data)]
    ends = [m.end() for m in _ITEM_END.finditer(data)]
    if len(ends) > len(starts):
        first = starts[0] if starts and starts[0] < ends[0] else 0
        return list(zip([first, *ends[:-1]], ends, strict=True))
    return list(zip(starts, [*starts[1:], len(data)], strict=False))


def _match(entries: Sequence[Any], data: bytes, items: list[tuple[int, int]]) -> dict[int, int]:
    """Entry number (1-based) -> the index of its item, matched in order by id, link or
    title found in the item's bytes (else the next item)."""
    out: dict[int, int] = {}
    at = 0
    for number, entry in enumerate(entries, 1):
        key = str(entry.get("id") or entry.get("link") or entry.get("title") or "").encode()
        found = (k for k in range(at, len(items)) if key and key in data[slice(*items[k])])
        k = next(found, at)
        if k < len(items):
            out[number] = k
            at = k + 1
    return out


def _lost(source: str, first: int, end: int, problem: object, what: str) -> InputError:
    why = f"the feed is not well-formed XML ({problem})" if problem else "feedparser found none"
    return InputError(
        source,
        f"bytes {first}-{end}",
        f"the feed item at bytes {first}-{end} {what}: {why}; repair the feed's XML",
        "feed",
    )
