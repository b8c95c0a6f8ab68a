"""People's income is no company's results: "those on high income - judged to be $75,000
or above", "his declared income of up to £205,000", "average household income of £N" are
FACTS.md Kind other (financials are a company's or a government's results); so is income
a tax falls on ("taxes on earnings below £12,000") or that people have ("workers with an
annual income of £9,000").

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
_TAX = _CUES["income_tax_words"]
_PEOPLE = _CUES["spenders"] | _CUES["earners"]
_RECEIVERS = frozenset({"you", "him", "her", "them", "us", "me"})


def company_income(noun: Token) -> bool:
    """ "Net commission income", "fee income": an income a company-income word modifies
    is a company's results, whatever body a modifier also names ("commission")."""
    return noun.lemma_.lower() in _INCOME_NOUNS and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _COMPANY_INCOME
        for c in noun.children
        if c.i < noun.i
    )


def personal_income(noun: Token) -> bool:
    """An income noun ("income", "earnings") said to be a person's or a household's: a
    personal modifier ("high income", "household income", "low-income") or the
    possessive of a person ("his declared income", "Mr Smith's earnings")."""
    if noun.pos_ != "NOUN":
        return False
    if any(c.lower_ in _COMPANY_INCOME or c.lower_ == "its" for c in noun.children if c.i < noun.i):
        return False  # "lower net interest income": a bank's
    if noun.lower_ in _INCOME_NOUNS and (_taxed(noun) or _held_by_people(noun)):
        return True  # "taxes on earnings below £12,000" ("earnings" as written: lemma "earning")
    if noun.lemma_.lower() not in _INCOME_NOUNS:
        return False
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _PERSONAL:
            return True
        if c.dep_ == "poss" and (c.lower_ in _PERSON_POSS or c.ent_type_ == "PERSON"):
            return True
    # "low-income": the tagger may split the hyphenated modifier off the noun
    return noun.i >= 2 and noun.nbor(-1).text == "-" and noun.nbor(-2).lower_ in _PERSONAL


def _taxed(noun: Token) -> bool:
    """ "taxes on earnings below £12,000", "income would be taxed up to £100,000": income
    named as what a tax falls on is a tax band's, a person's (a company's is
    "corporate"/"net" income, caught before)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "on":
        over = head.head  # "tax on income", or "cut taxes on earnings" (the verb's "on")
        objects = [c for c in over.children if c.dep_ == "dobj"] if over.pos_ == "VERB" else []
        return any(w.lemma_.lower() in _TAX or w.lower_ in _TAX for w in (over, *objects))
    taxing = head.pos_ == "VERB" and head.lemma_.lower() == "tax"
    return noun.dep_ in ("nsubjpass", "dobj") and taxing


def _held_by_people(noun: Token) -> bool:
    """ "workers with an annual income just over £9,000", "families on incomes of £N",
    "gives you an annual income of £9,000"."""
    head = noun.head
    if noun.dep_ == "dobj" and any(
        c.dep_ == "dative" and (c.lower_ in _RECEIVERS or c.lemma_.lower() in _PEOPLE)
        for c in head.children
    ):
        return True
    return (
        noun.dep_ == "pobj"
        and head.lower_ in ("with", "on")
        and head.head.lemma_.lower() in _PEOPLE
    )
