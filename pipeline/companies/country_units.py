"""A company's local unit named after its country: "MTN Ghana", "Nestle Nigeria", "Unilever
Pakistan". The small English model often calls such a name a person; but no person's name
ends in a country's, so a two-word-or-longer PERSON closing with one is a company.

Country names are GeoNames' (``models/money/places.jsonl`` records with ``names``); the
few that are also common surnames or first names ("Jordan", "Chad") are listed in
``models/companies/words.jsonl`` ``person_like_countries`` and left to the other rules.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from pipeline.resources import MODELS_DIR, read_jsonl, word_sets


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    records = read_jsonl(MODELS_DIR / "money/places.jsonl")
    names = {n.lower() for rec in records for n in rec.get("names", ())}
    people = word_sets(MODELS_DIR / "companies/words.jsonl")["person_like_countries"]
    return frozenset(names - people)


def country_unit(ent: Span) -> bool:
    """Whether ``ent``, tagged PERSON, is a company's unit in a country ("MTN Ghana")."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    words = [t for t in ent if not t.is_punct]
    for k in (1, 2, 3):  # "MTN South Africa", "Vodafone Papua New Guinea"
        if len(words) > k and " ".join(t.lower_ for t in words[-k:]) in _countries():
            return words[0].is_upper or words[0].is_title
    return False
