"""A price per share (FACTS.md "Kind": "an offer of 31 dlrs a share" is a ``deal``, "shares
offered at 410-435 rupees in the IPO" ``funding``, "Shr 42 cts" ``financials``), read by
:func:`pipeline.link.kinds.read_kind` once the words that govern the amount are read.

- the noun the per-share figure modifies names it: "a 40 dlr a share tender offer", "a
  proposed 19 dlr a share cash merger" (deal), "a 25 dlr per share dividend";
- else a figure the parse gave no deal, issue or valuation kind takes the deal or issue
  its clause tells of: "will buy all outstanding Chemlawn common stock for 36.50 dlrs a
  share" (deal), "an initial public offering of two mln shares at an expected price of 11
  to 14 dlrs a share" (funding), when those words govern the amount;
- else, after a deal the story told of, the deal's price per share; else a result per share
  ("earnings of 1.25 dlrs a share").

Word lists: ``models/link/kind_cues.jsonl`` (``per_share_deal_words``, ``priced_funding``,
``per_share_right_words``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.money.lexicon import load_lexicon
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
_ISSUE_VERBS = _WORDS["issue_verbs"]
_PAY_VERBS = _WORDS["deal_pay_words"]
_SECURITIES = _WORDS["securities"]
_SHARE_WORDS = _CUES["security_share_words"]
_RIGHTS_NOUNS = _CUES["security_rights_nouns"]
_BUY_VERBS = _CUES["security_buy_verbs"]
_DEAL_WORDS = _CUES["per_share_deal_words"]
_ISSUE_WORDS = _CUES["priced_funding"]
_RIGHT_WORDS = _CUES["per_share_right_words"]
_TERMS_WORDS = _CUES["security_terms_words"]
_UNIT = re.compile(r"^\s*(?:a|per)\s+[a-z]+\b", re.IGNORECASE)  # "per share", "per warrant"
_UNIT_WORDS = frozenset({"a", "per", "each"})
# "mln", "billion", "bn": a figure so scaled is a total, never one share's or warrant's price
_SCALED = frozenset(w for w, f in load_lexicon().scales.items() if f >= 10**6)
# "a share", "per Cadbury share", "in cash for each share", "cash per share", "-a-share"
PER_SHARE = re.compile(
    r"^(?:\s*|-)(?:in\s+cash\s+|cash\s+)?(?:a|per|for\s+each|for\s+every)[\s-]+(?:[A-Z][\w&.-]*\s+)?"
    r"(?:share|shr)\b",
    re.IGNORECASE,
)
_NAMED_KINDS = frozenset({"deal", "funding", "financials"})


def per_share(span: Span) -> bool:
    """ "$4.125 in cash for each share", "500p per Cadbury share", "1.25 dlrs a shr"."""
    return PER_SHARE.match(doc_text(span.doc)[span.end_char : span.end_char + 40]) is not None


def offers_securities(verb: Token) -> bool:
    """ "offering 2.5 mln shares", "the offering of 2,500,000 shares" (tagged a verb): an
    issue verb whose object is securities; not "offering 90.25 dlrs a share for Cyclops",
    where the parser may make the "a share" of the price the verb's object."""
    if verb.lemma_.lower() not in _ISSUE_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in verb.children if c.lower_ == "of" for g in c.children]
    return any(c.lemma_.lower() in _SECURITIES and not _bid_share(c, verb) for c in objs)


def _bid_share(tok: Token, verb: Token) -> bool:
    """The "a share" of a price bid for something ("offering 90.25 dlrs a share for
    Cyclops"); a headline's "INITIAL OFFERING AT 12.25 DLRS A SHARE" names no bid."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "per") for c in tok.children):
        return False
    return any(c.lower_ == "for" for t in (tok, verb) for c in t.children)


def security_terms(span: Span, found: str | None) -> bool:
    """ "an exercise price of three dlrs per share", "calling for redemption its warrants
    ... at 2.5 cts per warrant", "a warrant permitting X to buy up to 380,000 shares at 10.50
    dlrs": a price under a warrant, an option or a redemption (a word over the amount, see
    :func:`over_amount`; not "an order for 30 aircraft at $120m each, with the option to buy
    20 more"); a right counts when the amount is what it buys at ("each right entitles the
    holder to buy one share at 3.75 dlrs", not "the right to receive 15 dlrs a share" in a
    merger); an issue (funding) or a result (a dividend) keeps its kind, and the unit an
    amount prices ("40 dlrs per warrant") does not count."""
    if found in ("funding", "financials") or any(t.lower_ in _SCALED for t in span):
        return False  # "for 400 mln dlrs and warrants to purchase two mln shares": a price
    text = doc_text(span.doc)
    if _UNIT.match(text[span.end_char : span.end_char + 30]) is None and not _priced_at(span):
        return False
    if not any(_word(t, _SHARE_WORDS) for t in span.sent):
        return False  # "a contract with three one-year options valued at $30m": no security
    units = {a.end + 1 for a in span.doc._.amounts if _unit_word(span.doc, a.end)}
    buys = any(h.lemma_.lower() in _BUY_VERBS for h in span.root.ancestors)
    return any(
        (_word(t, _TERMS_WORDS) or buys and _word(t, _RIGHTS_NOUNS))
        and t.i not in units
        and over_amount(span, t)
        for t in span.sent
    )


def _priced_at(span: Span) -> bool:
    """ "at 75.98 dlrs", "for 22 dlrs": the amount is what something is bought at."""
    return span.root.head.lower_ in ("at", "for") or span.root.lower_ in ("at", "for")


def _unit_word(doc: Doc, i: int) -> bool:
    """ "a", "per" or "each" right after an amount, before the unit it prices."""
    return i + 1 < len(doc) and doc[i].lower_ in _UNIT_WORDS


def per_share_kind(
    span: Span,
    clause: tuple[int, int],
    found: str | None,
    in_deal: bool,
    trigger: Callable[[Token], str | None],
) -> str:
    """The kind of a per-share amount ``span`` whose governing words gave ``found``;
    ``trigger`` is a word's own kind (``models/kinds.jsonl``)."""
    named = _named_by(span, clause, trigger)
    if named is not None:
        return named
    if found in ("deal", "funding", "valuation"):
        return found
    if found != "financials":
        told = _clause_deal(span, clause)
        if told is not None:
            return told
        if in_deal:
            return "deal"  # "plus $4.125 in cash for each share" after the deal's value
    return "financials"


def _named_by(
    span: Span, clause: tuple[int, int], trigger: Callable[[Token], str | None]
) -> str | None:
    """ "a 40 dlr a share tender offer": the nouns right after "a share", the rightmost
    with a deal, issue or results kind."""
    share = _share_word(span)
    if share is None:
        return None
    named = None
    for tok in span.doc[share.i + 1 : min(share.i + 4, clause[1])]:
        if tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "DET", "PRON"):
            break
        kind = trigger(tok)
        if kind is not None:
            named = kind  # the rightmost heads the compound ("tender offer")
    return named if named in _NAMED_KINDS else None


def _share_word(span: Span) -> Token | None:
    """The "share" of "a share", "per Cadbury share", "in cash for each share"."""
    doc = span.doc
    for tok in doc[span.end : min(span.end + 6, len(doc))]:
        if tok.lower_ in ("share", "shr"):
            return tok
    return None


def _clause_deal(span: Span, clause: tuple[int, int]) -> str | None:
    """ "funding" when the words over the amount tell of an issue, "deal" of a purchase,
    bid, merger or sale; None when they tell of neither ("a special distribution of 50 cts
    per share due to the sale of a mortgage": the sale is no price paid a share)."""
    words = [t for t in span.doc[clause[0] : clause[1]] if not span.start <= t.i < span.end]
    if any(_word(t, _RIGHT_WORDS) and over_amount(span, t) for t in words):
        return None  # "warrants to purchase ... at 100 dlrs per share": a security's terms
    if any(
        _word(t, _ISSUE_WORDS) and t.pos_ in ("NOUN", "PROPN") and over_amount(span, t, True)
        or offers_securities(t) and over_amount(span, t)
        for t in words
    ):  # "an initial public offering of two mln shares at ...", "is offering 2,513,200
        return "funding"  # common shares at a price of 20.625 dlrs per share"
    if any(_word(t, _DEAL_WORDS) and over_amount(span, t) for t in words):
        return "deal"  # "will buy all outstanding Chemlawn common stock for 36.50 dlrs a share"
    if any(_word(t, _PAY_VERBS) and _pays_named(t) and over_amount(span, t) for t in words):
        return "deal"  # "Acme will pay Beta $128 per share": a company paid for its shares
    return None


def _pays_named(verb: Token) -> bool:
    """A paying verb whose receiver is named ("pay Beta"), not "pay shareholders 10 cts a
    share" (a dividend)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dative" and c.pos_ == "PROPN" for c in verb.children
    )


def over_amount(span: Span, tok: Token, via_prep: bool = False) -> bool:
    """A word that governs the amount: one of its heads up the parse, a word hanging on one
    ("tender" of "tender offer", the subject "placement" of "was priced") or on the amount
    itself ("330p a share set for the 7.2 billion stg issue"); with
    ``via_prep``, also the object of a preposition on one ("subscribed for at 10 dlrs per
    share during its initial offering")."""
    heads = {h.i for h in span.root.ancestors}
    if tok.i in heads or (tok.head.i in heads and tok.head.i != tok.i):
        return True
    share = _share_word(span)
    if any(r.is_ancestor(tok) for r in (span.root, share) if r is not None):
        return True  # "330p a share set for the 7.2 billion stg issue": the amount's own words
    return via_prep and tok.head.dep_ in ("prep", "pcomp") and tok.head.head.i in heads


def _word(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words
