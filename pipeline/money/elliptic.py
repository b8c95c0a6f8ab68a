"""Scaled figures whose currency the sentence before named: "In 1987, Venezuela will be
required to pay 250 mln dlrs instead of the 1.55 billion originally agreed. Payments in
1988 were cut to 400 mln from 1.20 billion."

Wire copy names a currency once and leaves it off the figures that follow. The amount
finder gives a bare figure the currency of an amount just before it in its sentence
(``AmountFinder._context``). Here a figure with a scale ("400 mln", "1.20 billion")
takes the currency of the last amount of its sentence or the one before (else of the
first amount after it in its sentence: "net profit rose to 47.7 mln from 42.2 mln and
the dividend remained unchanged at 12 marks") when a money
noun (``money_nouns`` in ``models/money/words.jsonl``: "payments", "debt", "revenue")
stands a few words before it, or a figure read so just before it; and, in a story whose
amounts so far are all in one currency, a figure a money verb allots ("106 billion will
be allocated to the Office of the President"). Not when a counted
thing ("400 mln tonnes"), a percent word or a currency of its own follows. Read on
tokens only, so the fast path and the full parse agree.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.money.lexicon import Lexicon
from pipeline.money.parse import parse_money
from pipeline.nlp.doccache import sent_of
from pipeline.types import Money

_NOUN_WINDOW = 8  # tokens before the figure where the money noun stands ("Payments ... cut to")
_VERB_WINDOW = 4  # words around the figure where its money verb stands ("will get ...")
_CHAIN = 12  # a figure this close after one read here takes its currency ("and 700 mln")


def elliptic_figures(
    doc: Doc, found: list[tuple[Span, Money]], bare: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[Span, Money]]:
    """``found`` with the bare scaled figures a money sentence leaves in the currency of
    the amount before them (``currency_source`` "story"), in document order."""
    nouns = lex.words["money_nouns"]
    added: list[tuple[Span, Money]] = []
    for start, end in bare:
        if any(s.start < end and start < s.end for s, _ in found):
            continue
        span = doc[start:end]
        if not any(t.lower_ in lex.scales for t in span) or _counted(doc, end, lex):
            continue
        sent = sent_of(doc, start)
        lead = doc[max(sent.start, start - _NOUN_WINDOW) : start]
        chained = [m for s, m in added if s.start >= sent.start and start - s.end <= _CHAIN]
        currency: str | None
        if chained:
            currency = chained[-1].currency
        elif any(t.lower_ in nouns for t in lead):
            since = sent_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
            before = [m for s, m in found if since <= s.start and s.end <= start]
            # "net profit rose to 47.7 mln from 42.2 mln and the dividend ... at 12 marks"
            after = [m for s, m in found if start < s.start < sent.end]
            if not (before or after):
                continue
            currency = before[-1].currency if before else after[0].currency
        else:
            currency = _allotted(doc, sent, start, end, [*found, *added], lex)
            if currency is None:
                continue
        money = parse_money(span.text, default_currency=currency)
        if money is None or money.currency != currency:
            continue
        span._.currency_source = "story"
        added.append((span, money))
    if not added:
        return found
    return sorted([*found, *added], key=lambda x: x[0].start)


def _allotted(
    doc: Doc, sent: Span, start: int, end: int, read: list[tuple[Span, Money]], lex: Lexicon
) -> str | None:
    """ "more than 106 billion will be allocated to the Office of the President", "the
    ministry of Public Service will get over 18.1 billion": a figure a money verb gives
    or receives (``allot_verbs``, within a few words) in a story whose amounts so far
    are all in one currency takes it; a story of two currencies leaves the figure bare."""
    near = doc[max(sent.start, start - _VERB_WINDOW) : min(sent.end, end + _VERB_WINDOW)]
    if not any(t.lower_ in lex.words["allot_verbs"] for t in near):
        return None
    currencies = {m.currency for s, m in read if s.end <= start}
    return currencies.pop() if len(currencies) == 1 else None


def _counted(doc: Doc, end: int, lex: Lexicon) -> bool:
    """A content word, a percent word or a currency right after the figure: it counts
    something, or names its own currency ("50.5 million USD)and", glued)."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return False
    word = doc[i].lower_
    letters = re.match(r"[a-z]+", word)
    if word in lex.words["percent_words"] or (letters and letters.group(0) in lex.currencies):
        return True
    return doc[i].is_alpha and not doc[i].is_stop and word not in lex.words["book_words"]


def counted_by_adjective(doc: Doc, i: int) -> bool:
    """ "2.8 million deserving students", "3 million new homes": adjectives at ``i``, then
    the plural noun the figure before them counts."""
    j = i
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    return i < j < len(doc) and doc[j].tag_ == "NNS"
