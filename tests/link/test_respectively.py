"""'respectively' pairs coordinated amounts with coordinated companies in order
(pipeline/link/rules/respectively.py). Sentences written for the test."""

import pytest


def _owners(nlp, text: str) -> list[list[str]]:
    return [[lk.company for lk in s._.links] for s in nlp(text)._.amounts]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (
            "Fines\n\nThe regulator also fined the banks Barclays and Lloyds £34.4m and £27.6m, "
            "respectively, for misreporting.",
            [["Barclays"], ["Lloyds"]],
        ),
        (
            "Results\n\nAcme and Bolt reported profits of $3 billion and $2 billion respectively.",
            [["Acme"], ["Bolt"]],
        ),
    ],
    ids=["fines", "results"],
)
def test_respectively_pairs_amounts_and_companies_in_order(nlp, text, owners):
    assert _owners(nlp, text) == owners


def test_without_respectively_both_companies_keep_both_amounts(nlp):
    text = "Results\n\nAcme and Bolt reported combined profits of $3 billion."
    assert _owners(nlp, text) == [["Acme", "Bolt"]]
