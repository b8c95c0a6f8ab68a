"""The bare noun of "of" right after an amount names what the amount is when that noun
is an ``other`` word of FACTS.md's Kind table: "a further £105m of savings", "a A$50
million package of cost savings and capacity cuts", "$2m of fines".

Only ``other`` nouns count, and not debt or securities: "took on $1.2bn of Acme's debt"
is a deal, "sold 20 mln dlrs of notes" an issue and "bought $5m of shares" a purchase,
which the verb decides (``kinds.read_kind``'s walk up the parse, ``kind_issued``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_NOT_READ = _CUES["rated_debt_nouns"] | _CUES["each_share_nouns"]


def of_noun_other(
    doc: Doc, span: Span, hi: int, kind_of: Callable[[Token], str | None], defers: frozenset[str]
) -> bool:
    """Whether the amount is "N of <other noun>" or "N <deferring noun> of <other noun>"
    ("£105m of savings", "a $50m package of cost savings"); ``kind_of`` reads a noun's
    kind, ``defers`` are the nouns that take their modifier's kind (package, plan)."""
    i = _past_bracket(doc, span.end, hi)
    if i < hi and doc[i].lemma_.lower() in defers and doc[i].pos_ == "NOUN":
        i += 1  # "a A$50 million package of ..."
    if i >= hi or doc[i].lower_ != "of":
        return False
    for t in doc[i + 1 : min(i + 8, hi)]:
        if t.dep_ == "pobj" and t.head.i == i:
            lemma = t.lemma_.lower()
            return t.pos_ == "NOUN" and lemma not in _NOT_READ and kind_of(t) == "other"
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
