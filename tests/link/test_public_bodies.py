"""Public bodies and groups of states own no money (FACTS.md ``company``), on sentences
written for these tests (none from a gold article): an acronym spelled out after "the"
(``companies/acronyms.py``), agencies' acronyms and programmes
(``models/companies/not_companies.jsonl``), a group made of states
(``link/rules/public_groups.py``); and figures listed place by place share their sector
(``link/price_pairs.py``)."""

from __future__ import annotations

import pytest
from owned import links_of

from pipeline.companies.acronyms import defined_otherwise


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Fares will rise, the Office of the Rail Regulator (ORR) said.", "ORR"),
        ("Quotas were set by the Commission of the Andean Union (CAU) last week.", "CAU"),
    ],
    ids=["office", "commission"],
)
def test_public_acronym_after_the(nlp, text, short):
    data = nlp.get_pipe("newsfacts_linker").company_words
    assert defined_otherwise(text, data) == {short: True}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rail fares\n\nThe Office of the Rail Regulator (ORR) data showed the average "
         "season ticket cost £2,410 last year.", "£2,410"),
        ("Farm payments\n\nUSDA said it will pay farmers 45 dlrs per acre for idled land.",
         "45 dlrs"),
        ("Roads\n\nThe Rural Bridges Program will spend 20 mln dlrs on new crossings this "
         "year, officials said.", "20 mln dlrs"),
        ("Debt talks\n\nThe Lisbon Group of lender countries agreed to reschedule $4bn of "
         "Peru's loans.", "$4bn"),
        ("Green bonds\n\nThe World Bank's investment arm IFC said it would invest $45 "
         "million in a solar farm.", "$45 million"),
        ("Ukraine grid\n\nThe EBRD will lend EUR 150 million to the grid operator.",
         "EUR 150 million"),
    ],
    ids=["acronym-source", "agency-acronym", "programme", "group-of-states", "ifc", "ebrd"],
)
def test_no_company_owns_public_money(nlp, text, amount):
    assert links_of(nlp, text, amount) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Plant plans\n\nUnion County said the project would represent $47 million in new "
         "investment and 13 new jobs.", "$47 million"),
        ("Flood control\n\nHarris County will spend $1.2 billion on flood control, the "
         "county said.", "$1.2 billion"),
        ("Budget\n\nWestbrook Borough approved a $3 million budget on Monday.", "$3 million"),
        ("Roads\n\nLagos State will spend N50 billion on roads this year.", "N50 billion"),
    ],
    ids=["county-says", "county-spends", "borough", "state"],
)
def test_a_local_government_owns_no_money(nlp, text, amount):
    assert links_of(nlp, text, amount) == []


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        ("Orange County Bancorp said net income rose to $8 million in the quarter.",
         "$8 million", "Orange County Bancorp"),
        ("Peoples National Bank of Rockland County said its profit rose to $2 million.",
         "$2 million", "Peoples National Bank of Rockland County"),
    ],
    ids=["county-then-company-word", "bank-of-a-county"],
)
def test_a_company_named_for_its_county_stays_one(nlp, text, amount, company):
    assert [c for c, _ in links_of(nlp, text, amount)] == [company]


def test_a_group_of_banks_is_no_group_of_states():
    from pipeline.link.rules.public_groups import STATE_MEMBERS

    assert "bank" not in STATE_MEMBERS and "country" in STATE_MEMBERS


def test_figures_listed_by_place_share_the_first_ones_sector(nlp):
    text = ("Home values\n\nThe survey found the average house price was £310,000 in Surrey; "
            "£265,000 in Kent, and £228,000 in Essex.")
    doc = nlp(text)
    sectors = [s._.sector for s in doc._.amounts]
    assert sectors == ["real_estate"] * 3


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # web news AQ's Burma flood story (irrawaddy.com), shortened
        ("The US Embassy in Rangoon announced the provision of $600,000 in flood aid.",
         "$600,000"),
        ("The British High Commission in Nairobi gave $5,000 to the appeal.", "$5,000"),
    ],
)
def test_an_embassy_is_a_government(nlp, text, amount):
    assert links_of(nlp, text, amount) == []



def test_a_public_corporation_that_trades_owns_its_money(nlp):
    """The BBC earns and spends as a company does (the gold files of BBC Q, BBC politics C
    and Wikinews B count it one); only an agency that governs is a public body. BBC
    entertainment/313.txt (2005)."""
    text = (
        "The BBC is to invest £9m in developing new comedy and entertainment programmes "
        "outside London."
    )
    assert [c for c, _ in links_of(nlp, text, "£9m")] == ["BBC"]
