"""Plain text: one article a file, an optional title line first.

A title is a short first line (at most 150 characters, no final period)
followed by a blank line, as in the BBC News dataset. It stays in the text as
the first paragraph, so offsets and headline figures need no special case.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from pipeline.errors import InputError
from pipeline.ingest.records import Report, decode_text, make_article, normalize_newlines
from pipeline.types import Article

MAX_TITLE_CHARS = 150
MAX_ARTICLE_BYTES = 64 << 20  # one article; more than this is not a story but a dump


def guess_title(text: str) -> str:
    """The first line if it reads like a headline followed by a blank line, else ""."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not sep or not first or len(first) > MAX_TITLE_CHARS or first.endswith("."):
        return ""
    return first if rest.startswith("\n") or not rest.strip() else ""


def read_txt(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """The one article of a text file (record "")."""
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            source,
            "",
            f"text file over {MAX_ARTICLE_BYTES >> 20} MB is not one article; "
            "split it, or save it as JSON Lines with one article a line",
            "format",
        )
    text = normalize_newlines(decode_text(data, source)).lstrip("\ufeff")
    if not text.strip():
        raise InputError(source, "", "empty file (only whitespace)", "empty")
    # the title is kept inside the text: make_article sees the body already starts with it
    yield make_article(source, "", body=text, title=guess_title(text))
