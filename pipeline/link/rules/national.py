"""A company called by its rank in a country or the world: "France's second largest
carmaker", "Turkey's biggest private mobile firm", "the world's fifth largest carmaker".

FACTS.md ``company``: a descriptor ("the firm", "the carmaker") refers to the company
last meant. News often names the company's place instead of an article: the
possessive is the company's country, not an owner. Read as a possessive owner, the
country made the amount a government's, which also switched the ``article-focus``
rule off for the rest of the story (:mod:`pipeline.link.focus_story`). A public body
so called stays one: "Japan's central bank", "China's state fund" (the modifiers are
data: ``public_body_words`` in ``models/link/owner_words.jsonl``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.resources import MODELS_DIR, word_sets

_OWNER = word_sets(MODELS_DIR / "link/owner_words.jsonl")
PUBLIC_BODY_WORDS = _OWNER["public_body_words"] | word_sets(MODELS_DIR / "link/words.jsonl")[
    "public_words"
]
SCOPE_NOUNS = _OWNER["scope_nouns"]  # "the world's largest carmaker"


def national_descriptor(ctx: DocContext, noun: Token) -> bool:
    """Whether ``noun``, a subject, is a company word owned by a place or the world (not
    "would create the world's fourth biggest bank, valued at $N": a new one)."""
    if noun.dep_ not in SUBJECT_DEPS:
        return False
    if noun.lemma_.lower() not in ctx.data.ref_nouns or not noun.text.islower():
        return False
    places = [c for c in noun.children if c.dep_ == "poss" and _place(ctx, c)]
    if not places:
        return False
    owner = {t.i for p in places for t in p.subtree}
    words = [t for t in noun.doc[noun.left_edge.i : noun.i] if t.i not in owner]
    return not any(_public(t) for t in words)  # "China's state-owned bank"


def _place(ctx: DocContext, tok: Token) -> bool:
    if tok.i in ctx.by_token:
        return False  # "Acme's biggest unit": a company's own
    return tok.lemma_.lower() in SCOPE_NOUNS or ctx.is_government(tok)


def _public(tok: Token) -> bool:
    """ "central", "state-run": a public body's mark, on the word or its first part."""
    return tok.lower_ in PUBLIC_BODY_WORDS or tok.lower_.split("-")[0] in PUBLIC_BODY_WORDS
