"""A range quoted against another currency is an exchange rate, not money
(FACTS.md: "An exchange rate is not a fact"); a range of prices stays money."""

from __future__ import annotations

import pytest

from pipeline.money.parse import parse_money

RATES = [
    # Reuters-21578 NEWID 15441
    "another Italian banker said he expects the dollar to trade between 1.77 and 1.87 German"
    " marks in the next three months.",
    "The dollar traded between 1.77 and 1.87 marks last week.",
    "The pound was quoted between 1.50 and 1.52 dollars.",
]
PRICES = [
    ("Shares are priced between 1.77 and 1.87 marks.", "between 1.77 and 1.87 marks"),
    ("Shares traded between 5 and 6 dollars.", "between 5 and 6 dollars"),
    ("The shares were priced at 1,050-1,125 rupees each.", "1,050-1,125 rupees"),
]


@pytest.mark.parametrize("text", RATES, ids=RATES)
def test_rate_range_is_no_money(nlp, text: str) -> None:
    assert [s.text for s in nlp(text)._.amounts] == []
    assert parse_money(text) is None


@pytest.mark.parametrize(("text", "span"), PRICES, ids=[p[0] for p in PRICES])
def test_rate_range_prices_stay(nlp, text: str, span: str) -> None:
    got = [(s.text, s._.money.qualifier) for s in nlp(text)._.amounts]
    assert got == [(span, "range")]
