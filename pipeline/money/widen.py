"""Widen the amount finder's spans to the whole amount the money grammar reads.

The token patterns of :mod:`pipeline.money.patterns` split what is one amount:
"7 dollars 25 cents" (two atoms), "four hundred and sixty-one million dollars"
(only "one million dollars"), "80 GBP million", "$ 12 . 30", "from 5 euros to
8 euros". Around a span whose neighbour could continue it (a number word, a
digit, "and", "to", a scale...), :func:`widen_amounts` asks the grammar
(:func:`pipeline.money.spans.amount_extents`) for the amount's extent and, when
it is wider and reads differently, replaces the span (and any other span inside
the extent) with the wider one, valued by ``parse_money`` like every span.
Cheap: most amounts have no such neighbour and cost one set lookup.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.money.lexicon import Lexicon
from pipeline.money.parse import parse_money
from pipeline.money.spans import amount_extents
from pipeline.money.tables import TableRows
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.types import Money

_WINDOW = 14  # tokens each side of a span handed to the grammar
# before a span: "sixty-one million", "twelve pounds and fifty pence", "from 5 to 8 euros"
_BEFORE = {"and", "-", "of", "point", "c", "half", "quarter", "third", "thirds"}
_AFTER = {"and", "to", ".", "-"}


def _a_change(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A change verb among the words before "from": the figures are a before and after."""
    change = lex.words["change_words"]
    return any(
        t.lower_ in change or t.lemma_.lower() in change for t in doc[max(0, start - 3) : start]
    )


def _continues(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower_
    return (
        tok.like_num
        or low in lex.numbers
        or low in lex.scales
        or low in lex.currencies
        or low in lex.minor_words
    )


def _could_widen(doc: Doc, span: Span, lex: Lexicon) -> bool:
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.lower_ in _BEFORE or _continues(before, lex)):
        return True
    if before is not None and before.lower_ == "to" and span.start > 1:
        return doc[span.start - 2].like_num  # "from 5 to 8 euros", not "rose to $5m"
    if after is None:
        return False
    if after.lower_ == "." and span.end + 1 < len(doc):
        return doc[span.end + 1].like_num and after.whitespace_ != ""  # "$ 12 . 30"
    return after.lower_ in _AFTER or _continues(after, lex)


def widen_amounts(
    doc: Doc, found: list[tuple[Span, Money]], lex: Lexicon, data_dir: Path | str | None
) -> list[tuple[Span, Money]]:
    """``found`` (sorted spans and their money) with spans widened to whole amounts."""
    out = list(found)
    for span, money in found:
        if not any(s is span for s, _ in out) or not _could_widen(doc, span, lex):
            continue
        wider = _wider(doc, span, money, lex, data_dir)
        if wider is None:
            continue
        new, new_money = wider
        out = [(s, m) for s, m in out if s.end <= new.start or s.start >= new.end]
        out.append((new, new_money))
        out.sort(key=lambda x: x[0].start)
    return out


def _wider(
    doc: Doc, span: Span, money: Money, lex: Lexicon, data_dir: Path | str | None
) -> tuple[Span, Money] | None:
    sent = sent_of(doc, span.start)
    lo = max(sent.start, span.start - _WINDOW)
    hi = min(sent.end + 2, len(doc), span.end + _WINDOW)  # "$ 12 . 30": a split sentence
    base = doc[lo].idx
    text = doc_text(doc)[base : doc[hi - 1].idx + len(doc[hi - 1])]
    a, b = span.start_char - base, span.end_char - base
    for ext in amount_extents(text, data_dir):
        if ext.start > a or ext.end < b or (ext.start, ext.end) == (a, b):
            continue
        new = doc.char_span(base + min(ext.start, a), base + ext.end, alignment_mode="expand")
        if new is None:
            return None
        if ext.kind == "from_to" and _a_change(doc, new.start, lex):
            return None  # "rose from $5m to $8m", "increased this from £6 to £10": two amounts
        got = parse_money(new.text, data_dir=data_dir, keep_unknown=True)
        if got is None or got == money:
            return None
        return new, got
    return None


def accounting_signs(
    doc: Doc, found: list[tuple[Span, Money]], rows: TableRows
) -> list[tuple[Span, Money]]:
    """A figure in parentheses on a results-table row is negative: "Net (1.25) vs 0.40".
    In prose "(" opens an equivalent or an aside ("£5m ($9m)"), so rows only."""
    text = doc_text(doc)
    out = []
    for span, money in found:
        a, b = span.start_char, span.end_char
        wrapped = a > 0 and text[a - 1] == "(" and text[b : b + 1] == ")"
        if wrapped and money.amount > 0 and rows.holds(doc, span.start):
            money = replace(money, amount=-money.amount)
            if money.amount_max is not None:
                money = replace(money, amount_max=-money.amount_max)
        out.append((span, money))
    return out
