"""An absolute "with" clause names its own owner: "Wendy's sales came out on top with $8.5
billion, with Acme close behind at $8.4 billion", "With Acme at $2bn and Beta at $1bn, the
market ...". The amount stands for the "with" object's figure, not for the main clause's
subject; the parse often hangs "at $8.4 billion" on the main verb, so the clause is read
off the words: "with", a name, then only adverbs, adjectives or "at"/"on"/"in" before the
amount. Only a "with" that opens its sentence or follows a comma or another figure opens
such a clause ("agreed to merge with Acme at $5 a share" is the merger's price).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.context import DocContext
from pipeline.link.rules.parse import Link

_LINKING = frozenset({"at", "on", "in", "of", "to"})
_FILLER_POS = frozenset({"ADV", "ADJ", "PUNCT"})
_MAX_GAP = 8  # words from the name's end to the amount


def with_owner(ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
    """The company a "with" clause right before ``span`` names, or []."""
    doc = ctx.doc
    lo, _hi = clause
    i = span.start - 1
    while i >= lo and span.start - i <= _MAX_GAP and _filler(doc[i]):
        i -= 1
    if i < lo or i == span.start - 1 and doc[i].lower_ not in _LINKING | {")"}:
        return []  # the amount must follow a linking word or a filler after the name
    m = ctx.mention_at(doc[i])
    if m is None:
        return []
    w = m.start - 1
    if w > lo and doc[w].lower_ == "the":
        w -= 1
    if w < lo or doc[w].lower_ != "with" or not _opens_clause(doc[w], lo):
        return []
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in doc[m.end : span.start]):
        return []  # "with Acme, which paid $N": a clause of its own
    path = f"with>{doc[i].lower_}"
    return [Link(ctx.canonical(m.name), doc[m.start : m.end].text, "with-clause", path)]


def _filler(tok: Token) -> bool:
    return tok.lower_ in _LINKING or tok.pos_ in _FILLER_POS and tok.text not in (",", ";")


def _opens_clause(word: Token, lo: int) -> bool:
    """ "With Acme at $2bn": at the clause's start, after a comma or after a figure."""
    if word.i == lo:
        return True
    prev = word.doc[word.i - 1]
    return prev.text in (",", ";", "(") or prev.like_num or prev.ent_type_ == "MONEY"
