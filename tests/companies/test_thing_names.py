"""Names the article itself shows are companies or people, whatever NER said
(``pipeline/companies/thing_names.py``, ``stopword_names.py``, ``names.py``
``_titled_person``). Texts are written for these tests; none is from a gold article."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.companies.mentions import CompanyData, find_mentions
from pipeline.link.context import DocContext
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data():
    return CompanyData.from_dir(MODELS_DIR)


def names(nlp, data, text: str) -> set[str]:
    return {m.name for m in find_mentions(nlp(text), data)}


def context_names(nlp, text: str) -> set[str]:
    doc: Doc = nlp(text)
    lk = nlp.get_pipe("newsfacts_linker")
    ctx = DocContext(doc, lk.companies, sector_hits=[], cue_verbs=lk._cue_verbs,
                     cue_nouns=lk._cue_nouns)  # fmt: skip
    return {m.name for m in ctx.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karen Millen hires\n\nKaren Millen has hired a new head for its Asian stores. Karen "
         "Millen, which opened its first shop in 1981, said its sales rose to £120m.",
         "Karen Millen"),
        ("Fashion chain in talks\n\nJane Norman, which has 90 stores, said sales fell to £85m "
         "last year. Jane Norman is looking for a buyer for its shops.", "Jane Norman"),
    ],
    ids=["its-and-which", "which"],
)
def test_a_person_named_firm_spoken_of_as_a_thing_is_a_company(nlp, data, text, name):
    """NER calls these firms people; "which" and "its" are no person's words."""
    assert name in names(nlp, data, text)


@pytest.mark.parametrize(
    "text",
    [
        # "its" belongs to another verb's doer (Reuters reut2-001 #1889 reads the same way)
        "Coffee slump\n\nMinister Denis Kanon estimated at 1.7 billion dlrs the loss in "
        "revenues earned by the country from all its exports.",
        # a person's title in apposition: "its" is the product's
        "Coffee debut\n\nPaul Gallant, president of the coffee unit, described its appeal "
        "as a status thing.",
    ],
    ids=["its-of-another-verb", "titled-person"],
)
def test_people_stay_people(nlp, data, text):
    found = names(nlp, data, text)
    assert not {"Denis Kanon", "Paul Gallant"} & found, found


def test_a_quoted_analyst_is_no_company(nlp):
    """ "said Jane Roe, an analyst at X" with "it's" in the quote: a person, not a
    company that speaks of itself as "it"."""
    text = (
        "Retail gloom\n\nTesco said the figures were poor. \"It's a good result,\" said Jane "
        "Roe, an analyst at Brightwater Securities."
    )
    assert "Jane Roe" not in context_names(nlp, text)


def test_a_function_word_name_written_inside_sentences_is_a_name(nlp, data):
    """A retailer spelled like "next": capitalized and tagged ORG inside its sentences."""
    text = (
        "Shops open\n\nNext opened 20 stores in the spring. Customers at the new Next "
        "stores spent more, and Next plans 30 more by 2006."
    )
    assert "Next" in names(nlp, data, text)


def test_a_function_word_at_sentence_starts_stays_a_word(nlp, data):
    text = "Outlook\n\nNext year, sales will rise. The firm said next month it would hire."
    assert not {"Next", "Next year"} & names(nlp, data, text)
