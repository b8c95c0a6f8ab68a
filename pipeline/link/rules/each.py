"""An amount "each" of a list of companies is every one's: "A penalty of Rs 1 crore has
been imposed each on Bank of Maharashtra, Karnataka Bank and IndusInd Bank", "Acme and
Bolt will each invest $5m". The parse rules give it the first company of the
coordination, or the article's; the word spreads it over all of them (FACTS.md: a fact
per company). "Each" before a noun ("$5 each share", "each year") is no such word. Rule
name ``each``, with the role of the link it copies.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import DocContext
from pipeline.link.rules.fallback import Plan
from pipeline.link.rules.parse import dedupe


def share_each(ctx: DocContext, plans: list[Plan]) -> None:
    """Give each amount said to be every listed company's all of them (in place)."""
    for plan in plans:
        lo, hi = plan.clause
        if not plan.links or not _each(ctx.doc, lo, hi):
            continue
        found = []
        for link in plan.links:
            for m in _mentions_of(ctx, link.company, lo, hi):
                for tok in _coordination(ctx.doc[m.start : m.end]):
                    other = ctx.mention_at(tok)
                    if other is not None:
                        name = ctx.canonical(other.name)
                        text = ctx.doc[other.start : other.end].text
                        found.append(replace(link, company=name, mention=text, rule="each",
                                             path=f"{link.rule}: conj"))  # fmt: skip
        plan.links = dedupe([*plan.links, *found])


def _each(doc: Doc, lo: int, hi: int) -> bool:
    """ "each" in the clause that qualifies no noun after it ("imposed each on", "£1m each")."""
    for tok in doc[lo:hi]:
        if tok.lower_ != "each":
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return True
    return False


def _mentions_of(ctx: DocContext, company: str, lo: int, hi: int) -> list[Mention]:
    """The clause's mentions of ``company``."""
    return [m for m in ctx.mentions if lo <= m.start < hi and ctx.canonical(m.name) == company]


def _coordination(name: Span) -> list[Token]:
    """Every conjunct of the list a name stands in ("X, Y and Z"): the parse may hang the
    next name on any word of this one ("Bank of Maharashtra, Karnataka Bank")."""
    return [c for tok in name for c in (tok, *tok.conjuncts)]
