"""The line of business a results table shows (FACTS.md Sector, step 2).

A results story is often only a table: "Shr 67 cts vs 62 cts / Net 9,160,000 vs
7,722,000 / Assets 4.5 billion vs four billion". Its lines say what the company
is as plainly as "the bank" would: only a bank, thrift or fund reports its assets,
deposits and loans in its results, only an insurer its premiums. A table line is a
label at the start of a line, then a figure and "vs". The labels and their sectors
are ``table_labels`` in ``models/link/business_lines.jsonl``. The sector is the
article's word for its lead company, as :meth:`Industries.called` gives it.

A story also names its companies by their trade: "Elders purchase of Canadian
brewer approved". Such a noun (``trade_nouns``; the sector terms lack them) is a
vote for the article's industry (:func:`trade_hits`), as "the carmaker" is. What a
company sells off is no longer its business: a sector word in what is sold ("gain
from sale of surplus property", "sold its Star Oil and Gas unit") casts no vote
(:func:`sold_off`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.link.sectors import SectorHit, plural
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
DEAL_OBJECTS = _WORDS["deal_objects"]  # "unit", "stake", "property": what a deal sells
_SELL = frozenset({"sell", "divest"})
_UP = 3  # "property" <- "of" <- "sale"; "Oil" <- "unit" <- "sold"

# a label, a figure (with "profit"/"loss" before it as tables write), then "vs" on the line
_LINE = re.compile(
    r"^[ \t]*([A-Za-z][A-Za-z '-]{1,40}?)[ \t]+(?:profit |loss )?[\d][\d.,]*[^\n]{0,40}?\bvs\b",
    re.MULTILINE,
)


@lru_cache(maxsize=2)
def _words(key: str) -> dict[str, str]:
    """Word (lower case) -> sector for one key of the data file."""
    out: dict[str, str] = {}
    for rec in read_jsonl(MODELS_DIR / "link/business_lines.jsonl"):
        out.update((word.lower(), rec["sector"]) for word in rec.get(key, ()))
    return out


def trade_hits(doc: Doc) -> list[SectorHit]:
    """The trade nouns of the article ("brewer", "miners"), as sector hits.

    >>> import spacy
    >>> [h.sector for h in trade_hits(spacy.blank("en")("ELDERS PURCHASE OF CANADIAN BREWER"))]
    ['consumer']
    """
    nouns = _words("trade_nouns")
    nouns = {**nouns, **{plural(n): s for n, s in nouns.items()}}
    return [
        SectorHit(nouns[t.lower_], t.i, t.i + 1, t.text, t.idx, t.idx + len(t))
        for t in doc
        if t.lower_ in nouns
    ]


def table_sector(doc: Doc) -> str:
    """The sector the results table's line labels say, '' when none or several do.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> table_sector(nlp("Shr 1.10 dlrs vs 90 cts\\n    Assets 4.5 billion vs four billion"))
    'financials'
    >>> table_sector(nlp("Shr 1.10 dlrs vs 90 cts\\n    Revs 45.2 mln vs 40.1 mln"))
    ''
    """
    labels = _words("table_labels")
    found = {labels.get(m.group(1).lower().strip(), "") for m in _LINE.finditer(doc.text)}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def sold_off(doc: Doc, hit: SectorHit) -> bool:
    """Whether a sector word names what a company sells off: inside "sale of ..." (the
    singular: "sales of its drugs" are its trade), or in the object of "sell" when that
    object is a unit, stake or asset (``deal_objects``; "sells gasoline" is its trade)."""
    tok: Token = doc[hit.start : hit.end].root
    for _ in range(_UP):
        if tok.head.i == tok.i:
            return False
        child, tok = tok, tok.head
        if tok.lower_ == "sale" and child.lower_ == "of":
            return True
        if tok.lemma_.lower() in _SELL and child.dep_ == "dobj":
            return child.lemma_.lower() in DEAL_OBJECTS or child.lower_ in DEAL_OBJECTS
    return False
