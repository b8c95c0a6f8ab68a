"""A company's local unit named after its country: "MTN Ghana", "Nestle Nigeria", "Unilever
Pakistan". The small English model often calls such a name a person; but no person's name
ends in a country's, so a two-word-or-longer PERSON closing with one is a company.

Country names are GeoNames' (``models/money/places.jsonl`` records with ``names``); the
few that are also common surnames or first names ("Jordan", "Chad") are listed in
``models/companies/words.jsonl`` ``person_like_countries`` and left to the other rules.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.resources import MODELS_DIR, read_jsonl, word_sets


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names, lower case (GeoNames, ``models/money/places.jsonl``)."""
    records = read_jsonl(MODELS_DIR / "money/places.jsonl")
    return frozenset(n.strip().lower() for rec in records for n in rec.get("names", ()))


@lru_cache(maxsize=1)
def currency_adjectives() -> frozenset[str]:
    """Nationality adjectives, lower case, from CLDR's names of the currencies in use
    ("Kuwaiti Dinar": "kuwaiti", "Thai Baht": "thai"; ``models/money/currencies.jsonl``
    and ``territory_currencies.jsonl``): "10 Kuwaiti banks" names no company."""
    folder = MODELS_DIR / "money"
    terms = read_jsonl(folder / "territory_currencies.jsonl")
    live = {r["code"] for r in terms if r.get("to") is None}
    out = set()
    for rec in read_jsonl(folder / "currencies.jsonl"):
        words = rec["name"].split()
        if rec["code"] in live and len(words) == 2 and len(words[0]) > 3 and words[0].istitle():
            out.add(words[0].lower())  # not "CFA Franc", "New Taiwan Dollar"
    return frozenset(out)


@lru_cache(maxsize=1)
def _surname_free_countries() -> frozenset[str]:
    """Country names no person's name ends in."""
    people = word_sets(MODELS_DIR / "companies/words.jsonl")["person_like_countries"]
    return countries() - people


def country_unit(ent: Span) -> bool:
    """Whether ``ent``, tagged PERSON, is a company's unit in a country ("MTN Ghana")."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    words = [t for t in ent if not t.is_punct]
    for k in (1, 2, 3):  # "MTN South Africa", "Vodafone Papua New Guinea"
        if len(words) > k and " ".join(t.lower_ for t in words[-k:]) in _surname_free_countries():
            return words[0].is_upper or words[0].is_title
    return False


def country_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a name NER cut before its country ("PTC" + "India" -> "PTC India"): the
    country right after it on the same line joins it where the story writes the two
    together more than once (a name, not "Apple" then "China sales" by chance)."""
    for k in (3, 2, 1):
        if end + k > len(doc) or any(t.ent_type_ != "GPE" for t in doc[end : end + k]):
            continue
        country = doc[end : end + k]
        if country.text.lower() not in countries() or "\n" in doc[end - 1].whitespace_:
            continue
        if doc[end + k - 1].i + 1 < len(doc) and doc[end + k].tag_ == "POS":
            return end  # "Apple China's": the country's own
        whole = doc[start : end + k].text
        if doc.text.count(whole) >= 2:
            return end + k
    return end


def bank_of_country(doc: Doc, start: int, end: int) -> int:
    """The end of a bank's name NER cut before "of" and its country ("Commercial Bank" +
    "of Qatar", "National Bank of Kuwait"): a bank is named for the country it serves.
    Whether the whole is a company or a central bank is for the public-name lists."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end - 1].lower_ != "bank":
        return end
    if doc[end].lower_ != "of" or "\n" in doc[end - 1].whitespace_ + doc[end].whitespace_:
        return end
    for k in (3, 2, 1):
        country = doc[end + 1 : end + 1 + k]
        if len(country) == k and country[0].is_title and country.text.lower() in countries():
            return end + 1 + k
    return end

