"""pipeline/link/kind_issued.py and the "paid N for X" reading of kind_trade.py, on
sentences from Reuters-21578 files in no gold set (reut2-011, -015, -018;
corpus/gold/dev/*.jsonl "doc" keys checked): debt its borrower sells is money raised
(FACTS.md Kind funding), and money paid for a company, unit or shares is a deal, also
when the parser hangs "for" on the amount."""

import pytest
from amount_at import kind_at

ISSUED = [
    # (source, sentence, amount as written, kind)
    ("reut2-011#11483", "Gull Inc said it sold 20 mln dlrs of senior notes due March 31, "
     "1999, to two institutional investors through Oppenheimer and Co.", "20 mln", "funding"),
    ("reut2-011#11704", "The U.S. Treasury said it will sell 13.2 billion dlrs of three and "
     "six-month bills at its regular auction next week.", "13.2 billion", "funding"),
    ("reut2-011#11703", "The U.S. Treasury said it will auction 17 billion dlrs of 9-day and "
     "20-day cash management bills on April 2.", "17 billion", "funding"),
    ("reut2-011#11033", "Society for Savings said it will offer up to 100 mln dlrs of "
     "medium-term notes with maturites of one to five years through Goldman, Sachs and Co "
     "and Shearson Lehman Brothers Inc.", "100 mln", "funding"),
    ("reut2-015#15155", "Emerson Radio Corp said it has sold 10 mln dlrs of eight pct senior "
     "notes due March 1992 to a major institutional investor it did not name.", "10 mln",
     "funding"),
    # debt given for shares pays a price; a bank's loans put on non-accrual are held debt;
    # holders that sell raise nothing
    ("reut2-011#11763", "Following the tender offer, Emery said it would offer 40 dlrs of "
     "junior subordinated debentures for each remaining Purolator share outstanding.",
     "40 dlrs", "deal"),
    ("reut2-015#15324", "The bank said it would place 54.2 mln dlrs of medium- and long-term "
     "Brazilian debt on non-accrual or cash status.", "54.2 mln", "other"),
    ("constructed", "Japanese investors sold 2 billion dlrs of U.S. Treasury bonds last "
     "month.", "2 billion", "other"),
]

PAID_FOR = [
    ("reut2-018#18339", "Phelps Dodge, the largest U.S. copper producer, last year paid 240 "
     "mln dlrs for Columbian Chemicals Co which makes carbon black used in rubber and "
     "tires.", "240 mln", "deal"),
    ("reut2-015#15674", "National Distillers paid 570 mln dlrs cash for Enron and assumed 34 "
     "mln dlrs in debt.", "570 mln", "deal"),
    ("reut2-015#15810", "UAL pilots said they would be willing to pay 4.5 billion dlrs, which "
     "includes debt, for the company's United Airlines unit.", "4.5 billion", "deal"),
    # paying for a service or goods stays other
    ("reut2-015#15705", "Medicare/Medicaid and other insurance programs have approved the "
     "test and are paying up to 500 dlrs for the diagnostic procedures, it said.", "500 dlrs",
     "other"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), ISSUED,
                         ids=[f"{c[0]}:{c[2]}" for c in ISSUED])  # fmt: skip
def test_debt_its_borrower_sells_is_funding(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), PAID_FOR,
                         ids=[f"{c[0]}:{c[2]}" for c in PAID_FOR])  # fmt: skip
def test_money_paid_for_a_company_is_a_deal(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
