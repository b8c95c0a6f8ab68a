"""One unit with no figure (pipeline/money/lone.py): money where the words before
it say so, nothing elsewhere. Sentences written in the style of news copy."""

from __future__ import annotations

from decimal import Decimal

import pytest

MONEY = [
    ("The sandwich costs a pound at the station.", "a pound", "1", "GBP"),
    ("A coffee costs a dollar in Manila.", "a dollar", "1", "USD"),
    ("Investors paid a dollar a share for the stock.", "a dollar", "1", "USD"),
    ("Many live on less than a dollar a day.", "less than a dollar", "1", "USD"),
    ("It was sold for a pound to the management.", "a pound", "1", "GBP"),
    ("The ticket costs a euro more than last year.", "a euro", "1", "EUR"),
    ("It will invest million euros in the unit.", "million euros", "1000000", "EUR"),
    ("The government pledged billion dollars for roads.", "billion dollars", "1000000000", "USD"),
    # a price by weight is a price, not an exchange rate
    ("Beef costs $5 a pound in Texas.", "$5", "5", "USD"),
    ("Apples sold at $3 a pound.", "$3", "3", "USD"),
    # real news (BBC tech/380.txt, 2005)
    (
        '"Why build your own grid when you can use ours for a buck an hour?" he asked.',
        "a buck",
        "1",
        "USD",
    ),
]

NOT_MONEY = [
    "Exporters suffered from a stronger dollar last year.",
    "He found a dollar bill on the floor.",
    "It weighs less than a pound.",
    "Tens of billion dollars were lost in the crash.",
    "It was a multi-million dollar deal.",
    "That is the million dollar question.",
    "The yen fell against a dollar that kept rising.",
    "Coffee costs a pound of sugar.",
    "Several million dollars were spent.",
    "Hundreds of million dollars were wasted, the report said.",
    "The film Million Dollar Baby won.",
    # real news (BBC sport/068.txt, 2005): a bet, not an Irish pound
    'He said: "It\'s worth a punt, isn\'t it?"',
    # real news (BBC politics/344.txt, 2005): a tax rate in pence, not an amount
    "it would still have enough left over for a tax cut equivalent to about a penny off the"
    " basic rate of income tax.",
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), MONEY, ids=[m[0] for m in MONEY])
def test_lone_unit_money(both, text: str, span: str, amount: str, currency: str) -> None:
    assert both(text) == [(span, Decimal(amount), currency)]


@pytest.mark.parametrize("text", NOT_MONEY, ids=NOT_MONEY)
def test_lone_unit_not_money(both, text: str) -> None:
    assert both(text) == []


def test_lone_unit_in_a_longer_article(both) -> None:
    """A real sentence (BBC tech/380.txt, 2005) among the article's other amounts."""
    text = (
        "Sun Microsystems will rent out computing power at $1 per processor per hour.\n\n"
        "The company said storage would cost $1 per gigabyte per month. "
        '"Why build your own grid when you can use ours for a buck an hour?" he asked.'
    )
    assert [a for a in both(text) if a[0] == "a buck"] == [("a buck", Decimal(1), "USD")]
