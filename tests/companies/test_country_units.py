"""A PERSON name closing with a country's is a company's unit there ("MTN Ghana"):
``pipeline/companies/country_units.py``. Spans built by hand, so the test does not hang
on what the model tags; names written for the test."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.companies.country_units import country_tail, country_unit, currency_adjectives

VOCAB = spacy.blank("en").vocab


def person(words: list[str]) -> Span:
    doc = Doc(VOCAB, words=[*words, "reported", "profit"])
    return Span(doc, 0, len(words), label="PERSON")


@pytest.mark.parametrize("words", [
    ["Orbitel", "Ghana"], ["Nestle", "Nigeria"], ["Orbitel", "South", "Africa"],
    ["Unilever", "Pakistan"], ["ACME", "Papua", "New", "Guinea"],
])  # fmt: skip
def test_a_name_closing_with_a_country_is_its_unit(words):
    assert country_unit(person(words))


@pytest.mark.parametrize("words", [
    ["Ghana"], ["Michael", "Jordan"], ["Chad"], ["Kenya", "Moore"], ["Jane", "Smith"],
    ["Paris", "Hilton"],
])  # fmt: skip
def test_people_and_bare_countries_are_not(words):
    assert not country_unit(person(words))


def test_only_people_are_read():
    doc = Doc(VOCAB, words=["Orbitel", "Ghana", "said"])
    assert not country_unit(Span(doc, 0, 2, label="GPE"))



def _tagged(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(VOCAB, words=words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_a_name_the_story_writes_with_its_country_twice_keeps_it():
    words = ["Orbitel", "India", "rose", ".", "Orbitel", "India", "said", "so", "."]
    doc = _tagged(words, [(0, 1, "ORG"), (1, 2, "GPE"), (4, 5, "ORG"), (5, 6, "GPE")])
    assert country_tail(doc, 0, 1) == 2


def test_a_country_written_once_after_a_name_stays_apart():
    words = ["Orbitel", "China", "sales", "fell", "."]
    doc = _tagged(words, [(0, 1, "ORG"), (1, 2, "GPE")])
    assert country_tail(doc, 0, 1) == 1


@pytest.mark.parametrize(("words", "ents", "end"), [
    (["Merchant", "Bank", "of", "Oman", "rose"], [(0, 2, "ORG"), (3, 4, "GPE")], 4),
    (["Royal", "Bank", "of", "New", "Zealand", "fell"], [(0, 2, "ORG"), (3, 5, "GPE")], 5),
    (["Merchant", "Bank", "of", "Lagos", "rose"], [(0, 2, "ORG"), (3, 4, "GPE")], 2),  # a city
    (["Merchant", "Trust", "of", "Oman", "rose"], [(0, 2, "ORG"), (3, 4, "GPE")], 2),
])  # fmt: skip
def test_a_bank_runs_on_over_of_its_country(words, ents, end):
    """ "Commercial Bank" + "of Qatar": NER cut the name before "of"; a bank is named for
    its country (whether it is a central bank is the public-name lists' call)."""
    from pipeline.companies.country_units import bank_of_country

    assert bank_of_country(_tagged(words, ents), 0, 2) == end


def test_a_commercial_bank_named_for_its_country_owns_its_results(nlp):
    text = ("Gulf Merchant Bank of Oman reports profit rise\n\nThe bank said its net profit "
            "was OMR 41m in the quarter.")
    doc = nlp(text)
    assert [[lk.company for lk in a._.links] for a in doc._.amounts] == [
        ["Gulf Merchant Bank of Oman"]
    ]


def test_currency_names_give_nationality_adjectives():
    adjectives = currency_adjectives()
    assert {"kuwaiti", "thai", "kenyan", "turkish"} <= adjectives
    assert not {"cfa", "new", "us", "east"} & adjectives  # "CFA Franc", "New Taiwan Dollar"


def test_a_nationality_before_a_group_of_companies_owns_nothing(nlp):
    doc = nlp(
        "Performance of the Banking Sector – First Half 2024\n\n"
        "The banking sector comprising 9 Kuwaiti banks achieved growth in their net profit "
        "compared with the same period in 2023. Profits of the first half, after deducting "
        "taxes, scored KD 412.5 million.\n\n"
        "Despite the growth in revenues, Kuwaiti banks continued to apply the policy of "
        "withholding allocations, totalling KD 301.7 million."
    )
    assert [[lk.company for lk in a._.links] for a in doc._.amounts] == [[], []]
