"""A company-internal noun a market word qualifies is the market's total, not the
company in focus's ("Market capitalisation ... fell to", "discount window borrowings
... averaged"): FACTS.md, markets are not owners (pipeline/link/rules/fallback.py
``_is_owned``, words ``market_modifiers`` in models/link/owner_words.jsonl). Sentences
from reut2-009 #9899 and reut2-008 #8618 (in no gold set) and written for the test,
each after a company's sentence: that company would otherwise be in focus.
"""

from __future__ import annotations

import pytest
from owned import links_of

COMPANY = "PARIS, March 26 - Paribas said its net profit rose 12 pct in 1986.\n    "


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            COMPANY + "Total market capitalisation stood at 3,200 billion francs at "
            "end-1986, compared with 400 billion 10 years earlier, he said.\n",
            "3,200 billion",
        ),
        (
            COMPANY + "Discount window borrowings in the week to Wednesday were 935 mln "
            "dlrs a day, the Federal Reserve said.\n",
            "935 mln",
        ),
        (  # reut2-020 is a gold set's file: the same sentence shape, written for the test
            COMPANY + "Market capitalisation on the Paris bourse fell to 3,100 billion "
            "francs on Tuesday.\n",
            "3,100 billion",
        ),
        (  # a country's industry: its total, whatever company the story is about
            COMPANY + "Investment in French fintech rose by 18 pct in 1986 to 3.3 billion "
            "francs, according to the ministry.\n",
            "3.3 billion",
        ),
    ],
)
def test_a_market_total_goes_to_no_company_in_focus(nlp, text, amount):
    assert links_of(nlp, text, amount) == []


def test_a_company_s_own_market_capitalisation_stays_its_own(nlp):
    text = (
        "LONDON, March 19 - Williams Holdings began expanding from 1982 when it had a "
        "market capitalisation of around one mln stg.\n"
    )
    assert "Williams Holdings" in [company for company, _ in links_of(nlp, text, "one mln")]


def test_market_sources_leave_the_company_its_value(nlp):
    """reut2-015 #15417 (in no gold set): the sources are a market's, the value CCF's."""
    text = (
        "CCF REPORTS 34.8 PCT PROFIT BOOST, SHARE SPLIT SEEN\n\nPARIS, April 9 - Credit "
        "Commercial de France <CCFP.PA>\nreported a parent company net profit up 34.8 pct "
        "to 140.1 mln\nfrancs from 103.9 mln francs.\n    Market sources put the total "
        "value of CCF's privatisation\nat between four and five billion francs.\n"
    )
    assert links_of(nlp, text, "four and five")


def test_shares_in_a_company_the_story_calls_by_its_country_stay_its_own(nlp):
    """ "in the fifth biggest US carrier" refers to the story's company (a determiner)."""
    text = (
        "Delta Air Lines cuts fares\n\nDelta Air Lines will cut fares by up to 50%. "
        "Shares in the third biggest US carrier had fallen 6.87% on the news to $10.44.\n"
    )
    assert [c for c, _ in links_of(nlp, text, "$10.44")] == ["Delta Air Lines"]


@pytest.mark.parametrize(
    "text",
    [  # BBC business 2005 (two articles on the bids for the LSE): the stocks' value, no owner
        "The LSE, Europe's biggest stock market, is a key prize, listing stocks with a total"
        " capitalisation of £1.4 trillion.",
        "Experts now widely expect a bidding war for Europe's biggest stock market, which lists"
        " stocks with a total capitalisation of £1.4 trillion, to break out.",
    ],
)
def test_what_an_exchange_lists_is_no_owners(nlp, text):
    doc = nlp(text)
    (span,) = doc._.amounts
    assert span._.links == [] and span._.kind != "valuation"
