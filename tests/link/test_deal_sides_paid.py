"""More shapes of a deal's two sides (FACTS.md "One fact"; pipeline/link/rules/deals.py):
who is paid ("pay Beta $40 a share", "pay a $2bn fee to Beta"), a deal "that was valued
at" (the deal's price, no valuation), a "-a-share" offer, and a company named before
"which raised". Sentences are invented or from articles in no gold set (reut2-008)."""

import pytest

CASES = [
    # (source, sentence, amount as written, kind, [(company, role), ...])
    ("invented", "Acme Chemicals will pay Beta Foods $42 per share, the company said.", "$42",
     "deal", [("Acme Chemicals", "payer"), ("Beta Foods", "payee")]),
    ("invented", "Acme Chemicals has agreed to pay Beta Corp 300 mln dlrs for its plastics "
     "unit.", "300 mln dlrs", "deal", [("Acme Chemicals", "payer"), ("Beta Corp", "payee")]),
    ("invented", "Acme Chemicals would also pay a $1 billion break-up fee to Beta Seeds if "
     "regulators block the deal.", "$1 billion", "other",
     [("Acme Chemicals", ""), ("Beta Seeds", "payee")]),
    ("invented", "Acme Chemicals has reached an agreement to acquire Beta Seeds in a deal "
     "that was valued at $6 billion.", "$6 billion", "deal",
     [("Acme Chemicals", "payer"), ("Beta Seeds", "payee")]),
    ("invented", "Acme Brewing has made a A$3.1bn hostile bid for Beta Wines. Beta Wines said "
     "Acme Brewing's A$4.10-a-share takeover proposal undervalued the company.", "A$4.10", "deal",
     [("Beta Wines", "payee"), ("Acme Brewing", "payer")]),
    ("invented", "The companies included Zentrova, which raised $120 million in March, and "
     "two smaller lenders.", "$120 million", "funding", [("Zentrova", "payee")]),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind", "links"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_sides(nlp, source, sentence, written, kind, links):
    doc = nlp(sentence)
    (span,) = [s for s in doc._.amounts if s.text == written]
    assert span._.kind == kind
    assert sorted((lk.company, lk.role) for lk in span._.links) == sorted(links)


def test_a_dividend_paid_to_shareholders_names_no_side(nlp):
    doc = nlp("Acme Foods will pay shareholders 10 cts a share on April 1.")
    (span,) = doc._.amounts
    assert span._.kind == "financials"
    assert span._.links == [] or all(lk.role != "payee" for lk in span._.links)


def test_money_of_a_clause_above_pay_is_not_the_payee_s(nlp):
    # reut2-018: the proceeds are raised; only what pays the debt would go to the banks
    doc = nlp("Acme said it will use 1.1 mln dlrs of the initial 1.5 mln dlrs in proceeds "
              "to pay in full all its debt to Beta Bank.")
    (span,) = [s for s in doc._.amounts if s.text == "1.5 mln dlrs"]
    assert "Beta Bank" not in [lk.company for lk in span._.links]


def test_a_ticker_in_brackets_is_not_the_name(nlp):
    # reut2-008
    doc = nlp("Holland added that Sprint was still paying almost 500 mln dlrs a year to "
              "American Telephone and Telegraph Co (T) in order to lease its lines.")
    (span,) = doc._.amounts
    assert "T" not in [lk.company for lk in span._.links]


def test_buying_out_a_company_s_holders_buys_the_company(nlp):
    doc = nlp("Acme Holdings agreed to buy out the remaining shareholders of Beta Foods for "
              "$120 million.")
    (span,) = doc._.amounts
    assert span._.kind == "deal"
    assert ("Beta Foods", "payee") in [(lk.company, lk.role) for lk in span._.links]


def test_a_price_per_unit_the_story_buys_is_the_deal_s(nlp):
    doc = nlp("Acme Airways has signed a deal to buy 20 jets from Beta Aerospace. The "
              "airline said the price paid was $40m per jet.")
    (span,) = doc._.amounts
    assert span._.kind == "deal"
    assert [(lk.company, lk.role) for lk in span._.links] == [
        ("Acme Airways", "payer"), ("Beta Aerospace", "payee")
    ]


def test_a_cost_per_unit_is_no_purchase_price(nlp):
    doc = nlp("Acme Airways bought 20 jets last year. Fuel costs about $2m per jet a year.")
    (span,) = doc._.amounts
    assert span._.kind == "other"
    assert "deal-context" not in [lk.rule for lk in span._.links]


def test_a_french_name_s_trade_is_before_de(nlp):
    from pipeline.link.industry import _last_phrase

    table = {"avions": "aerospace_defense", "transport": "infrastructure", "banco": "financials"}
    assert _last_phrase("avions de transport regional".split(), table) == "aerospace_defense"
    assert _last_phrase("banco de bilbao".split(), table) == "financials"


@pytest.mark.parametrize(
    ("sentence", "written", "links"),
    [
        ("Beta Foods rejected Acme Group's proposed 480m pounds offer in March.",
         "480m pounds", [("Acme Group", "payer"), ("Beta Foods", "payee")]),
        # no company subject: shareholders are no side
        ("Shareholders rejected Acme Group's 480m pounds offer for Beta Foods.", "480m pounds",
         [("Acme Group", "payer"), ("Beta Foods", "payee")]),
    ],
)
def test_the_company_that_rejects_a_named_bidder_s_offer_is_bid_for(nlp, sentence, written,
                                                                    links):  # fmt: skip
    doc = nlp(sentence)
    (span,) = [s for s in doc._.amounts if s.text == written]
    assert sorted((lk.company, lk.role) for lk in span._.links) == sorted(links)
