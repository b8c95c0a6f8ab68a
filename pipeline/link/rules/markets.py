"""A figure of a market, not of a company: "Market capitalisation on the Tokyo Stock
Exchange fell to", "Discount window borrowings ... were 935 mln dlrs", "industry
sales". FACTS.md: markets are not owners, so neither the ``focus`` rule (a
company-internal noun with no owner named) nor ``article-focus`` gives such a figure
to the company in focus. The words are data (``market_modifiers`` in
``models/link/owner_words.jsonl``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

MARKET_MODIFIERS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["market_modifiers"]


def market_total(noun: Token) -> bool:
    """A noun a market word qualifies, with no possessive naming its owner ("whose
    market capitalisation", "its market value" are a company's)."""
    kids = list(noun.children)
    return not any(c.dep_ == "poss" for c in kids) and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in MARKET_MODIFIERS
        for c in kids
    )
