"""Exchange rates are not money facts: "$1 = 0.9061 euros", "the dollar at 140 yen",
"100 rupees to the US dollar", "assuming a yen/dollar value at 147 yen"."""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from pipeline.money.equivalents import is_rate_gap, rate_range
from pipeline.money.lexicon import Lexicon
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.types import Money

_SCALED = re.compile(r"^\d[\d.,]*[a-zA-Z]+")
_PER_WEIGHT = re.compile(r"^\s*(?:a|per)\s+pounds?\b", re.I)  # "$5 a pound": a price by weight
_BIG = 100000  # a rate is a small figure; "500 mln dlrs ... yen" is no rate
_NEAR = Decimal("0.1")  # a figure within 10% of a rate the story quotes is that rate too


def rate_after(currencies: frozenset[str]) -> re.Pattern[str]:
    """ "100 rupees to the US dollar", "140 yen against the dollar": a rate, not an amount."""
    words = "|".join(sorted(currencies))
    return re.compile(
        r"^\s*(?:to|per|against|a|for)\s+(?:the|one|each|a|an)?\s*(?:US|U\.S\.|american)?\s*"
        rf"(?:{words})\b",
        re.I,
    )


def drop_rates(
    doc: Doc, found: list[tuple[Span, Money]], lex: Lexicon, after_rate: re.Pattern[str]
) -> list[tuple[Span, Money]]:
    """``found`` without the amounts that are exchange rates or currency pairs."""
    # "a yen/dollar value": a pair of currencies, not one yen
    drop = {i for i, (span, _) in enumerate(found) if _pair(span, lex)}
    inside = {t for i, (s, _) in enumerate(found) if i not in drop for t in range(s.start, s.end)}
    for i, (span, money) in enumerate(found):
        if i in drop:
            continue
        if i + 1 < len(found) and is_rate_gap(
            doc_text(doc)[span.end_char : found[i + 1][0].start_char],
            unit_first=money.amount == 1 and money.amount_max is None,
        ):
            drop.update((i, i + 1))
        after = doc_text(doc)[span.end_char : span.end_char + 40]
        if after_rate.match(after) and not _PER_WEIGHT.match(after):
            if money.amount_max is None and abs(money.amount) < _BIG:
                drop.add(i)
                continue
        if money.amount_max is not None or abs(money.amount) >= _BIG:
            if rate_range(doc_text(doc)[: span.start_char], money, lex):
                drop.add(i)  # "the dollar to trade between 1.77 and 1.87 marks"
            continue
        if any(t.lower_ in lex.scales or _SCALED.match(t.text) for t in span):
            continue
        if _other_currency_near(doc, span, money, lex, inside) or _priced_currency(
            span, money, lex
        ):
            drop.add(i)
    drop |= _near_rates(found, drop)
    return [x for i, x in enumerate(found) if i not in drop] if drop else found


def _near_rates(found: list[tuple[Span, Money]], drop: set[int]) -> set[int]:
    """Small unscaled figures of a currency the story quotes a rate in, and close to that
    rate: "helped the dollar recover to about 149.45 yen ... from the post-war low of
    148.20 yen", "a drop to 140 yen by the end of April" (rates move a few percent; a
    share price or a dividend in yen is rarely that close)."""
    rates = [
        (m.currency, v)
        for i, (_, m) in enumerate(found)
        if i in drop
        for v in (m.amount, m.amount_max)
        if v is not None and 0 < abs(v) < _BIG
    ]
    near: set[int] = set()
    for i, (span, money) in enumerate(found):
        if i in drop or money.amount_max is not None or abs(money.amount) >= _BIG:
            continue
        if any(_SCALED.match(t.text) for t in span):
            continue
        if any(c == money.currency and abs(money.amount - v) <= v * _NEAR for c, v in rates):
            near.add(i)
    return near


def _other_currency_near(
    doc: Doc, span: Span, money: Money, lex: Lexicon, inside: set[int]
) -> bool:
    """Another currency's word near a small unscaled amount: "the yen/dollar rate is
    expected to break 140 yen", "the dollar at 140 yen"."""
    weights = lex.words["unit_weight_words"]
    sent = sent_of(doc, span.start)
    window = list(doc[max(sent.start, span.start - 8) : span.start])
    window += list(doc[span.end : min(sent.end, span.end + 3)])
    for t in window:
        if t.i in inside:
            continue
        for word in _words(t, lex):
            if word in weights and doc[t.i - 1].lower_ in ("a", "per"):
                continue  # "$5 a pound" is a price by weight, not a rate
            if lex.currencies[word].code != money.currency:
                return True
    return False


def _priced_currency(span: Span, money: Money, lex: Lexicon) -> bool:
    """The clause's subject is another currency: "the dollar was expected to trade at an
    average of 2.0 guilders", "the pound could fall as low as 1.05 dollars". Up the parse
    from the amount to the first verb with a subject (through "expected to trade")."""
    tok = span.root
    for _ in range(8):
        if tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(
                w in lex.currencies and lex.currencies[w].code != money.currency
                for c in subjects
                for w in _words(c, lex)
            )
    return False


def _words(tok: Token, lex: Lexicon) -> list[str]:
    """The currency words of a token, the halves of a pair too ("yen/dollar"); not a
    verb's ("has won the $10,000 prize" names no Korean won)."""
    if tok.pos_ in ("VERB", "AUX"):
        return []
    parts = tok.lower_.split("/") if "/" in tok.lower_ else [tok.lower_]
    return [p for p in parts if p in lex.bare_words]


def _pair(span: Span, lex: Lexicon) -> bool:
    """ "yen/dollar", "stg/dlr": two currencies joined by a slash, one token or three."""
    for tok in span:
        parts = tok.lower_.split("/")
        if len(parts) == 2 and all(p in lex.currencies for p in parts):
            return True
        if tok.text == "/" and 0 < tok.i < len(tok.doc) - 1:
            left, right = tok.nbor(-1).lower_, tok.nbor(1).lower_
            if left in lex.currencies and right in lex.currencies:
                return True
    return False
