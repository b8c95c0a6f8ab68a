"""Cues to an amount's kind beside its trigger words (FACTS.md "Kind"), read by
:func:`pipeline.link.kinds.read_kind`; the word lists are ``models/link/kind_cues.jsonl``.

- "$125m in penalties", "$3bn in multi-year contracts": the bare noun after "in" says
  what the amount is, before any word further off;
- a box-office story's "came third with $7.6m": a figure with no kind word of its own
  in an article about takings is what the title took (``financials``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_TAKINGS_STORY = _CUES["takings_story"]
_PRICE_NOUNS = _CUES["price_nouns"]
_SECURITIES = word_sets(MODELS_DIR / "link/words.jsonl")["securities"]
_STORY_KEY = "nf_takings_story"


def in_noun(doc: Doc, span: Span, hi: int) -> Token | None:
    """The bare noun of "in" right after the amount: "$125m in penalties", "$1 billion-plus
    in sales", "$3bn in multi-year contracts"; none after a determiner ("in the UK")."""
    i = span.end
    while i < hi and doc[i].lower_ in ("-", "plus", "-plus"):
        i += 1
    if i >= hi or doc[i].lower_ != "in":
        return None
    for t in doc[i + 1 : min(i + 5, hi)]:
        if t.dep_ == "pobj" and t.head.i == i:
            return t if t.pos_ == "NOUN" else None
        if t.pos_ not in ("ADJ", "NOUN", "PUNCT") or t.lower_ in ("(", ","):
            return None  # "in the UK", "in 2005", "in Acme's": no bare noun
    return None


def takings_story(doc: Doc, clause: tuple[int, int]) -> bool:
    """Whether the article speaks of box-office takings (read once per doc) and the
    clause names no price ("the average cost of a ticket could be as high as $6.25")."""
    cached = doc.user_data.get(_STORY_KEY)
    if cached is None:
        text = doc_text(doc).lower()
        cached = doc.user_data[_STORY_KEY] = any(w in text for w in _TAKINGS_STORY)
    return bool(cached) and not any(
        t.lemma_.lower() in _PRICE_NOUNS for t in doc[clause[0] : clause[1]]
    )


def is_security(tok: Token) -> bool:
    """ "$5bn in bonds", "$2m in shares": securities say how, not what, the money is."""
    return tok.lemma_.lower() in _SECURITIES or tok.lower_ in _SECURITIES
