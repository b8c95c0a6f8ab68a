"""A price and its change share one sector (pipeline/link/price_pairs.py), proved on
Reuters-21578 price reports outside every gold set (the record is named beside each;
the rule was written for an oil netback report of another file)."""

from __future__ import annotations

import pytest


def _sectors(nlp, text):
    return {s.text: s._.sector for s in nlp(text)._.amounts}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # reut2-010 #10947: the unit "a barrel" follows the level, the change stands before it
        (
            "LONDON, April 6 - Arab Heavy dropped 10 cts to 16.63 dlrs a barrel and Dubai "
            "was off 12 cts to 18.09 dlrs.",
            "10 cts",
        ),
        (
            "LONDON, April 6 - Brent valued at 18.89 dlrs, off 30 cts from the previous "
            "friday, and Bonny Light was off 17 cts to 19.58 dlrs a barrel.",
            "17 cts",
        ),
    ],
)
def test_change_takes_the_price_sector(nlp, text, amount):
    assert _sectors(nlp, text)[amount] == "energy"


def test_other_clause_keeps_its_own(nlp):
    """Words of another clause between two figures ("and Dubai was off") join nothing:
    the second pair has no sector word of its own and gets none from the first (a known
    limit: "Dubai" is a crude only to a reader who knows it; precision before recall)."""
    sectors = _sectors(
        nlp,
        "LONDON, April 6 - Arab Heavy dropped 10 cts to 16.63 dlrs a barrel and Dubai "
        "was off 12 cts to 18.09 dlrs.",
    )
    assert sectors["16.63 dlrs"] == "energy"
    assert sectors["12 cts"] == sectors["18.09 dlrs"] == ""


def test_owned_figures_keep_their_owner(nlp):
    """A company's figure is never filled from a price beside it."""
    span = next(
        s
        for s in nlp(
            "NEW YORK, April 6 - Acme Corp said it paid five dlrs to holders, up 10 cts a barrel."
        )._.amounts
        if s.text == "five dlrs"
    )
    assert span._.links and span._.sector != "energy"


def test_a_price_s_level_takes_the_owner_its_change_was_given(nlp):
    """ "with Royal Bank of Scotland up 4.4p to 356.5p" (a London market report, written
    for the test): the level after the change is the same bank's share price, not the
    price of the company the story spoke of before."""
    text = (
        "Drugmaker Shire closed at 2,760p after its results. Surging profits at Santander "
        "helped the London-listed banks, with Royal Bank of Scotland up 4.4p to 356.5p."
    )
    got = {s.text: [lk.company for lk in s._.links] for s in nlp(text)._.amounts}
    assert got["4.4p"] == got["356.5p"] == ["Royal Bank of Scotland"]
