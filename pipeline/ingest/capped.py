"""A cap on the bytes of one archive member, counted while it is read.

A zip or tar member, or the data of a compressed file, is a stream: the
readers take it record by record, each record under its own cap, so memory
stays bounded whatever the member holds. What this cap bounds is the work:
a decompression bomb (a few KB that inflate to many GB) is cut after
``NEWSFACTS_MEMBER_MB`` megabytes (default 4 GB) with one report, reason
``too-long``, naming the archive and the member; the records read before the
cap are kept, and the next member is read.
"""

from __future__ import annotations

import io
import os
from typing import BinaryIO

from pipeline.errors import InputError

__all__ = ["MAX_MEMBER_BYTES", "MEMBER_ENV", "capped", "member_cap"]

MAX_MEMBER_BYTES = 4 << 30
MEMBER_ENV = "NEWSFACTS_MEMBER_MB"  # overrides the cap, in MB (tests set a small one)
_CHUNK = 1 << 16


# Text compresses 3 to 10 times; gzip's limit is about 1,000. A compressed dump may
# inflate to this many times its size before it is taken for a bomb.
BOMB_RATIO = 100


def member_cap(compressed_size: int = 0) -> int:
    """Bytes one member may hold: NEWSFACTS_MEMBER_MB megabytes, else MAX_MEMBER_BYTES or,
    for a compressed file of ``compressed_size`` bytes, BOMB_RATIO times that if more
    (a 10 GB .jsonl.gz dump is read whole; a 4 KB bomb stops at the cap)."""
    value = os.environ.get(MEMBER_ENV, "")
    try:
        megabytes = float(value)
    except ValueError:
        return max(MAX_MEMBER_BYTES, BOMB_RATIO * compressed_size)
    if megabytes > 0:
        return int(megabytes * (1 << 20))
    return max(MAX_MEMBER_BYTES, BOMB_RATIO * compressed_size)


class _Capped(io.RawIOBase):
    """Bytes of ``stream`` up to ``cap``; reading past it raises InputError (and again
    at every later read, so no reader can go on past the cap)."""

    def __init__(self, stream: BinaryIO, source: str, cap: int, what: str) -> None:
        self._stream = stream
        self._source = source
        self._cap = cap
        self._what = what
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._count > self._cap:
            raise self._error()
        read1 = getattr(self._stream, "read1", self._stream.read)
        data = read1(min(len(buffer), self._cap + 1 - self._count))
        self._count += len(data)
        if self._count > self._cap:  # the bytes up to the cap are given; the next read fails
            data = data[: len(data) - (self._count - self._cap)]
            if not data:
                raise self._error()
        buffer[: len(data)] = data
        return len(data)

    def _error(self) -> InputError:
        megabytes = f"{self._cap / (1 << 20):,.2f}".rstrip("0").rstrip(".")
        return InputError(
            self._source,
            f"bytes {self._cap}-",
            f"{self._what} over the cap of {megabytes} MB for one archive member; the "
            f"records wholly before byte {self._cap:,} were read, the rest skipped (set "
            f"{MEMBER_ENV} to read larger members)",
            "too-long",
        )


def capped(stream: BinaryIO, source: str, what: str, cap: int | None = None) -> BinaryIO:
    """``stream`` that stops with a ``too-long`` report past ``cap`` bytes (default:
    :func:`member_cap`). ``what`` names the stream in the report ("zip member")."""
    raw = _Capped(stream, source, member_cap() if cap is None else cap, what)
    return io.BufferedReader(raw, buffer_size=_CHUNK)  # type: ignore[return-value]
