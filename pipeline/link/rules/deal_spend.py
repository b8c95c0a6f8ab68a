"""What money spent on buying buys (FACTS.md "One fact": a deal's amount belongs to the
buyer and to what is bought, the target or the company whose stake is bought).

"Foster's spent A$584m on buying an 18.8% stake in Southcorp", "France Telecom is to
spend 578m euros on buying out minority shareholders in Equant": the amount hangs on
the spending verb, the buying verb on its "on" (or "to") clause, so ``deals.py``, which
reads the deal word that governs the amount, never meets it. The company bought, or
whose stake or shareholders are bought, is the other side (``payee``). Words:
``spend_on_verbs`` in ``models/link/owner_words.jsonl``; buying verbs and stake nouns
are ``deals.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.context import DocContext
from pipeline.link.rules.deals import BUY_WORDS, _links
from pipeline.link.rules.parse import Link, dedupe
from pipeline.resources import MODELS_DIR, word_sets

SPEND_ON = word_sets(MODELS_DIR / "link/owner_words.jsonl")["spend_on_verbs"]
_HOLDER_PREPS = frozenset({"in", "of"})  # "a stake in X", "shareholders in X", "shares of X"


def spent_on_buying(ctx: DocContext, span: Span, kind: str, links: list[Link]) -> list[Link]:
    """``links`` and the company bought with money a known owner spends on buying it."""
    verb = span.root.head
    if kind not in ("deal", "investment") or not links or verb.pos_ != "VERB":
        return links
    if verb.lemma_.lower() not in SPEND_ON:
        return links
    owners = {link.company for link in links}
    for buy in _buying(verb):
        bought = [c for c in buy.children if c.dep_ == "dobj"]
        # "an 18.8% stake in X", "minority shareholders in X": the holder's company
        held = [g for b in (*bought, buy) for c in b.children if c.lower_ in _HOLDER_PREPS
                for g in c.children]  # fmt: skip  ("in X" may hang on the verb)
        found = _links(ctx, [*bought, *held], f"{verb.lemma_.lower()}>{buy.lemma_.lower()}",
                       "payee", owners)  # fmt: skip
        if found:
            return dedupe([*links, *found])
    return links


def _buying(verb: Token) -> list[Token]:
    """The buying verbs of ``verb``'s "on buying ..." or "to buy ..." clause."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            out += [g for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in BUY_WORDS]
        elif c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in BUY_WORDS:
            out.append(c)
    return out
