"""SGML news collections in the Reuters-21578 style.

Records are ``<REUTERS ... NEWID="..">`` .. ``</REUTERS>`` with ``<DATE>``,
``<TITLE>``, ``<DATELINE>`` and ``<BODY>``. The files are scanned in bytes,
record by record, and each record is decoded on its own: the collection is
ASCII with a few stray cp1252 bytes, and one bad byte should not cost a file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import BinaryIO

from pipeline.errors import InputError
from pipeline.ingest.records import Report, decode_text, make_article
from pipeline.types import Article

_START = b"<REUTERS"
_END = b"</REUTERS>"
_CHUNK = 1 << 16
MAX_RECORD_BYTES = 16 << 20
_NEWID = re.compile(r'\bNEWID\s*=\s*"?([^"\s>]+)', re.IGNORECASE)
# Wire control codes (&#2; start, &#3; end of text, &#5;, &#30;, ...) are not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TAG = re.compile(r"<[^<>]*>")
_PARTS = re.compile(rb"</?(TITLE|BODY)\b", re.IGNORECASE)


def _element(record: str, tag: str) -> str | None:
    """The raw content of ``<tag ...>..</tag>``, or None when absent."""
    m = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", record, re.DOTALL | re.IGNORECASE)
    return m.group(1) if m else None


def _clean(raw: str | None) -> str:
    """Entities unescaped (&lt; &amp; &#3;), wire control codes dropped."""
    return _CONTROL.sub("", html.unescape(raw)) if raw else ""


def _newid(raw: bytes) -> str:
    found = _NEWID.search(raw[:300].decode("latin-1"))
    return found.group(1) if found else ""


def _lost(source: str, raw: bytes, first: int, end: int, why: str) -> InputError:
    """A record the reader cannot delimit, reported with its byte range."""
    return InputError(
        source,
        _newid(raw) or f"bytes {first}-{end}",
        f"{why} (bytes {first}-{end}); that record was skipped",
        "format",
    )


def iter_records(stream: BinaryIO, source: str, report: Report) -> Iterator[bytes]:
    """The bytes of each ``<REUTERS`` .. ``</REUTERS>`` record, read in chunks.

    A record that never closes is reported with its byte range: the one before
    the next ``<REUTERS`` (the reading goes on from there), one over
    :data:`MAX_RECORD_BYTES`, one cut by the end of the file.
    """
    buf = b""
    base = 0  # offset of buf[0] in the file
    read1 = getattr(stream, "read1", stream.read)  # what is there: a pipe is not waited on
    while True:
        start = buf.find(_START)
        end = buf.find(_END, start) if start >= 0 else -1
        if start >= 0:
            nxt = buf.find(_START, start + 1, end if end >= 0 else len(buf))
            if nxt >= 0:  # opened again before it closed
                why = "record without </REUTERS> before the next <REUTERS>"
                report(_lost(source, buf[start:], base + start, base + nxt, why))
                base, buf = base + nxt, buf[nxt:]
                continue
        if start >= 0 and end >= 0:
            yield buf[start : end + len(_END)]
            cut = end + len(_END)
            base, buf = base + cut, buf[cut:]
            continue
        # drop what lies between records (DOCTYPE, newlines); keep a possibly split tag
        drop = start if start >= 0 else max(0, len(buf) - len(_END) + 1)
        if start < 0 and (last := buf.rfind(_END)) >= 0:  # a whole tag is never split
            drop = max(drop, last + len(_END))
        _orphans(source, buf[:drop], base, report)
        base, buf = base + drop, buf[drop:]
        if len(buf) > MAX_RECORD_BYTES:
            why = f"SGML record over {MAX_RECORD_BYTES >> 20} MB without </REUTERS>"
            report(_lost(source, buf, base, base + len(buf), why))
            base, buf = base + len(buf), b""  # go on at the next <REUTERS>
        chunk = read1(_CHUNK)
        if not chunk:
            if start >= 0:
                why = "record cut off before </REUTERS>; the file may be truncated"
                report(_lost(source, buf, base, base + len(buf), why))
            return
        buf += chunk


def _orphans(source: str, between: bytes, base: int, report: Report) -> None:
    """Report each ``</REUTERS>`` met between records: a record whose opening tag is
    damaged, from the end of the record before it to its end."""
    first = 0
    while (end := between.find(_END, first)) >= 0:
        last = end + len(_END)
        why = "record with </REUTERS> but no <REUTERS> (its opening tag is damaged)"
        report(_lost(source, b"", base + first, base + last, why))
        first = last


def _merged(raw: bytes, source: str, newid: str) -> list[InputError]:
    """A record that holds the TITLE or BODY of records after it (their </REUTERS> and
    <REUTERS> damaged): one error for each record that ran into it."""
    counts: dict[bytes, int] = {}
    for tag in _PARTS.finditer(raw):
        key = tag.group(0).upper()
        counts[key] = counts.get(key, 0) + 1
    extra = max(counts.values(), default=1) - 1
    why = (
        f"record {newid} holds {extra + 1} TITLE or BODY elements: {extra} record(s) after "
        "it lost their </REUTERS> and <REUTERS> tags and ran into it; only its first was read"
    )
    return [InputError(source, f"{newid}+{k}", why, "format") for k in range(1, extra + 1)]


def record_article(raw: bytes, source: str, index: int) -> Article:
    """An Article from one record: title + "\\n\\n" + body, date from ``<DATE>``."""
    newid = _newid(raw) or str(index)
    record = decode_text(raw, source, newid)
    title = " ".join(_clean(_element(record, "TITLE")).split())
    body = _clean(_element(record, "BODY")).strip("\n")
    if not body.strip() and re.search(r"</?BODY\b", record, re.IGNORECASE):
        why = "record's <BODY> tag is damaged: its text cannot be told from its markup"
        raise InputError(source, newid, f"{why}; that record was skipped", "format")
    dateline = " ".join(_clean(_element(record, "DATELINE")).split())
    if dateline and body.strip():
        # the wire copy as sent: "TORONTO, March 2 - Lloyds Bank Canada said ..."; the
        # dateline tells which dollar or franc a story means
        body = f"{dateline} {body.lstrip()}"
    if not body.strip() and not title:
        # TYPE="UNPROC" stories have neither TITLE nor BODY, only raw TEXT
        body = _clean(_TAG.sub("", _element(record, "TEXT") or "")).strip()
    if not body.strip() and not title:
        raise InputError(source, newid, "record has no <TITLE>, <BODY> or text", "no-text")
    date = _clean(_element(record, "DATE")).strip()
    return make_article(source, newid, body=body.rstrip(), title=title, date=date or None)


def read_sgml(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Articles of a Reuters-style SGML file; record = NEWID."""
    count = 0
    for count, raw in enumerate(iter_records(stream, source, report), 1):
        try:
            yield record_article(raw, source, count)
        except InputError as err:
            report(err)
        for merged in _merged(raw, source, _newid(raw) or str(count)):
            report(merged)
    if not count:
        raise InputError(source, "", "no <REUTERS> records found; is this Reuters SGML?", "format")
