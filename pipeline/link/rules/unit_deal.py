"""A price per unit of what the story's deal buys (FACTS.md "Kind": prices per unit are
facts, a deal's kind when a deal; "One fact": a deal belongs to both sides).

"Acme has signed a deal to acquire 36 planes from Beta Aircraft. ... the price agreed was
below the catalogue price of $17.6m per plane": the figure prices the planes the deal buys,
so it is a ``deal`` (:func:`unit_deal_kind`) with the buyer (payer) and the seller or
maker (payee) of that purchase (:func:`unit_sides`). Only when the amount's sentence
speaks of a price ("price", "priced", "paid") and the unit after the amount ("per plane",
"each aircraft", "a vehicle") is what a buying verb took as its object, in this sentence
or the few before it; a price per unit of goods the story buys in no deal stays ``other``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.deal_objects import compound_name
from pipeline.link.rules.deals import BUY_WORDS, _links, _prep_objects
from pipeline.link.rules.parse import Link
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.resources import MODELS_DIR, word_sets

_UNIT = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:a|an|per|each)\s+([a-z]+)\b", re.IGNORECASE)
_PRICE_WORDS = word_sets(MODELS_DIR / "link/kind_cues.jsonl")["unit_price_words"]
WINDOW = 3  # sentences back to the purchase the unit price speaks of


def unit_deal_kind(span: Span, found: str | None) -> str | None:
    """``deal`` for a price per unit of what a buying verb of the story bought (see the
    module), when the kind read so far is none or ``other``; else None."""
    if found not in (None, "other"):
        return None
    if not any(t.lemma_.lower() in _PRICE_WORDS for t in sent_of(span.doc, span.start)):
        return None
    return "deal" if _buying_verb(span) is not None else None


def unit_sides(ctx: DocContext, span: Span) -> list[Link]:
    """The buyer (payer) and the seller, "from X", or the maker named in what is bought
    (payee) of the purchase a unit price speaks of; [] when there is none."""
    verb = _buying_verb(span)
    if verb is None:
        return []
    buyer = _buyer(ctx, verb)
    if buyer is None:
        return []
    owners = {buyer.company}
    sellers = _links(ctx, _prep_objects([verb], "from"), "unit>from", "payee", owners)
    if not sellers:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        made = [m for m in (compound_name(ctx, o) for o in objs) if m is not None]
        sellers = [
            Link(ctx.canonical(m.name), ctx.doc[m.start : m.end].text, "deal-context",
                 "unit>maker", "payee")
            for m in made if ctx.canonical(m.name) not in owners
        ]  # fmt: skip
    return [buyer, *sellers]


def _unit(span: Span) -> str | None:
    m = _UNIT.match(doc_text(span.doc)[span.end_char : span.end_char + 60].replace("\n", " "))
    if m is None:
        return None
    word = m.group(1).lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _buying_verb(span: Span) -> Token | None:
    """The nearest buying verb, in the amount's sentence or the few before, whose object
    is the unit the amount prices ("acquire 36 planes" for "$17.6m per plane")."""
    unit = _unit(span)
    if unit is None:
        return None
    doc = span.doc
    sent = sent_of(doc, span.start)
    for _ in range(WINDOW + 1):
        verbs = [
            t for t in sent
            if t.lemma_.lower() in BUY_WORDS and t.pos_ == "VERB" and t.i < span.start
            and any(c.dep_ == "dobj" and c.lemma_.lower() == unit for c in t.children)
        ]  # fmt: skip
        if verbs:
            return verbs[-1]
        if sent.start == 0:
            return None
        sent = sent_of(doc, sent.start - 1)
    return None


def _buyer(ctx: DocContext, verb: Token) -> Link | None:
    """The subject of the buying verb, or of the verb its clause completes ("Acme has
    signed a deal to acquire 36 planes": Acme)."""
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            m = ctx.mention_at(subj[0])
            if m is None:
                return None
            name = ctx.canonical(m.name)
            return Link(name, ctx.doc[m.start : m.end].text, "deal-context", "unit<nsubj", "payer")
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
