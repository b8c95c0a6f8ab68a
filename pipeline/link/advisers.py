"""Banks and law firms that advise on another's deal: "RBC Capital Markets advised
Shoppers Drug Mart on the deal", "Macquarie Capital, Credit Suisse and Morgan Stanley have
been working on the listing", "X acted as financial adviser to Y", "X is the sole
bookrunner". Such a subject is no topic of its sentence (link/context.py), so the figures
of the sentences after it stay the client's; a bank that manages another's issue ("X will
manage the tranche") owns none of it (:func:`arranges`). Words: ``adviser_*``,
``arranger_verbs`` and ``arranged_things`` of ``models/link/focus_words.jsonl``."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/focus_words.jsonl")


def advises(root: Token) -> bool:
    """A subject that advises on another's deal ("RBC Capital Markets advised Shoppers",
    "X and Y have been working on the listing", "X acted as financial adviser to Y",
    "X is the lead manager"): words in ``focus_words.jsonl``."""
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.lemma_.lower() in _WORDS["adviser_verbs"] or arranges(verb):
        return True
    for prep in (c for c in verb.children if c.dep_ in ("prep", "attr")):
        if prep.dep_ == "attr":
            if _adviser_noun(prep):
                return True
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if verb.lemma_ == "work" and prep.lower_ == "on":
                if obj.lemma_.lower() in _WORDS["adviser_tasks"]:
                    return True
            if verb.lemma_ == "act" and prep.lower_ == "as" and _adviser_noun(obj):
                return True
    return False


def _adviser_noun(noun: Token) -> bool:
    """ "adviser", "bookrunners", "lead managers" (with the word before the noun)."""
    words = _WORDS["adviser_nouns"]
    before = noun.doc[noun.i - 1].lower_ + " " if noun.i > 0 else ""
    return noun.lower_ in words or before + noun.lower_ in words


def arranges(verb: Token) -> bool:
    """A verb whose subject manages or underwrites another's issue ("Banque Indosuez will
    manage the 200 mln franc tranche"): ``arranger_verbs`` with an ``arranged_things``
    object. The issue's money is the issuer's, not the bank's."""
    if verb.lemma_.lower() not in _WORDS["arranger_verbs"]:
        return False
    things = _WORDS["arranged_things"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in things for c in verb.children)

