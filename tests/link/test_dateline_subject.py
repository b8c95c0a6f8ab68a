"""A dateline the parser made a second subject: "PARIS, March 23 - Financial holding
company Nord-Est is issuing ...": the company, not the place, owns the amount (the place
made the amount a government's). Texts are Reuters reut2-008 #8148 and #8166, in no gold
set, cut after their first sentence as the ingester writes them."""

from __future__ import annotations

import pytest
from owned import links_of

NORD_EST = (
    "NORD-EST ISSUES 392.9 MLN FRENCH FRANC BOND\n\nPARIS, March 23 - Financial holding "
    "company Nord-Est is\nissuing a 392.9 mln franc, 6.25 pct, five year domestic bond\n"
    "convertible into shares, an announcement in the Official\nBulletin (BALO) said.\n Reuter\n"
)
BEGHIN = (
    "BEGHIN-SAY INCREASES CAPITAL TO FINANCE EXPANSION\n\nPARIS, March 23 - French sugar "
    "group Beghin-Say, which is\n49.6 pct owned by Italy's Gruppo Ferruzzi, is to raise its\n"
    "capital to 703 mln francs from 527 mln through a three-for-one\nissue of shares and "
    "investment certificates to finance\nexpansion, president Jean-Marc Vernes told analysts."
    "\n Reuter\n"
)


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [(NORD_EST, "392.9 mln franc", "Nord-Est"), (BEGHIN, "703 mln francs", "Beghin-Say")],
    ids=["issuer", "raise-capital"],
)
def test_the_company_after_a_dateline_owns_the_amount(nlp, text, amount, owner):
    assert [c for c, _ in links_of(nlp, text, amount)] == [owner]
