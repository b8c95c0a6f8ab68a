"""JSON Lines and JSON: one object a line, an array of objects, or one object.

Both stream: JSON Lines line by line, an array element by element with
``json.JSONDecoder.raw_decode`` over a growing text buffer, so a dump of any
size needs only as much memory as its largest record.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from pipeline.errors import InputError
from pipeline.ingest.html import maybe_html_to_text
from pipeline.ingest.records import (
    MAX_RECORD_BYTES,
    NotFinite,
    Report,
    bounded_lines,
    decode_text,
    get_field,
    make_article,
    missing_text_error,
    raw_field,
)
from pipeline.types import Article

_CHUNK = 1 << 16
# Python's JSON decoder recurses once per level and stops near 1,000 levels
TOO_DEEP = "JSON nested too deeply (over about 1,000 levels) to be an article"
_WHITESPACE = " \t\r\n"
# Wrappers of article lists in API dumps (NewsAPI "articles", Elasticsearch "hits", ...)
_JSON_KINDS = {list: "list", str: "string", int: "number", float: "number", bool: "true/false"}
_JSON_KINDS[type(None)] = "null"
_LIST_KEYS = ("articles", "items", "data", "results", "docs", "documents", "entries", "hits")


def to_article(obj: Any, source: str, default_record: str, fields: Mapping[str, str]) -> Article:
    """An Article from one decoded record; InputError when it is not an object or has no text."""
    if not isinstance(obj, Mapping):
        kind = _JSON_KINDS.get(type(obj), type(obj).__name__)
        raise InputError(
            source, default_record, f"expected a JSON object for an article, got a {kind}", "format"
        )
    record = default_record
    try:
        ident = get_field(obj, "id", fields).strip()
        record = ident if ident and default_record else default_record
        body = maybe_html_to_text(get_field(obj, "text", fields))
        if not body.strip():
            raise missing_text_error(source, record, [str(k) for k in obj], fields)
        title = maybe_html_to_text(get_field(obj, "title", fields))
        url = get_field(obj, "url", fields)
    except NotFinite as err:
        raise InputError(source, record, f"{err}; the record was skipped", "number") from err
    return make_article(
        source, record, body=body, title=title, url=url, date=raw_field(obj, "date", fields)
    )


def _has_text(obj: Any, fields: Mapping[str, str]) -> bool:
    """Whether one decoded object is itself an article (not a wrapper of a list)."""
    try:
        return isinstance(obj, Mapping) and bool(get_field(obj, "text", fields).strip())
    except NotFinite:
        return True  # an article whose text is broken: to_article reports it


def _emit(
    obj: Any, source: str, record: str, fields: Mapping[str, str], report: Report
) -> Iterator[Article]:
    try:
        yield to_article(obj, source, record, fields)
    except InputError as err:
        report(err)


def _parse_line(raw: bytes, source: str, lineno: int) -> Any:
    """One JSON Lines line decoded, or an InputError naming the line."""
    line = decode_text(raw, source, str(lineno))
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(
            source,
            str(lineno),
            f"malformed JSON: {err.msg} (column {err.colno}); this line was skipped",
            "json",
        ) from err
    except RecursionError as err:
        raise InputError(source, str(lineno), f"{TOO_DEEP}; this line was skipped", "json") from err


def read_jsonl(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """One article per non-blank line; record = id field, else the 1-based line number."""
    seen = 0
    for lineno, raw in bounded_lines(stream, source, report):
        if raw is not None and not raw.strip():
            continue
        seen += 1
        if raw is None:  # over the cap: reported
            continue
        try:
            obj = _parse_line(raw, source, lineno)
        except InputError as err:
            report(err)
            continue
        yield from _emit(obj, source, str(lineno), fields, report)
    if not seen:
        raise InputError(source, "", "empty file (no JSON lines)", "empty")


class _Values:
    """Successive JSON values from a byte stream, holding one value at a time.

    Text is decoded chunk by chunk (UTF-8, cp1252 for a chunk that is not).
    A value cut by the end of the buffer is re-parsed only when the buffer has
    doubled, or when the stream had no more to give for now (a pipe): linear
    time for a huge record, no waiting on a writer for a record already here.
    """

    def __init__(self, stream: BinaryIO, source: str) -> None:
        self._read1 = getattr(stream, "read1", stream.read)
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._source = source
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._decoder = json.JSONDecoder()

    def _fill(self) -> bool:
        """Append one chunk; True when the stream gave a full chunk (more is waiting)."""
        if self._pos:
            self._buf, self._pos = self._buf[self._pos :], 0
        data = self._read1(_CHUNK)
        if not data:
            self._eof = True
            try:
                self._buf += self._text.decode(b"", final=True)
            except UnicodeDecodeError:  # cut inside a character: the JSON is cut there too
                self._text.reset()
            return False
        try:
            self._buf += self._text.decode(data)
        except UnicodeDecodeError:
            self._text.reset()
            self._buf += decode_text(data, self._source)
        return len(data) == _CHUNK

    def peek(self) -> str:
        """The next non-whitespace character, not consumed ("" at the end)."""
        while True:
            while self._pos < len(self._buf) and self._buf[self._pos] in _WHITESPACE:
                self._pos += 1
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if self._eof:
                return ""
            self._fill()

    def take(self) -> str:
        char = self.peek()
        self._pos += len(char)
        return char

    def value(self, record: str) -> Any:
        """Decode the value at the cursor, reading more text until it is complete."""
        self.peek()
        tried_at = 0  # buffered length at the last failed attempt
        more_waiting = False
        while True:
            size = len(self._buf) - self._pos
            if size > MAX_RECORD_BYTES:  # checked while reading: a runaway value is not held
                raise InputError(
                    self._source,
                    record,
                    f"JSON value over {MAX_RECORD_BYTES >> 20} MB; rest of file skipped",
                    "too-long",
                )
            if self._eof or not more_waiting or size >= 2 * tried_at:
                tried_at = size
                try:
                    obj, end = self._decoder.raw_decode(self._buf, self._pos)
                    # a number may continue past the buffer's end: only trust a value
                    # that is followed by something, or by the end of the input
                    if end < len(self._buf) or self._eof:
                        self._pos = end
                        return obj
                except RecursionError as err:
                    raise InputError(
                        self._source,
                        record,
                        f"{TOO_DEEP}; the rest of this file was skipped",
                        "json",
                    ) from err
                except json.JSONDecodeError as err:
                    # an error well before the end of the buffer is not for want of text:
                    # stop now rather than read the rest of a big file looking for an end
                    cut_short = err.msg.startswith("Unterminated") or err.pos >= len(self._buf) - 8
                    if self._eof or not cut_short:
                        raise InputError(
                            self._source,
                            record,
                            f"malformed JSON: {err.msg}; the rest of this file was skipped",
                            "json",
                        ) from err
            more_waiting = self._fill()


def _iter_array(values: _Values, source: str) -> Iterator[tuple[str, Any]]:
    """(1-based index, element) of a top-level array, one element in memory at a time."""
    values.take()  # "["
    index = 0
    while True:
        char = values.peek()
        if char == "]":
            return
        if char == "":
            raise InputError(source, str(index + 1), "JSON array cut off before ']'", "json")
        if index and char == ",":
            values.take()
        elif index:
            raise InputError(
                source, str(index + 1), f"expected ',' between array elements, got {char!r}", "json"
            )
        index += 1
        yield str(index), values.value(str(index))


def _unwrap(obj: Any) -> list[Any] | None:
    """The article list inside a wrapper object ({"articles": [...]}), if that is what it is."""
    if not isinstance(obj, Mapping):
        return None
    for key in _LIST_KEYS:
        inner = obj.get(key)
        if isinstance(inner, Mapping):  # Elasticsearch: {"hits": {"hits": [...]}}
            inner = inner.get(key)
        if isinstance(inner, list) and inner and all(isinstance(x, Mapping) for x in inner):
            return inner
    return None


def read_json(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """A JSON array (record = id or 1-based index), JSON Lines, or one object (record "")."""
    values = _Values(stream, source)
    first = values.peek()
    if first == "":
        raise InputError(source, "", "empty file", "empty")
    if first == "[":
        for record, obj in _iter_array(values, source):
            yield from _emit(obj, source, record, fields, report)
        return
    # One object, or several (JSON Lines or concatenated) under a .json name.
    objs: list[tuple[str, Any]] = []
    index = 0
    while values.peek():
        index += 1
        objs.append((str(index), values.value(str(index))))
        if len(objs) == 2:  # a multi-record file: stream the rest
            break
    if len(objs) == 1:
        (_, obj) = objs[0]
        inner = None if _has_text(obj, fields) else _unwrap(obj)
        if inner is None:
            yield from _emit(obj, source, "", fields, report)
        else:
            for i, item in enumerate(inner, 1):
                yield from _emit(item, source, str(i), fields, report)
        return
    for record, obj in objs:
        yield from _emit(obj, source, record, fields, report)
    while values.peek():
        index += 1
        yield from _emit(values.value(str(index)), source, str(index), fields, report)
