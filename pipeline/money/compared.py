"""A figure compared with the amount just before it is in that amount's unit.

Wire results write a unit once for both periods: "Shr 616 cts vs 481",
"Int div 18 cents vs 16", "Turnover 140.8 mln vs 96.55"; so does prose, "the
dividend rose to 13 cents from 11"; a dividend's total too, "Div 11p vs 7
making 16 vs 10". The second figure is 4.81 dlrs, 16 cents,
96.55 mln, 11 cents: the comparison carries the first amount's minor unit or
scale. A figure written in full keeps its value ("Revs 10.5 mln vs 9,699,535"),
as does one with a unit of its own (read before this, with its unit). And a
figure compared with a count is a count: "2.87 mln contracts against 1.52 mln".
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Span

from pipeline.money.lexicon import Lexicon
from pipeline.nlp.doccache import doc_text
from pipeline.types import Money

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BETWEEN = re.compile(r"[\s,]*")  # what may stand between the amount and "vs"


def written_figure(text: str, lex: Lexicon) -> Decimal | None:
    """The first figure written in an amount's text: 13 in "13 cents", 2 in "two mln"."""
    m = _FIGURE.search(text)
    if m is not None:
        return Decimal(m.group().replace(",", ""))
    for word in text.lower().split():
        if word in lex.numbers:
            return lex.numbers[word][0]
    return None


def unit_factor(span: Span, money: Money, lex: Lexicon) -> Decimal | None:
    """What the written figure of an amount was multiplied by: 0.01 for "13 cents",
    1000000 for "47.9 mln"; None for 1 or anything not a power of ten (a range)."""
    written = written_figure(span.text, lex)
    if not written or money.amount_max is not None:
        return None
    factor = abs(money.amount) / written
    exponent = factor.normalize().as_tuple()
    if factor == 1 or exponent.digits != (1,):
        return None
    return factor


def compared_money(
    doc: Doc,
    prev: tuple[Span, Money] | None,
    cue: int | None,
    money: Money,
    span: Span,
    lex: Lexicon,
) -> Money:
    """``money`` (a bare figure after the comparison word at token ``cue``) in the
    unit of ``prev`` when ``prev`` stands right before that word."""
    if prev is None or cue is None or cue >= len(doc) or not _cue(doc[cue].lower_, lex, True):
        return money
    before, prev_money = prev
    if before.end > cue or not _BETWEEN.fullmatch(doc_text(doc)[before.end_char : doc[cue].idx]):
        return money
    factor = unit_factor(before, prev_money, lex)
    if factor is None or any(_unit_word(t.lower_, lex) for t in span):
        return money
    if factor > 1 and ("," in span.text or abs(money.amount) >= 1000):
        return money  # written in full: "10.5 mln vs 9,699,535"
    top = money.amount_max * factor if money.amount_max is not None else None
    return replace(money, amount=money.amount * factor, amount_max=top)


def _unit_word(word: str, lex: Lexicon) -> bool:
    return word in lex.scales or word in lex.minor_words or word in lex.currencies


def compares_count(doc: Doc, cue: int | None, lex: Lexicon) -> bool:
    """ "2.87 mln contracts against 1.52 mln", "103 tonnes vs 135": a figure compared with
    a count is a count. ("a rise of 11 pct from 75 billion" is no comparison of the two.)"""
    if cue is None or cue < 2 or cue >= len(doc) or not _cue(doc[cue].lower_, lex, False):
        return False
    before = [t for t in doc[max(0, cue - 4) : cue] if not (t.is_space or t.is_punct)]
    if len(before) < 2:
        return False
    thing, figure = before[-1], before[-2]
    if _unit_word(thing.lower_, lex) or thing.lower_ in lex.words["book_words"]:
        return False
    written = figure.text[:1].isdigit() and figure.like_num or figure.lower_ in lex.scales
    return thing.pos_ == "NOUN" and written


def _cue(word: str, lex: Lexicon, carries: bool) -> bool:
    """A comparison word (models/money/words.jsonl): "vs", "against"; with ``carries``
    also the words that carry a unit without comparing counts ("from", "making")."""
    words = lex.words
    return word in words["versus_words"] or carries and (
        word in words["compare_words"] or word in words["compared_words"]
    )


def counted_range(doc: Doc, end: int, lex: Lexicon) -> bool:
    """ "speeds from 135 to 160 miles per hour": a bare figure whose range partner right
    after it counts a thing is a count too, whatever amount stands before it."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("to", "and", "or", "-"):
        return False
    partner, j = doc[end + 1], end + 2
    while j + 1 < len(doc) and doc[j].lower_ in lex.scales:  # "from 4 to 5 million units"
        j += 1
    thing = doc[j]
    if not partner.like_num or _unit_word(thing.lower_, lex):
        return False
    return thing.pos_ in ("NOUN", "PROPN") or thing.lower_ in lex.words["percent_words"]
