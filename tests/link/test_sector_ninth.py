"""Sectors that do not come from a sentence's words (FACTS.md Sector 2): a club in a
sports story, a business the company discontinued, a defence against a bid; and one
company's short name after its full one (``pipeline/companies/canonical.py``).
Stories written for these tests."""

from __future__ import annotations

import pytest

SPORT = (
    "Westmoor reject bid for striker\n\n"
    "Westmoor have rejected a £3m bid from Kestrel United for their striker. "
    "The midfielder and the striker are both out of contract in the summer, and the "
    "Premiership club said it would hold out for a higher fee.\n"
)


def _by_amount(nlp, text: str) -> dict[str, tuple[list[str], str]]:
    return {s.text: ([lk.company for lk in s._.links], s._.sector) for s in nlp(text)._.amounts}


def test_a_club_in_a_sports_story_is_consumer(nlp):
    owners, sector = _by_amount(nlp, SPORT)["£3m"]
    assert owners and sector == "consumer", (owners, sector)


def test_a_company_outside_a_sports_story_gets_no_club_sector(nlp):
    text = "Kestrel United Holdings said it would pay £3m for the plant.\n"
    owners, sector = _by_amount(nlp, text)["£3m"]
    assert owners == ["Kestrel United Holdings"] and sector != "consumer"


@pytest.mark.parametrize(
    ("note", "sector"),
    [
        ("NOTE: 1987 net excludes loss 4.1 mln dlrs from discontinued real estate operations.",
         "real_estate"),
        ("NOTE: 1986 net includes loss 2.2 mln dlrs from discontinued coal mining operations.",
         "mining_metals"),
    ],
    ids=["real-estate", "coal-mining"],
)
def test_a_discontinued_business_says_nothing_of_the_company_s_industry(nlp, note, sector):
    text = ("HALVERSON CORP 3RD QTR NET\n\nBOISE, Idaho, Oct 19 - Shr 51 cts vs 44 cts\n"
            f"    Net 7.2 mln vs 6.3 mln\n    Revs 164.2 mln vs 150.6 mln\n    {note}\n")
    sectors = {s.text: s._.sector for s in nlp(text)._.amounts}
    assert sectors["164.2 mln"] != sector, sectors


def test_a_business_sold_as_the_story_s_deal_keeps_its_sector(nlp):
    text = "Halverson Corp agreed to sell its coal mining operations for 40 mln dlrs.\n"
    assert _by_amount(nlp, text)["40 mln dlrs"][1] == "mining_metals"


def test_a_takeover_defense_is_no_arms_trade(nlp):
    text = ("PORTER AND LANE INC 4TH QTR NET\n\nPHILADELPHIA, April 1 - Shr 1.02 dlrs vs 94 cts\n"
            "    Net 4.7 mln vs 3.9 mln\n    Revs 65.6 mln vs 55.1 mln\n"
            "    NOTE: Current year includes loss equal to 12 cts/shr from takeover defense.\n")
    sectors = {s._.sector for s in nlp(text)._.amounts}
    assert "aerospace_defense" not in sectors, sectors


def test_a_defense_contract_is_still_defense(nlp):
    text = "Halverson Corp won a 40 mln dlr defense contract from the Pentagon.\n"
    assert _by_amount(nlp, text)["40 mln dlr"][1] == "aerospace_defense"


def test_a_short_name_after_the_full_one_is_the_same_company():
    from pipeline.companies.canonical import canonical_names

    names = ["Nordische Halverson AG", "Halverson"]
    first = {"Nordische Halverson AG": 3, "Halverson": 40}
    got = canonical_names(names, first=first, body=first)
    assert got["Halverson"] == "Nordische Halverson AG"
    # the short name first: a different company, or the full one is a unit
    first = {"Nordische Halverson AG": 40, "Halverson": 3}
    assert canonical_names(names, first=first, body=first)["Halverson"] == "Halverson"
    # two longer names end with it: the text does not say which
    names = ["Tokai Halverson", "Osaka Halverson", "Halverson"]
    first = {"Tokai Halverson": 1, "Osaka Halverson": 5, "Halverson": 40}
    assert canonical_names(names, first=first, body=first)["Halverson"] == "Halverson"
    # a name glued to the word before it ("IMM.Halverson Mobile") is not its full form
    first = {"IMM.Halverson Mobile": 3, "Halverson Mobile": 40}
    got = canonical_names(list(first), first=first, body=first)
    assert got["Halverson Mobile"] == "Halverson Mobile"


def test_a_short_name_takes_the_full_one_in_a_story(nlp):
    text = ("OBERHAUSEN, March 19 - Nordische Halverson AG expects profits to rise, its chairman "
            "said. Halverson said turnover was 5.14 billion marks.\n")
    assert _by_amount(nlp, text)["5.14 billion marks"][0] == ["Nordische Halverson AG"]


@pytest.mark.parametrize(
    ("name", "sector"),
    [("Halverson Mattress Co", "consumer"), ("Halverson Dental Centers Inc", "healthcare"),
     ("Halverson Bearings Inc", "manufacturing"), ("Halverson Cellular", "telecom"),
     ("Halverson Oil and Gas Ltd", "energy"), ("Halverson Lease Financing Ltd", "financials"),
     ("Halverson Devices Inc", "electronics"),
     ("Halverson Investment Corp", "financials")],
)  # fmt: skip
def test_a_name_that_says_its_trade_gives_the_sector(nlp, name, sector):
    """FACTS.md Sector 2: the company's own name ("... Bank", "... Airlines")."""
    text = f"{name} said its net profit rose to 5.1 mln dlrs from 4.2 mln.\n"
    assert {s._.sector for s in nlp(text)._.amounts} == {sector}


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Halverson Capital Corp said its revenue from copper mining rose to 5.1 mln dlrs.\n",
      "mining_metals"),
     ("Halverson Medical Devices said its revenue rose to 5.1 mln dlrs.\n", "healthcare")],
    ids=["capital-mining", "medical-devices"],
)  # fmt: skip
def test_a_generic_name_word_yields_to_a_specific_one(nlp, text, sector):
    assert {s._.sector for s in nlp(text)._.amounts} == {sector}
