"""A deal's other side behind the price's unit or a stake (``link/rules/deals.py``): "bid
3.40 dlrs a share for X", "pay $N for a 20 pct stake in X" make X the side that is paid.
Sentences written for these tests, in the wire's and web news' forms."""

from __future__ import annotations

import pytest
from owned import links_of


@pytest.mark.parametrize(
    ("text", "amount", "sides"),
    [
        ("Harbour Ltd bid 2.20 dlrs a share for Pioneer Grain Mills Ltd.", "2.20 dlrs",
         ["Harbour Ltd", "Pioneer Grain Mills Ltd."]),
        ("Yarrow Gold Corp will pay $92.6 million in cash and shares for a 50-per-cent stake in "
         "Kestrel Mining Corp.", "$92.6 million", ["Yarrow Gold Corp", "Kestrel Mining Corp."]),
    ],
    ids=["bid-a-share-for", "stake-in"],
)
def test_the_bought_side_behind_the_unit_or_the_stake(nlp, text, amount, sides):
    assert [c for c, _ in links_of(nlp, text, amount)] == sides


def test_a_title_case_headlines_capitalized_words_are_no_sides(nlp):
    """ "... for Stake in Coastal Wind": a headline capitalizes every word, so only a name
    the article knows is a deal's side there."""
    text = (
        "Harbour Fund Pays $2 Billion for Stake in Coastal Wind\n\n"
        "Harbour Fund has agreed to buy a 49% stake in two offshore wind farms.\n"
    )
    names = [c for c, _ in links_of(nlp, text, "$2 Billion")]
    assert "Stake" not in names and "Coastal Wind" not in names
