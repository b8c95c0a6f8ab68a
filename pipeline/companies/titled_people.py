"""A company and its officer run together after the officer's title ("Chief Executive of
Volkswagen Martin Winterkorn issued on Sunday a public apology"): NER reads one name.
The company ends before the person's two words when the article writes the company
alone elsewhere; the titles are ``person_titles`` and ``title_abbreviations`` of
``models/companies/words.jsonl``."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.companies.suffixes import COMPANY_SUFFIXES
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
_TITLES = _WORDS["person_titles"] | _WORDS["title_abbreviations"]


def cut_titled_person(doc: Doc, start: int, end: int) -> int:
    """The end of the company in ``doc[start:end]`` read after "<title> of": before its
    last two words when they are a person's name (two capitalized words, no legal form)
    and the article names the words before them as an organization elsewhere."""
    if end - start < 3 or start < 2 or doc[start - 1].lower_ != "of":
        return end
    if doc[start - 2].lower_ not in _TITLES:
        return end
    first, last = doc[end - 2], doc[end - 1]
    if not all(t.is_alpha and t.is_title for t in (first, last)):
        return end
    if last.lower_ in COMPANY_SUFFIXES or first.lower_ in COMPANY_SUFFIXES:
        return end
    head = doc[start : end - 2].text
    alone = any(
        e.label_ == "ORG" and e.text == head and not (e.start < end and start < e.end)
        for e in doc.ents
    )
    return end - 2 if alone else end
