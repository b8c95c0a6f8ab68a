"""Debt a borrower sells is money raised (FACTS.md Kind ``funding``: bond issues), read
by :func:`pipeline.link.kinds.read_kind` before the walk up the parse.

Reuters carries issues of debt every day: "Eastman Kodak Co sold 25 mln dlrs of notes",
"the Treasury said it will auction 17 billion dlrs of cash management bills", "Society
for Savings will offer up to 100 mln dlrs of medium-term notes". The walk reads "sell"
as a sale of goods (``other``) or "offer" as a bid (``deal``); yet what is sold is the
seller's own debt. An amount "of" a debt security (``issued_debt_nouns``) that is the
object of a verb of issue (``debt_issue_verbs``) is ``funding``, unless the seller is
a holder of the debt ("investors sold 2 billion dlrs of Treasury bonds",
``debt_holders``) or the debt pays for shares ("offer 40 dlrs of debentures for each
remaining Purolator share": the price of a deal). Word lists:
``models/link/kind_cues.jsonl``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.kind_trade import DEAL_OBJECTS
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_DEBT = _CUES["issued_debt_nouns"]
_VERBS = _CUES["debt_issue_verbs"]
_HOLDERS = _CUES["debt_holders"]


def issued_debt(span: Span) -> bool:
    """Whether ``span`` is an amount of debt its borrower sells (see the module)."""
    amount = span.root
    if amount.dep_ not in ("dobj", "nsubjpass") or not _of_debt(amount):
        return False
    verb = amount.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERBS:
        return False
    return not any(_holder(s) for s in _subjects(verb)) and not _pays_for(verb)


def _of_debt(amount: Token) -> bool:
    """ "25 mln dlrs of notes", "17 billion dlrs of 9-day and 20-day bills"."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _DEBT
        for prep in amount.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
    )


def _subjects(verb: Token) -> list[Token]:
    """Who sells: the verb's subject, or for "agreed to sell" the subject of the verb it
    completes."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return subj
        verb = verb.head
    return []


def _pays_for(verb: Token) -> bool:
    """ "offer 40 dlrs of debentures for each remaining Purolator share": debt given for
    what is bought (a ``deal_objects`` word) pays a price, it raises no money."""
    return any(
        t.lower_ == "for" and any(o.lemma_.lower() in DEAL_OBJECTS for o in t.children)
        for t in verb.subtree
    )


def _holder(subject: Token) -> bool:
    """ "investors", "Japanese institutions", "foreign holders": they sell what they hold."""
    return subject.lemma_.lower() in _HOLDERS
