"""Shards: the units of work a distributed run hands to its workers.

The driver only lists the inputs (walking directories, reading file sizes);
it never opens a dump. A shard names files, or one part of a large file, and
the worker that gets it reads them itself with the project's own readers.

A large file is split into ``parts`` interleaved ranges of records: part
``k`` of ``n`` holds the records whose block (``BLOCK`` consecutive records)
number is ``k`` modulo ``n``. Record counts are unknown until a file is read
and a compressed stream cannot seek, so each part reads the stream and hands
only its own blocks to the NLP; parsing is a small share of the cost (the NLP
is the rest), and ``parts`` is capped at the number of workers. Interleaved
blocks, unlike head and tail halves, keep the parts equal whatever the count.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pipeline.errors import InputError
from pipeline.ingest.files import iter_paths, read_path
from pipeline.types import Article

BLOCK = 64  # consecutive records of one part of a split file (one batch)
PART_BYTES = 4 << 20  # a file larger than this on disk is split into parts
GROUP_FILES = 64  # small files grouped into one shard, so a shard is worth a round trip

Report = Callable[[InputError], None]


@dataclass(frozen=True)
class Piece:
    """Part ``part`` of ``parts`` of the file ``path`` (as given: it is the articles' source)."""

    path: str
    part: int = 0
    parts: int = 1

    def __str__(self) -> str:
        return self.path if self.parts == 1 else f"{self.path} (part {self.part + 1}/{self.parts})"


@dataclass(frozen=True)
class Shard:
    number: int
    pieces: tuple[Piece, ...]

    def __str__(self) -> str:
        first = str(self.pieces[0])
        more = len(self.pieces) - 1
        return f"shard {self.number}: {first}" + (f" and {more} more files" if more else "")


def plan_shards(
    paths: Iterable[str],
    *,
    parts: int,
    report: Report,
    exclude: Iterable[str] = (),
    part_bytes: int = PART_BYTES,
    group_files: int = GROUP_FILES,
) -> list[Shard]:
    """Shards over the files under ``paths``; a file over ``part_bytes`` gets up to ``parts``."""
    skip = {os.path.realpath(p) for p in exclude}
    shards: list[Shard] = []
    group: list[Piece] = []
    group_size = 0

    def flush() -> None:
        nonlocal group, group_size
        if group:
            shards.append(Shard(len(shards), tuple(group)))
            group, group_size = [], 0

    for path in iter_paths(paths, report):
        if path == "-":
            report(_stdin_error())
            continue
        if skip and os.path.realpath(path) in skip:
            continue
        size = _size(path)
        n = max(1, min(parts, math.ceil(size / part_bytes)))
        if n > 1:
            flush()
            first = len(shards)
            shards.extend([Shard(first + k, (Piece(path, k, n),)) for k in range(n)])
            continue
        group.append(Piece(path))
        group_size += size
        if len(group) >= group_files or group_size >= part_bytes:
            flush()
    flush()
    return shards


def _stdin_error() -> InputError:
    return InputError(
        "-",
        "",
        "the ray engine cannot split standard input over workers; save it to a file "
        "every worker can read, or run without --engine ray",
        "format",
    )


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # a pipe or a file gone since the listing: its reader reports it


def read_shard(shard: Shard, *, fields: dict[str, str], report: Report) -> Iterator[Article]:
    """The articles of ``shard``, read by the worker that holds it."""
    for piece in shard.pieces:
        yield from read_piece(piece, fields=fields, report=report)


def read_piece(piece: Piece, *, fields: dict[str, str], report: Report) -> Iterator[Article]:
    """The records of ``piece``'s blocks; a file's own errors are reported by part 0 only,
    so a split file's damage is recorded once."""
    own = report if piece.part == 0 else _ignore
    for i, article in enumerate(read_path(piece.path, fields=fields, report=own)):
        if (i // BLOCK) % piece.parts == piece.part:
            yield article


def _ignore(_err: InputError) -> None:
    return None
