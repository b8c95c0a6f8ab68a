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
results note says the company sold at a gain or a loss is no longer its business: a
sector word in it ("gain from sale of surplus property", "discontinued real
estate operations") casts no vote (:func:`sold_off`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.link.sectors import SectorHit, plural
from pipeline.resources import MODELS_DIR, read_jsonl

_UP = 3  # "property" <- "of" <- "sale" <- "from" <- "gain"

# a label, a figure (with "profit"/"loss" before it as tables write), then "vs" on the line
_LINE = re.compile(
    r"^[ \t]*([A-Za-z][A-Za-z '-]{1,40}?)[ \t]+(?:profit |loss )?[\d][\d.,]*[^\n]{0,40}?\bvs\b",
    re.MULTILINE,
)


@lru_cache(maxsize=4)
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
    """Whether a sector word names what a results note says was sold at a gain or a loss
    ("gain from sale of surplus property", "gain 1,549,000 dlrs on sale of property"):
    an asset the company sold, no line of its business; nor does a business it
    discontinued ("loss from discontinued real estate operations"). A sale that is the story's own
    deal ("agreed to sell its General Battery Corp subsidiary") keeps its vote: the deal's
    money works in what is sold."""
    tok: Token = doc[hit.start : hit.end].root
    closed = _words("closed_words")
    for _ in range(_UP):
        if any(c.dep_ == "amod" and c.lower_ in closed for c in tok.children):
            return True  # "loss from discontinued real estate operations"
        if tok.head.i == tok.i:
            return False
        child, tok = tok, tok.head
        if tok.lower_ == "sale" and child.lower_ == "of":
            results = _words("result_words")
            return any(t.lemma_.lower() in results for t in _above(tok, _UP))
    return False


def _above(tok: Token, steps: int) -> list[Token]:
    """The words over ``tok`` in the parse, the nearest first, at most ``steps`` of them."""
    out: list[Token] = []
    while len(out) < steps and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out
