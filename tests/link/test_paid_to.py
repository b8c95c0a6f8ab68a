"""The company a payment goes to is a side of it (``pipeline/link/rules/paid_to.py``):
FACTS.md, the amount belongs to the one that receives it too. Texts written for the
tests."""

from __future__ import annotations

import pytest
from owned import links_of


def owners(nlp, text: str, amount: str) -> dict[str, str]:
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if amount in s.text]
    return {lk.company: lk.role for lk in span._.links}


def test_the_dative_of_pay_is_the_payee(nlp):
    got = owners(nlp, "Microsoft agreed to pay Sun Microsystems $1.6bn to settle the dispute.",
                 "$1.6bn")  # fmt: skip
    assert got.get("Sun Microsystems") == "payee" and "Microsoft" in got


def test_a_name_before_the_amount_is_the_payee(nlp):
    got = owners(nlp, "General Motors will pay Fiat 1.55bn euros to end their alliance.",
                 "1.55bn euros")  # fmt: skip
    assert got.get("Fiat") == "payee"


def test_people_paid_add_no_company(nlp):
    text = "Ford Motor Co will pay its workers $5m in bonuses."
    assert [c for c, _ in links_of(nlp, text, "$5m")] == ["Ford Motor Co"]


@pytest.mark.parametrize("text", [
    "Almost 9 billion euro of taxpayers' money has been ploughed in to bailed-out Harbour "
    "Savings Bank, the department said.",
    "Harbour Savings Bank needs more capital\n\nThe department confirmed 8.8 billion euro has "
    "now been paid out to the troubled bank.",
])  # fmt: skip
def test_money_paid_into_a_company_by_no_one_named_is_its(nlp, text):
    (amount,) = nlp(text)._.amounts
    assert [(lk.company, lk.role) for lk in amount._.links] == [("Harbour Savings Bank", "payee")]
