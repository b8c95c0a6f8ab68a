"""Recover the members of a cut zip file from its local headers.

A zip's directory is at its end, so a truncated download loses it and
``zipfile`` refuses the whole file. Each member also starts with a local
header giving its name and (usually) its size; walking those headers reads
every member stored before the cut.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from pipeline.errors import InputError
from pipeline.ingest.records import Report
from pipeline.types import Article

_LOCAL = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")  # signature ... name length, extra length
_STORED, _DEFLATED = 0, 8
_DATA_DESCRIPTOR = 0x08
_ENCRYPTED = 0x01

Member = Callable[[str, str, BinaryIO], Iterator[Article]]


class _Inflating(io.RawIOBase):
    """One member's bytes, inflated as they are read (never held whole): ``size``
    compressed bytes, or (None) a deflate stream read to its own end. Where the file
    ends inside it, reading raises EOFError (its reader reports the damage after the
    records before it; a cut text is never passed off as whole) and ``cut`` is set;
    :meth:`finish` reads through what is left, so that ``stream`` stands at its end."""

    def __init__(self, stream: BinaryIO, method: int, size: int | None) -> None:
        self._stream = stream
        self._left = size
        self._inflater = zlib.decompressobj(-15) if method == _DEFLATED else None
        self._pending = b""
        self.cut = False
        self.done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending and not self.done:
            self._pending = self._more(len(buffer))
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _more(self, want: int) -> bytes:
        inflater = self._inflater
        if inflater is not None and inflater.unconsumed_tail:  # output bounded per call
            return inflater.decompress(inflater.unconsumed_tail, max(want, 1 << 16))
        if inflater is not None and inflater.eof:
            self._end(inflater.unused_data)
            return b""
        ask = 1 << 16 if self._left is None else min(1 << 16, self._left)
        chunk = self._stream.read(ask) if ask else b""
        if self._left is not None:
            self._left -= len(chunk)
        if not chunk:
            self.done = True
            if ask or (inflater is not None and not inflater.eof):
                self.cut = True
                raise EOFError("the zip file ends inside this member")
            return b""
        if inflater is None:
            return chunk
        try:
            return inflater.decompress(chunk, max(want, 1 << 16))
        except zlib.error as err:
            self.cut = self.done = True
            raise EOFError(f"damaged deflate data ({err})") from err

    def _end(self, unused: bytes) -> None:
        if self._left is None:  # rewind over what was read past the end of the member
            self._stream.seek(-len(unused), io.SEEK_CUR)
        elif self._left:
            self._stream.seek(self._left, io.SEEK_CUR)
        self.done = True

    def finish(self) -> None:
        try:
            while not self.done:
                self._pending = b""
                self._more(1 << 16)
        except EOFError:
            pass  # its reader has reported it, or it was not read: the cut is reported


def read_truncated_zip(
    source: str, stream: BinaryIO, member: Member, report: Report
) -> Iterator[Article]:
    """Articles of the members before the cut, then one ``archive`` error for the cut."""
    stream.seek(0)
    found = 0
    while True:
        raw = stream.read(_HEADER.size)
        if len(raw) < _HEADER.size or not raw.startswith(_LOCAL):
            break  # the central directory (or the cut) begins here
        (_, _, flags, method, _, _, _, csize, _, name_len, extra_len) = _HEADER.unpack(raw)
        name = stream.read(name_len).decode("utf-8", "replace")
        stream.seek(extra_len, io.SEEK_CUR)
        if flags & _ENCRYPTED or method not in (_STORED, _DEFLATED):
            break
        described = bool(flags & _DATA_DESCRIPTOR and method == _DEFLATED)
        data = _Inflating(stream, method, None if described else csize)
        if not (name.endswith("/") or name.rsplit("/", 1)[-1].startswith(".")):
            reader = io.BufferedReader(data, buffer_size=1 << 16)
            yield from member(f"{source}!{name}", name, reader)  # type: ignore[arg-type]
        data.finish()
        if data.cut:
            break
        if described:
            descriptor = stream.read(16)
            if not descriptor.startswith(b"PK\x07\x08"):
                stream.seek(-4, io.SEEK_CUR)  # descriptor without signature: 12 bytes
        found += 1
    report(
        InputError(
            source,
            "",
            f"zip file is truncated or corrupt (no central directory); read the {found} members "
            "before the damage; re-download the file or repair it with zip -FF",
            "archive",
        )
    )
