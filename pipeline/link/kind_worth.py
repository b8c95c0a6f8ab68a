"""What a company or an asset is worth, said with "value" as a noun or a passive verb
(FACTS.md Kind ``valuation``), read by :func:`pipeline.link.kinds.read_kind`.

"The carrier's estimated value is now $150 million", "the book value of the unit is
about 2.2 mln dlrs", "the appraised value of the company ... is 34.25 dlrs a share",
"The property has been valued between £150 million to £300 million": the walk sets a
"value" subject aside ("$N worth of investment will be made": what is worth it
decides), so the value counts when it is the value of a company or of an asset that is
bought and sold (``link/words.jsonl`` ``deal_objects``), as its possessor, its "of"
object or the passive verb's subject. "the value of the goods" stays unread.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.link.kind_trade import DEAL_OBJECTS

_VALUE_NOUNS = frozenset({"value", "worth", "valuation"})


def _business(tok: Token, is_company: Callable[[Token], bool]) -> bool:
    return tok.lemma_.lower() in DEAL_OBJECTS or is_company(tok)


def value_of_business(noun: Token, is_company: Callable[[Token], bool]) -> bool:
    """ "the carrier's estimated value", "the book value of the unit": a value noun whose
    possessor or "of" object is a company or an asset."""
    if noun.lemma_.lower() not in _VALUE_NOUNS:
        return False
    for c in noun.children:
        if c.dep_ == "poss" and _business(c, is_company):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(o.dep_ == "pobj" and _business(o, is_company) for o in c.children):
                return True
    return False


def business_valued(verb: Token, is_company: Callable[[Token], bool]) -> bool:
    """ "The property has been valued between £150m and £300m", "the club was valued at
    £800m": a passive "value" whose subject is a company or an asset."""
    if verb.lemma_.lower() != "value" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubjpass" and _business(c, is_company) for c in verb.children)
