"""pipeline/link/kind_public.py on real passages from articles outside the gold sets
(BBC business 2004-05, Reuters-21578 reut2-001, 003, 005 and 015, 1987): a budget
deficit is a government's result (financials, no sector), a trade balance and a
country's export earnings trade totals (other); money between banks and a central bank
is other, a loan from a bank that is no central bank stays funding."""

import pytest
from amount_at import amount_at as _amount

from pipeline.link.kind_public import budget_balance

CASES = [
    # (source, passage, amount as written, kind)
    ("bbc/business/294", "As for future policies, both candidates pledged to bring America's "
     "$422bn federal budget deficit under control.", "$422bn", "financials"),
    ("bbc/business/097", "Domestic consumer demand is cooling, and heavy spending by President "
     "Bush has pushed the budget deficit to a record $427bn (£230bn).", "$427bn", "financials"),
    # a bare "the deficit" takes the balance the article wrote out before it
    ("bbc/business/488", "The US budget deficit is set to hit a worse-than-expected $368bn "
     "(£197bn) this year, officials said on Tuesday. The cost of military operations still "
     "needs to be factored in, with analysts saying the deficit could end up a further $100bn "
     "in the red.", "$100bn", "financials"),
    ("bbc/business/041", "Federal Reserve chairman Alan Greenspan has warned that allowing "
     "huge US budget deficits to continue could have severe consequences. Since President "
     "George W Bush came to office the federal budget has swung from a record surplus to a "
     "record deficit of $412bn last year.", "$412bn", "financials"),
    ("reut2-005#5110", "CANADA BUDGET DEFICIT FELL IN DECEMBER\n\nCanada's federal budget "
     "deficit fell to\n2.01 billion dlrs in December from 2.27 billion dlrs a year\nearlier, "
     "the finance department said.", "2.27 billion dlrs", "financials"),
    # trade balances stay trade totals
    ("bbc/business/429", "The trade shortfall was $55.5bn (£29bn), up 9% from September, the "
     "Commerce Department said. That pushed the 10 month deficit to $500.5bn.", "$500.5bn",
     "other"),
    ("bbc/business/441", "According to the Office for National Statistics, the difference "
     "between what the UK exported and imported was £3.1bn. The deficit for goods alone was "
     "£4.6bn, down from October's £5bn.", "£4.6bn", "other"),
    ("bbc/business/441", "The UK's deficit with the EU fell to £1.9bn from £2.1bn, while exports "
     "rose 2%.", "£1.9bn", "other"),
    # central banks and the money market
    ("reut2-005#5277", "LONDON, March 16 - The Bank of England said it provided the\nmoney "
     "market with a further 30 mln stg assistance.", "30 mln stg", "other"),
    ("reut2-005#5836", "TAIPEI, March 17 - Taiwan's central bank issued 12 billion\nTaiwan dlrs "
     "worth of certificates of deposit after issuing six\nbillion yesterday.",
     "12 billion\nTaiwan dlrs", "other"),
    ("reut2-015", "The eight major New York City banks had daily average borrowings of 169 "
     "mln dlrs from the Federal Reserve in the week ended April 8, a Fed spokesman said.",
     "169 mln dlrs", "other"),
    ("reut2-015", "U.S. bank discount window borrowings less extended credits averaged 361 mln "
     "dlrs a day in the week to Wednesday, April 8, the Federal Reserve said.", "361 mln dlrs",
     "other"),
    # what a country earns from its exports is a trade total, a company's earnings results
    ("reut2-001", "According to Gaviria, Colombia can hope to earn about 1,500 mln dlrs this "
     "calendar year from coffee exports, which traditionally account for 55 pct of the "
     "country's total export revenue.", "1,500 mln dlrs", "other"),
    ("reut2-003", "Uganda -- which earns about 400 mln dlrs annually from coffee exports, over "
     "95 pct of its foreign exchange earnings -- had sought to raise its ICO quota to 3.0 mln "
     "from 2.45 mln 60-kilo bags.", "400 mln dlrs", "other"),
    ("reut2-005", "Ina earned more than 154 mln dlrs from exports of goods and services to 39 "
     "countries last year.", "154 mln dlrs", "financials"),
    # a bank whose name only ends like a central bank's lends or manages: funding stands
    ("reut2-005#5843", "LONDON, March 17 - Kobeya Baking Co Ltd is planning a\nprivate placement "
     "of 10 mln Swiss franc notes paying 4-5/8 pct\nand priced at 100-1/8 pct, lead manager The "
     "Long Term Credit\nBank of Japan (Schweiz) AG said.", "10 mln Swiss franc", "funding"),
    ("reut2-005#5860", "Finance Secretary Jaime Ongpin has said approval of the\nloan will "
     "trigger another 300 mln dlr loan expected from the\nExport-Import Bank of Japan.",
     "300 mln dlr", "funding"),
]


@pytest.mark.parametrize(("source", "text", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_kind_of_public_money(nlp, source, text, written, kind):
    assert _amount(nlp, text, written)._.kind_rule == kind


@pytest.mark.parametrize(("case", "budget"), [(0, True), (2, True), (5, False), (6, False)])
def test_budget_balance_keeps_the_article_sector_off(nlp, case, budget):
    """FACTS.md Sector 4: a government's budget has no sector, so the linker does not give
    a budget deficit the article's industry (pipeline/link/linker.py asks
    ``budget_balance``); a trade balance is no budget."""
    _, text, written, _ = CASES[case]
    span = _amount(nlp, text, written)
    assert budget_balance(span) is budget
    assert not span._.links
