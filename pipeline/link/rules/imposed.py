"""The body that fines another owns none of the fine: "regulator EETT fined three mobile
operators EUR1 million each" (the operators pay; objects.py names them where the sentence
does). Only the active verb with an object of its own besides the amount: "UBS was fined
£27.6 million" and "with Standard Life fined £30.8 million" keep their subject, the payer.
Words: ``impose_verbs`` of ``models/link/words.jsonl``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.resources import MODELS_DIR, word_sets

IMPOSE_VERBS = word_sets(MODELS_DIR / "link/words.jsonl")["impose_verbs"]


def fines_another(verb: Token, span: Span) -> bool:
    """``verb`` is "fine" or "penalise", active, with an object that is not the amount."""
    if not IMPOSE_VERBS & {verb.lemma_.lower(), verb.lower_}:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return False
    objects = [c for c in kids if c.dep_ in ("dobj", "dative") and not span.start <= c.i < span.end
               and c.ent_type_ != "MONEY"]  # "X fined £30.8m, Y fine £29.1m": another fine
    # the parser may hang the one fined on the amount: "fined two airlines EUR3 million"
    objects += [c for c in span.root.children if c.dep_ in ("nmod", "compound")
                and c.i < span.start and c.pos_ in ("NOUN", "PROPN")]  # fmt: skip
    return bool(objects) and any(c.dep_ == "nsubj" for c in kids)
