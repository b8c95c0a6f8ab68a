"""A one-word name NER calls a person, never written as a person's name in the article,
may be a company where the grammar wants one (``pipeline/companies/lone_names.py``).
The Euronext sentence is from BBC business (2005); the others were written for this
test."""

from __future__ import annotations

import pytest

from pipeline.companies.lone_names import lone_person_word
from pipeline.companies.mentions import CompanyData
from pipeline.resources import MODELS_DIR
from tests.link.owned import links_of

EURONEXT = (
    "Deutsche Boerse previously offered £1.3bn, which was rejected by the LSE, while "
    "Euronext is rumoured to have facilities in place to fund a £1.4bn cash bid."
)


@pytest.fixture(scope="module")
def titles() -> frozenset[str]:
    return CompanyData.from_dir(MODELS_DIR).titles


def _word(nlp, text: str, word: str, nth: int = 0):
    return [t for t in nlp(text) if t.text == word][nth]


def test_a_lone_person_word_never_written_as_a_person(nlp, titles) -> None:
    tok = _word(nlp, EURONEXT, "Euronext")
    if tok.ent_type_ != "PERSON":
        pytest.skip("the model does not tag Euronext a person here")
    assert lone_person_word(tok, titles)


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("Elon Musk made an offer on Monday. Musk said he would pay $44 billion.", "Musk", 1),
        ("Mr Smith said on Monday that Smith would pay $2m.", "Smith", 1),
    ],
)
def test_a_person_written_so_elsewhere_stays_one(nlp, titles, text, word, nth) -> None:
    assert not lone_person_word(_word(nlp, text, word, nth), titles)


def test_the_bidder_owns_its_bid(nlp) -> None:
    assert ("Euronext", "subject-of-verb") in links_of(nlp, EURONEXT, "£1.4bn")
