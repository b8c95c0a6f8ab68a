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

from collections.abc import Callable
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
_ARTICLES = {"a", "an"}  # number words too, but "a $5bn deal", "$5 a share" continue nothing
# before a span: "sixty-one million", "from 5 to 8 euros", "two thirds of a billion", "c $"
_FRACTIONS = {"half", "quarter", "quarters", "third", "thirds", "fifth", "fifths", "point"}


def _a_change(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A change verb among the words before "from", or the verb "from" hangs on ("raised
    its price target on the shares from 300p to 350p"): a before and after, no range."""
    change = lex.words["change_words"]
    if any(
        t.lower_ in change or t.lemma_.lower() in change for t in doc[max(0, start - 3) : start]
    ):
        return True
    return bool(_governing_words(doc[start]) & change)


def _governing_words(tok: Token) -> set[str]:
    """The lemmas above ``tok`` in the parse up to its first verb (a few steps up): "a
    surge in deposits during the period from X to Y" hangs on the noun "surge"."""
    out: set[str] = set()
    for _ in range(4):
        if tok.head is tok:
            break
        tok = tok.head
        out.add(tok.lemma_.lower())
        if tok.pos_ in ("VERB", "AUX"):
            break
    return out


def _figure_word(tok: Token, lex: Lexicon) -> bool:
    """A digit group or a number word other than an article."""
    return tok.like_num or (tok.lower_ in lex.numbers and tok.lower_ not in _ARTICLES)


def _continues(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower_
    return _figure_word(tok, lex) or low in lex.scales or low in lex.currencies


def _before_continues(doc: Doc, span: Span, lex: Lexicon) -> bool:
    i = span.start - 1
    low = doc[i].lower_
    prev = doc[i - 1] if i > 0 else None
    if low in _FRACTIONS or low == "c" or _continues(doc[i], lex):
        return True
    if low == "of":  # "two thirds of a billion dollars": the span opens on a number word
        return doc[span.start].lower_ in lex.numbers
    if low in ("to", "-", "and") and prev is not None:
        return _figure_word(prev, lex)  # "from 5 to 8 euros", "sixty-one", "pounds and fifty"
    return False


def _after_continues(doc: Doc, span: Span, lex: Lexicon) -> bool:
    j = span.end
    low = doc[j].lower_
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if _continues(doc[j], lex) and low not in _ARTICLES:
        return True  # "7 dollars 25 cents", "8 euros 20", "80 GBP million"
    if low == "." and nxt is not None:
        return nxt.like_num and doc[j].whitespace_ != ""  # "$ 12 . 30"
    if low == "and" and nxt is not None:
        # "$14 and 5c", "twelve pounds and fifty pence"
        return _figure_word(nxt, lex) or nxt.text[:1].isdigit()
    if low == "to":  # "from 5 euros to 8 euros"
        return any(t.lower_ == "from" for t in doc[max(0, span.start - 2) : span.start])
    return False


def _could_widen(doc: Doc, span: Span, lex: Lexicon) -> bool:
    if span.start and _before_continues(doc, span, lex):
        return True
    return span.end < len(doc) and _after_continues(doc, span, lex)


def widen_amounts(
    doc: Doc,
    found: list[tuple[Span, Money]],
    lex: Lexicon,
    data_dir: Path | str | None,
    extend_left: Callable[[Doc, int], int],
) -> list[tuple[Span, Money]]:
    """``found`` (sorted spans and their money) with spans widened to whole amounts;
    ``extend_left`` gives the start of the qualifier words before a token ("up to")."""
    out = list(found)
    for span, money in found:
        if not any(s is span for s, _ in out) or not _could_widen(doc, span, lex):
            continue
        extent = _wider(doc, span, lex, data_dir)
        if extent is None:
            continue
        start, end = extent
        inside = [s for s, _ in out if s.start < end and s.end > start]
        start = extend_left(doc, min(start, *(s.start for s in inside)))  # "up to 7 dollars 25"
        new = doc[start:end]
        got = parse_money(new.text, data_dir=data_dir, keep_unknown=True)
        if got is None or got == money:
            continue
        if got.currency != money.currency and span[-1].lower_ in lex.currencies:
            continue  # "said it won 7.6 mln dlrs": the unit after the figure names it
        out = [(s, m) for s, m in out if s.end <= start or s.start >= end]
        out.append((new, got))
        out.sort(key=lambda x: x[0].start)
    return out


def _wider(
    doc: Doc, span: Span, lex: Lexicon, data_dir: Path | str | None
) -> tuple[int, int] | None:
    """The token extent of the grammar's amount around ``span`` when it is wider."""
    sent = sent_of(doc, span.start)
    lo = max(sent.start, span.start - _WINDOW)
    hi = min(sent.end + 2, len(doc), span.end + _WINDOW)  # "$ 12 . 30": a split sentence
    base = doc[lo].idx
    text = doc_text(doc)[base : doc[hi - 1].idx + len(doc[hi - 1])]
    a, b = span.start_char - base, span.end_char - base
    for ext in amount_extents(text, data_dir):
        if ext.start >= b or ext.end <= a or (ext.start >= a and ext.end <= b):
            continue  # apart from the span, or inside it
        new = doc.char_span(
            base + min(ext.start, a), base + max(ext.end, b), alignment_mode="expand"
        )
        if new is None:
            return None
        if ext.kind == "from_to" and _a_change(doc, new.start, lex):
            return None  # "rose from $5m to $8m", "increased this from £6 to £10": two amounts
        return new.start, new.end
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


def take_amount(found: list[tuple[Span, Money]], got: tuple[Span, Money]
                ) -> tuple[list[tuple[Span, Money]], list[tuple[int, int]]]:  # fmt: skip
    """Add an amount; a range ("between $3 and $4 billion") replaces its high end, read
    first as the longer atom."""
    span = got[0]
    kept = [f for f in found if not (span.start <= f[0].start and f[0].end <= span.end)]
    kept.append(got)
    return kept, [(f[0].start, f[0].end) for f in kept]
