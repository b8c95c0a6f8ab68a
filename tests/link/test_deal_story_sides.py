"""A clause of the story's deal that names one side gives the amount to both (FACTS.md:
a deal's amount belongs to both sides; ``_one_deal`` in
``pipeline/link/rules/deal_story.py``), unless it speaks of another thing bought, another
buyer or company, a government or a yearly sum. Texts: Reuters-21578 (reut2-008, in
Reuters S) and BBC business (2005), cut to the sentences the rule reads; the negative
cases were written for this test."""

from __future__ import annotations

import pytest

from tests.link.owned import links_of

TELECOM = (
    "TELECOM <TELE> COMPLETES SALE\n\nBOCA RATON, Fla, March 24 - Telecom Plus "
    "INternational Inc\nsaid it completed the sale of its 65 pct interest in Tel Plus\n"
    "Communications Inc to Siemens Information Systems INc for about\n173 mln dlrs.\n"
    "    Telecom received 107 mln dlrs at closing with the balance\nto be paid in "
    "installments.\n Reuter\n"
)

SIDES = "Acme Corp agreed to buy Beta Industries for $2 billion. "


def _owners(nlp, text: str, amount: str) -> set[str]:
    return {c for c, _ in links_of(nlp, text, amount)}


def test_the_seller_paid_at_closing_and_its_buyer(nlp) -> None:
    owners = _owners(nlp, TELECOM, "107 mln")
    assert "Siemens Information Systems INc" in owners or "Siemens Information Systems" in owners


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (SIDES + "Beta also agreed to sell a 25% stake to an investor for about $50m.", "$50m"),
        (SIDES + "Gamma Corp said Beta had rejected a deal worth $3 billion.", "$3 billion"),
        (SIDES + "The government will receive Beta's cash of $100m from the sale.", "$100m"),
    ],
    ids=["another-thing", "another-company", "government"],
)
def test_another_deal_s_amount_stays_its_own(nlp, text: str, amount: str) -> None:
    assert "Acme Corp" not in _owners(nlp, text, amount)
