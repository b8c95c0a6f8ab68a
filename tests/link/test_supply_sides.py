"""Who buys what a company supplies (FACTS.md "One fact": a deal's amount belongs to both
sides): "X is to supply Y with 20 jets in a deal worth $N", "a contract to supply steel
beams to Y" (``rules/deals.py``, ``supply_words``). Sentences written for these tests; the
second reads like Reuters reut2-015 #15623 (in no gold set)."""

from __future__ import annotations

import pytest
from owned import links_of


@pytest.mark.parametrize(
    ("text", "amount", "buyer"),
    [
        ("Jet order\n\nEmbraer is to supply Skyward Airlines with up to 20 of its new jets "
         "in a deal that could be worth as much as $1.2bn for the Brazilian maker.",
         "$1.2bn", "Skyward Airlines"),
        ("KESSLER WINS ORDER\n\nTORONTO, April 9 - Kessler Steel Inc said it received a "
         "contract valued at 8.5 mln dlrs to supply steel trusses to Halvorsen Inc for a new "
         "plant.\n Reuter\n", "8.5 mln", "Halvorsen Inc"),
    ],
    ids=["supply-with", "supply-to"],
)
def test_the_one_supplied_is_the_other_side(nlp, text, amount, buyer):
    links = links_of(nlp, text, amount)
    assert (buyer, "deal-side") in links, links


def test_goods_supplied_name_no_buyer(nlp):
    """ "supply 40 Rolls-Royce engines to the armed forces": no "with", so the goods' maker
    is no buyer; armed forces are a public body."""
    text = (
        "Engine deal\n\nEmbraer will supply 40 Rolls-Royce engines to the Swedish Armed Forces "
        "in a deal worth $900m."
    )
    companies = [c for c, _ in links_of(nlp, text, "$900m")]
    assert "Rolls-Royce" not in companies and "Swedish Armed Forces" not in companies, companies
