"""Where shares trade is no company of the story, and a ticker's codes are no names
(``pipeline/companies/venues.py``); a name that "surges 8%" is a listed company
(``pipeline/companies/names.py``). Texts written for the tests."""

from __future__ import annotations

import pytest

from pipeline.companies.mentions import Mention
from pipeline.companies.venues import in_ticker, is_venue
from tests.link.owned import links_of


def test_an_exchange_after_on_or_at_is_a_venue(nlp):
    doc = nlp("Its shares closed at 4.10 on the Accra Stock Exchange, up 8% on BSE.")
    spans = {"Accra Stock Exchange": None, "BSE": None}
    for name in spans:
        start = next(t.i for t in doc if doc[t.i : t.i + len(name.split())].text == name)
        spans[name] = Mention(start, start + len(name.split()), name, "ORG")
    assert all(is_venue(doc, m) for m in spans.values())
    acting = nlp("The London Stock Exchange rejected the bid.")
    assert not is_venue(acting, Mention(1, 4, "London Stock Exchange", "ORG"))


def test_the_codes_inside_a_ticker_are_no_names(nlp):
    doc = nlp("Kestrel Bhd (KL:KESTREL) posted a profit.")
    code = next(t.i for t in doc if t.text == "KESTREL")
    assert in_ticker(doc, Mention(code, code + 1, "KESTREL", "ORG"))
    assert not in_ticker(doc, Mention(0, 2, "Kestrel Bhd", "ORG"))


def test_the_story_is_about_the_company_not_the_exchange(nlp):
    text = (
        "Orbis Pumps surges 8% on strong Q3 results\n\n"
        "The stock hit a new high of Rs 576, up 8% on BSE, after the company reported a "
        "net profit of Rs 167 million for the quarter.\n"
    )
    doc = nlp(text)
    owners = {s.text: [lk.company for lk in s._.links] for s in doc._.amounts}
    assert owners["Rs 167 million"] == ["Orbis Pumps"]


def test_an_exchange_tag_in_square_brackets_is_no_name(nlp):
    doc = nlp("KESTREL CO.,LTD. <6999> [TSE Std] announced its results after the close.")
    tag = next(t.i for t in doc if t.text == "TSE")
    assert in_ticker(doc, Mention(tag, tag + 2, "TSE Std", "ORG"))
    assert not in_ticker(doc, Mention(0, 1, "KESTREL", "ORG"))


AGGREGATES = [  # a market's listed companies together: the exchange owns none of it
    (  # list.ify.me, 2012-10-21
        "Listed Firms' Profits Rise 26.4%\n\nThe combined first semester earnings of firms "
        "listed with the Philippine Stock Exchange grew by 26.4 percent to P271.02 billion "
        "from P214.40 billion in the same period last year.",
        "P271.02 billion",
        "Philippine Stock Exchange",
    ),
    (  # arabnews.com, 2023 (web AM), the headline
        "Amman Stock Exchange listed companies' profits rise 85 percent in 2022\n\nCompanies "
        "listed on the Amman Stock Exchange saw profits after tax reach 2.4 billion "
        "Jordanian dinars.",
        "2.4 billion Jordanian dinars",
        "Amman Stock Exchange",
    ),
    (  # Mexico Business News, 2025 (web AJ): the exchange's short name in brackets
        "Record Net Profit Reported by Monterrey Firms\n\nThe joint net profit of 14 Monterrey "
        "companies listed on the Mexican Stock Exchange (BMV) amounted to 39,267 million pesos.",
        "39,267 million pesos",
        "BMV",
    ),
    (  # cem.lk (web AM): a headline naming the exchange, the body its listed companies
        "Historic Earnings Milestone for Colombo Stock Exchange\n\nThe 1st quarter earnings "
        "of the listed companies in the Colombo Stock Exchange reached LKR 100 billion.",
        "LKR 100 billion",
        "Colombo Stock Exchange",
    ),
]


@pytest.mark.parametrize(
    ("text", "amount", "exchange"), AGGREGATES, ids=["with", "listed", "acronym", "in"]
)
def test_an_exchange_where_companies_list_owns_none_of_their_money(nlp, text, amount, exchange):
    """ "firms listed with the X", "X listed companies", "the listed companies in the X":
    the exchange is where they trade, in every sentence it does nothing itself."""
    owners = {c for c, _ in links_of(nlp, text, amount)}
    assert exchange not in owners, owners


def test_an_exchange_reporting_its_own_profit_keeps_it(nlp):
    text = (
        "Bourse profit rises\n\nShares of firms listed with the Kestrel Stock Exchange rose. "
        "The Kestrel Stock Exchange said its own profit rose to $30 million."
    )
    assert "Kestrel Stock Exchange" in {c for c, _ in links_of(nlp, text, "$30 million")}


def test_an_exchange_that_acts_somewhere_keeps_its_other_mentions(nlp):
    """A venue in one sentence ("listing on the X") makes no venue of the exchange whose
    board pays its dividend, when the story has it act ("the X reported a profit")."""
    text = (
        "Kestrel Stock Exchange declares dividend\n\nThe Board of Directors of the Kestrel "
        "Stock Exchange have declared a special dividend of $0.50 per share. The Kestrel "
        "Stock Exchange reported a profit of $7 million. Fees for listing on the Kestrel "
        "Stock Exchange were cut."
    )
    assert "Kestrel Stock Exchange" in {c for c, _ in links_of(nlp, text, "$0.50")}
