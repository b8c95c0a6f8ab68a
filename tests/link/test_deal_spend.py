"""Money spent on buying belongs to what is bought too (FACTS.md "One fact": a deal's
two sides; ``pipeline/link/rules/deal_spend.py``). Sentences from BBC business 112.txt
and reut2-018 #18317 (in no gold set), and one written in the shape of the gold
sentence that showed the pattern, with other companies.
"""

from __future__ import annotations

from owned import links_of


def companies(nlp, text: str, amount: str) -> list[str]:
    return [company for company, _rule in links_of(nlp, text, amount)]


def test_spent_on_buying_out_shareholders_in_a_company(nlp):
    text = (
        "France Telecom profits jump\n\nFrance Telecom has reported a 5.5% rise in "
        "profits. France Telecom is to spend 578m euros on buying out minority "
        "shareholders in data services provider Equant.\n"
    )
    assert companies(nlp, text, "578m") == ["France Telecom", "Equant"]


def test_spent_on_buying_a_stake_in_a_company(nlp):
    text = (
        "Carlsberg eyes rival\n\nCarlsberg spent $310m on buying a 12% stake in "
        "Heineken from a family trust last year.\n"
    )
    assert companies(nlp, text, "$310m") == ["Carlsberg", "Heineken"]


def test_spending_on_buying_no_named_company_adds_no_side(nlp):
    text = (
        "PHELPS DODGE SEES DIVERSIFICATION\n\nNEW YORK, June 1 - Phelps Dodge Corp "
        "said it plans to diversify.\n    Phelps Dodge could spend between 250 mln and "
        "500 mln dlrs to buy another non-copper company, Durham said.\n"
    )
    assert companies(nlp, text, "500 mln") == ["Phelps Dodge Corp"]  # one name: the fullest
