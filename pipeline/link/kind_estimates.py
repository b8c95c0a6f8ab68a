"""An estimate "puts" a figure at an amount: "the World Bank put the amount of aid needed at
about $5bn", "the figures put total losses at 34 mln guilders", "has put the cost of that
unit at about C$7.7 billion". What is put at the amount says its kind (FACTS.md Kind),
not the verb: "put" is listed as an investment word for "put $5bn into the plant".
What analysts expect ("analysts expected $2.87 billion") is a forecast result."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

_ESTIMATE_VERBS = word_sets(MODELS_DIR / "link/kind_cues.jsonl")["estimate_verbs"]
_EXPECT_VERBS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["expect_verbs"]
_PRONOUNS = frozenset({"which", "that", "it", "this"})


def _what_is_put(verb: Token) -> list[Token]:
    """The verb's object or passive subject; "which" read as the noun it stands for."""
    put = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl":
        put = [verb.head if c.lower_ in _PRONOUNS else c for c in put]
    return put


def is_estimate(verb: Token, amount: Token) -> bool:
    """ "put ... at <amount>": an estimate verb over an "at" phrase that holds the amount
    ("put the amount of aid needed at about $5bn": "at" may hang from "needed")."""
    if verb.lemma_.lower() not in _ESTIMATE_VERBS:
        return False
    for up in amount.ancestors:
        if up.i == verb.i:
            return False
        if up.lower_ == "at" and up.dep_ == "prep":
            return True
    return False


def estimated_kind(verb: Token, noun_kind: Callable[[Token], str | None]) -> str:
    """The kind of what the estimate puts at the amount, or of its "of" noun ("the amount
    of aid", "the cost of that unit"); ``other`` when neither has one: a figure an
    estimate puts with no kind word ("the claims, which the company put at $640m")."""
    for thing in _what_is_put(verb):
        kind = noun_kind(thing)
        if kind is not None:
            return kind
        for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                kind = noun_kind(obj)
                if kind is not None:
                    return kind
    return "other"


def analysts_expected(verb: Token, amount: Token) -> str | None:
    """ "Six analysts surveyed by Zacks expected $2.87 billion": what analysts expect a
    company to report is a forecast of its results, ``financials`` (FACTS.md Kind)."""
    if amount.dep_ != "dobj" or verb.lemma_.lower() not in _EXPECT_VERBS:
        return None
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return "financials" if any(c.lemma_.lower() == "analyst" for c in subjects) else None
