"""WARC archives (warcio), as in CC-NEWS: each HTML ``response`` record an article.

warcio reads record by record, so a multi-gigabyte WARC streams. It also
undoes the per-record gzip of ``.warc.gz`` itself, and is given the compressed
stream: it reads every whole record before a cut. Request, metadata and
warcinfo records and non-HTML responses are passed over without a word: they
are part of any crawl, not news records, and are not counted as read.

warcio itself passes over damage quietly, so the reader watches for it:

- a record whose type is garbled or missing, or that has no Content-Length
  (warcio then reads it to the end of the file), is reported (reason
  ``warc``), and so is each response record swallowed inside its bytes;
- a record not followed by the blank lines that end a record (its
  Content-Length is wrong: warcio writes a warning to stderr and skips ahead)
  is reported instead of stored, since its text may be cut; an article is
  therefore yielded only once warcio has moved past its record cleanly.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.errors import InputError
from pipeline.ingest.dates import iso_date
from pipeline.ingest.html import page_article
from pipeline.ingest.records import Report
from pipeline.types import Article

MAX_PAGE_BYTES = 32 << 20
_TYPES = {
    "warcinfo",
    "response",
    "resource",
    "request",
    "metadata",
    "revisit",
    "conversion",
    "continuation",
}
_RESPONSE = b"WARC-Type: response"


def _is_html(record) -> bool:
    if record.http_headers is None:
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in kind or not kind


def _record_id(record, index: int) -> str:
    return (record.rec_headers.get_header("WARC-Record-ID") or f"record {index}").strip("<>")


def _step(records: Iterator[Any], it: ArchiveIterator) -> tuple[Any, str]:
    """The next record (None at the end) and what warcio wrote to stderr meanwhile (its
    only word on a record whose Content-Length was wrong)."""
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        before = it.err_count
        try:
            record = next(records, None)
        except ArchiveLoadFailed:
            raise
        except Exception as err:  # noqa: BLE001 - warcio trips on some damaged headers
            raise ArchiveLoadFailed(f"a damaged record ({type(err).__name__}: {err})") from err
        warned = it.err_count > before
    words = " ".join(said.getvalue().split()).replace("WARNING: ", "")
    return record, words.split(" Remainder:")[0] if warned else ""


def read_warc(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Articles of the HTML responses; record = WARC-Record-ID without its angle brackets."""
    articles = 0
    held: Article | None = None  # yielded once warcio has moved past its record cleanly
    try:
        it = ArchiveIterator(stream)
        records = iter(it)
        index = 0
        while True:
            record, warning = _step(records, it)
            if held is not None and warning:
                report(_overrun(source, held.record, warning))
            elif held is not None:
                articles += 1
                yield held
            held = None
            if record is None:
                return
            index += 1
            if _damaged(record):
                for err in _swallowed(record, source, _record_id(record, index)):
                    report(err)
                continue
            if record.rec_type != "response" or not _is_html(record):
                continue
            held = _article(record, source, _record_id(record, index), articles, report)
    except ArchiveLoadFailed as err:
        raise InputError(
            source,
            "",
            f"not a readable WARC file ({err.msg}) after {articles} articles; it may be cut or "
            "damaged, and the rest of it was skipped",
            "archive",
        ) from err


def _article(record, source: str, record_id: str, articles: int, report: Report) -> Article | None:
    headers = record.rec_headers
    page = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(page) > MAX_PAGE_BYTES:
        report(InputError(source, record_id, "page over 32 MB; skipped", "too-long"))
        return None
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
        return page_article(
            page,
            source,
            record_id,
            url=headers.get_header("WARC-Target-URI") or "",
            date=iso_date(headers.get_header("WARC-Date")),
        )
    except InputError as err:
        report(err)
        return None


def _damaged(record) -> bool:
    """A record whose type is not a WARC type, or whose length is not given."""
    length = record.rec_headers.get_header("Content-Length")
    return record.rec_type not in _TYPES or not (length or "").strip().isdigit()


def _swallowed(record, source: str, record_id: str) -> list[InputError]:
    """One error for a damaged record, and one for each response record in its bytes
    (read in chunks: a record without a length runs to the end of the file)."""
    lost, tail = 0, b""
    while chunk := record.raw_stream.read(1 << 16):
        lost += (tail + chunk).count(_RESPONSE) - tail.count(_RESPONSE)
        tail = chunk[-len(_RESPONSE) :]
    kind = record.rec_type or "none"
    why = (
        f"damaged WARC record (type {kind!r}, Content-Length "
        f"{record.rec_headers.get_header('Content-Length') or 'missing'}); skipped"
    )
    if lost:
        why += f", with the {lost} response record(s) its bytes run into; repair the file"
    out = [InputError(source, record_id, why, "warc")]
    out += [
        InputError(source, f"{record_id}+{k}", f"response record lost inside {record_id}", "warc")
        for k in range(1, lost + 1)
    ]
    return out


def _overrun(source: str, record_id: str, warning: str) -> InputError:
    return InputError(
        source,
        record_id,
        "the record's Content-Length does not match its bytes (its text may be cut), so it "
        f"was skipped; warcio: {warning}",
        "warc",
    )
