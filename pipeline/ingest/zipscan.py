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


def _inflate_until_end(stream: BinaryIO) -> bytes | None:
    """Inflate a raw deflate stream of unknown length; None if the cut falls inside it."""
    inflater = zlib.decompressobj(-15)
    out = []
    while not inflater.eof:
        chunk = stream.read(1 << 16)
        if not chunk:
            return None
        out.append(inflater.decompress(chunk))
    # rewind over what was read past the end of the member
    stream.seek(-len(inflater.unused_data), io.SEEK_CUR)
    return b"".join(out)


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
        if flags & _DATA_DESCRIPTOR and method == _DEFLATED:
            data = _inflate_until_end(stream)
            if data is not None:
                descriptor = stream.read(16)
                if not descriptor.startswith(b"PK\x07\x08"):
                    stream.seek(-4, io.SEEK_CUR)  # descriptor without signature: 12 bytes
        else:
            packed = stream.read(csize)
            data = None
            if len(packed) == csize:
                data = packed if method == _STORED else _inflate(packed)
        if data is None:
            break
        found += 1
        if name.endswith("/") or name.rsplit("/", 1)[-1].startswith("."):
            continue
        yield from member(f"{source}!{name}", name, io.BytesIO(data))  # type: ignore[arg-type]
    report(
        InputError(
            source,
            "",
            f"zip file is truncated or corrupt (no central directory); read the {found} members "
            "before the damage; re-download the file or repair it with zip -FF",
            "archive",
        )
    )


def _inflate(packed: bytes) -> bytes | None:
    try:
        return zlib.decompress(packed, -15)
    except zlib.error:
        return None
