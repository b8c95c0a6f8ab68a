"""What the model is given: long texts in pieces, pathological runs blanked.

spaCy's tokenizer is quadratic on a run without spaces ("a:" x 200,000,
495k nested parentheses) and the worker's memory grows faster than the
text (about 310 MB resident for a 20,000-character article, 590 MB for
100,000). So, before any NLP:

- :func:`tame` blanks runs the tokenizer cannot take cheaply (non-space runs
  over :data:`MAX_RUN` characters, punctuation runs over :data:`MAX_PUNCT_RUN`
  symbols) with spaces, keeping newlines: the text keeps its length, so every
  offset still points into the stored text. Such runs hold no readable amount.
- :func:`pieces` cuts a text over :data:`PIECE_CHARS` at paragraph breaks, else
  sentence ends, else spaces (a hard cut only where there is none, inside a
  blanked run), and gives each piece after the first the article's head (its
  title and first paragraph) as context. Facts keep offsets into the whole
  text (see ``facts.analyse``); nothing is truncated and no length is refused.
"""

from __future__ import annotations

import re
from typing import NamedTuple

PIECE_CHARS = 20_000  # the model's work per piece; almost every news article is one piece
MAX_RUN = 1_000  # characters without a space: longer is no word, URL or figure
MAX_PUNCT_RUN = 100  # punctuation and symbols in a row, spaces between allowed
HEAD_CHARS = 1_500  # at most this much of the article's start is context for later pieces

_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN},}}")  # from a run's start only: linear
# from a run's start only (not after a mark, nor a mark and a space): linear time
_PUNCT_RUN = re.compile(rf"(?<![^\w\s])(?<![^\w\s][^\S\n])(?:[^\w\s][^\S\n]*){{{MAX_PUNCT_RUN},}}")
_NOT_NEWLINE = re.compile(r"[^\n]")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")


class Piece(NamedTuple):
    """``text[start:end]`` of the article, read after ``head`` (context, no facts)."""

    start: int
    end: int
    head: str


def _blank(match: re.Match[str]) -> str:
    return _NOT_NEWLINE.sub(" ", match.group())


def tame(text: str) -> str:
    """``text`` with the runs pathological for the tokenizer blanked; same length.

    >>> tame("Acme paid $5 million. " + "a:" * 600).strip()
    'Acme paid $5 million.'
    """
    if len(text) >= MAX_RUN:
        text = _LONG_RUN.sub(_blank, text)
    if len(text) >= MAX_PUNCT_RUN:
        text = _PUNCT_RUN.sub(_blank, text)
    return text


def _cut(text: str, start: int, limit: int) -> int:
    """Where a piece starting at ``start`` ends: the last paragraph break, sentence end
    or space in its second half, else ``start + limit``."""
    end = start + limit
    low = start + limit // 2
    para = text.rfind("\n\n", low, end)
    if para >= 0:
        return para + 2
    last = None
    for last in _SENTENCE_END.finditer(text, low, end):  # noqa: B007 - the last one is wanted
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", low, end), text.rfind("\n", low, end))
    return space + 1 if space >= 0 else end


def _head(text: str) -> str:
    """The article's title and first paragraph (up to HEAD_CHARS), ending in a break."""
    first = text.find("\n\n", 0, HEAD_CHARS)
    if first < 0:
        return ""
    second = text.find("\n\n", first + 2, HEAD_CHARS)
    return text[: (second if second >= 0 else first) + 2]


def pieces(text: str, *, limit: int = PIECE_CHARS) -> list[Piece]:
    """The pieces the model reads ``text`` in: one for a text of ``limit`` characters or less.

    >>> [(p.start, p.end) for p in pieces("One. Two. Three.", limit=10)]
    [(0, 10), (10, 16)]
    """
    if len(text) <= limit:
        return [Piece(0, len(text), "")]
    head = _head(text)
    room = max(limit - len(head), limit // 2)
    out: list[Piece] = []
    start = 0
    while len(text) - start > (limit if not out else room):
        end = _cut(text, start, limit if not out else room)
        out.append(Piece(start, end, head if out else ""))
        start = end
    out.append(Piece(start, len(text), head if out else ""))
    return out
