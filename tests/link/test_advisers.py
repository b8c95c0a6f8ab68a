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


# Reuters-21578 eurobond stories (reut2-016 #16321 and #16149, in no gold set), as the reader
# gives them: the issuer's figures, then "lead manager X said" after the terms. Before, the
# lead manager took the denominations and the warrant's price.
TITLED = [
    (
        "ALZA CORP ISSUES 75 MLN DLR CONVERTIBLE BOND\n\nLONDON, April 13 - Alza Corp <AZA>, a "
        "U.S. Pharmaceutical\nproducts concern, is issuing a 75 mln dlr convertible eurobond\n"
        "due May 8, 2002 with an indicated coupon of 5-1/2 to 5-3/4 pct\nand par pricing, lead "
        "manager Merrill Lynch Capital Markets\nsaid.\n    The bond is available in "
        "denominations of 1,000 and 10,000\ndlrs and will be listed in Luxembourg.",
        "10,000",
        "Alza Corp",
    ),
    (
        "ST.GOBAIN UNIT ISSUES ECU BOND WITH GOLD WARRANTS\n\nLONDON, April 13 - St.Gobain "
        "Netherlands, guaranteed by Cie\nde St.Gobain, is issuing a 75 mln ECU bond with gold "
        "warrants\nattached, due May 6, 1992 carrying a 4-1/2 pct coupon and\npriced at par, "
        "lead manager Salomon Brothers International Ltd\nsaid.\n    Fees comprise 1-1/4 pct "
        "selling concession with 5/8 pct for\nmanagement and underwriting combined. Listing is "
        "in Luxembourg.\n    Each 1,000 ECU bond carries one gold warrant exercisable\nfrom "
        "May 6, 1987 until May 6, 1990 entitling the holder to\npurchase one ounce at an "
        "exercise price of 490 dlrs.",
        "490 dlrs",
        "Cie de St.Gobain",
    ),
]


@pytest.mark.parametrize(("text", "amount", "issuer"), TITLED, ids=["alza", "st-gobain"])
def test_a_titled_lead_manager_owns_none_of_the_issue(nlp, text, amount, issuer):
    owners = [company for company, _ in links_of(nlp, text, amount)]
    assert owners == [issuer]


def test_a_titled_adviser_still_owns_what_it_does(nlp):
    """Only the mentions the title stands before are the story's source: the bank's own
    figures elsewhere in the story stay its own (pipeline/link/sources.py)."""
    text = (
        "Acme Corp is issuing a 100 mln dlr bond, lead manager Morgan Stanley said.\n"
        "    Morgan Stanley's own first quarter profit rose to 50 mln dlrs."
    )
    assert [c for c, _ in links_of(nlp, text, "100 mln")] == ["Acme Corp"]
    assert [c for c, _ in links_of(nlp, text, "50 mln")] == ["Morgan Stanley"]


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [  # written for this test: "underwriter" and "investment dealer" also say what a firm is
        ("Insurance underwriter Amlin posted a profit of £120m.", "£120m", "Amlin"),
        (
            "Toronto investment dealer Wood Gundy Inc said its profit rose to 20 mln dlrs.",
            "20 mln",
            "Wood Gundy Inc",
        ),
    ],
)
def test_a_firm_described_by_its_trade_owns_its_results(nlp, text, amount, owner):
    assert [c for c, _ in links_of(nlp, text, amount)] == [owner]


def test_a_bank_that_manages_another_s_issue_owns_none_of_it(nlp):
    """Reuters-21578 reut2-019.sgm.gz record 19218 (Reuters Y): the bank manages the
    issuer's tranche."""
    text = (
        "PARIS, June 19 - Banque Arabe et Internationale d'Investissement (BAII) will issue a "
        "one billion franc non-callable pre-placed bond in three tranches on July 8, lead "
        "manager Banque Nationale de Paris (BNP) said.\n    Banque Indosuez will manage the "
        '200 mln franc "A" tranche, issued at par.'
    )
    assert "Banque Indosuez" not in {c for c, _ in links_of(nlp, text, "200 mln franc")}


def test_a_fund_that_manages_money_still_owns_it(nlp):
    """ "manages $N" with the money as its object is a fund's own (written for the test)."""
    text = "Harbour Capital manages $2 billion of client money, the firm said."
    assert [c for c, _ in links_of(nlp, text, "$2 billion")] == ["Harbour Capital"]
