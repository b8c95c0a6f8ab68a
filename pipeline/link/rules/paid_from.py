"""Money a person or a party receives *from* a company: "Mr Galloway won £150,000 in libel
damages from the Daily Telegraph", "24 donations totalling £161,840 from Bearwood
Corporate Services".

FACTS.md ``company``: the amount belongs to the company that pays it when the one who
gets it is no company (a person's earnings, a party's donations). The amount's own
words say it changes hands: a receiving verb or a noun of money given (``receive_words``
in ``models/link/owner_words.jsonl``) on its path up to its verb, with "from" and a
named company under it; a party or a state that gets it ("the party took donations
from X") owns nothing. Not when a named company receives it ("Acme raised $60m from
investors" is Acme's funding), nor when a rule already named an owner other than the
article's company. Rule ``paid-from``, role ``payer``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.fallback import Plan
from pipeline.link.rules.paid_to import paid_to
from pipeline.link.rules.parse import Link
from pipeline.resources import MODELS_DIR, word_sets

RECEIVE_WORDS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["receive_words"]
_MAX_UP = 6


def paid_from(ctx: DocContext, plans: list[Plan]) -> None:
    """Give each amount of ``plans`` that a person or a party gets from a named company
    that company (in place)."""
    for plan in plans:
        if any(lk.rule != "article-focus" for lk in plan.links):
            continue
        found = _payer(ctx, plan.span, plan.clause)
        if found is not None:
            plan.links = [found]
    paid_to(ctx, plans)  # the other way: "GM will pay Fiat 1.55bn euros" (rules/paid_to.py)


def _payer(ctx: DocContext, span: Span, clause: tuple[int, int]) -> Link | None:
    """The company of a "from" phrase on the amount's path up to its verb (or one step
    below it: "won £N in damages from X"), when a word of that path says it is received."""
    lo, hi = clause
    tok, nodes = span.root, [span.root]
    while tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("acl", "relcl", "prep"):
        if tok.head.i == tok.i or not lo <= tok.head.i < hi or len(nodes) > _MAX_UP:
            break
        tok = tok.head
        nodes.append(tok)
    if not any(t.lemma_.lower() in RECEIVE_WORDS for t in nodes):
        return None
    if any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" and ctx.mention_at(c) for c in tok.children
    ):
        return None  # a named company gets it: its own money
    below = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for node in [*nodes, *below]:
        payer = _from_company(ctx, node)
        if payer is not None:
            return Link(payer[0], payer[1], "paid-from", f"{node.dep_}>from", "payer")
    return None


def _from_company(ctx: DocContext, tok: Token) -> tuple[str, str] | None:
    """The named company of a "from" phrase under ``tok`` ("from the Daily Telegraph")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            m = ctx.mention_at(obj)
            if m is not None:
                return ctx.canonical(m.name), ctx.doc[m.start : m.end].text
    return None
