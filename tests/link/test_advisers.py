"""A bank or law firm that advises on another's deal is no topic: the figures of the
next sentences belong to its client, not to it (``_advises`` in link/context.py).

The adviser sentences are from web articles (web J: Newcrest; web R: Loblaw and
Shoppers; web W: RITES; web AH: 29Metals), each followed here by a money sentence
written for these tests.
"""

from __future__ import annotations

import pytest
from owned import links_of

CASES = [
    (  # "X, Y and Z have been working on the listing"
        "Miner prices float\n\nThe initial public offering of copper miner Cuprum Metals has "
        "priced at $2 per share.\n\nMacquarie Capital, Credit Suisse and Morgan Stanley have "
        "been working on the June 23 listing.\n\nShares were to be priced at between $2 and "
        "$2.40 each.",
        "$2.40",
        {"Macquarie Capital", "Credit Suisse", "Morgan Stanley"},
    ),
    (  # "X advised Y on the deal"
        "Grocer to buy pharmacy chain\n\nLoblaw will buy Shoppers Drug Mart for C$12.4 "
        "billion.\n\nRBC Capital Markets advised Shoppers Drug Mart on the deal. It had "
        "sales of C$11 billion last year.",
        "C$11 billion",
        {"RBC Capital Markets"},
    ),
    (  # "X acted as financial adviser to Y"
        "Grocer to buy pharmacy chain\n\nLoblaw will buy Shoppers Drug Mart.\n\nBank of "
        "America Merrill Lynch acted as financial adviser to Loblaw. It will pay C$12.4 "
        "billion.",
        "C$12.4 billion",
        {"Bank of America Merrill Lynch", "Bank of America"},
    ),
    (  # "X is the sole bookrunner"
        "Listing planned\n\nOrbital Foods plans to list its shares in Mumbai.\n\nSBI Capital "
        "Markets is the sole bookrunner for the issue. The company expects to raise Rs 500 "
        "crore.",
        "Rs 500 crore",
        {"SBI Capital Markets"},
    ),
]


@pytest.mark.parametrize(("text", "amount", "advisers"), CASES)
def test_an_adviser_owns_none_of_its_clients_figures(nlp, text, amount, advisers):
    owners = {company for company, _ in links_of(nlp, text, amount)}
    assert not owners & advisers, owners


def test_a_company_working_on_its_own_plant_stays_the_topic(nlp):
    """Only work on a deal makes an adviser: "Acme has been working on the plant" keeps
    Acme the topic of what follows."""
    text = (
        "Plant opens\n\nOrbital Foods has been working on the plant since 2019. It spent "
        "$40 million on the site."
    )
    assert "Orbital Foods" in {c for c, _ in links_of(nlp, text, "$40 million")}
