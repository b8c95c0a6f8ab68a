"""``earned-for``: money a business earned for a company it does not name as subject.

"selling luxury goods earned LVMH €5.1bn", "the insurance trade brought in €6.2bn for
Axa", "the deal generated $50m in fees for the bank": the verb's subject is what earned
the money (a trade, a product, a deal), the company it went to is the verb's second
object or its "for". The verbs are data (``earn_verbs`` in ``models/link/words.jsonl``);
a buying verb's "for X" is the deal's target, never reached here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.resources import MODELS_DIR, word_sets

EARN_VERBS = word_sets(MODELS_DIR / "link/words.jsonl")["earn_verbs"]


def earned_for(ctx: DocContext, span: Span, clause: tuple[int, int]) -> tuple[Mention, str] | None:
    """(the company, the path) an earning verb's amount went to; the verb's subject is
    what earned it, so it must be no company ("the cloud unit", "selling trucks")."""
    verb = _earning_verb(span)
    if verb is None or any(
        c.dep_ in SUBJECT_DEPS and ctx.mention_at(c) is not None for c in verb.children
    ):
        return None
    lo, hi = clause
    for tok, how in _receivers(verb, span):
        m = ctx.mention_at(tok) if lo <= tok.i < hi else None
        if m is not None:
            return m, f"{verb.lemma_}>{how}"
    return None


def _earning_verb(span: Span) -> Token | None:
    """The earning verb whose object the amount is ("earned LVMH €5.1bn", "brought in €6bn")."""
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in EARN_VERBS:
        return root.head
    return None


def _receivers(verb: Token, span: Span) -> list[tuple[Token, str]]:
    """Who the money went to: a second object before the amount, else a "for" after it."""
    found = [
        (c, c.dep_)
        for c in [*verb.children, *(c for t in span for c in t.children)]
        if c.dep_ in ("dative", "nmod", "compound") and verb.i < c.i < span.start
        and c.pos_ == "PROPN"
    ]
    for head in (span.root, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                found += [(p, "for") for p in prep.children if p.dep_ == "pobj"]
    return found
