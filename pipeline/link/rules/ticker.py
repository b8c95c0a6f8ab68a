"""``ticker-quote``: the move and price of a quote-list item belong to the company
named before its ticker.

"Standard Oil Co <SRD>, 7/8 to 62-3/4, Exxon <XON> one to 83-1/8": the list rides on
one verb ("he recommends", "Delta rose 1/2 to 56-7/8, NWA Inc <NWA> 3/8 to 66"), so
the parse gives every item the first subject or none; the name right before each
ticker owns its own figures (FACTS.md: a share price belongs to its company, role
``self``). The items are found by :mod:`pipeline.money.ticker_quotes`.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.link.context import DocContext
from pipeline.link.rules.parse import Link
from pipeline.money.lexicon import load_lexicon
from pipeline.money.ticker_quotes import ticker_before
from pipeline.nlp.doccache import doc_text


def ticker_owner(ctx: DocContext, span: Span) -> list[Link]:
    """The company named right before the ticker of ``span``'s quote-list item."""
    if span._.currency_source != "quote":
        return []
    doc = ctx.doc
    at = ticker_before(doc_text(doc), span.start_char, load_lexicon())
    if at is None:
        return []
    opener = doc.char_span(at, at + 1, alignment_mode="expand")
    if opener is None or opener.start == 0:
        return []
    name = ctx.by_token.get(opener.start - 1)
    if name is None:
        return []
    mention = doc[name.start : name.end].text
    return [Link(ctx.canonical(name.name), mention, "ticker-quote", f"{mention}<ticker>", "self")]
