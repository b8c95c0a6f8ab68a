"""A PERSON name closing with a country's is a company's unit there ("MTN Ghana"):
``pipeline/companies/country_units.py``. Spans built by hand, so the test does not hang
on what the model tags; names written for the test."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.companies.country_units import country_tail, country_unit

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
