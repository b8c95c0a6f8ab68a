"""A price and its change share one sector (FACTS.md Sector, steps 1 and 3).

Price reports give a price's level and its change side by side: "Brent is valued
at 19.45 dlrs, up 56 cts a barrel", "sweet crudes rose in value by 14 cts to
19.33 dlrs", "Attaka is valued at 18.55 dlrs, a decline of 68 cts a barrel". The
sector word of the sentence (a unit as "a barrel", a good as "crudes") falls in
the stretch of one figure only, yet both figures are the same good's price. An
amount no company owns and no sector word reaches takes the sector of the figure
next to it when only words of change ("to", "up", "a decline of"), numbers, units
and punctuation stand between them. The words are in
``models/link/price_pairs.jsonl``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.resources import MODELS_DIR, read_jsonl

_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_PLACES = ("GPE", "LOC")  # the entity types of a list item's place ("in Wales")
_NEAR = 12  # tokens either side where a levy word makes the figures public money


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(joins, fillers) from the data file."""
    joins: set[str] = set()
    fillers: set[str] = set()
    for rec in read_jsonl(MODELS_DIR / "link/price_pairs.jsonl"):
        joins.update(w.lower() for w in rec.get("joins", ()))
        fillers.update(w.lower() for w in rec.get("fillers", ()))
    return frozenset(joins), frozenset(fillers)


def share_pair_sectors(spans: list[Span], units: frozenset[str], levies: frozenset[str]) -> None:
    """Give each ownerless amount without a sector the sector of the figure it is the
    level or the change of (see the module doc). ``spans`` in text order. A levy near
    the figures ("raise the tax on beer from nine dlrs to 27 dlrs") is public money,
    which no industry takes (FACTS.md Sector 4)."""
    for k, span in enumerate(spans):
        if span._.links or span._.sector or _levy(span, levies):
            continue
        for other in (spans[k - 1] if k else None, spans[k + 1] if k + 1 < len(spans) else None):
            if other is not None and _pair(span, other, units):
                span._.sector, span._.sector_words = other._.sector, ""
                break
        else:
            if k and _listed(spans[k - 1], span):
                span._.sector, span._.sector_words = spans[k - 1]._.sector, ""


def _pair(span: Span, other: Span, units: frozenset[str]) -> bool:
    """Whether ``other`` is an ownerless figure with a sector, joined to ``span`` by
    words of change alone in one sentence."""
    if other._.links or not other._.sector:
        return False
    lo, hi = (span.end, other.start) if span.start < other.start else (other.end, span.start)
    between = list(span.doc[lo:hi])
    if not between or any(t.text in _SENTENCE_ENDS for t in between):
        return False
    joins, fillers = _words()
    return any(t.lower_ in joins for t in between) and all(
        _filler(t, joins | fillers | units) for t in between
    )


def _listed(first: Span, span: Span) -> bool:
    """ "the average price was £192,713 in England; £139,544 in Wales, and £111,314 in
    Northern Ireland": one figure per place, the same measure; the sector word falls in the
    first figure's stretch only. Between the two stand only the first one's place ("in" or
    "for" and a place's name) and a list's separator."""
    if first._.links or not first._.sector or first.sent.start != span.sent.start:
        return False
    between = [t for t in span.doc[first.end : span.start] if not t.is_space]
    if len(between) < 3 or between[0].lower_ not in ("in", "for"):
        return False
    seps = [t for t in between[1:] if not _place(t)]
    names = between[1 : len(between) - len(seps)]
    return bool(names) and all(_place(t) for t in names) and all(
        t.lower_ in (",", ";", "and") for t in seps
    )


def _place(tok: Token) -> bool:
    """A word of a place's name; NER often calls a county a person or a firm."""
    return tok.ent_type_ in _PLACES or tok.pos_ == "PROPN"


def _filler(tok: Token, allowed: frozenset[str]) -> bool:
    return tok.lower_ in allowed or tok.like_num or tok.is_punct or tok.is_space


def _levy(span: Span, levies: frozenset[str]) -> bool:
    """A levy word ("tax", "duty") among the words of the amount's stretch of text."""
    words = span.doc[max(0, span.start - _NEAR) : span.end + _NEAR]
    return any(t.lower_ in levies or t.lemma_.lower() in levies for t in words)
