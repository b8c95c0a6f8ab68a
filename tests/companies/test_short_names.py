"""Names of plain words: "Jet Airlines" inside a running sentence is a name, and so is
its short form "Jet" where a plain word would not be capitalized
(``pipeline/companies/bounds.py`` ``titled_mid_sentence``,
``pipeline/companies/aliases.py``). Texts written for these tests."""

from __future__ import annotations

import pytest
from link.owned import links_of

from pipeline.companies.mentions import CompanyData, find_mentions
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data():
    return CompanyData.from_dir(MODELS_DIR)


def names(nlp, data, text: str) -> set[str]:
    return {m.name for m in find_mentions(nlp(text), data)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skyline Airways has decided to enter an alliance with Jet Airlines.", "Jet Airlines"),
        ("The bank lent money to Harbour Foods and to Kestrel Mining last year.", "Harbour Foods"),
    ],
)
def test_titled_plain_words_inside_a_sentence_are_a_name(nlp, data, text, name):
    assert name in names(nlp, data, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a headline in title case writes plain words large
        ("Summit Foods Plans To Build Harbour Freight Depot\n\nThe plan was approved.",
         "Build Harbour Freight Depot"),
        # a body's own programme, not a company
        ("The state will pay A$40 million from its Clean Air Programme.", "Clean Air Programme"),
    ],
)
def test_titled_plain_words_that_stay_out(nlp, data, text, name):
    assert name not in names(nlp, data, text)


SHORT = (
    "Airlines cut flights\n\nSkyline Airways has agreed an alliance with Jet Airlines. "
    "Both carriers buy jet fuel on credit, and Jet owes Rs850 crore to oil companies. "
    "Analysts said the jet fuel bill was rising."
)


def test_short_form_capitalized_mid_sentence_is_the_company(nlp):
    assert [c for c, _ in links_of(nlp, SHORT, "Rs850 crore")] == ["Jet Airlines"]


def test_short_form_at_a_sentence_start_is_no_name(nlp):
    text = (
        "Fuel costs rise\n\nSkyline Airways has agreed an alliance with Jet Airlines. "
        "Jet fuel now costs Rs850 crore a month for the industry, analysts said."
    )
    assert "Jet Airlines" not in [c for c, _ in links_of(nlp, text, "Rs850 crore")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KUALA LUMPUR: Varia Bhd said it had secured a RM410mn contract.", "Varia Bhd"),
        ("JAKARTA: PT Semen Nusantara Tbk said its profit rose.", "PT Semen Nusantara Tbk"),
    ],
)
def test_legal_forms_of_other_countries_close_a_name(nlp, data, text, name):
    from pipeline.companies.names import suffix_mentions

    doc = nlp(text)
    assert name in {m.name for m in suffix_mentions(doc, data, set())}


@pytest.mark.parametrize("period", ["H2", "1H", "FY24", "1QFY2025", "Q3"])
def test_a_reporting_period_is_no_company(data, period):
    assert not data.is_company_name(period)


def test_a_function_word_tagged_twice_and_once_inside_a_sentence_is_a_name(nlp):
    text = (
        "Retail results: Next shares slump\n\nShares in Next have fallen despite the "
        "retailer reporting a rise in profit to £515 million for the half year."
    )
    assert [c for c, _ in links_of(nlp, text, "£515 million")] == ["Next"]


@pytest.mark.parametrize(
    "name", ["M-1-A", "M-2", "M3", "CANADA BUDGET DEFICIT", "Japan Trade Surplus"]
)
def test_money_supply_measures_and_public_balances_are_no_company(data, name):
    assert not data.is_company_name(name)
