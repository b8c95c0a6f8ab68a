"""Answers read off a Doc once and kept: its text, its sentence starts, token scans.

``Doc.text`` and ``Token.sent`` rebuild their answer on each call (a join over
the doc, a walk over its tokens); the components after the parse ask often, so
the answers are kept in ``Doc.user_data`` until :func:`forget`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

_TEXT, _STARTS = "newsfacts_text", "newsfacts_sent_starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give :func:`doc_text` the string ``doc`` was made from (no join needed)."""
    doc.user_data[_TEXT] = text


def sent_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, as ``doc.sents`` yields them (read once)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        if len(doc):
            col = doc.to_array([SENT_START]).ravel()
            starts = [0, *(int(i) + 1 for i in np.flatnonzero(col[1:] == 1))]
        else:
            starts = []
        doc.user_data[_STARTS] = starts
    return starts


def sent_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (``doc[i].sent`` without the walk)."""
    starts = sent_starts(doc)
    k = bisect_right(starts, i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k] : end]


def tokens_where(doc: Doc, attr: int, test: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose ``attr`` string (ORTH, LOWER, ...) passes ``test``,
    asking once per distinct value: the rules' scans skip the rest of the doc."""
    if not len(doc):
        return []
    col = doc.to_array(attr)
    strings = doc.vocab.strings
    keep = [v for v in np.unique(col).tolist() if test(strings[v])]
    return np.flatnonzero(np.isin(col, keep)).tolist() if keep else []


def name_spans(doc: Doc, name: str) -> list[Span]:
    """Where ``name`` is written in ``doc``, as whole words on token boundaries: read on
    the characters, as a name's words are not its tokens ("Norsk Data A/S" is five,
    "Charter-Crellin" three)."""
    text, out = doc_text(doc), []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        bounded = (not at or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        span = doc.char_span(at, end) if bounded else None
        if span is not None:
            out.append(span)
        at = text.find(name, at + 1)
    return out


def forget(doc: Doc) -> None:
    """Drop the kept text and sentence starts (once the sentences may change, or at the end)."""
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_STARTS, None)


