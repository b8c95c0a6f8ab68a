"""Sectors from words that name a company's trade (FACTS.md Sector 2;
pipeline/link/industry.py, models/link/industry_words.jsonl, models/sectors.jsonl): an
investment firm, an exchange named for itself, a deal with a financier on one side, a
"builder" whose article sells flats, a sports club, crops beyond the staples, a company
named for its bread. Sentences are invented."""


def _sectors(nlp, text):
    return [s._.sector for s in nlp(text)._.amounts]


def test_an_investment_firm_is_financials_under_every_form_of_its_name(nlp):
    text = ("British investment firm Alder Trust has reported a loss. Alder Trust plc said it "
            "reported a pre-tax loss of £12.5 million.")
    assert _sectors(nlp, text) == ["financials"]


def test_an_exchange_named_for_itself_is_financials(nlp):
    assert _sectors(nlp, "Baltic Exchange Group Plc said its revenue rose to £21m.") == [
        "financials"]


def test_a_deal_takes_the_industry_of_the_business_not_the_financier(nlp):
    text = ("Private equity firm Harcourt Capital agreed to buy the supermarket chain Foodway "
            "for $2bn.")
    assert _sectors(nlp, text) == ["consumer"]


def test_a_builder_selling_flats_is_real_estate(nlp):
    text = ("Hong Kong builder Kowloon Pearl Holdings said core profit fell as property sales "
            "dropped. Revenue from property sales was HK$9.9 billion, and its investment "
            "properties rose in value.")
    assert _sectors(nlp, text) == ["real_estate"]


def test_a_construction_company_is_infrastructure(nlp):
    text = "Construction company Kowloon Pearl Holdings said revenue rose to HK$9.9 billion."
    assert _sectors(nlp, text) == ["infrastructure"]


def test_a_club_named_so_before_its_name_is_consumer(nlp):
    text = ("English League One club Harbury Rovers have agreed a £4.5 million takeover by a "
            "local consortium.")
    assert _sectors(nlp, text) == ["consumer"]


def test_crops_beyond_the_staples_say_agriculture(nlp):
    text = ("Chicago-based Sorgenta, which breeds sorghum and barley for growers, said it had "
            "raised $12 million from investors.")
    assert _sectors(nlp, text) == ["agriculture"]


def test_a_baker_named_for_its_bread_is_consumer(nlp):
    assert _sectors(nlp, "Prairie Bread said it will close its plant, taking a $3.1m charge.") == [
        "consumer"]
