"""An absolute "with" clause names its own owner (``pipeline/link/rules/with_clause.py``),
on sentences written for these tests (none from a gold article)."""

from __future__ import annotations

import pytest
from owned import links_of


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [
        ("Burger sales\n\nIn 2012, McDonald's sales came out on top with $35.6 billion, with "
         "Subway close behind at $11.4 billion.", "$11.4 billion", "Subway"),
        ("Fund totals\n\nWith Fidelity at $1.2 trillion and Vanguard at $900 billion, the two "
         "giants dominate the market.", "$1.2 trillion", "Fidelity"),
    ],
    ids=["after-a-figure", "opening-the-sentence"],
)
def test_with_clause_owner(nlp, text, amount, owner):
    assert links_of(nlp, text, amount) == [(owner, "with-clause")]


def test_a_merger_partner_is_no_with_clause(nlp):
    """ "agreed to merge with Beta at $12 a share": the merger's price, no absolute clause."""
    text = "Merger\n\nAcme Corp agreed to merge with Beta Inc at $12 a share, the companies said."
    assert all(rule != "with-clause" for _, rule in links_of(nlp, text, "$12"))


def test_a_firm_opening_a_which_clause_in_an_unparsed_sentence(nlp):
    """NER calls "Bourselink" a person or nothing; ", which runs the Paris bourse" in a
    sentence with no money (left unparsed) says it is a firm, so "It" is Bourselink's."""
    text = (
        "Exchanges in talks\n\nThe LSE has rejected a bid. Meanwhile, Bourselink, which runs "
        "the Paris bourse, began talks with the LSE. It is reported to be ready to raise £1.4bn "
        "to fund a bid."
    )
    assert [c for c, _ in links_of(nlp, text, "£1.4bn")] == ["Bourselink"]


def test_a_list_of_names_and_amounts_gives_each_its_own(nlp):
    # the names after the first are ones NER may pass over
    doc = nlp("Card fees vary, with Aer Lingus charging €8, Ryanair €5, and Vueling €4.")
    owners = {a.text: [lk.company for lk in a._.links] for a in doc._.amounts}
    assert owners["€5"] == ["Ryanair"]


def test_a_ranking_followed_by_named_companies_gives_each_its_figure(nlp):
    text = (
        "Drugmaker Harbor Pharma came top of the profits league at 6.1 billion euros, followed "
        "by the Kestrel Bank lender at 5.2 billion euros and oil giant Orbis at 4.4 billion euros."
    )
    doc = nlp(text)
    owners = {a.text: [lk.company for lk in a._.links] for a in doc._.amounts}
    assert owners["4.4 billion euros"] == ["Orbis"]
