"""A deal's amount belongs to both sides, each with its role (FACTS.md "One fact",
pipeline/link/rules/deals.py). Sentences are real news from BBC business articles
outside the gold sets, and invented ones for the rules' other branches."""

import pytest

CASES = [
    # (source, sentence, amount, [(company, role), ...])
    ("bbc/business/300", "Pharmaceutical giant Johnson & Johnson has agreed to buy medical "
     "technology firm Guidant for $25.4bn (£13bn).", "$25.4bn",
     [("Johnson & Johnson", "payer"), ("Guidant", "payee")]),
    ("bbc/business/188", "Earlier this month, SBC Communications agreed to buy its former parent "
     "and phone trailblazer AT&T for about $16bn.", "$16bn",
     [("SBC Communications", "payer"), ("AT&T", "payee")]),
    # the owner of the unit bought ("X's chains") is paid for it (web BG, IOL 2022)
    ("web BG", "Shoprite, Africa's biggest retailer, said on Friday that it would acquire "
     "Massmart's wholesale and retail chains for R1.4 billion, beating rival Pick n Pay to "
     "the deal.", "R1.4 billion", [("Shoprite", "payer"), ("Massmart", "payee")]),
    ("invented", "Acme sold its steel unit to Beta Industries for $2 billion.", "$2 billion",
     [("Acme", "payee"), ("Beta Industries", "payer")]),
    # "a deal between X and Y": the side no other rule named is a partner (web AT, 2022;
    # web BH, 2019); the first keeps its kind's role (investing: payer)
    ("web AT", "The first large-scale electric vehicle battery plant in Canada will be built "
     "in Windsor, Ont., a C$5.1-billion joint venture between global auto giant Stellantis NV "
     "and South Korea’s LG Energy Solution, the federal and provincial governments announced "
     "on Wednesday.", "C$5.1-billion",
     [("Stellantis NV", "payer"), ("LG Energy Solution", "partner")]),
    ("web BH", "The deal between Aramco and Malaysia’s Petronas for the $27 billion project "
     "will be signed on Tuesday.", "$27 billion", [("Aramco", "payer"), ("Petronas", "partner")]),
    # the parser hangs the wire's bracketed name off the describing noun before it
    ("reut2-019 #19507", "LONDON, June 29 - Willis Faber Plc <WIFL.L> will make an\nagreed "
     "302.6 mln stg offer for fellow insurance broker <Stewart\nWrightson Plc>, a joint "
     "statement said.", "302.6 mln stg",
     [("Willis Faber Plc", "payer"), ("Stewart Wrightson Plc", "payee")]),
    ("invented", "Acme Corp raised its bid for Beta Industries to $31 a share.", "$31",
     [("Acme Corp", "payer"), ("Beta Industries", "payee")]),
    ("after bbc/business/435", "Microsoft has paid $1bn for US software maker Acme Corp, "
     "bought last month.", "$1bn", [("Microsoft", "payer"), ("Acme Corp", "payee")]),
    # a deal noun's "by X" is the buyer, and the subject that agreed to it is bought
    ("bbc/business/485", "Meanwhile, UK-based firm Aggregate Industries said it had agreed a "
     "£1.8bn takeover by Holcim.", "£1.8bn",
     [("Aggregate Industries", "payee"), ("Holcim", "payer")]),
    # "one of its rivals, X": the name in apposition to what "one" is picked from
    ("invented", "Acme Bank said it would spend $3.3bn to buy one of Ruritania's largest "
     "lenders, Beta Savings Bank.", "$3.3bn",
     [("Acme Bank", "payer"), ("Beta Savings Bank", "payee")]),
    # a sale's "to X" buys; the seller is paid
    ("reut2-011 #11257", "Rexnord Inc said it has completed the sale of its Fairfield "
     "Manufacturing Co subsidiary to NEOAX Inc for 70.5 mln dlrs.", "70.5 mln dlrs",
     [("Rexnord Inc", "payee"), ("NEOAX Inc", "payer")]),
    ("reut2-013 #13077", "RKO General Inc completed the sale of WOR-TV to MCA Inc for 387 "
     "mln dlrs.", "387 mln dlrs", [("RKO General Inc", "payee"), ("MCA Inc", "payer")]),
    # a bid noun's "from X" is the bidder; the company that rejects or gets it is bought
    ("invented", "Canadian miner Beta Resources has rejected a takeover offer worth 2.1bn "
     "Canadian dollars ($1.7bn; £900m) from Acme Mining.", "2.1bn Canadian dollars",
     [("Beta Resources", "payee"), ("Acme Mining", "payer")]),
    ("invented", "Beta Foods rejected a £480m takeover bid from Acme Group.", "£480m",
     [("Beta Foods", "payee"), ("Acme Group", "payer")]),
    # a purchase noun: its "of X" is bought; else the seller, "from X", is paid
    ("reut2-015", "S and P said the downgrade reflected Lanesborough's planned purchase of "
     "Ampex Corp from Allied-Signal Inc for 479 mln dlrs.", "479 mln dlrs",
     [("Ampex Corp", "payee")]),
    ("invented", "Acme Energy completed the acquisition of a 40 pct interest in the Beta field "
     "from Gamma Oil Corp for 40 mln dlrs.", "40 mln dlrs",
     [("Acme Energy", "payer"), ("Gamma Oil Corp", "payee")]),
    # a passive buying verb: its subject, or the company a share of it names, is bought
    ("invented", "Acme Corp was acquired by Bolt Industries for $2 billion in 2019.",
     "$2 billion", [("Bolt Industries", "payer"), ("Acme Corp", "payee")]),
    ("invented", "In 2011, 60% of Beta Mining was bought by Acme Resources for $580m.",
     "$580m", [("Acme Resources", "payer"), ("Beta Mining", "payee")]),
    # "it" as a passive buying verb's subject stands for the company in focus (invented,
    # in the form of BBC business 025; "which was acquired by X" is no such "it")
    ("invented", "Harlow Systems lost its main unit last year. It was bought for $9.4bn by "
     "Daebok Electronics Inc.", "$9.4bn",
     [("Daebok Electronics Inc.", "payer"), ("Harlow Systems", "payee")]),
    # a contract or an order awarded to a company: it is paid
    ("invented", "The Navy awarded a $1 billion contract to Lockheed Martin Corp on Friday.",
     "$1 billion", [("Lockheed Martin Corp", "payee")]),
    ("invented", "A $450 million contract was awarded to Bechtel Corp for the pipeline.",
     "$450 million", [("Bechtel Corp", "payee")]),
    # a takeover proposal is a bid: its "for X" is bought; a company that receives or
    # recommends one from a named bidder is what the bid is for
    ("reut2-001 #1719", "TRANS WORLD AIRLINES MAKES 52 DLR/SHARE CASH MERGER PROPOSAL FOR "
     "USAIR", "52 DLR", [("Usair", "payee")]),  # cased: companies/casing.py
    ("invented", "Cadbury Schweppes said it received a takeover proposal worth £10bn from "
     "Kraft Foods.", "£10bn", [("Cadbury Schweppes", "payee"), ("Kraft Foods", "payer")]),
    ("invented", "MACA Ltd has recommended a $350.2 million acquisition offer from Thiess "
     "Group Investments.", "$350.2 million",
     [("MACA Ltd", "payee"), ("Thiess Group Investments", "payer")]),
    # the shares in a company, or its owner's stake, are what a buyer pays for
    ("invented", "Centuria Capital Group is looking to buy all of the shares in Augusta "
     "Capital for $2 each.", "$2",
     [("Centuria Capital Group", "payer"), ("Augusta Capital", "payee")]),
    ("invented", "Bank of China will acquire Fexco's 51 per cent stake in Goodbody "
     "Stockbrokers for €78.5 million.", "€78.5 million",
     [("Bank of China", "payer"), ("Fexco", "payee")]),
    # a company invested in is bought into
    ("invented", "Quantum Partners completed a $40 million investment in Beta Robotics Inc.",
     "$40 million", [("Quantum Partners", "payer"), ("Beta Robotics Inc.", "payee")]),
]


def test_a_round_s_lead_investor_owns_none_of_its_other_figures(nlp):
    # the valuation the parse hangs on "led" is the raiser's, as is the round itself
    text = ("Flutterwave raised $250 million in Series D funding led by B Capital Group at a "
            "valuation of $3 billion.")
    assert _links(nlp, text, "$3 billion") == [("Flutterwave", "self")]
    assert _links(nlp, text, "$250 million") == [("Flutterwave", "payee"),
                                                 ("B Capital Group", "payer")]  # fmt: skip


def test_an_investment_in_a_company_named_in_passing_is_no_side(nlp):
    # bbc/tech/065: Sequoia's other investments are not this $2m's sides
    text = ("In April 1995 they persuaded venture capitalists Sequoia Capital, which also "
            "invested in Apple Computer and Cisco Systems, to fund Yahoo to the tune of $2m.")
    assert [c for c, _ in _links(nlp, text, "$2m")] == ["Sequoia Capital"]


def _links(nlp, sentence: str, written: str) -> list[tuple[str, str]]:
    doc = nlp(sentence)
    (span,) = [s for s in doc._.amounts if written in s.text]
    return [(lk.company, lk.role) for lk in span._.links]


@pytest.mark.parametrize(("source", "sentence", "written", "links"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_deal_gives_both_sides(nlp, source, sentence, written, links):
    assert _links(nlp, sentence, written) == links


def test_roles_follow_the_kind(nlp):
    assert _links(nlp, "Acme raised $60 million in a Series C round.", "$60 million") == [
        ("Acme", "payee")
    ]
    assert _links(nlp, "Acme will invest $2 billion in a new plant.", "$2 billion") == [
        ("Acme", "payer")
    ]
    assert _links(nlp, "Acme posted a net profit of $5 million.", "$5 million") == [
        ("Acme", "self")
    ]


def test_a_government_on_one_side_gets_no_fact(nlp):
    links = _links(nlp, "Acme agreed to buy the stake from the government for $3 billion.",
                   "$3 billion")
    assert links == [("Acme", "payer")]


@pytest.mark.parametrize(
    ("sentence", "written", "owners"),
    [
        # bbc/business/475 (outside the gold sets): the fined pay
        ("Back in December, Vivendi and its former chief executive Jean-Marie Messier were "
         "each fined 1m euros ($1.3m).", "1m euros", ["Vivendi"]),
        # invented: money claimed in a lawsuit against X is what X would pay
        ("Shareholders filed a $100m lawsuit against Acme Corp.", "$100m", ["Acme Corp."]),
        ("The regulator fined Acme Bank $20 million for misleading customers.", "$20 million",
         ["Acme Bank"]),
        ("The commission announced a 90 million euro fine against Acme Corp.",
         "90 million euro", ["Acme Corp."]),
        ("The government will provide Acme Motors with a $50 million grant.", "$50 million",
         ["Acme Motors"]),
    ],
)
def test_the_object_that_pays_or_receives_owns_the_amount(nlp, sentence, written, owners):
    assert [c for c, _ in _links(nlp, sentence, written)] == owners


def test_money_lent_gives_the_lender_and_the_borrower(nlp):
    links = _links(nlp, "Acme Steel took a $500 million loan from Beta Bank Corp to fund its "
                   "expansion.", "$500 million")
    assert links == [("Acme Steel", "payee"), ("Beta Bank Corp", "payer")]


def test_a_price_per_share_of_another_company_is_a_deal_with_both_sides(nlp):
    links = _links(nlp, "Acme Foods is offering 500p cash per Beta Confectionery share.",
                   "500p")
    assert links == [("Acme Foods", "payer"), ("Beta Confectionery", "payee")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike is expected to cost Acme Airlines $10 million.",
        "Acme Airlines said the strike would cost the company $10 million.",
        "Goodrich made the faulty landing gear. The cost to Acme Airlines is estimated at "
        "$10 million a day.",
    ],
)
def test_what_a_thing_costs_a_company_is_that_company_s(nlp, sentence):
    assert [c for c, _ in _links(nlp, sentence, "$10 million")] == ["Acme Airlines"]


STORY_DEALS = [
    ("Verdant Foods has agreed to buy Castlebrook Inc. for $6.7 billion. Shareholders of "
     "Castlebrook will receive 0.4 Verdant shares plus $1.50 in cash for each share.", "$1.50"),
    ("Verdant Foods is offering 500p cash per Castlebrook share for the chocolate maker. The "
     "deal gives the company a total value of 837p, down from 850p.", "837p"),
]


@pytest.mark.parametrize(("text", "written"), STORY_DEALS, ids=["per share", "the deal"])
def test_a_sentence_that_speaks_of_the_story_s_deal_takes_its_sides(nlp, text, written):
    """No side in the sentence: a price per share, or "the deal" as its subject, belongs to
    the deal the story told of last (rule deal-context), payer and payee as there."""
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if s.text.endswith(written)]
    assert span._.kind == "deal"
    got = sorted((lk.company.split()[0], lk.role) for lk in span._.links)
    assert got == [("Castlebrook", "payee"), ("Verdant", "payer")]
    assert "deal-context" in {lk.rule for lk in span._.links}


def test_a_deal_named_in_passing_does_not_take_the_story_s_sides(nlp):
    text = (
        "Verdant Foods has agreed to buy Castlebrook Inc. for $6.7 billion. So far, including "
        "the latest deal, just under $500m has been recovered by creditors."
    )
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if "$500m" in s.text]
    assert all(lk.rule != "deal-context" for lk in span._.links)


def test_the_companies_of_a_deal_are_both_its_sides(nlp):
    text = (
        "Verdant Foods has agreed to buy Castlebrook Inc. for $6.7 billion. The merger is "
        "expected to save the companies $500 million a year."
    )
    (span,) = [s for s in nlp(text)._.amounts if "$500 million" in s.text]
    assert sorted(lk.company for lk in span._.links) == ["Castlebrook Inc.", "Verdant Foods"]


def test_the_cost_to_a_company_as_a_subject_is_that_company_s(nlp):
    """ "The cost to X is estimated at $N": X pays, read off the subject (object-of-verb),
    not left to the article's focus."""
    doc = nlp("Goodrich said the cost to Acme Airlines was estimated at $10 million a day.")
    (span,) = doc._.amounts
    assert [(lk.company, lk.rule) for lk in span._.links] == [("Acme Airlines", "object-of-verb")]


@pytest.mark.parametrize("text", [
    "The Treasury approved $5.4 billion for Harbour Airlines under the relief scheme.",
    "Harbour Airlines said the Treasury had approved $5.4 billion for the airline.",
    "The government has issued a $5.4 billion guarantee to Harbour Airlines.",
])  # fmt: skip
def test_what_a_public_body_approves_for_a_company_is_that_company_s(nlp, text):
    """ "the Treasury approved $5.4 billion for X": X receives it (object-of-verb, payee)."""
    (span,) = nlp(text)._.amounts
    assert [(lk.company, lk.rule, lk.role) for lk in span._.links] == [
        ("Harbour Airlines", "object-of-verb", "payee")
    ]


def test_the_deal_an_earlier_sentence_told_of(nlp):
    """ "X sold its unit to Y." ... "The $N deal ...": the sides come from the sentence
    that told of the deal without a price (written for this test)."""
    text = (
        "The survey comes a week after Harlow Systems sold its printer division to "
        "Korean electronics maker Daebok. The $420m deal is expected to close in March."
    )
    (span,) = nlp(text)._.amounts
    assert {(lk.company, lk.role) for lk in span._.links} == {
        ("Harlow Systems", "payee"), ("Daebok", "payer")
    }


def test_the_deal_a_plan_to_buy_a_unit_told_of(nlp):
    """ "X plans to acquire a product line from Y." ... "The $N deal": the subject of the
    plan buys, the seller of the unit is paid (written for this test)."""
    text = (
        "Harlow Systems plans to acquire the printer line from Daebok Electronics Inc. The "
        "$113 million cash deal follows an auction held in February."
    )
    (span,) = nlp(text)._.amounts
    assert {(lk.company, lk.role) for lk in span._.links} == {
        ("Harlow Systems", "payer"), ("Daebok Electronics Inc.", "payee")
    }


def test_the_deal_of_the_nearest_sentence_beats_an_earlier_priced_one(nlp):
    """A round-up's second deal: "The $N deal" is the one the sentence before told of,
    not the first item's deal with its price (written for this test)."""
    text = (
        "Harlow Systems bought Daebok Electronics Inc for $113 million in cash. Tamar Steel "
        "Corp has sold its coatings unit to Brill Partners LLC. The $74 million deal allows "
        "Tamar Steel to focus on steel."
    )
    spans = [s for s in nlp(text)._.amounts if "$74 million" in s.text]
    assert {(lk.company, lk.role) for lk in spans[0]._.links} == {
        ("Tamar Steel Corp", "payee"), ("Brill Partners LLC", "payer")
    }


def test_an_analyst_s_employer_is_not_the_company_in_focus(nlp):
    # invented, after reut2-010 #10017: the shares are the offering company's
    text = ("Acme Rail Corp sold 50 mln shares at 28 dlrs each in its offering. Analyst Jane "
            "Roe of Beta Securities Inc believes some investors will be tempted to sell. The "
            "shares climbed 3 dlrs to 31 dlrs by midday.")
    assert [c for c, _ in _links(nlp, text, "31 dlrs")] == ["Acme Rail Corp"]


def test_a_sale_in_the_clause_does_not_price_another_figure(nlp):
    # bbc/business/299: the tax bill is no price of the sale
    text = ("Russian prosecutors are forcing the sale of the firm's most lucrative asset "
            "Yuganskneftegas to help pay a $27bn (£14bn) back tax bill.")
    assert "Yuganskneftegas" not in [c for c, _ in _links(nlp, text, "$27bn")]


def test_a_buyer_takes_shares_from_a_seller_the_seller_is_a_side(nlp):
    # reut2-018, in no gold set: what is bought is no company, so its seller is the side
    text = (
        "TPI Enterprises Inc said chairman Stephen R. Cohen may be one of the partners in a "
        "partnership formed by AMC Entertainment Inc <AEN> and Phillip E. Cohen to own "
        "6,275,144 TPI shares.\n"
        "    Yesterday AMC announced that it and Cohen had agreed to buy the shares from Rank "
        "America Inc for six dlrs each.\n"
    )
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if s.text.startswith("six dlrs")]
    sides = {lk.company: lk.role for lk in span._.links}
    assert sides.get("Rank America Inc") == "payee"


def test_a_buyer_of_a_named_company_does_not_add_its_parent(nlp):
    # reut2-015..019, in no gold set: the target is named, its former parent is no side
    doc = nlp("Energas Co said it has agreed in principle to purchase Western Kentucky Gas Co "
              "from Texas American Energy Corp for 61.5 mln dlrs.")
    (span,) = doc._.amounts
    names = [lk.company for lk in span._.links]
    assert "Western Kentucky Gas Co" in names and "Texas American Energy Corp" not in names


def test_an_order_of_a_maker_s_planes_gives_the_maker_a_side(nlp):
    # BBC business 407, in no gold set
    doc = nlp("Recently, India's first low-cost airline ordered 30 Airbus A320 planes "
              "for $1.8bn.")
    (span,) = doc._.amounts
    sides = {lk.company: lk.role for lk in span._.links}
    assert sides.get("Airbus") == "payee"
