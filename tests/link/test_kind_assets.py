"""pipeline/link/kind_assets.py and the 'balances' words of models/kinds.jsonl (kinds wave
11) on invented sentences: what a company holds ("a bank with assets of N", "N in
assets") and money held in accounts ("balances in tax and loan note accounts", "the
operating cash balance") are ``other`` (FACTS.md: assets outside results); a results
table's assets line, money paid for assets and the balance of a price keep their kinds."""

import pytest
from amount_at import kind_at

CASES = [
    ("Dorset BancGroup said it acquired Farmers Bank, a county bank with assets of 93 mln "
     "dlrs, through an exchange of stock.", "93 mln dlrs", "other"),
    ("Lakeside Corp, which has 212.8 mln dlrs in assets, agreed to be acquired by Hallam "
     "Inc for 40 mln dlrs.", "212.8 mln dlrs", "other"),
    ("After the two purchases Northgate will have total assets of 12.4 billion dlrs.",
     "12.4 billion dlrs", "other"),
    ("Balances in tax and loan note accounts fell to 4.2 billion dlrs from 5.1 billion dlrs "
     "on the same respective days.", "4.2 billion dlrs", "other"),
    ("The Treasury's operating cash balance totaled 9.3 billion dlrs on May 3.",
     "9.3 billion dlrs", "other"),
    # near misses: results tables, deals for assets, the balance of a price
    ("Glenway Bancorp reported first quarter results. Assets 3.4 billion dlrs vs 3.1 billion "
     "dlrs", "3.4 billion dlrs", "financials"),
    ("Acme Corp bought assets of 20 mln dlrs from Bolt Inc.", "20 mln dlrs", "deal"),
    ("Lakeside Corp, which has 212.8 mln dlrs in assets, agreed to be acquired by Hallam "
     "Inc for 40 mln dlrs.", "40 mln dlrs", "deal"),
    ("Acme Corp agreed to buy Bolt Inc and will pay the balance of 20 mln dlrs in cash at "
     "closing.", "20 mln dlrs", "deal"),
    # a balance-sheet line moving in a results story: a line of the results
    ("Harbor Bank said its total assets grew by 5 percent to $41.2 billion in the half.",
     "$41.2 billion", "financials"),
    ("Harbor Bank said customer deposits expanded to $30.5 billion in the half.",
     "$30.5 billion", "financials"),
    ("Harbor Bank said net loans and advances increased to $22.8 billion in the half.",
     "$22.8 billion", "financials"),
    # a country's assets are its reserves, no company's results
    ("PRETORIA, May 2 - South Africa's gold and foreign assets rose to 7.1 billion rand in "
     "April, the central bank said.", "7.1 billion rand", "other"),
]


@pytest.mark.parametrize(("text", "written", "kind"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_kind_assets_held(nlp, text, written, kind):
    assert kind_at(nlp, text, written) == kind
