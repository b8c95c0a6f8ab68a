"""Shared helpers for readers: field lookup in dict-like records, text decoding,
and building an ``Article`` from a title and a body.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, BinaryIO

from pipeline.errors import InputError
from pipeline.ingest.dates import date_from_text, iso_date
from pipeline.types import Article

Report = Callable[[InputError], None]

# Field names seen in common news dumps (news-please, CC-NEWS exports, Kaggle
# sets, newspaper3k output), most specific first.
FIELD_CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext", "article", "description"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "date": ("date", "published", "date_publish", "pubdate", "publish_date", "publishedat"),
    "id": ("id", "_id", "guid", "uuid"),
}
FIELD_NAMES = tuple(FIELD_CANDIDATES)
_ALIASES = {"published": "date", "body": "text", "headline": "title", "link": "url"}
# A lone UTF-16 surrogate ("\\ud800" in JSON) is no character: UTF-8 cannot hold it
_SURROGATE = re.compile("[\ud800-\udfff]")


# One line of JSON Lines or CSV, one JSON value: more is no article but a runaway record
# (a file with no newline), read in chunks and skipped rather than held in memory.
MAX_RECORD_BYTES = 32 << 20


def bounded_lines(
    stream: BinaryIO, source: str, report: Report, cap: int = MAX_RECORD_BYTES
) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; a line over ``cap`` bytes is reported, read
    through in chunks (never held whole) and given as (number, None)."""
    lineno = 0
    while line := stream.readline(cap + 1):
        lineno += 1
        if len(line) <= cap or line.endswith(b"\n"):
            yield lineno, line
            continue
        size = len(line)
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            size += len(rest)
        size += len(rest)
        report(
            InputError(
                source,
                str(lineno),
                f"line of {size:,} bytes, over the cap of {cap >> 20} MB for one record; "
                "skipped (is the file missing its line breaks?)",
                "too-long",
            )
        )
        yield lineno, None


class NotFinite(ValueError):
    """A number field too large for a float (1e400) or NaN: no text, and no date."""


def check_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    """Validate a ``--field name=key`` mapping; raise ValueError naming the valid names."""
    checked: dict[str, str] = {}
    for name, key in (fields or {}).items():
        canonical = _ALIASES.get(name, name)
        if canonical not in FIELD_CANDIDATES:
            raise ValueError(
                f"unknown field name {name!r} in --field {name}={key}; "
                f"use one of {', '.join(FIELD_NAMES)}"
            )
        checked[canonical] = key
    return checked


def _lookup(record: Mapping[str, Any], key: str) -> Any:
    """``record[key]``, case-insensitively, with ``a.b`` reaching into nested objects."""
    if key in record:
        return record[key]
    lowered = key.lower()
    for k, v in record.items():
        if isinstance(k, str) and k.lower() == lowered:
            return v
    if "." in key:
        head, _, rest = key.partition(".")
        inner = _lookup(record, head)
        if isinstance(inner, Mapping):
            return _lookup(inner, rest)
    return None


def _as_text(value: Any) -> str:
    """Strings as they are; a list of strings (paragraphs) joined by blank lines."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n\n".join(v for v in value if isinstance(v, str))
    if isinstance(value, float) and not math.isfinite(value):
        raise NotFinite(f"a number out of range ({value}) where text was expected")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def get_field(record: Mapping[str, Any], name: str, fields: Mapping[str, str]) -> str:
    """The value of field ``name`` (text, title, url, date, id) as a string, or ""."""
    if name in fields:
        return _as_text(_lookup(record, fields[name]))
    for key in FIELD_CANDIDATES[name]:
        value = _as_text(_lookup(record, key))
        if value.strip():
            return value
    return ""


def raw_field(record: Mapping[str, Any], name: str, fields: Mapping[str, str]) -> Any:
    """The untouched value of field ``name`` (dates may be numbers)."""
    keys = (fields[name],) if name in fields else FIELD_CANDIDATES[name]
    for key in keys:
        value = _lookup(record, key)
        if value not in (None, ""):
            return value
    return None


def missing_text_error(
    source: str, record: str, keys: list[str], fields: Mapping[str, str]
) -> InputError:
    """The no-text error, listing the keys the record does have."""
    have = ", ".join(keys[:12]) + (", ..." if len(keys) > 12 else "") or "none"
    if "text" in fields:
        looked = f"the field {fields['text']!r} (from --field text=...) is missing or empty"
    else:
        looked = f"no text in any of {', '.join(FIELD_CANDIDATES['text'])}"
    return InputError(
        source,
        record,
        f"{looked}; keys here: {have}; use --field text=KEY to name the text field",
        reason="no-text",
    )


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes (offsets point into the text)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def join_title(title: str, body: str) -> str:
    """``title + "\\n\\n" + body``, unless the body already starts with the title."""
    title = title.strip()
    if not title:
        return body
    if not body.strip():
        return title
    if body.lstrip().startswith(title):
        return body
    return f"{title}\n\n{body}"


def make_article(
    source: str,
    record: str,
    *,
    body: str,
    title: str = "",
    url: str = "",
    date: Any = None,
) -> Article:
    """Build an Article: title first, newlines normalized, date as ISO or from the dateline."""
    for name, value in (("text", body), ("title", title), ("url", url), ("id", record)):
        check_unicode(value, source, record, name)
    title = normalize_newlines(title).strip()
    text = join_title(title, normalize_newlines(body))
    published = iso_date(date) if date not in (None, "") else ""
    if not published:
        published = date_from_text(text)
    return Article(
        source=source, record=record, text=text, title=title, url=url.strip(), published=published
    )


def check_unicode(value: str, source: str, record: str, name: str) -> None:
    """InputError (reason ``decode``) for a lone surrogate, which no database can store."""
    found = _SURROGATE.search(value)
    if found:
        raise InputError(
            source,
            printable(record),
            f"the {name} holds a lone surrogate \\u{ord(found.group()):04x} at character "
            f"{found.start()}, which is not Unicode text; fix the escape in the dump",
            "decode",
        )


def printable(name: str) -> str:
    """A name as UTF-8 can store it: undecodable file-name bytes and lone surrogates
    shown as escapes (``bad\\xffname.txt``) rather than failing the run."""
    if not _SURROGATE.search(name):
        return name
    raw = name.encode("utf-8", "surrogateescape") if _escaped_bytes(name) else None
    if raw is not None:
        return raw.decode("utf-8", "backslashreplace")
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _escaped_bytes(name: str) -> bool:
    """Whether every surrogate is one of os.fsdecode's escaped bytes (U+DC80..U+DCFF)."""
    return all("\udc80" <= c <= "\udcff" for c in _SURROGATE.findall(name))


def looks_binary(head: bytes) -> bool:
    """NUL bytes (outside a UTF-16 text) mean this is not a text dump."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode_text(data: bytes, source: str, record: str = "") -> str:
    """Decode bytes as UTF-8, else (when they look like text) cp1252, else latin-1.

    Old news collections mix encodings (Reuters-21578 has stray cp1252 bytes);
    falling back per file or per record keeps every readable word.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(
                source, record, f"bad UTF-16 text ({err}); convert the file to UTF-8", "decode"
            ) from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if looks_binary(data[:65536]):
            raise InputError(source, record, "binary file, not a news dump", "binary") from err
        controls = sum(data.count(bytes([c])) for c in range(1, 32) if c not in (9, 10, 13))
        if controls > len(data) // 20:
            raise InputError(
                source,
                record,
                f"not UTF-8 and does not look like text ({err.reason} at byte {err.start}); "
                "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)",
                "decode",
            ) from err
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
