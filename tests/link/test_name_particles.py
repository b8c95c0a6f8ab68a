"""Name bounds from web news (``pipeline/companies/bounds.py``): a name runs on over a
particle ("Banco do Brasil"), a description glued before a name gives way ("Challenger
bank Starling Bank"), a code in brackets is a ticker ("(BBAS3)"), and a results line is no
company ("EBITDAR"). Texts written for the tests."""

from __future__ import annotations

import pytest
from owned import links_of


@pytest.mark.parametrize(("text", "amount", "owner"), [
    ("Banco do Nordeste recorded net income of R$ 1.8 billion in the quarter.",
     "R$ 1.8 billion", "Banco do Nordeste"),
    ("Caixa Geral de Depositos posted a profit of 843 million euros.", "843 million euros",
     "Caixa Geral de Depositos"),
    ("Challenger lender Kestrel Bank has raised £40 million in a Series B round.", "£40 million",
     "Kestrel Bank"),
    ("Bank of Ireland earned 1.2 billion euros last year.", "1.2 billion euros",
     "Bank of Ireland"),
])  # fmt: skip
def test_name_bounds(nlp, text, amount, owner):
    assert [c for c, _ in links_of(nlp, text, amount)] == [owner]


def test_a_code_in_brackets_is_a_ticker_not_the_owner(nlp):
    text = (
        "Banco do Nordeste (BNBR3) profits BRL 1.8 billion in the quarter\n\n"
        "Banco do Nordeste (BNBR3) recorded net income of R$ 1.8 billion in the quarter."
    )
    doc = nlp(text)
    assert {lk.company for s in doc._.amounts for lk in s._.links} == {"Banco do Nordeste"}


def test_a_results_line_is_no_company(nlp):
    text = "Airline results\n\nEBITDAR was down 7.8 percent to $4.48 billion."
    assert links_of(nlp, text, "$4.48 billion") == []


def test_a_headline_name_ends_before_its_shares(nlp):
    text = (
        "Orchard Shares Rise After Beating Estimates\n\n"
        "Orchard shares rose after the company said it earned $1.42 per share."
    )
    assert [c for c, _ in links_of(nlp, text, "$1.42")] == ["Orchard"]
