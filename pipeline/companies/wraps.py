"""Wire copy wraps its running text at a fixed width: a name may run on over a line
break ("... acquisition of AirCal Inc by American\nAirlines Inc."). These helpers tell such
a wrap from a real break (a headline's end, a new paragraph, a table's next row)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.nlp.doccache import doc_text
from pipeline.nlp.layout import wraps


def soft_wrap(doc: Doc, i: int) -> bool:
    """The line break right before token ``i`` is a soft wrap (the layout's own test:
    no new paragraph, no table row, no headline). The break may be a token of its own."""
    if not 0 < i < len(doc) or not doc[i].text[:1].isalnum():
        return False
    prev = doc[i - 1]
    if prev.text == "\n":
        brk = prev.idx
    elif prev.whitespace_ == "\n":
        brk = prev.idx + len(prev.text)
    else:
        return False
    return wraps(doc_text(doc), brk)


def one_line(span: Span) -> str:
    """A name's text with its wire wraps read as spaces."""
    doc = span.doc
    out = []
    for t in span:
        wrap = t.i + 1 < span.end and soft_wrap(doc, t.i + 1)
        if t.text == "\n":
            out.append(" " if wrap else t.text_with_ws)
        else:
            out.append(t.text + (" " if wrap and t.whitespace_ else t.whitespace_))
    return "".join(out)
