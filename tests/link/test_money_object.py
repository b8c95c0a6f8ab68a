"""What an amount pays for decides its sector (pipeline/link/money_object.py).

Every sentence here comes from an article outside the gold sets (Reuters-21578
files no gold set reads, BBC articles no gold file names), so that each rule is
proven on other news than the story that suggested it.
"""

from __future__ import annotations

import pytest

from pipeline.link.money_object import Goods
from pipeline.resources import MODELS_DIR


def _amount(doc, text):
    return next(s for s in doc._.amounts if text in s.text)


@pytest.mark.parametrize(
    ("sentence", "amount", "sector"),
    [
        # reut2-005 #5268: oil is the good sold by the barrel
        (
            "He added that Ecuadorean crude was now selling for 15 to 17 dlrs a barrel after "
            "having been sold for many months at 12 dlrs a barrel.",
            "12 dlrs",
            "energy",
        ),
        # Reuters-style metal quote: a precious metal is sold by the troy ounce
        ("The price of silver rose to 5.60 dlrs an ounce in London.", "5.60 dlrs", "mining_metals"),
        # the crop an amount is worth is farming
        (
            "The coffee, worth 300 mln shillings, was sold to traders in Mombasa.",
            "300 mln shillings",
            "agriculture",
        ),
        # a crop's oil is no petroleum: the longest sector term wins
        (
            "Palm oil exports, worth 300 mln ringgit, rose in March.",
            "300 mln ringgit",
            "agriculture",
        ),
        # BBC politics: the budget of a public health programme is health care
        (
            "Ministers plan to cut the Medicare budget by $12bn and to lift spending on "
            "military bases by $3bn.",
            "$12bn",
            "healthcare",
        ),
        # the subject that gets the money is what it pays for
        ("Homeland security will get an extra $5bn next year.", "$5bn", "aerospace_defense"),
        # BBC politics: "the £400m being spent yearly on finding such a vaccine"
        (
            "Doubling the £400m being spent yearly on finding such a vaccine could advance it "
            "by three years, Mr Brown said.",
            "£400m",
            "healthcare",
        ),
        # BBC tech 351.txt: the subject of "are expected" is what "to cost" costs
        (
            "Games for the DS are expected to cost between £19 and £29.",
            "between £19",
            "consumer",
        ),
    ],
    ids=[
        "per-barrel", "per-ounce", "crop-worth", "palm-oil", "budget-of", "gets", "spent-on",
        "expected-to-cost",
    ],
)  # fmt: skip
def test_money_object_names_the_sector(nlp, sentence, amount, sector):
    assert _amount(nlp(sentence), amount)._.sector == sector


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        # reut2-005 #5216: a currency reserve has no sector (FACTS.md Sector 4), though
        # gold is among what it holds
        (
            "Malaysia's gold and foreign exchange reserves rose to 16.07 billion ringgit in "
            "February, Bank Negara Malaysia said.",
            "16.07 billion ringgit",
        ),
        # BBC politics 271.txt: a word inside a longer name is no good ("Home Office")
        (
            "Home Office spending could be cut by £1.6bn, according to the final instalment "
            "of his year-long review.",
            "£1.6bn",
        ),
        # BBC politics 059.txt: donations are "gifts" too, so a gift is no consumer good
        (
            "There were almost £68m in reported donations, with nearly £12m of them from "
            "individual gifts worth more than £1m.",
            "£1m",
        ),
    ],
    ids=["gold-reserves", "home-office", "donated-gifts"],
)
def test_money_object_a_good_before_other_money_names_none(nlp, sentence, amount):
    span = _amount(nlp(sentence), amount)
    assert span._.sector == ""


@pytest.mark.parametrize(
    ("path", "amount", "sector"),
    [
        # BBC business 138.txt: "A barrel of US crude oil closed up $2.80 at $51.15"
        ("corpus/bbc/business/138.txt", "$51.15", "energy"),
        # BBC business 193.txt: a listed football club (the gazetteer's "Sports") is consumer
        ("corpus/bbc/business/193.txt", "68m euros", "consumer"),
    ],
    ids=["barrel-of-crude", "football-club"],
)
def test_money_object_in_articles(nlp, shared_dir, path, amount, sector):
    doc = nlp((shared_dir / path).read_text(encoding="utf-8"))
    assert _amount(doc, amount)._.sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # Air + a place: an airline; Air + no place keeps its own (industrial gases)
        ("Air New Zealand said its profit rose to 12 mln dlrs.", "aerospace_defense"),
        ("Air Products said its profit rose to 12 mln dlrs.", None),
    ],
    ids=["air-new-zealand", "air-products"],
)
def test_money_object_air_and_a_place_is_an_airline(nlp, text, sector):
    span = _amount(nlp(text), "12 mln dlrs")
    if sector is None:
        assert span._.sector != "aerospace_defense"
    else:
        assert span._.sector == sector


def test_money_object_goods_file_names_taxonomy_ids():
    goods = Goods.from_file(MODELS_DIR / "link/goods.jsonl")
    assert goods.sectors["gold"] == "mining_metals"
    assert goods.sectors["barrels"] == "energy"  # plural added
    assert "spend" in goods.spend and "get" in goods.receive


def test_money_object_unknown_sector_is_refused(tmp_path):
    from pipeline.errors import InputError

    path = tmp_path / "goods.jsonl"
    path.write_text('{"sector": "toys", "goods": ["doll"]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown sector id 'toys'"):
        Goods.from_file(path)


@pytest.mark.parametrize(
    ("sentence", "amount", "sector"),
    [
        # what money buys: games, a song (BBC tech: "paying even as little as 70p per track")
        ("Gamers spent $300m on games in the first week.", "$300m", "consumer"),
        ("Music fans pay 79p per song to download from the store.", "79p", "consumer"),
        # the price of a home is a house price (BBC business 405.txt: "The average price of
        # a house in the UK now stands at £162,086")
        (
            "The average price of a home in Wales fell to £120,500 in March, the survey said.",
            "£120,500",
            "real_estate",
        ),
        # "the present value": an adjective names no good
        (
            "The present value of the scheme has been estimated at 100 mln dlrs.",
            "100 mln dlrs",
            "",
        ),
    ],
    ids=["spent-on-games", "per-song", "present-value", "price-of-a-home"],
)
def test_money_object_what_money_buys(nlp, sentence, amount, sector):
    assert _amount(nlp(sentence), amount)._.sector == sector


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        # a unit named for its trade beats its parent's hand-kept sector (Lotte: consumer)
        ("Lotte Chemical offered 950 dlrs per tonne for the cargo.", "chemicals"),
    ],
    ids=["unit-named-for-its-trade"],
)
def test_money_object_unit_name_before_parent_sector(nlp, sentence, sector):
    assert _amount(nlp(sentence), "950 dlrs")._.sector == sector


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        # Reuters-21578 names (reut2-001 #1313 "Seaman Furniture Co Inc", reut2-003
        # "Franklin Computer Corp"): a name word says what the company sells or makes
        ("Seaman Furniture Co Inc said its net income rose to 3.1 mln dlrs.", "consumer"),
        ("Franklin Computer Corp said its net income rose to 3.1 mln dlrs.", "electronics"),
        ("Daiwa Securities Co said its net income rose to 3.1 mln dlrs.", "financials"),
    ],
    ids=["furniture", "computer", "securities"],
)
def test_money_object_company_name_words(nlp, sentence, sector):
    assert _amount(nlp(sentence), "3.1 mln dlrs")._.sector == sector
