"""Readers: news dumps in, ``Article``s out, streaming with constant memory.

>>> from pipeline.ingest import iter_articles
>>> articles = iter_articles(["dumps/"], fields={"text": "story"}, on_error=print)

Formats (one module each): plain text, JSON Lines / JSON, CSV / TSV, HTML,
RSS / Atom, WARC, Reuters-style SGML; gzip, bz2, xz and zstd compression;
zip and tar archives (members named ``archive.zip!inner/path``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from pipeline.errors import InputError
from pipeline.ingest.files import iter_paths, read_path
from pipeline.ingest.records import FIELD_NAMES, check_fields
from pipeline.types import Article

__all__ = ["FIELD_NAMES", "iter_articles"]


def _raise(err: InputError) -> None:
    raise err


def iter_articles(
    paths: Iterable[str],
    *,
    fields: dict[str, str] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[Article]:
    """Articles from files, directories (recursive, sorted) and "-" (standard input).

    ``fields`` names record keys for ``text``, ``title``, ``url``, ``date`` and
    ``id`` (``{"text": "story"}``); a ValueError names the valid ones. A bad
    file or record is passed to ``on_error`` and skipped; without ``on_error``
    the InputError is raised. Files in ``exclude`` (e.g. the output database
    inside an input directory) are passed over when walking directories.
    """
    if isinstance(paths, str):  # one path given bare, not a list of its characters
        paths = [paths]
    checked = check_fields(fields)
    report = on_error or _raise
    skip = {os.path.realpath(p) for p in exclude}
    for path in iter_paths(paths, report):
        if skip and path != "-" and os.path.realpath(path) in skip:
            continue
        yield from read_path(path, fields=checked, report=report)
