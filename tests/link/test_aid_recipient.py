"""Money a government or no one named puts into a company belongs to that company, the
payee (FACTS.md "company"; pipeline/link/rules/recipient.py ``aid_recipient``): "inject
... into X", "to bail out X", "a loan to X", "an award to X", "guarantees for X"; it is
funding the company receives. A place or "the banking system" receives nothing a company
owns. A penalty "on X" after its amount is X's to pay (pipeline/link/rules/penalties.py).
The first sentence is Reuters reut2-014 #14937 (an article of the first dev set, not read
for this rule); the others are invented."""

import pytest

CASES = [
    ("The U.K. Government will inject 283 mln stg gross into Rolls Royce Plc when the company "
     "is floated at the end of this month, the pathfinder prospectus said.", "283 mln stg",
     "Rolls Royce Plc"),
    ("Ministers pledged £500m to bail out Harbour Rail.", "£500m", "Harbour Rail"),
    ("The state approved a $900 million loan to Skylark Airways.", "$900 million",
     "Skylark Airways"),
    ("The agency made a $35 million award to Norvane Semiconductor.", "$35 million",
     "Norvane Semiconductor"),
    ("The government agreed to provide the bulk of 20 billion euros in credit guarantees for "
     "Ostwald Kredit AG.", "20 billion euros", "Ostwald Kredit AG"),
]


@pytest.mark.parametrize(("sentence", "written", "company"), CASES, ids=[c[1] for c in CASES])
def test_the_company_aided_is_the_payee(nlp, sentence, written, company):
    doc = nlp(sentence)
    (span,) = [s for s in doc._.amounts if s.text == written]
    assert [(lk.company, lk.role) for lk in span._.links] == [(company, "payee")]
    assert span._.kind == "funding"  # FACTS.md Kind: grants and aid received are funding


@pytest.mark.parametrize("sentence", [
    "The central bank will inject 5 billion euros into the banking system.",
    "The IMF will inject $5bn into Greece.",
])  # fmt: skip
def test_a_market_or_a_country_aided_is_no_company(nlp, sentence):
    (span,) = nlp(sentence)._.amounts
    assert span._.links == []


def test_a_penalty_put_on_a_bank_after_the_amount_is_the_bank_s(nlp):
    doc = nlp("Regulator fines lenders\n\nKestrel Bank and Harbour Bank were fined on Monday. "
              "The regulator imposed a penalty of Rs 40 lakh on Harbour Bank.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] == ["Harbour Bank"]
