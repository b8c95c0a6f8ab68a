"""Fines, damages, settlements and tax bills (FACTS.md "Kind" other: fines,
compensation, debt outside results), read by :func:`pipeline.link.kinds.read_kind`
before the walk up the parse.

"a $250,000 fine", "a landmark $206bn settlement", "pay £194m compensation", "sought 50
mln dlrs in damages", "to pay off a $27.5bn back tax bill": the noun the amount
modifies says it is a charge, whatever verb ("pay", "face", "agree") governs it; a
"pay" would otherwise make it the price of a deal. The nouns are
``models/link/kind_cues.jsonl`` ``charge_nouns`` and ``tax_words``.

Debt is ``other`` too, but not debt a buyer takes over: "C$2.66 billion in assumed debt",
"will take on $1.2bn of Acme's debt" are part of the deal's price (FACTS.md Kind deal).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.link.kind_cues import in_noun
from pipeline.link.kind_issued import issued_debt
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_CHARGES = _CUES["charge_nouns"]
_TAX = _CUES["tax_words"]


def charge_kind(doc: Doc, span: Span, hi: int) -> str | None:
    """``other`` when the amount is a fine, damages, a settlement or a tax bill (see the
    module), else None."""
    noun = _noun_after(doc, span, hi)
    if noun is not None and _is_charge(doc, noun, span.end, hi):
        return "other"
    bare = in_noun(doc, span, hi)  # "$125m in penalties"
    if bare is not None and bare.lower_ in _CHARGES:
        return "other"
    return None


def _noun_after(doc: Doc, span: Span, hi: int) -> Token | None:
    """The noun heading the words right after the amount (past a bracketed equivalent):
    "fine" in "$3 million (£1.6 million) fine", "bill" in "$27.5bn back tax bill"."""
    i = span.end
    if i < hi and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 12, hi)) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    last = None
    for t in doc[i : min(i + 4, hi)]:
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") and t.text != "-":
            break
        last = t if t.pos_ == "NOUN" else last
    return last


def _is_charge(doc: Doc, noun: Token, start: int, hi: int) -> bool:
    """A charge noun, or a "bill" that the words around it make a tax bill ("back tax
    bill", "bill for back taxes", "bill in unpaid taxes")."""
    if noun.lower_ in _CHARGES:
        return True
    if noun.lemma_.lower() != "bill":
        return False
    near = doc[start : min(noun.i + 5, hi)]
    return any(t.lower_ in _TAX for t in near)


_ASSUMING = re.compile(r"\b(?:assum(?:e|es|ed|ing)|(?:take|takes|taken|taking|took)\s+on)\b")
_DEBT_AFTER = re.compile(
    r"(?:in|of)\s+(?:\S+['’]s\s+|its\s+|their\s+)?(assumed\s+)?(?:net\s+)?"
    r"(?:debts?|liabilities|borrowings)\b"
)


def debt_kind(doc: Doc, span: Span, lo: int, hi: int) -> str | None:
    """ "sold 25 mln dlrs of notes": ``funding``; "C$2.66 billion in assumed debt", "will
    assume $500 million of debt": ``deal`` (see the module); else None."""
    if issued_debt(span):
        return "funding"
    after = _DEBT_AFTER.match(doc[span.end : min(hi, span.end + 6)].text)
    if after is None:
        return None
    before = doc[max(lo, span.start - 6) : span.start].text.lower()
    return "deal" if after.group(1) or _ASSUMING.search(before) else None
