"""A company word ranked in its country or the world ("Turkey's biggest private mobile
firm", "India's first low-cost airline") refers to the company the article meant; a
public body so called ("Japan's central bank") stays public money
(pipeline/link/rules/national.py). Texts: BBC business 092 and 407 (in no gold set),
cut to their opening lines, and short sentences written for these tests.
"""

from __future__ import annotations

import pytest
from owned import links_of

TURKCELL = (  # BBC business 092.txt: the headline names no company, the body does later
    "Iranian MPs threaten mobile deal\n\nTurkey's biggest private mobile firm could bail out "
    "of a $3bn ($1.6bn) deal to build a network in Iran after MPs there slashed its stake in "
    "the project.\n\nConservatives in parliament say Turkcell's stake in Irancell, the new "
    "network, should be cut from 70% to 49%. Turkcell now says it may give up on the deal "
    "altogether.\n"
)
DECCAN = (  # BBC business 407.txt
    "India's Deccan gets more planes\n\nAir Deccan has signed a deal to acquire 36 planes "
    "from Avions de Transport Regional (ATR).\n\nThe value of the deal has not been revealed. "
    "Recently, India's first low-cost airline ordered 30 Airbus A320 planes for $1.8bn.\n"
)


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [(TURKCELL, "$3bn", "Turkcell"), (DECCAN, "$1.8bn", "Air Deccan")],
)
def test_a_company_ranked_in_its_country_is_the_company_meant(nlp, text, amount, owner):
    assert owner in [company for company, _ in links_of(nlp, text, amount)]


def test_the_ranked_company_is_no_government(nlp):
    """Read as the country's, the amount made the story public money and no later
    ownerless amount went to the company."""
    text = TURKCELL + "The new network would need about $2bn of investment.\n"
    assert links_of(nlp, text, "$3bn") and links_of(nlp, text, "$2bn")


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp said on Monday it cut jobs.\n\nJapan's central bank will lend $5bn to "
        "banks this week.\n",
        "Acme Corp said on Monday it cut jobs.\n\nChina's state-owned bank will lend $5bn "
        "to the province.\n",
    ],
)
def test_a_public_body_ranked_in_its_country_owns_nothing(nlp, text):
    assert links_of(nlp, text, "$5bn") == []
