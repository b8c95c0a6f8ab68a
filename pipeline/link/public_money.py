"""Public money: a budget, a deficit or a tax takes no industry (FACTS.md Sector 4).

An amount no company owns may take a sector word of its sentence (Sector 1) or the
article's industry (Sector 3). Neither fits a government's or a taxpayer's money:
"slashing the deficit from 171 billion dlrs to about 134 billion dlrs" in a sentence
that also speaks of defense, "the changes will cut personal tax revenues by two
billion dlrs" in a story whose words are mostly of farms, "17 pct on the first
27,500 dlrs of taxable income". Such an amount's own noun is a budget, a deficit or
a tax, a noun a tax word modifies ("a 1% tax increase"), or a noun of income a word
of the state modifies ("government income"). It keeps only a sector word that
modifies one of its own nouns ("the defense budget", "cut farm spending by two
billion dlrs") or says in a relative clause what it pays
for ("the Medicaid budget, which provides health care"); the article's
industry does not reach it, nor does a sector word the sentence gives another phrase.

The amount's own nouns are read as :meth:`Industries.market_amount` reads them: its
head words up the parse within its clause, the objects and subjects of those heads,
and what the amount is "of" or "in" ("27,500 dlrs of taxable income", "18.5 billion
dlrs in new taxes"). The words are in ``models/link/public_money.jsonl``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.link.sectors import SectorHit
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/public_money.jsonl")
PUBLIC_NOUNS = _WORDS["public_nouns"]
TAX_MODIFIERS = _WORDS["tax_modifiers"]
STATE_MODIFIERS = _WORDS["state_modifiers"]
TAXED_NOUNS = _WORDS["taxed_nouns"]
_STEPS = 4  # "134 billion dlrs" <- "to" <- "slashing" -> dobj "deficit"
_OTHER_CLAUSE = ("ccomp", "advcl", "relcl")  # past these the words are another fact's
_ARGS = ("nsubj", "nsubjpass", "dobj")
_OWN_PREPS = ("of", "in")
_MODIFIERS = ("compound", "amod", "nmod", "poss")


def public_noun(span: Span) -> Token | None:
    """The budget, deficit, tax or taxed income the amount is (see the module doc);
    None when its own nouns are none of these."""
    return next((tok for tok in _own_nouns(span) if _public(tok)), None)


def keeps_hit(span: Span, hit: SectorHit) -> bool:
    """Whether a sector word modifies one of the amount's own nouns ("the defense budget",
    "would cut farm spending by about two billion dlrs") or stands in a relative clause
    on one ("the Medicaid budget, which provides health care"): the sentence names the
    sector of this public money (Sector 1)."""
    modifiers = [
        c for tok in _own_nouns(span) for c in tok.children if c.dep_ in (*_MODIFIERS, "relcl")
    ]
    inside = {t.i for c in modifiers for t in c.subtree}
    return any(i in inside for i in range(hit.start, hit.end))


def _public(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lower_ in PUBLIC_NOUNS or tok.lemma_.lower() in PUBLIC_NOUNS:
        return True
    state = STATE_MODIFIERS | TAX_MODIFIERS if tok.lemma_.lower() in TAXED_NOUNS else TAX_MODIFIERS
    return any(
        c.dep_ in _MODIFIERS and c.lower_ in state and not _hyphened(c) for c in tok.children
    )


def _hyphened(tok: Token) -> bool:
    """ "pre-tax", "after-tax": the word is part of another ("pre-tax profit" is a result)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def _own_nouns(span: Span) -> Iterator[Token]:
    """The amount's own words: what it is "of"/"in", its heads within its clause, and
    the subjects and objects of those heads."""
    tok = span.root
    yield from _prep_objects(tok)
    for _ in range(_STEPS):
        if tok.head.i == tok.i or tok.dep_ in _OTHER_CLAUSE:
            return
        tok = tok.head
        yield tok
        yield from (c for c in tok.children if c.dep_ in _ARGS and c.i not in _span_ids(span))
        yield from _prep_objects(tok) if tok.pos_ in ("NOUN", "PROPN") else ()


def _prep_objects(tok: Token) -> Iterator[Token]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _OWN_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")


def _span_ids(span: Span) -> range:
    return range(span.start, span.end)
