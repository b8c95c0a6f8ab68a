"""What a company or an asset is worth, said with "value" as a noun or a passive verb
(FACTS.md Kind ``valuation``), read by :func:`pipeline.link.kinds.read_kind`.

"The carrier's estimated value is now $150 million", "the book value of the unit is
about 2.2 mln dlrs", "the appraised value of the company ... is 34.25 dlrs a share",
"The property has been valued between £150 million to £300 million": the walk sets a
"value" subject aside ("$N worth of investment will be made": what is worth it
decides), so the value counts when it is the value of a company or of an asset that is
bought and sold (``link/words.jsonl`` ``deal_objects``), as its possessor, its "of"
object or the passive verb's subject. "the value of the goods" stays unread.

An active "value" with an "at" amount ("values WMC shares at A$7.17", "valuing each Avana
share at 829p") values what it takes for object when that is a company, an asset or its
shares (:func:`valued_at`), however the parser hangs "at" or tags "values".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.link.context import SUBJECT_DEPS
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
    £800m": a passive "value" whose subject is a company or an asset; a relative "that" or
    "which" stands for what it follows ("a deal that was valued at $66bn" values no
    company: the deal's price)."""
    if verb.lemma_.lower() != "value" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(_business(_antecedent(c, verb), is_company) for c in subjects)


def _antecedent(subject: Token, verb: Token) -> Token:
    """What a relative pronoun subject stands for: the noun its clause hangs on."""
    relative = subject.lower_ in ("that", "which") and verb.dep_ == "relcl"
    return verb.head if relative else subject


_VALUING = frozenset({"values", "valued", "valuing"})
_VALUED_OBJECTS = ("dobj", "appos", "npadvmod")  # "values the club", a mis-tagged "values"


def valued_at(span: Span, is_company: Callable[[Token], bool]) -> bool:
    """ "values WMC shares at A$7.17", "valuing each Avana share at 829p", "The offer price
    values the entire Pioneer Sugar share capital at 219.6 mln dlrs": an active "value"
    whose object is a company, an asset or its shares, with the amount its "at" object;
    the parser may hang "at" on the object, or tag "values" after "The offer" a noun."""
    at = span.root.head
    if at.lower_ != "at" or at.i == span.root.i:
        return False
    head = at.head
    verb = head if _valuing(head) else head.head if head.dep_ == "dobj" else None
    if verb is None or not _valuing(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in _VALUED_OBJECTS]
    return any(_asset_valued(o, is_company) for o in objects)


def _valuing(tok: Token) -> bool:
    """ "values", "valued", "valuing" (whatever tag), "value" as a verb."""
    if tok.lemma_.lower() != "value":
        return False
    return tok.lower_ in _VALUING or (tok.pos_ == "VERB" and tok.lower_ == "value")


def _asset_valued(obj: Token, is_company: Callable[[Token], bool]) -> bool:
    """A company, an asset, its shares or share capital ("the entire Pioneer Sugar share
    capital"), or "it"/"them" standing for one."""
    if obj.lower_ in ("it", "them") or _business(obj, is_company):
        return True
    return any(c.dep_ == "compound" and _business(c, is_company) for c in obj.children)


def valued_word(word: Token) -> Token | None:
    """What "value"/"worth" says is valued: "a stake worth $N" (the noun it modifies),
    "the offer values Beta at $N" (the object), "Beta was valued at $N" (the subject),
    "Beta is worth $N" (the subject of the copula)."""
    if word.dep_ in ("acl", "amod"):
        return word.head
    kids = list(word.children)
    owner = next((c for c in kids if c.dep_ == "poss"), None)
    if owner is not None:  # "the carrier's estimated value is now $150 million"
        return owner
    for deps in (("dobj",), SUBJECT_DEPS):
        found = [c for c in kids if c.dep_ in deps]
        if found:
            return found[0]
    if word.dep_ in ("acomp", "attr") and word.head.lemma_ == "be":
        found = [c for c in word.head.children if c.dep_ in SUBJECT_DEPS]
        return found[0] if found else None
    return None
