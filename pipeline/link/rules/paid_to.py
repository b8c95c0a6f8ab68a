"""The company a payment goes to: "GM will pay Fiat 1.55bn euros", "Microsoft agreed to
pay Sun Microsystems $1.6bn", "Acme will pay $5m to Bolt Corp".

FACTS.md ``company``: the amount belongs to the one that pays it and to the one that
receives it. A paying verb (``pay_to_verbs`` in ``models/link/owner_words.jsonl``) on the
amount's path whose dative, whose "to" phrase, or (as the model often parses it) a name
set right before the amount ("pay Fiat 1.55bn euros": Fiat modifies euros) is a named
company other than the payer adds that company as ``payee``. Only when a rule already
found the payer in the sentence, and not for a purchase ("pay X N for its unit"), whose
sides ``rules/deals.py`` gives. Rule ``paid-to``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.context import DocContext
from pipeline.link.focus_story import FROM_ARTICLE
from pipeline.link.rules.fallback import Plan
from pipeline.link.rules.parse import Link
from pipeline.resources import MODELS_DIR, word_sets

PAY_TO_VERBS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["pay_to_verbs"]


def paid_to(ctx: DocContext, plans: list[Plan]) -> None:
    """Add the payee of each paid amount of ``plans`` (in place)."""
    for plan in plans:
        if not plan.links or all(lk.rule in FROM_ARTICLE for lk in plan.links):
            continue
        payee = _payee(ctx, plan.span)
        if payee is not None and payee.company not in {lk.company for lk in plan.links}:
            plan.links = [*plan.links, payee]


def _payee(ctx: DocContext, span: Span) -> Link | None:
    verb = span.root.head
    if span.root.dep_ != "dobj" or verb.lemma_.lower() not in PAY_TO_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in (*verb.children, *span.root.children)):
        return None  # "pay Beta 300 mln dlrs for its unit": a deal (rules/deals.py)
    candidates: list[Token] = [c for c in verb.children if c.dep_ == "dative"]
    candidates += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    candidates += [c for c in span.root.children if c.dep_ in ("nmod", "compound")
                   and c.i < span.start and c.pos_ == "PROPN"]  # fmt: skip
    for tok in candidates:
        m = ctx.mention_at(tok)
        if m is not None:
            text, path = ctx.doc[m.start : m.end].text, f"{tok.dep_}>{verb.lemma_}"
            return Link(ctx.canonical(m.name), text, "paid-to", path, "payee")
    return None
