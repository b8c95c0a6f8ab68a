"""Owners from a speaker's company and money people pay (``link/rules/speaker.py``,
``link/rules/people_pay.py``), on sentences written for these tests (none from a gold
article)."""

from __future__ import annotations

from owned import links_of

BANKS = (
    "Mexican debt weighs on banks\n\n"
    "NEW YORK, June 2 - Chemical New York Corp said its second quarter income would fall by "
    "20 mln dlrs if the loans are put on a cash basis. "
    "A spokesman at Fleet Financial Group noted that of 900 mln dlrs in loans to Mexico only "
    "200 mln dlrs is past due."
)


def test_the_spokesmans_company_owns_the_money_he_states(nlp):
    """Not the article's lead, another bank."""
    assert links_of(nlp, BANKS, "900 mln") == [("Fleet Financial Group", "speaker-company")]


def test_a_spokesman_for_a_company_quoting_another_companys_money(nlp):
    text = (
        "Retail results\n\nAcme Stores Inc said sales rose. A spokesman for Acme Stores said "
        "Bolt Corp paid 40 mln dlrs for the chain."
    )
    assert ("Acme Stores Inc", "speaker-company") not in links_of(nlp, text, "40 mln")


def test_directors_paying_from_their_pockets_own_no_company_money(nlp):
    text = (
        "Insurer settles\n\nSix former directors at Northgate Insurance Plc have agreed to pay "
        "£12m, including £3m from their own pockets, to settle claims by investors."
    )
    assert links_of(nlp, text, "£12m") == []
    assert links_of(nlp, text, "£3m") == []


def test_a_company_that_pays_keeps_its_money(nlp):
    text = "Insurer settles\n\nNorthgate Insurance Plc has agreed to pay £12m to settle claims."
    assert [c for c, _ in links_of(nlp, text, "£12m")] == ["Northgate Insurance Plc"]


def test_a_direct_quote_is_the_speakers_view(nlp):
    text = (
        "Bank shares\n\nChemical New York Corp said its income would fall. A spokesman for "
        'Fleet Financial Group said: "Our exposure is nothing like 900 mln dlrs."'
    )
    assert ("Fleet Financial Group", "speaker-company") not in links_of(nlp, text, "900 mln")
