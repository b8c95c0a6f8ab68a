"""``paid-into``: money said to have been paid into a company, its payer unnamed.

"23 billion euro of taxpayers' money has been ploughed in to Anglo Irish Bank", "22.9
billion euro has now been paid out to the troubled bank": a passive paying verb whose
subject is the amount and whose "to"/"into" names the company. FACTS.md ``company``: the
amount is the receiver's too (role ``payee``); with no payer named, the receiver is its
one owner. The verbs are data (``paid_into_verbs`` in ``models/link/owner_words.jsonl``).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.link.context import DocContext
from pipeline.link.rules.parse import Link
from pipeline.resources import MODELS_DIR, word_sets

PAID_INTO_VERBS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["paid_into_verbs"]


def paid_into(ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
    """The company a passive paying verb whose subject is ``span`` pays into."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in PAID_INTO_VERBS:
        return []
    lo, hi = clause
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into") or not lo <= prep.i < hi:
            continue
        for p in prep.children:
            m = ctx.mention_at(p, loose=True)
            how = "to"
            if m is None and ctx.refers(p):  # "paid out to the troubled bank"
                verdict, m, how = ctx.focus(p, pronoun=False)
                m = m if verdict == "company" else None
            if m is not None and not ctx.is_government(p):
                text = ctx.doc[m.start : m.end].text
                path = f"{verb.lemma_}>{prep.lower_}~{how}"
                return [Link(ctx.canonical(m.name), text, "paid-into", path, "payee")]
    return []
