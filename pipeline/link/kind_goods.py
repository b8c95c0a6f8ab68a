"""A move in the price of goods is a price of goods (FACTS.md Kind ``other``: prices of
goods), though the verbs of a market quote are results words ("lose", "gain"):

- "Light crude oil futures fell $2.86 to $41.32 a barrel ... and have now lost $4",
  "gold jumped 12.40 dlrs and closed at 436.50 dlrs a troy ounce": a quote verb whose
  subject is neither a company nor a results word, in a sentence that prices goods by a
  unit of measure ("a barrel", "a troy ounce");
- "... and silver 22.5 cents to 6.86 dlrs a troy ounce": an amount moved "to" or
  "at" a price per unit of goods, with or without a verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.link.kind_cues import quote_verb, quoted_subjects, unit_follows
from pipeline.nlp.doccache import doc_text

# "... to $41.32", "... and closed at 436.50 dlrs": the price the move ended at
_MOVED_TO = re.compile(
    r"\s*(?:,?\s*and\s+[a-z]+\s+)?(?:to|at)\s+(?:about\s+|around\s+)?[^\s\d]{0,3}\d[\d.,]*"
    r"(?:\s+[a-z]+(?=\s+(?:a|an|per)\s))?",
    re.IGNORECASE,
)
# a figure and its currency word before "a"/"per": "436.50 dlrs", "$41.32"
_CURRENCY_WORD = re.compile(r"\s+[a-z]+(?=\s+(?:a|an|per)\s)", re.IGNORECASE)


def goods_price_move(
    span: Span,
    clause: tuple[int, int],
    is_company: Callable[[Token], bool],
    kind_of: Callable[[Token], str | None],
) -> bool:
    """Whether the amount is how far the price of goods moved (``other``);
    ``kind_of(token)`` gives a subject word's own kind: a results word ("profit",
    "earnings") decides instead."""
    text = doc_text(span.doc)
    m = _MOVED_TO.match(text, span.end_char)
    if m is not None and unit_follows(text, m.end()):
        return True  # "silver 22.5 cents to 6.86 dlrs a troy ounce"
    quote = quote_verb(span, clause)
    if quote is None or quote[1]:
        return False  # no quote verb, or the amount is the price moved to (read as it is)
    subjects = quoted_subjects(quote[0])
    if not subjects or any(is_company(s) or kind_of(s) not in (None, "other") for s in subjects):
        return False  # "Exxon lost 10 mln dlrs", "profit fell 5 mln dlrs"
    return _prices_goods(span.sent)


def _prices_goods(sent: Span) -> bool:
    """Whether a figure in the sentence is a price per unit of goods ("$41.32 a barrel")."""
    text = doc_text(sent.doc)
    for t in sent:
        if not t.like_num:
            continue
        end = t.idx + len(t.text)
        m = _CURRENCY_WORD.match(text, end)
        if unit_follows(text, m.end() if m else end):
            return True
    return False
