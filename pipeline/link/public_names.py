"""A sector word inside a public body's name names no industry (FACTS.md Sector 4).

"The World Bank approved a US$9.8 million project", "the Bank of Japan bought one to
1.5 billion dlrs": "Bank" is a financials term, yet the bank here is a public body
that pays or deals, and public money takes no sector (FACTS.md: central banks and
international institutions are no companies). The public bodies are the name
records of ``models/companies/not_companies.jsonl`` whose reason says so, and the
common phrases of ``models/link/public_names.jsonl`` ("the central bank").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from pipeline.link.sectors import SectorHit
from pipeline.resources import MODELS_DIR, read_jsonl

_REACH = 5  # words a public body's name may run before or after its sector word


@lru_cache(maxsize=1)
def _public_names() -> frozenset[str]:
    """The names of public bodies, lower case."""
    reasons: set[str] = set()
    names: set[str] = set()
    for rec in read_jsonl(MODELS_DIR / "link/public_names.jsonl"):
        reasons.update(r.lower() for r in rec.get("reasons", ()))
        names.update(p.lower() for p in rec.get("phrases", ()))
    for rec in read_jsonl(MODELS_DIR / "companies/not_companies.jsonl"):
        reason = rec.get("reason", "").lower()
        if rec.get("type") == "name" and any(r in reason for r in reasons):
            names.add(rec["text"].lower())
    return frozenset(names)


def public_name(doc: Doc, hit: SectorHit) -> bool:
    """Whether a financials term is a word of a public body's name around it.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Bank of Japan bought dollars from a bank.")
    >>> [public_name(doc, SectorHit("financials", i, i + 1, "", 0, 0)) for i in (1, 8)]
    [True, False]
    """
    if hit.sector != "financials":
        return False
    names = _public_names()
    for i in range(max(0, hit.start - _REACH), hit.start + 1):
        for j in range(hit.end, min(len(doc), hit.end + _REACH) + 1):
            if doc[i:j].text.lower() in names:
                return True
    return False
