"""HTML pages: the main text by trafilatura, boilerplate and scripts dropped;
and small HTML fragments (feed items, JSON fields) turned into plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

import lxml.html
from lxml import etree

from pipeline.errors import InputError
from pipeline.ingest.records import Report, make_article
from pipeline.types import Article

MAX_PAGE_BYTES = 32 << 20
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt", "figcaption",
)  # fmt: skip
# Only block-level tags mark a string as HTML: wire copy has "<TATE>"-style tickers.
_LOOKS_HTML = re.compile(rf"</?(?:{'|'.join(_BLOCK_TAGS)})\b[^<>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, scripts and styles dropped."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    for element in root.iter(*_BLOCK_TAGS):
        # paragraph breaks where blocks end, so sentences do not run together
        element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def maybe_html_to_text(value: str) -> str:
    """``value`` as plain text: converted if it contains HTML block tags, else untouched."""
    return html_to_text(value) if _LOOKS_HTML.search(value) else value


def extract(page: bytes | str, *, url: str = "") -> dict[str, str] | None:
    """trafilatura's main text and metadata (title, url, date) of a page, or None."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(
        page,
        url=url or None,
        with_metadata=True,
        favor_recall=True,  # news pages: better a caption too many than a paragraph lost
        include_comments=False,
        include_tables=True,
        # htmldate's extensive search turns "Copyright 2025" into 2025-01-01; metadata
        # only, and the dateline of the text otherwise (make_article)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        return None
    return {
        "text": text,
        "title": data.get("title") or "",
        "url": data.get("url") or url,
        "date": data.get("date") or "",
    }


def page_article(
    page: bytes | str, source: str, record: str, *, url: str = "", date: str = ""
) -> Article:
    """An Article from one HTML page; InputError "no article text found" when empty."""
    found = extract(page, url=url)
    if found is None:
        raise InputError(
            source,
            record,
            "no article text found in the HTML page (only boilerplate or scripts)",
            "no-text",
        )
    return make_article(
        source,
        record,
        body=found["text"],
        title=found["title"],
        url=url or found["url"],  # a crawler's own record of the URL beats the page's claim
        date=found["date"] or date or None,
    )


def read_html(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """The one article of an HTML page (record "")."""
    page = stream.read(MAX_PAGE_BYTES + 1)
    if len(page) > MAX_PAGE_BYTES:
        raise InputError(
            source, "", f"HTML page over {MAX_PAGE_BYTES >> 20} MB; not a news page", "format"
        )
    if not page.strip():
        raise InputError(source, "", "empty file", "empty")
    yield page_article(page, source, "")
