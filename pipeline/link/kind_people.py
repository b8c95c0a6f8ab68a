"""People's income is no company's results: "those on high income - judged to be $75,000
or above", "his declared income of up to £205,000", "average household income of £N" are
FACTS.md Kind other (financials are a company's or a government's results).

The words are data (models/link/kind_cues.jsonl income_nouns, personal_income_words,
company_income_words)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_INCOME_NOUNS = _CUES["income_nouns"]
_PERSONAL = _CUES["personal_income_words"]
_COMPANY_INCOME = _CUES["company_income_words"]
_PERSON_POSS = frozenset({"his", "her", "my", "your"})


def personal_income(noun: Token) -> bool:
    """An income noun ("income", "earnings") said to be a person's or a household's: a
    personal modifier ("high income", "household income", "low-income") or the
    possessive of a person ("his declared income", "Mr Smith's earnings")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _INCOME_NOUNS:
        return False
    if any(c.lower_ in _COMPANY_INCOME for c in noun.children if c.i < noun.i):
        return False  # "lower net interest income": a bank's
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _PERSONAL:
            return True
        if c.dep_ == "poss" and (c.lower_ in _PERSON_POSS or c.ent_type_ == "PERSON"):
            return True
    # "low-income": the tagger may split the hyphenated modifier off the noun
    return noun.i >= 2 and noun.nbor(-1).text == "-" and noun.nbor(-2).lower_ in _PERSONAL
