"""A figure written out in full before a scale word that cannot mean it
(``pipeline/money/scale_noise.py``): "a 1,035,767 mln dlr contract" is 1,035,767 dollars.
Texts written for these tests in the form of 1987 wire copy and of today's results."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.facts import doc_facts
from pipeline.money.scale_noise import without_scale
from pipeline.types import Article, Money


def test_a_trillion_written_to_the_unit_is_the_number_written() -> None:
    money = Money(Decimal("1035767000000"), "USD")
    fixed = without_scale("1,035,767 mln dlr", money, Decimal("1035767000000"))
    assert fixed == Money(Decimal("1035767"), "USD")


@pytest.mark.parametrize(
    ("text", "amount", "usd"),
    [
        ("1,234,567 million won", "1234567000000", "950000000"),  # a billion dollars: stands
        ("1,035.8 mln dlrs", "1035800000", "1035800000"),  # written in millions: stands
        ("1.04 trillion dlrs", "1040000000000", "1040000000000"),  # no figure written out
    ],
)
def test_other_readings_stand(text: str, amount: str, usd: str) -> None:
    assert without_scale(text, Money(Decimal(amount), "USD"), Decimal(usd)) is None


def test_a_range_is_read_the_same_way() -> None:
    money = Money(Decimal("1200000000000"), "USD", "range", Decimal("1500000000000"))
    fixed = without_scale("1,200,000-1,500,000 mln dlrs", money, Decimal("1.2e12"))
    assert fixed is not None and (fixed.amount, fixed.amount_max) == (1200000, 1500000)


def test_the_stored_fact_is_the_figure_written(nlp) -> None:
    text = (
        "HARBOUR SYSTEMS GETS AIR FORCE CONTRACT\n\nDAYTON, Ohio, March 4 - Harbour Systems "
        "Inc said it was awarded a\n2,145,310 mln dlr contract by the U.S. Air Force.\n"
    )
    facts = doc_facts(nlp(text), Article(source="wire.txt", record="", text=text))
    assert [(f.money.amount, f.amount_usd, f.company) for f in facts] == [
        (Decimal("2145310"), Decimal("2145310"), "Harbour Systems Inc")
    ]
