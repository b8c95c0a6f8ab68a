"""A per-share price written "each" (FACTS.md "Kind"), read by
:func:`pipeline.link.kinds.read_kind`; the word lists are ``models/link/kind_cues.jsonl``.

"an offer to purchase 664,400 common shares of Holly Sugar Corp at 95 dlrs each", "Lilly
said it sold 400,000 Liposome common shares at eight dlrs each": shares bought, bid for or
sold at a price each are a deal; "its tender offer for up to 600,000 of its common shares
at five dlrs each" is a buy-back (``other``); an issue ("an initial public offering of
500,000 common shares at five dlrs each") keeps the kind the issue gave it. Shares
"priced at" a figure are issued at it (``funding``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_SHARES = _CUES["each_share_nouns"]
_DEAL_WORDS = _CUES["each_share_deal_words"]
_ISSUE_WORDS = _CUES["priced_funding"]
_EACH = re.compile(r"^\s*each\b", re.IGNORECASE)
_OWN = frozenset({"its", "their"})


def each_share_kind(span: Span, clause: tuple[int, int], found: str | None) -> str | None:
    """``deal`` or ``other`` (a buy-back) for a price "each" of shares the clause buys,
    bids for or sells; None when the amount is no such price, or an issue or the kind
    already found (funding) decides."""
    if issue_price(span):
        return "funding"
    text = doc_text(span.doc)
    if not _EACH.match(text[span.end_char : span.end_char + 12]) or found == "funding":
        return None
    before = span.doc[clause[0] : span.start]
    shares = [t for t in before if t.lemma_.lower() in _SHARES or t.lower_ in _SHARES]
    if not shares or any(_word(t, _ISSUE_WORDS) for t in before):
        return None
    if not any(_word(t, _DEAL_WORDS) for t in before):
        return None
    if any(_own(s) for s in shares) and not any(_word(t, {"sell", "sale"}) for t in before):
        return "other"  # a company tendering for its own shares buys them back
    return "deal"


def _word(tok: Token, words: frozenset[str] | set[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _own(shares: Token) -> bool:
    """ "its common shares", "600,000 of its shares": the shares are the buyer's own."""
    if any(c.dep_ == "poss" and c.lower_ in _OWN for c in shares.children):
        return True
    return shares.head.lower_ == "of" and any(
        c.lower_ in _OWN for c in shares.head.head.children if c.dep_ == "poss"
    )


def issue_price(span: Span) -> bool:
    """ "Wuhan Biopharma priced its shares at HK$16", "its shares, priced at HK$5.13":
    shares are priced when they are issued (a listing's or a placing's price, FACTS.md
    funding); a market price is "closed at", "traded at"."""
    at = span.root.head
    if at.lower_ != "at" or at.head.lemma_.lower() != "price" or at.head.pos_ != "VERB":
        return False
    verb = at.head
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":  # "its shares, priced at HK$5.13"
        things.append(verb.head)
    elif not things and verb.i >= 2 and verb.nbor(-1).text == ",":
        things.append(verb.nbor(-2))  # the same, parsed as a clause of its own
    return any(_word(t, _SHARES) for t in things)
