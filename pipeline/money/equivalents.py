"""What stands between two amounts: the same figure in another currency, or a rate.

"$7 billion (1 trillion yen)", "$1.7 billion, or 250 billion yen" and
"540bn yen ($5.2bn; £2.77bn)" state one figure in several currencies: the
later amounts are equivalents of the first. "$1 = 0.9061 euros" and "1 dollar
buys 140 yen" are exchange rates, not money. Both the amount finder (on a Doc)
and ``parse_money_with_equivalents`` (on a string) read the text between two
amounts with these rules.

>>> joins_equivalent(" (", first=True), joins_equivalent(", ", first=True)
(True, False)
>>> equivalents_after("USD", [(" (", "JPY"), ("; ", "GBP"), (" and ", "EUR")])
2
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.money.lexicon import Lexicon
from pipeline.nlp.doccache import doc_text
from pipeline.types import Money

# before the first equivalent: "(", ", or", "i.e.", "(or", ", equivalent to", " / "
_FIRST = re.compile(
    r"^\s*(?:\(\s*|,?\s*or\s+|,?\s*i\.e\.\s*|\(\s*or\s+|,\s*equivalent to\s+|\s*/\s*)$", re.I
)
# between two equivalents: "; ", ", ", " / ", " or "
_NEXT = re.compile(r"^\s*(?:[;,/:]\s*|\s+or\s+|,\s*or\s+)$", re.I)
_RATE = re.compile(r"^\s*(?:=|equals|equalled|buys|bought|per)\s*$", re.I)
# after one unit only ("one euro worth $1.32", "a pound that buys $1.88", "one dollar
# buying 104.76 yen", "US$1 was equivalent to 132.80 rupees"): "a stake worth 15 mln stg"
# after "20 mln dlr" is a value, not a rate
_UNIT_RATE = re.compile(
    r"^\s*(?:(?:that|which|was|is|were|are)\s+)?"
    r"(?:buying|buys|bought|worth|fetching|fetches|(?:equivalent|equal)\s+to)\s*$",
    re.I,
)


def joins_equivalent(gap: str, *, first: bool) -> bool:
    """``gap`` between two amounts makes the second an equivalent of the chain."""
    return bool((_FIRST if first else _NEXT).match(gap))


def is_rate_gap(gap: str, *, unit_first: bool = False) -> bool:
    """``gap`` between two amounts makes the pair an exchange rate ("$1 = 0.9 euros").

    ``unit_first``: the first amount is one unit of its currency ("one euro",
    "$1"), which lets "worth", "buying", "that buys" join a rate too.
    """
    return bool(_RATE.match(gap)) or (unit_first and bool(_UNIT_RATE.match(gap)))


def equivalents_after(currency: str, following: Iterable[tuple[str, str]]) -> int:
    """How many of the amounts after a first one in ``currency`` are its equivalents.

    ``following`` holds, for each later amount in order, the text before it and
    its currency. The chain ends at a gap that joins no equivalent or at a
    currency already stated.
    """
    seen = {currency}
    n = 0
    for gap, cur in following:
        if cur in seen or not joins_equivalent(gap, first=n == 0):
            break
        seen.add(cur)
        n += 1
    return n


@lru_cache(maxsize=8)
def _rate_patterns(words: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alt = "|".join(sorted(words))
    per = "|".join(sorted(words - {"pound"}))  # "94 cents per pound" is a weight
    after = (
        rf"^\s*(?:(?:to|against)\s+(?:the|one|each)\s+(?:US\s|U\.S\.\s)?(?:{alt})"
        rf"|per\s+(?:one\s+|each\s+|a\s+)?(?:US\s|U\.S\.\s)?(?:{per}))\b"
    )
    verb = r"(?:\s+(?:fell|rose|was|slipped|climbed|eased|firmed|ended|closed|stood|traded))?"
    # "the dollar at 104.53 yen", "dollar to trade between 1.77 and 1.87 marks", "the pound
    # was quoted between 1.50 and 1.52 dollars"
    trade = r"(?:to\s+trade|trading|traded|quoted)(?:\s+(?:at|between|around))?"
    before = rf"\b(?:{alt}){verb}\s+(?:{trade}|at|to|from|against|between)\s*$"
    return re.compile(after, re.I), re.compile(before, re.I)


def quoted_in(before: str, after: str, words: frozenset[str]) -> str | None:
    """The currency a figure is quoted against: "" after it ("1.90 marks to the dollar"),
    the word before it ("the dollar at 104.53 yen": "dollar"), else None."""
    after_rx, before_rx = _rate_patterns(words)
    head = before_rx.search(before)
    if head is not None:
        return head.group(0).split()[0].lower()
    return "" if after_rx.match(after) else None


def rate_range(before: str, money: Money, lex: Lexicon) -> bool:
    """A range of small figures quoted against another currency, which ``before`` (the
    text up to it) names: "the dollar to trade between 1.77 and 1.87 marks" is a rate."""
    if money.amount_max is None or abs(money.amount) >= 100000:
        return False
    named = quoted_in(before[-40:], "", frozenset(lex.words["rate_currencies"]))
    if not named:
        return False
    return getattr(lex.currencies.get(named), "code", "") != money.currency


def primary_money(doc: Doc, found: list[tuple[Span, Money]], prev: tuple[Span, Money]) -> Money:
    """The first figure of an equivalents chain: "77m euros (£53m; $100m), up from 38m"
    gives 38m the euro, not the dollar of the last equivalent."""
    at = next(i for i, (span, _) in enumerate(found) if span is prev[0])
    while at > 0:
        gap = doc_text(doc)[found[at - 1][0].end_char : found[at][0].start_char]
        if not (joins_equivalent(gap, first=True) or joins_equivalent(gap, first=False)):
            break
        at -= 1
    return found[at][1]
