"""Trades a company's name or description says (models/link/industry_words.jsonl): a
cement maker is manufacturing, an engineering or construction firm infrastructure, and
"X is delivering engineering services" says X's trade as "X, which delivers ..." does.
Names and sentences written for the tests (Reuters-21578 has "Kaiser Cement", "Siam
Cement" and "Southern Cement Ltd" as such names)."""

from __future__ import annotations

import pytest

CASES = [
    ("Ridgeway Cement Co said net profit rose to 85 million pounds.", "manufacturing"),
    ("Engineering group Marlowe Keller reported a pre-tax profit of £50m, the company "
     "said.", "infrastructure"),
    ("Profits rose at a contractor on the £900m hospital project. Consulting firm Dunmore "
     "Lane is delivering engineering services for the project. Its revenue rose to £70m.",
     "infrastructure"),
]


@pytest.mark.parametrize(("text", "sector"), CASES, ids=["cement", "engineering", "delivers"])
def test_the_trade_the_article_gives_its_company(nlp, text, sector):
    doc = nlp(text)
    last = doc._.amounts[-1]
    assert last._.links and last._.sector == sector


def test_a_more_specific_word_beside_engineering_decides_no_trade(nlp):
    doc = nlp("Energy engineering firm Thornbury Works reported revenue of £20m.")
    assert doc._.amounts[0]._.sector != "infrastructure"
