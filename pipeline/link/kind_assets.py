"""What a company holds (FACTS.md "Kind": "debt and assets mentioned outside results" are
``other``), read by :func:`pipeline.link.kinds.read_kind`; the word lists are
``models/link/kind_cues.jsonl``.

"a Baldwin County bank with assets of 103 mln dlrs", "which has 312.8 mln dlrs in
assets", "First Union will have assets of 28.6 billion dlrs": the size of a bank or a
company told by its assets is neither the price of the deal the sentence tells of nor a
result. A results table's "Assets 4.5 billion vs four billion" and a results note are
read before (``financials``); money paid for assets ("sold 500 mln dlrs in assets",
"bought the assets of X for N") is left to the trade verb (a deal).

A balance-sheet line moving in a results story is a line of the results (FACTS.md Kind
``financials``: "assets, loans, deposits in a bank's results"): "total assets grew by 6
percent to Kes 1.98 trillion", "customer deposits expanded to $14.9 billion", "net loans
and advances increased to N3.1 trillion" are no investment ("expand") nor loan taken.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.country_units import countries
from pipeline.link.kind_cues import in_noun
from pipeline.money.tables import one_period_row
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_HELD = _CUES["held_asset_nouns"]
_TRADE = word_sets(MODELS_DIR / "link/words.jsonl")["trade_verbs"]
_LINES = _CUES["balance_line_nouns"]
_MOVES = _CUES["balance_move_verbs"]


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


def results_row(span: Span) -> bool:
    """A results table's one-period row ("Net 12.5 mln"), or a balance-sheet line that
    moved to or from the amount."""
    return one_period_row(span) or balance_line(span)


def balance_line(span: Span) -> bool:
    """Whether the amount is where a balance-sheet line moved to or from."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "from") or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _MOVES:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _is_line(c) for c in verb.children)


def _country_owned(noun: Token) -> bool:
    """A country's possessive inside the noun's phrase ("South Africa's total gold and
    foreign assets"), however the parser hangs it."""
    doc = noun.doc
    for t in noun.subtree:
        if t.lower_ not in ("'s", "’s") or t.i == 0:
            continue
        words = [w.lower_ for w in doc[max(0, t.i - 3) : t.i] if w.is_alpha]
        if any(" ".join(words[k:]) in countries() for k in range(len(words))):
            return True
    return False


def _is_line(noun: Token) -> bool:
    """ "assets", "customer deposits", "net loans and advances" (either conjunct); not a
    country's ("South Africa's total gold and foreign assets": its reserves)."""
    if any(_country_owned(n) for n in (noun, *noun.conjuncts)):
        return False
    return noun.lemma_.lower() in _LINES or any(c.lemma_.lower() in _LINES for c in noun.conjuncts)
