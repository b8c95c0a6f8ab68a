"""Currency names where English rarely writes them, read only where unambiguous.

- a name before a bare figure with no scale, as Malaysian copy writes the
  ringgit ("ringgit 42", "Malaysia ringgits 42"): only the names of
  ``words.jsonl`` ``names_before_figure``, a figure that is no year and that no
  dash (a score, "won 3-1") or percent word follows;
- "10 c": a figure and a spaced "c" are cents only as the whole expression; in
  running text "Class 10 c", "Article 10 c" are labels, so the amount finder
  never reads it there. Read by ``parse.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.money.lexicon import Lexicon
from pipeline.money.numbers import clean
from pipeline.money.scan import Tok
from pipeline.types import Money

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["cents_alone", "figure_after_name", "named_figure_ends", "stage_name"]

_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
_DASHES = {"-", "‐", "‑", "‒", "–", "—", "−", "~"}
_GLUED_CODE_NAME = re.compile(r"[A-Z]{3}\d{1,2}")  # "COP28", not "USD5m", "EUR250"
_CENTS_ALONE = re.compile(r"\s*(\d{1,2}) c\.?\s*")


def figure_after_name(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """``toks[k]`` is a currency name and ``toks[k + 1]`` its figure, the atom ending
    at ``end``: "ringgit 42" is money, "ringgit 2015", "ringgit 3-1", "ringgit 2 pct" not."""
    name = toks[k].text.lower().split()[-1]
    if name not in lex.words["names_before_figure"] or k + 1 >= len(toks):
        return False
    fig = toks[k + 1]
    if fig.kind != "num" or _YEAR.fullmatch(fig.text):
        return False
    after = toks[end] if end < len(toks) else None
    return after is None or not (
        after.kind == "dash" or after.text.lower() in lex.words["percent_words"]
    )


_MODEL = re.compile(r"[A-Z]\d+")


def named_figure_ends(doc: Doc, start: int, end: int, lex: Lexicon | None) -> bool:
    """The amount finder's check of a match ``doc[start:end]``: a name before a bare
    figure ("ringgit 42") is no amount when a dash ("ringgit 3-1") or a percent word
    ("the ringgit 0.5 percent weaker") follows; the parser sees only the span."""
    if lex is None or end - start < 2 or end >= len(doc):
        return True
    if doc[end - 2].lower_ not in lex.words["names_before_figure"]:
        return True
    after = doc[end]
    return not (after.is_punct and after.text in _DASHES) and (
        after.lower_ not in lex.words["percent_words"]
    )


def model_number(doc: Doc, start: int, end: int) -> bool:
    """ "an Epson R800 printer", "the Nikon D700": a capital letter glued to a figure
    right after a brand name is a product's model, not money ("sold for R800" is)."""
    return (
        start > 0
        and _MODEL.fullmatch(doc[start:end].text) is not None
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
    )


def stage_name(doc: Doc, start: int, end: int) -> bool:
    """ "US rapper 50 Cent": a figure above one before a capitalised singular "Cent" is a
    name; money writes "50 cents" (and a headline in capitals, "50 CENTS"). So is a
    code glued to a small whole number ("the COP28 climate talks"): glued codes write
    money with a scale or a larger figure ("USD5m", "EUR250")."""
    if _GLUED_CODE_NAME.fullmatch(doc[start:end].text):
        return True
    last = doc[end - 1]
    if last.text != "Cent" or end - start < 2:
        return False
    figure = doc[end - 2]
    return figure.like_num and figure.text not in ("1", "one", "One")


def cents_alone(text: str, lex: Lexicon) -> Money | None:
    """ "10 c" as a whole expression: cents of the currency bare "cents" are."""
    m = _CENTS_ALONE.fullmatch(text)
    cents = lex.currencies.get("cents")
    if m is None or cents is None:
        return None
    return Money(clean(Decimal(m.group(1)) * cents.factor), cents.code, "exact")
