"""A company the article calls an investment firm, an exchange known by its own name, and
a deal with a financier on one side (FACTS.md Sector 2; pipeline/link/industry.py).
Sentences are invented."""


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
