"""Quote lists of wire market reports: a company, its ticker, the day's move, the price.

"Standard Oil Co <SRD>, 7/8 to 62-3/4", "Exxon <XON> one to 83-1/8", "Imperial Oil
<IMO.A>, up 1/2 to 49-1/8", "NWA Inc <NWA> 3/8 to 66", "E.F. Hutton <EFH> fell one to
41-1/4", "Merrill Lynch and Co Inc <MER> was off 7/8 at 42-3/8". The ticker says a
company's shares are quoted even where no verb does (the list rides on "he recommends"
or on the verb of its first item); FACTS.md makes share prices facts. The move and the
price are both figures, in the story's dollar (money/quotes.py reads them).

Only US and Canadian quotes of the time are written in eighths: an item is read when
its move or its price holds a fraction ("Fuji Electric <FUJE.T> rose 141 to 619" is in
yen, which nothing here says). A move may be spelled ("one", "two"); the words that may
stand between the ticker and the move ("up", "off", "was", a quote verb) are data
(models/money/words.jsonl: ``quote_verbs``, ``quote_list_words``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.money.lexicon import Lexicon
from pipeline.nlp.doccache import doc_text

_EIGHTHS = r"(?:2|4|8|16|32|64)"
# a price or a move: "62-3/4", "7/8", "66", "41.50"
_FIGURE = rf"\d{{1,4}}-\d{{1,2}}/{_EIGHTHS}|\d{{1,2}}/{_EIGHTHS}|\d{{1,4}}(?:\.\d{{1,3}})?"
_TICKER = r"<[A-Z][A-Z0-9.]{0,9}>"  # "<SRD>", "<IMO.A>", "<FUJE.T>"
_MAX_SPELLED = 12  # "one" .. "twelve": a day's move in whole dollars, spelled
_NOT_MONEY_AFTER = re.compile(r"\s*(?:pct|percent|%|points?|pts)\b", re.I)


def ticker_quote_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The quote-list item, built from ``lex``'s word lists (see the module docstring)."""
    return _pattern(
        lex.words["quote_verbs"] | lex.words["quote_list_words"],
        frozenset(
            w
            for w, (value, multiplies) in lex.numbers.items()
            if w.isalpha() and not multiplies and value == int(value) and 0 < value <= _MAX_SPELLED
        ),
    )


@lru_cache(maxsize=4)
def _pattern(between: frozenset[str], spelled: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in between), key=len, reverse=True))
    numbers = "|".join(sorted((re.escape(w) for w in spelled), key=len, reverse=True))
    return re.compile(
        rf"(?P<ticker>{_TICKER}),?\s+(?:(?:{words})\s+){{0,2}}"
        rf"(?P<move>{_FIGURE}|(?:{numbers})\b)\s+(?:to|at)\s+(?P<price>{_FIGURE})(?![\d/-])",
    )


def ticker_quotes(text: str, lex: Lexicon) -> list[re.Match[str]]:
    """The quote-list items of ``text`` whose move or price holds a fraction."""
    out = []
    for m in ticker_quote_pattern(lex).finditer(text):
        if "/" not in m.group("move") + m.group("price"):
            continue  # no eighths: not a US or Canadian quote of the time
        if _NOT_MONEY_AFTER.match(text, m.end()):
            continue  # "<XYZ> 1/2 to 12 pct": a rate
        out.append(m)
    return out


def ticker_figures(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans of the moves and prices of the doc's quote-list items."""
    text = doc_text(doc)
    if "<" not in text:
        return []
    spans = []
    for m in ticker_quotes(text, lex):
        for group in ("move", "price"):
            span = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
            if span is not None:
                spans.append((span.start, span.end))
    return spans


def ticker_before(text: str, start_char: int, lex: Lexicon) -> int | None:
    """Where the ticker ("<SRD>") of the quote-list item whose move or price starts at
    ``start_char`` begins, or None when the figure is in no such item."""
    if "<" not in text:
        return None
    for m in ticker_quotes(text, lex):
        if start_char in (m.start("move"), m.start("price")):
            return m.start("ticker")
    return None
