"""The ``newsfacts_sentences`` component: line breaks that end a sentence.

News text puts headlines, bylines and paragraphs on lines of their own, often
without final punctuation, and the parser then runs a headline into the first
sentence. Wire copy, on the other hand, is hard-wrapped mid-sentence. This
component (placed before the parser, which respects preset boundaries) marks
a sentence start after a blank line, before an indented line (wire copy
indents paragraphs and earnings-table rows), and after a single line break when the
previous line is finished: it ends with closing punctuation, or it is a
title-case line (a headline) and the next line starts with a capital.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

CLOSERS = frozenset(".!?:;\"'”’)]|")


# ``Doc.text`` and ``Token.sent`` rebuild their answer on each call (a join over
# the doc, a walk over its tokens); the components after the parse ask often, so
# the answers are kept in ``Doc.user_data`` under these keys until :func:`forget`.
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
        col = doc.to_array([SENT_START]).ravel() if len(doc) else ()
        starts = [0, *(i for i in (col[1:] == 1).nonzero()[0] + 1)] if len(doc) else []
        starts = doc.user_data[_STARTS] = [int(i) for i in starts]
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


def forget(doc: Doc) -> None:
    """Drop the kept text and sentence starts (once the sentences may change, or at the end)."""
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_STARTS, None)


@Language.component("newsfacts_sentences")
def mark_line_sentences(doc: Doc) -> Doc:
    text = doc.text
    for token in doc[:-1]:
        if "\n" not in token.text and "\n" not in token.whitespace_:
            continue
        nxt = doc[token.i + 1]
        if nxt.is_space:
            continue
        if _line_ends_sentence(text, token, nxt):
            nxt.is_sent_start = True
    return doc


def _line_ends_sentence(text: str, token, nxt) -> bool:
    brk = text[token.idx : nxt.idx]
    if brk.count("\n") >= 2:
        return True  # a blank line ends a paragraph
    if brk.rpartition("\n")[2].startswith("  "):
        return True  # an indented line starts a paragraph (wire copy, earnings tables)
    if token.is_space:  # "\n" tokens: look at the last word before them
        if token.i == 0:
            return True
        token = token.doc[token.i - 1]
    last = token.text[-1:]
    if last in CLOSERS:
        return True
    if not nxt.text[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, token.idx) + 1
    return _is_title_case(text[line_start : token.idx + len(token.text)])


def _is_title_case(line: str) -> bool:
    """A headline: most words capitalized (wrapped wire lines are mostly lowercase)."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words:
        return True
    capitalized = sum(1 for w in words if w[:1].isupper())
    return capitalized / len(words) >= 0.6
