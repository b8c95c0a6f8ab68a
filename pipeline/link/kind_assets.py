"""What a company holds (FACTS.md "Kind": "debt and assets mentioned outside results" are
``other``), read by :func:`pipeline.link.kinds.read_kind`; the word lists are
``models/link/kind_cues.jsonl``.

"a Baldwin County bank with assets of 103 mln dlrs", "which has 312.8 mln dlrs in
assets", "First Union will have assets of 28.6 billion dlrs": the size of a bank or a
company told by its assets is neither the price of the deal the sentence tells of nor a
result. A results table's "Assets 4.5 billion vs four billion" and a results note are
read before (``financials``); money paid for assets ("sold 500 mln dlrs in assets",
"bought the assets of X for N") is left to the trade verb (a deal).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.kind_cues import in_noun
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_HELD = _CUES["held_asset_nouns"]
_TRADE = word_sets(MODELS_DIR / "link/words.jsonl")["trade_verbs"]


def held_assets(span: Span) -> bool:
    """Whether the amount is what a company holds: "assets of N" (also "total assets",
    "combined assets of N") or "N in assets", that no trade verb trades."""
    root = span.root
    head = root.head
    holder: Token | None = None
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _HELD:
        holder = head.head  # "with total assets of 168 mln dlrs"
    else:
        noun = in_noun(span.doc, span, span.sent.end)
        if noun is not None and noun.lemma_.lower() in _HELD:
            holder = noun  # "which has 312.8 mln dlrs in assets"
    if holder is None:
        return False
    # "sold 500 mln dlrs in assets", "bought assets of N": what a trade verb trades
    traded = (root.head, holder.head, head.head.head)
    return not any(t.lemma_.lower() in _TRADE and t.pos_ == "VERB" for t in traded)
