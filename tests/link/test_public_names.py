"""A sector word inside a public body's name names no industry (pipeline/link/public_names.py),
proved on Reuters-21578 sentences outside every gold set (the record is named beside
each; the rule was written for a Bank of Japan story of reut2-009 and a World Bank
story of Wikinews)."""

from __future__ import annotations

import pytest

from pipeline.link.public_names import public_name
from pipeline.link.sectors import SectorHit


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # reut2-020 #20853
        (
            "TOKYO, Oct 20 - The Bank of Japan bought around 50 billion yen of 10-year "
            "government bonds in an operation seen aimed at allaying fears of a collapse in "
            "the market, bond traders said.",
            "around 50 billion yen",
        ),
        # reut2-014 #14813
        (
            "TOKYO, April 8 - The Bank of Japan sold a total of 800 billion yen worth of "
            "financial bills from its holdings to help absorb a projected money market "
            "surplus.",
            "800 billion yen",
        ),
    ],
)
def test_central_bank_money_takes_no_sector(nlp, text, amount):
    span = next(s for s in nlp(text)._.amounts if s.text == amount)
    assert not span._.links and span._.sector == ""


def test_a_bank_that_is_a_company_still_counts(nlp):
    doc = nlp("The Bank of Japan bought dollars from Sanwa Bank, a commercial bank.")
    banks = [t.i for t in doc if t.lower_ == "bank"]
    hits = [SectorHit("financials", i, i + 1, doc[i].text, 0, 0) for i in banks]
    assert [public_name(doc, h) for h in hits] == [True, False, False]
