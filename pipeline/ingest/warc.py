"""WARC archives (warcio), as in CC-NEWS: each HTML ``response`` record an article.

warcio reads record by record, so a multi-gigabyte WARC streams. It also
undoes the per-record gzip of ``.warc.gz`` itself, and is given the compressed
stream: it reads every whole record before a cut. Non-HTML
responses and request/metadata records are skipped silently: they are part of
any crawl and say nothing about the dump being wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.errors import InputError
from pipeline.ingest.dates import iso_date
from pipeline.ingest.html import page_article
from pipeline.ingest.records import Report
from pipeline.types import Article

MAX_PAGE_BYTES = 32 << 20


def _is_html(record) -> bool:
    if record.http_headers is None:
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in kind or not kind


def read_warc(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Articles of the HTML responses; record = WARC-Record-ID without its angle brackets."""
    articles = 0
    try:
        for index, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response" or not _is_html(record):
                continue
            headers = record.rec_headers
            record_id = (headers.get_header("WARC-Record-ID") or str(index)).strip("<>")
            page = record.content_stream().read(MAX_PAGE_BYTES + 1)
            if len(page) > MAX_PAGE_BYTES:
                report(InputError(source, record_id, "page over 32 MB; skipped", "format"))
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                # warcio returns a cut record silently; its unread Content-Length tells
                raise InputError(
                    source,
                    record_id,
                    f"WARC file is truncated inside this record; the {articles} articles "
                    "before it were read; re-download the file",
                    "archive",
                )
            try:
                article = page_article(
                    page,
                    source,
                    record_id,
                    url=headers.get_header("WARC-Target-URI") or "",
                    date=iso_date(headers.get_header("WARC-Date")),
                )
            except InputError as err:
                report(err)
                continue
            articles += 1
            yield article
    except ArchiveLoadFailed as err:
        raise InputError(
            source, "", f"not a readable WARC file ({err.msg}); it may be cut or damaged", "archive"
        ) from err
