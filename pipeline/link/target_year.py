"""``Span._.target_year``: the year of "by 2029" / "in 2028" nearest the amount in its
line, for a plan's or a forecast's money ("to invest $10 billion by 2030")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.nlp.doccache import doc_text

_YEAR = re.compile(
    r"\b(?:by|in|until|through|before|from)\s+(?:the\s+(?:end\s+of\s+)?)?(?:(?:fiscal\s+)?year\s+)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def target_year(doc: Doc, span: Span, clause: tuple[int, int]) -> int | None:
    """The year nearest ``span`` in ``clause`` (token bounds) after "by", "in", "until"...;
    None when none is written."""
    lo, hi = clause
    start = doc[lo].idx
    text = doc_text(doc)[start : doc[hi - 1].idx + len(doc[hi - 1].text)]
    best = None
    for m in _YEAR.finditer(text):
        pos = start + m.start(1)
        if span.start_char <= pos < span.end_char:
            continue
        d = abs(pos - span.start_char)
        if best is None or d < best[0]:
            best = (d, int(m.group(1)))
    return best[1] if best else None
