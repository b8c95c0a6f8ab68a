"""Owners of this session's web and politics shapes (sentences written for the tests):
money a person or party gets "from" a company (pipeline/link/rules/paid_from.py), each
company of a list with its own relative clause, and "Kingdom" in a company's name."""

from __future__ import annotations

import pytest


def _owners(nlp, text: str) -> list[list[str]]:
    return [[lk.company for lk in s._.links] for s in nlp(text)._.amounts]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The party took 12 donations totalling £84,500 from Ashdown Property Services Ltd in May.",
         [["Ashdown Property Services Ltd"]]),
        ("The charity received $2 million from Google last year.", [["Google"]]),
        ("The singer earned $3 million in royalties from Sony Music.", [["Sony Music"]]),
        # a company that gets money from others keeps it
        ("Acme Robotics raised $60 million from investors.", [["Acme Robotics"]]),
    ],
)
def test_money_got_from_a_company_is_that_companys(nlp, text, owners):
    assert _owners(nlp, text) == owners


def test_each_company_with_its_own_clause_keeps_its_own_amount(nlp):
    text = (
        "Backers favoured Zetafin Inc, which raised $12 million in a Series A, and the logistics "
        "start-up Cargolo Ltd, which secured $8 million."
    )
    assert _owners(nlp, text) == [["Zetafin Inc"], ["Cargolo Ltd"]]


def test_kingdom_in_a_companys_name_is_no_state(nlp):
    assert _owners(nlp, "Kingdom Holding Co said it would invest $1 billion in hotels.") == [
        ["Kingdom Holding Co"]
    ]
    assert _owners(nlp, "The Kingdom of Bahrain will spend $2 billion on roads.") == [[]]
