"""The bare noun of "of" right after an amount names what the amount is when that noun
is a saving, a cut, a fine or compensation (FACTS.md Kind ``other``; the nouns are
``of_other_nouns`` in ``models/link/kind_cues.jsonl``): "a further £105m of savings", "a
A$50 million package of cost savings and capacity cuts", "£4 billion of tax cuts".

Other nouns are left to the verb: "took on $1.2bn of Acme's debt" is a deal, "sold 20 mln
dlrs of notes" an issue, "220 mln dlrs of government aid" for a plant state aid
(``kinds.read_kind``'s walk up the parse, ``kind_issued``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_OTHER_NOUNS = _CUES["of_other_nouns"]


def of_noun_other(doc: Doc, span: Span, hi: int, defers: frozenset[str]) -> bool:
    """Whether the amount is "N of <noun>" or "N <deferring noun> of <noun>" with a noun
    that makes it other ("£105m of savings", "a $50m package of cost savings");
    ``defers`` are the nouns that take their modifier's kind (package, plan)."""
    i = _past_bracket(doc, span.end, hi)
    if i < hi and doc[i].lemma_.lower() in defers and doc[i].pos_ == "NOUN":
        i += 1  # "a A$50 million package of ..."
    if i >= hi or doc[i].lower_ != "of":
        return False
    for t in doc[i + 1 : min(i + 8, hi)]:
        if t.dep_ == "pobj" and t.head.i == i:
            return t.pos_ == "NOUN" and (
                t.lower_ in _OTHER_NOUNS or t.lemma_.lower() in _OTHER_NOUNS
            )
        if t.pos_ not in ("ADJ", "NOUN", "CCONJ"):
            return False  # "of the company's debt", "of 2004": no bare noun
    return False


def _past_bracket(doc: Doc, i: int, hi: int) -> int:
    """The token after a bracketed equivalent ("£105m ($200m) of savings"), else ``i``."""
    if i >= hi or doc[i].text != "(":
        return i
    for t in doc[i + 1 : min(i + 12, hi)]:
        if t.text == ")":
            return t.i + 1
    return i
