"""Owners the parse hides: a descriptor capitalized at a sentence start ("Chipmaker
Intel"), a name NER glued into the amount ("earned LVMH 5.1 billion euros"), a subject
the parser hung on the object before ("and carmaker Renault clocked up ..."), and the
company an earning verb's money went to ("earned Disney $300m", "brought in $2bn for X").
Sentences are written for these tests, each with other companies and figures."""

from __future__ import annotations

import pytest
from owned import links_of

BNP = ("The banking arm brought in 4 billion euros for BNP Paribas, selling cosmetics earned "
       "Danone 3 billion euros and carmaker Peugeot clocked up 2.5 billion euros.")
CASES = [
    # a capitalized descriptor opens no unknown name: the known company stands
    ("Brewer Heineken made 3.3 billion euros.", "3.3 billion", "Heineken"),
    ("Rival Oracle reported $10 billion in revenue.", "$10 billion", "Oracle"),
    # a known name NER put at the front of an amount or an ORG: the verb's second object
    ("The streaming boom earned Netflix 9.8 billion dollars in 2023.", "9.8 billion", "Netflix"),
    ("Selling trucks earned Volvo 4.2 billion euros and aircraft engines earned Safran "
     "3.1 billion euros.", "3.1 billion euros", "Safran"),
    # "for X" after an earning verb whose subject is a business, not a company
    ("Rival Oracle trailed as the cloud unit brought in $25 billion for Microsoft.",
     "$25 billion", "Microsoft"),
    (BNP, "4 billion euros", "BNP Paribas"),
    # a finite verb whose parsed subject is an amount: the name right before it
    (BNP, "2.5 billion euros", "Peugeot"),
]


@pytest.mark.parametrize(("text", "amount", "owner"), CASES, ids=[f"{c[2]}-{c[1]}" for c in CASES])
def test_the_owner_the_parse_hides(nlp, text, amount, owner):
    assert [c for c, _ in links_of(nlp, text, amount)] == [owner]


def test_a_buying_verb_keeps_its_target(nlp):
    # "for X" after a buying verb is what was bought, not who earned
    links = links_of(nlp, "Siemens paid $1.2 billion for Alstom.", "$1.2 billion")
    assert ("Alstom", "deal-side") in links


def test_a_person_tagged_name_whose_revenue_it_is_is_a_company(nlp):
    # NER calls "Orbis Offshore's" a person; people have no revenue
    links = links_of(nlp, "Orbis Offshore’s revenue increased by QR99mn in the quarter.", "QR99mn")
    assert [c for c, _ in links] == ["Orbis Offshore"]


def test_a_person_s_salary_stays_no_company_s(nlp):
    assert links_of(nlp, "John Smith's salary rose to £500,000.", "£500,000") == []
