"""``ticker-quote``: the move and price of a quote-list item belong to the company
named before its ticker; ``named-before``: so does an amount in parentheses after a name.

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
    """The company named right before the ticker of ``span``'s quote-list item, or
    right before the parentheses ``span`` stands in (:func:`named_before`)."""
    if span._.currency_source != "quote":
        return named_before(ctx, span)
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


def named_before(ctx: DocContext, span: Span) -> list[Link]:
    """ "startups like Moove ($66 million) and Lemfi ($33 million)": an amount alone in
    parentheses right after a name is that company's (an equivalent, "$7bn (£5bn)",
    follows an amount, not a name)."""
    doc = ctx.doc
    if span.start < 2 or span.end >= len(doc):
        return []
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return []
    m = ctx.mention_at(doc[span.start - 2], loose=True)
    if m is None or m.end != span.start - 1:
        return []
    mention = doc[m.start : m.end].text
    return [Link(ctx.canonical(m.name), mention, "named-before", f"{mention}(amount)")]

