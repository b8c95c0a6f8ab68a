"""Public money takes no industry (pipeline/link/public_money.py, FACTS.md Sector 4), and a
company's name written again in a capitals headline is no sector word
(pipeline/link/name_echo.py).

The rules were written for a US budget story and a Canadian tax reform (gold sets
Reuters C and I) and a US budget story of BBC business; the sentences below are
from other articles, outside every gold set: Reuters-21578 reut2-011 #11023, #11455,
#11204, reut2-013 #13115 and BBC politics 375.txt, 380.txt, 284.txt.
"""

from __future__ import annotations

import pytest


def _sectors(nlp, text):
    return {s.text: s._.sector for s in nlp(text)._.amounts}


# a story whose words are of oil, so the article's industry is energy
_OIL = (
    "WASHINGTON, March 24 - The administration wants to sell the Naval Petroleum "
    "Reserve oil fields to get the government out of the oil business, oil industry "
    "officials said. "
)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # reut2-011 #11455: a deficit cut in an oil story is no oil money
        (
            _OIL + "Miller said the sale proceeds would bring down the deficit by about "
            "2.2 billion dlrs because of the loss of revenues from the sale of oil.",
            "about 2.2 billion dlrs",
        ),
        # reut2-011 #11204: a deficit whose sentence names consumer demand as its cause
        (
            "PEKING, March 31 - The budget speech put the 1986 and 1987 deficits at more "
            "than 15 billion yuan because of excessive consumer demand.",
            "more than 15 billion yuan",
        ),
        # BBC politics 375.txt: a tax allowance
        (
            "In contrast, the personal income tax allowance will rise only in line with "
            "inflation from £4,745 to £4,895 next month, the retail group said.",
            "£4,745",
        ),
        # BBC politics 380.txt: taxes on earnings below a threshold
        (
            "It would be better to decrease taxes on earnings below £12,000 a year, "
            "with say no tax on below £6,000, a reader of the TV programme wrote.",
            "below £12,000",
        ),
        # BBC politics 284.txt: a tax band names no industry, whatever its sentence says
        (
            "His commitments, to be financed from a 1% tax increase on those earning "
            "over £100,000 a year, will appeal right across the political spectrum.",
            "over £100,000",
        ),
    ],
)
def test_public_money_takes_no_industry(nlp, text, amount):
    assert _sectors(nlp, text)[amount] == ""


def test_sector_word_on_the_amounts_own_noun_stays(nlp):
    """reut2-011 #11023: "cut farm spending by about two billion dlrs" in a budget plan
    names the sector of this public money (FACTS.md Sector 1)."""
    text = (
        "WASHINGTON, March 24 - Chairman Lawton Chiles' fiscal 1988 budget plan would cut "
        "farm spending by about two billion dlrs, Senate staff members said."
    )
    assert _sectors(nlp, text)["about two billion dlrs"] == "agriculture"


def test_tax_word_on_other_nouns_is_no_public_money(nlp):
    """reut2-013 #13115: "the tax relief will save larger oil companies 1.50 billion dlrs"
    is money of the oil companies: a tax word modifying a noun of no income ("relief")
    keeps the sentence's sector."""
    text = (
        "NEW YORK, April 8 - Analysts estimate the tax relief will save larger oil "
        "companies about 1.50 billion dlrs by the end of 1988."
    )
    assert _sectors(nlp, text)["about 1.50 billion dlrs"] == "energy"


def test_headline_name_in_capitals_is_no_sector_word(nlp):
    """A company's name in the capitals of a wire headline ("CONSUMERS" of Consumers Power
    Co) is its name: the company's own industry ("Power": energy) stays. The headline joins
    the name as reut2-011 #11710 writes it ("CONSUMERS POWER <CMS> TO PAY ...") to the
    words of reut2-018's "CONSUMERS <CMS> SELLS BONDS IN TWO TRANCHES"; the body sentence
    is written for the test. Before the rule this amount was 'consumer'."""
    body = (
        "CONSUMERS POWER <CMS> SELLS BONDS IN TWO TRANCHES\n\nJACKSON, Mich., March 31 - "
        "Consumers Power Co said it sold 40 mln dlrs of bonds."
    )
    assert _sectors(nlp, body)["40 mln dlrs"] == "energy"

