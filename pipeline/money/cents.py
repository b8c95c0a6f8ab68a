"""Cents glued to their figure with a bare "c": "a dividend of 69.5c a share", "the
shares rose 2c to $48.10" (Australian, New Zealand, South African and Irish papers).

A lone "c" after a figure is as often a model or a clause ("Psion series 3c", "section
5c"), so ``parse_money`` never reads it on its own. Here it is money only where both
hold:

- the words around it say money: a price unit after it ("a share", "per litre") or a
  price cue before it (a quote verb, "of", "at", "to", "from": ``cent_cues_before`` and
  ``quote_verbs`` of ``models/money/words.jsonl``);
- the article has an amount in a currency whose minor unit is a cent (dollars, rand,
  euros): the cents are that currency's, the nearest such amount before them, else
  after them. An article with no such amount names no currency for them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Doc, Span

from pipeline.money.lexicon import Lexicon
from pipeline.types import Money

# at most three whole digits and two decimals: "2c", "69.5c", "112.25c"
_GLUED = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)c$")
_CENT = Decimal("0.01")


def glued_cents(
    doc: Doc, found: list[tuple[Span, Money]], lex: Lexicon
) -> list[tuple[Span, Money]]:
    """``found`` with the "Nc" cents its context makes money, in document order."""
    if "c" not in doc.text:
        return found
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    cent_money = [(s, m) for s, m in found if lex.minor_factor.get(m.currency) == _CENT]
    if not cent_money:
        return found
    added = []
    for tok in doc:
        m = _GLUED.match(tok.text)
        if m is None or tok.i in taken or not _money_context(doc, tok.i, lex):
            continue
        code = _nearest_currency(tok.i, cent_money)
        value = Decimal(m.group(1)) * _CENT
        span = doc[tok.i : tok.i + 1]
        span._.currency_source = "story"  # the cents of the nearest amount's currency
        added.append((span, Money(amount=value, currency=code)))
    if not added:
        return found
    return sorted([*found, *added], key=lambda x: x[0].start)


def _money_context(doc: Doc, i: int, lex: Lexicon) -> bool:
    words = lex.words
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    if len(after) == 2 and after[0] in ("a", "an", "per") and after[1] in words["cent_units"]:
        return True
    if i == 0:
        return False
    before = doc[i - 1].lower_
    return before in words["cent_cues_before"] or before in words["quote_verbs"]


def _nearest_currency(i: int, cent_money: list[tuple[Span, Money]]) -> str:
    before = [m.currency for s, m in cent_money if s.end <= i]
    if before:
        return before[-1]
    return min(cent_money, key=lambda x: x[0].start - i)[1].currency
