"""The newsfacts_linker component on sentences written for these tests (none from the seeds)."""

from __future__ import annotations

import pytest

from pipeline.link.rules.parse import Link


def _amount(doc, text):
    for span in doc._.amounts:
        if text in span.text:
            return span
    raise AssertionError(f"no amount {text!r} in {[s.text for s in doc._.amounts]}")


def _companies(nlp, sentence, amount):
    return [link.company for link in _amount(nlp(sentence), amount)._.links]


LINK_CASES = [
    # (sentence, amount words, expected companies, rule of the first link)
    (
        "Honda will invest $5 billion in a new assembly plant in Ohio.",
        "$5 billion",
        ["Honda"],
        "subject-of-verb",
    ),
    (
        "Ford plans to spend $2 billion on a battery factory in Kentucky.",
        "$2 billion",
        ["Ford"],
        "subject-of-verb",
    ),
    (
        "Sony and Nikon will spend $2 billion to build a chip factory.",
        "$2 billion",
        ["Sony", "Nikon"],
        "subject-of-verb",
    ),
    (
        "Siemens's $3 billion commitment underscores its confidence in rail.",
        "$3 billion",
        ["Siemens"],
        "possessive",
    ),
    (
        "The state of Texas will spend $4 billion on highways in partnership with Fluor.",
        "$4 billion",
        ["Fluor"],
        "partner",
    ),
    (
        "Pfizer agreed to buy Seagen for $43 billion in cash.",
        "$43 billion",
        ["Pfizer", "Seagen"],  # a deal belongs to both sides (FACTS.md)
        "subject-of-verb",
    ),
    (
        "Nokia posted a net loss of $200 million in the third quarter.",
        "$200 million",
        ["Nokia"],
        "subject-of-verb",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "amount", "companies", "rule"), LINK_CASES, ids=[c[0][:40] for c in LINK_CASES]
)
def test_link_subject_possessive_partner(nlp, sentence, amount, companies, rule):
    links = _amount(nlp(sentence), amount)._.links
    assert [link.company for link in links] == companies
    assert links[0].rule == rule
    assert all(isinstance(link, Link) and link.path for link in links)


@pytest.mark.parametrize(
    "sentence",
    ["Sequoia Capital led a $120 million funding round in Canva."],
    ids=["round-in"],
)
def test_link_deal_lead_and_target(nlp, sentence):
    links = _amount(nlp(sentence), "$120 million")._.links
    assert [link.company for link in links][:1] == ["Sequoia Capital"]
    assert "Canva" in [link.company for link in links]
    assert any(link.rule == "deal-target" for link in links)


@pytest.mark.parametrize(
    ("text", "amount", "companies"),
    [
        (
            "Hitachi Announces Plans to Invest $2 Billion in Power Grid Business\n\nBody text.",
            "$2 Billion",
            ["Hitachi"],
        ),
        (
            "Canon, Ricoh to Spend $3 Billion on Printer Plants\n\nBody text.",
            "$3 Billion",
            ["Canon", "Ricoh"],
        ),
        (  # a headline's "Declares" ends the name
            "Harbor Energy Declares Special Dividend Of $0.25 Per Share\n\nBody text.",
            "$0.25",
            ["Harbor Energy"],
        ),
    ],
    ids=["one-subject", "two-subjects", "declares"],
)
def test_link_headline(nlp, text, amount, companies):
    links = _amount(nlp(text), amount)._.links
    assert [link.company for link in links] == companies
    assert {link.rule for link in links} == {"headline"}


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        (
            "Hitachi reported a record year. It will spend $800 million on transformer plants.",
            "$800 million",
            "Hitachi",
        ),
        (
            "Unilever opened a new office. The company will invest $300 million in Vietnam.",
            "$300 million",
            "Unilever",
        ),
    ],
    ids=["it", "the-company"],
)
def test_link_coref_pronoun(nlp, text, amount, company):
    links = _amount(nlp(text), amount)._.links
    assert [link.company for link in links] == [company]
    assert links[0].rule == "coref-pronoun"


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "The German government will provide $9 billion in subsidies for chip plants.",
            "$9 billion",
        ),
        ("Canada will invest $6 billion in new ports.", "$6 billion"),
        ("France's $2 billion fund will back start-ups.", "$2 billion"),
        ("The government said it would spend $1 billion on schools.", "$1 billion"),
    ],
    ids=["government", "country", "country-possessive", "pronoun-for-government"],
)
def test_link_government_is_not_company(nlp, sentence, amount):
    assert _amount(nlp(sentence), amount)._.links == []


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "The global market for industrial robots is expected to reach $75 billion.",
            "$75 billion",
        ),
        ("Analysts at Barclays said the market for drones could reach $40 billion.", "$40 billion"),
    ],
    ids=["market-size", "market-size-with-org-nearby"],
)
def test_link_market_size_has_no_company(nlp, sentence, amount):
    assert _amount(nlp(sentence), amount)._.links == []


@pytest.mark.parametrize(
    ("sentence", "amount", "kind"),
    [
        ("Honda will invest $5 billion in a new plant.", "$5 billion", "investment"),
        ("Canva raised $200 million from investors.", "$200 million", "funding"),
        ("Pfizer agreed to buy Seagen for $43 billion.", "$43 billion", "deal"),
        ("Acme Robotics Inc was valued at $65 billion.", "$65 billion", "valuation"),
        ("Nokia posted a net loss of $200 million.", "$200 million", "financials"),
        ("Nokia earned 1.25 dlrs a share in the quarter.", "1.25 dlrs", "financials"),
        ("The painting is expected to fetch $5 million.", "$5 million", "other"),
    ],
    ids=["investment", "funding", "deal", "valuation", "financials", "per-share", "other"],
)
def test_link_kind_triggers(nlp, sentence, amount, kind):
    assert _amount(nlp(sentence), amount)._.kind == kind


@pytest.mark.parametrize(
    ("sentence", "amount", "year"),
    [
        ("Ford plans to invest $1 billion in battery production by 2027.", "$1 billion", 2027),
        ("Honda will spend $2 billion on the plant, which opens in 2028.", "$2 billion", 2028),
        ("Honda will spend $2 billion on the plant.", "$2 billion", None),
    ],
    ids=["by", "in", "none"],
)
def test_link_target_year(nlp, sentence, amount, year):
    assert _amount(nlp(sentence), amount)._.target_year == year


@pytest.mark.parametrize(
    "sentence",
    ["Honda will invest $5 billion in a new plant, while Ford will spend $1 billion on software."],
    ids=["two-amounts"],
)
def test_link_each_amount_its_own_subject(nlp, sentence):
    doc = nlp(sentence)
    assert [link.company for link in _amount(doc, "$5 billion")._.links] == ["Honda"]
    assert [link.company for link in _amount(doc, "$1 billion")._.links] == ["Ford"]


# -- rules added with the focus tracker (sentences written for these tests) --


@pytest.mark.parametrize(
    ("text", "amount", "company", "rule"),
    [
        (
            "Zorvath Industries said profits held up.\n\nThe miner reported underlying "
            "earnings of $2.1 billion for the year.",
            "$2.1 billion",
            "Zorvath Industries",
            "coref-pronoun",
        ),
        (
            "Quillon Systems Inc opened a plant.\n\nThe Denver-based company reported revenue "
            "of $3.2 billion and earnings of 41 cents a share.",
            "41 cents",
            "Quillon Systems Inc",
            "coref-pronoun",
        ),
        (
            "Pellucid Robotics Inc raised new money on Tuesday, valuing it at $2 billion.",
            "$2 billion",
            "Pellucid Robotics Inc",
            "coref-pronoun",
        ),
    ],
    ids=["the-miner", "the-x-based-company", "valuing-it"],
)
def test_link_definite_description_and_pronoun_object(nlp, text, amount, company, rule):
    links = _amount(nlp(text), amount)._.links
    assert [link.company for link in links] == [company]
    assert links[0].rule == rule


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Orbison Partners and Halvard Capital Corp also took part. The company said "
            "it would spend $90 million.",
            "$90 million",
        ),
    ],
    ids=["it-skips-x-and-y"],
)
def test_link_singular_reference_skips_groups(nlp, text, amount):
    doc = nlp("Tenbrook Labs Inc raised $40 million on Monday. " + text)
    assert [link.company for link in _amount(doc, amount)._.links] == ["Tenbrook Labs Inc"]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Marrowby Corp will contribute 7 billion yuan and Fenwick Corp the remaining "
            "3 billion yuan.",
            "Marrowby Corp",
            "Fenwick Corp",
        ),
        (
            "Last year Marrowby Corp was ranked second with 7 billion yuan, with Fenwick Corp "
            "right behind with 3 billion yuan.",
            "Marrowby Corp",
            "Fenwick Corp",
        ),
    ],
    ids=["gapped-verb", "with Y behind with $M"],
)
def test_link_gapping(nlp, sentence, first, second):
    doc = nlp(sentence)
    assert [lk.company for lk in _amount(doc, "7 billion")._.links] == [first]
    links = _amount(doc, "3 billion")._.links
    assert [lk.company for lk in links] == [second]
    assert links[0].rule == "gapping"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "TRELLWICK MILLS CORP 2ND QTR NET\n    Shr 85 cts vs 71 cts\n"
            "    Net 4.2 mln vs 3.5 mln\n    Revs 61.3 mln vs 58.8 mln\n",
            ["85 cts", "4.2 mln", "61.3 mln"],
        ),
    ],
    ids=["wire-earnings-table"],
)
def test_link_table_row_belongs_to_headline_company(nlp, text, amounts):
    doc = nlp(text)
    for words in amounts:
        links = _amount(doc, words)._.links
        assert [lk.company.upper() for lk in links] == ["TRELLWICK MILLS CORP"], words
        assert links[0].rule == "table-row"


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        (
            "Dunmore Brewing Co posted a record year. Shares rose 5% to $18.40.",
            "$18.40",
            "Dunmore Brewing Co",
        ),
        (
            "Dunmore Brewing Co will spend $900 million on two plants. About $300 million "
            "of the total will come from a bond sale.",
            "$300 million",
            "Dunmore Brewing Co",
        ),
    ],
    ids=["shares-rose", "of-the-total"],
)
def test_link_focus_owns_company_internal_nouns(nlp, text, amount, company):
    links = _amount(nlp(text), amount)._.links
    assert [lk.company for lk in links] == [company]
    assert links[0].rule == "focus"


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Dunmore Brewing Co opened a plant. Provincial officials said the projects "
         "could get as much as $40 million in tax credits.", "$40 million"),
        ("Dunmore Brewing Co opened a plant. The province will pay $50 million of the cost.",
         "$50 million"),
    ],
    ids=["officials-said", "province-pays"],
)
def test_link_focus_stops_at_public_actors(nlp, sentence, amount):
    assert _amount(nlp(sentence), amount)._.links == []


@pytest.mark.parametrize(
    ("sentence", "companies"),
    [
        (
            "The commission approved $2 billion of aid for a plant that Corvane Corp is "
            "building with Halden Corp in Ohio.",
            ["Corvane Corp", "Halden Corp"],
        ),
    ],
    ids=["plant-that-x-builds"],
)
def test_link_beneficiary_builds_what_money_is_for(nlp, sentence, companies):
    links = _amount(nlp(sentence), "$2 billion")._.links
    assert [lk.company for lk in links] == companies
    assert links[0].rule == "beneficiary"


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        # a name NER misses, found as the subject of a money verb
        ("Zindara reported quarterly sales of $4.1 billion.", "$4.1 billion", "Zindara"),
        # a legal suffix makes a name
        ("Shares of Brantley Corp fell. Brantley Corp earned $80 million.", "$80 million",
         "Brantley Corp"),
        # the short form of a name given in full before
        ("Ostrava Cable Group won an order. Ostrava said it would invest $180 million.",
         "$180 million", "Ostrava Cable Group"),
    ],
    ids=["subject-of-money-verb", "legal-suffix", "short-form"],
)
def test_link_recovers_names_ner_misses(nlp, text, amount, company):
    assert [lk.company for lk in _amount(nlp(text), amount)._.links] == [company]


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        (
            "Lithium miner Tarrawong raises $500m for refinery\n\nTarrawong Minerals said on "
            "Monday it had raised the money.",
            "$500m",
            "Tarrawong Minerals",
        ),
        (
            "Vellamo Foods to buy rival snack maker for $1.2 billion\n\nBody text follows.",
            "$1.2 billion",
            "Vellamo Foods",
        ),
    ],
    ids=["descriptor-before-name", "x-to-buy"],
)
def test_link_sentence_case_headline(nlp, text, amount, company):
    links = _amount(nlp(text), amount)._.links
    assert [lk.company for lk in links] == [company]
    assert links[0].rule == "headline"


@pytest.mark.parametrize(
    ("sentence", "amount", "sector"),
    [
        ("Halden Corp arranged a $300 million loan facility with a group of banks.",
         "$300 million", ""),
        ("Halden Corp will spend $300 million on a battery plant.", "$300 million", "batteries"),
    ],
    ids=["lender-is-not-sector", "sector-term"],
)
def test_link_sector_skips_money_source(nlp, sentence, amount, sector):
    assert _amount(nlp(sentence), amount)._.sector == sector


# -- rules of the real-news round: each on sentences written for it ------------------


def _rules(nlp, text, amount):
    return [(link.company, link.rule) for link in _amount(nlp(text), amount)._.links]


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        ("Reuters cut its debt to £160m last year.", "£160m", "Reuters"),
        (
            "Acme Foods will invest $2 billion in a plant, a spokesman told Reuters.",
            "$2 billion",
            "Acme Foods",
        ),
        ("Bloomberg reported that the bridge will cost $3 billion.", "$3 billion", None),
    ],
    ids=["agency-acts", "agency-told", "agency-reports"],
)
def test_link_news_agency_only_when_it_acts(nlp, text, amount, company):
    assert _companies(nlp, text, amount) == ([company] if company else [])


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        (
            "Globex said net profit rose to $120 million in the quarter from $95 million "
            "a year earlier.",
            "$95 million",
            "Globex",
        ),
        (
            "Initech earned $3.1 billion, or $1.20 a share, vs $2.8 billion, or $1.05 a share.",
            "$1.05",
            "Initech",
        ),
        (
            "Hartwell Mining raised $40 million, while the government pledged $10 million.",
            "$10 million",
            None,
        ),
    ],
    ids=["from-a-year-earlier", "vs-per-share", "new-subject-stops"],
)
def test_link_compared_figure_shares_owner(nlp, text, amount, company):
    assert _companies(nlp, text, amount) == ([company] if company else [])


@pytest.mark.parametrize(
    ("text", "amount", "company", "rule"),
    [
        (
            "Quarterly profits at German engineering group Siemens rose 12% to $1.2 billion.",
            "$1.2 billion",
            "Siemens",
            "subject-of-verb",
        ),
        (
            "The consolidation is being driven by Initech, the largest chipmaker. "
            "It spent $4 billion on new plants last year.",
            "$4 billion",
            "Initech",
            "coref-pronoun",
        ),
        (
            "The plants became part of Siemens when it bought rival Alstom in a $3 billion deal.",
            "$3 billion",
            "Siemens",
            "coref-pronoun",
        ),
        (
            "Hartwell Motors reported results on Tuesday. "
            "The carmaker saw quarterly profits fall to $500 million.",
            "$500 million",
            "Hartwell Motors",
            "coref-pronoun",
        ),
    ],
    ids=["descriptor-apposition", "passive-agent-topic", "pronoun-in-when-clause",
         "saw-profits-fall"],  # fmt: skip
)
def test_link_owner_through_clauses(nlp, text, amount, company, rule):
    assert _rules(nlp, text, amount)[:1] == [(company, rule)]


# Rules first written for one seed sentence, kept because sentences from other
# news (written for these tests) need them: without the rule, each gets no owner
# or the wrong one.
PROVEN_CASES = [
    # "$N is what it plans to spend": the subject of the copula's clause
    (
        "Hyundai Motor said it would expand its Alabama car plant.\n\n"
        "About $2 billion is what it expects to invest over five years.",
        "$2 billion",
        ["Hyundai Motor"],
        "coref-pronoun",
    ),
    (
        "Siemens Energy announced a new turbine factory in Texas. "
        "$500 million is what the company plans to spend on the site.",
        "$500 million",
        ["Siemens Energy"],
        "coref-pronoun",
    ),
    # "with X among them": the named members of a spending group
    (
        "European banks will lend $30 billion to the pipeline project, "
        "with BNP Paribas and Deutsche Bank among them.",
        "$30 billion",
        ["BNP Paribas", "Deutsche Bank"],
        "subject-including",
    ),
    (
        "Retailers will spend $5 billion on warehouse robots this year, with Walmart among them.",
        "$5 billion",
        ["Walmart"],
        "subject-including",
    ),
    # a curly possessive the parser reads as a verb
    (
        "Toyota\u2019s $10 billion investment in North Carolina was announced on Tuesday.",
        "$10 billion",
        ["Toyota"],
        "possessive",
    ),
    # "it" after "X and Y ... with Z": the single company they dealt with
    (
        "Microsoft and Nvidia joined forces with Anthropic in November. "
        "It will raise $15 billion from the two companies.",
        "$15 billion",
        ["Anthropic"],
        "coref-pronoun",
    ),
]


@pytest.mark.parametrize(("text", "amount", "companies", "rule"), PROVEN_CASES)
def test_link_seed_rules_hold_on_other_news(nlp, text, amount, companies, rule):
    links = _amount(nlp(text), amount)._.links
    assert [link.company for link in links] == companies
    assert links[0].rule == rule


@pytest.mark.parametrize(
    ("text", "amount", "sector"),
    [
        (PROVEN_CASES[0][0], "$2 billion", "automotive"),
        (PROVEN_CASES[1][0], "$500 million", "energy"),
    ],
)
def test_link_referring_amount_takes_sector_of_sentence_referred_to(nlp, text, amount, sector):
    """ "... is what it plans to invest": no sector in the sentence; the one "it" points to."""
    assert _amount(nlp(text), amount)._.sector == sector


@pytest.mark.parametrize(
    ("text", "amount", "companies"),
    [
        # no owner in the sentence: the company the article is about
        (
            "Orvane Mining cuts costs\n\nOrvane Mining said on Monday it would close two pits."
            "\n\nThe closures will save about $40 million a year.",
            "$40 million",
            ["Orvane Mining"],
        ),
        # a story about public money has no company in focus
        (
            "Japan pledges more for industry\n\nJapan's finance ministry said the plan would "
            "grow. Japan will spend $20 billion on ports.\n\nOver $300 billion will go to "
            "energy projects.",
            "$300 billion",
            [],
        ),
        # what analysts expect of the company is its forecast result (the dev gold's
        # "eBay's profit was 33 cents a share, but analysts had expected 34 cents")
        (
            "Kestrel Foods shares jump\n\nKestrel Foods reported results on Tuesday.\n\n"
            "Analysts expect $2 billion in sales next year.",
            "$2 billion",
            ["Kestrel Foods"],
        ),
        # the sentence is about other people's money
        (
            "Kestrel Foods shares jump\n\nKestrel Foods reported results on Tuesday.\n\n"
            "Shoppers spent $2 billion on frozen food last year.",
            "$2 billion",
            [],
        ),
        # a person who only reports the amount does not take it from the company
        # (Reuters reut2-011 and BBC business, neither in a gold set)
        (
            "Taft Broadcasting Co to sell stations\n\nTaft Broadcasting Co said it agreed "
            "to sell its stations.\nAt the time, Taft chairman Charles Mechem said the "
            "transaction would result in an after tax charge of 45 to 50 mln dlrs.",
            "45 to 50 mln dlrs",
            ["Taft Broadcasting Co"],
        ),
        # ... but a person's own money stays the person's
        (
            "Caesars World Inc rejects offer\n\nCaesars World Inc said its board rejected "
            "the offer.\nMartin Sosnoff said his 28 dlr per share bid still stands.",
            "28 dlr",
            [],
        ),
    ],
    ids=["article-company", "public-money-story", "analysts", "consumers", "speaker",
         "speaker-s-own"],
)
def test_link_article_focus(nlp, text, amount, companies):
    links = _amount(nlp(text), amount)._.links
    assert [lk.company for lk in links] == companies
    assert all(lk.rule == "article-focus" for lk in links)


@pytest.mark.parametrize(
    "text, amount, company",
    [
        (
            "Transport company Metrovia, the firm that runs the tram network, is in trouble. "
            "The company had asked for £551m.",
            "£551m",
            "Metrovia",
        ),
        (
            "Shares in mining group Kestrelmoor fell sharply.\n\n"
            "The group said it would spend $300 million on a new smelter.",
            "$300 million",
            "Kestrelmoor",
        ),
        (
            "The deal was struck with Finnish security firm Varjolinna last week. "
            "The firm will receive 40 million euros for the licence.",
            "40 million euros",
            "Varjolinna",
        ),
        (  # a brand that opens with its figure, which NER reads as a number
            "The initial public offering of copper miner 31Minerals has priced at $2 per share. "
            "The company hoped to raise $525 million.",
            "$525 million",
            "31Minerals",
        ),
    ],
    ids=["transport company", "mining group", "security firm", "digit-led brand"],
)
def test_link_a_name_ner_missed_after_its_company_noun(nlp, text, amount, company):
    """ "transport company Metrovia": the noun says what the unknown name is."""
    assert _companies(nlp, text, amount) == [company]


@pytest.mark.parametrize(
    "sentence, company",
    [
        ("Chipmaker Norvatek will spend $2 billion on a new plant in Oregon.", "Norvatek"),
        ("Carmaker Donghai Motors took a $2 billion loan, its chief executive said.",
         "Donghai Motors"),
        ("Retailer Kestrel Stores said it would pay $90 million for the warehouses.",
         "Kestrel Stores"),
        ("Whilst Harlow Fibre raised £84m in May to power its rollout of broadband.",
         "Harlow Fibre"),
        ("Meanwhile Kestrel Reinforcements is investing £150,000 into new machinery.",
         "Kestrel Reinforcements"),
        ("Haulier Marston Logistics Group said revenue rose to £600m.",
         "Marston Logistics Group"),
        ("Broadcaster Channel Nine said it would spend A$50 million on new studios.",
         "Channel Nine"),
    ],
    ids=["chipmaker", "carmaker", "retailer", "whilst", "meanwhile", "haulier", "broadcaster"],
)
def test_link_a_descriptor_glued_to_the_name_is_not_part_of_it(nlp, sentence, company):
    (span,) = nlp(sentence)._.amounts
    assert [link.company for link in span._.links] == [company]


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("The Asian Development Bank approved a US$12 million Rural Roads Improvement Project "
         "(RRIP) for the Kingdom of Nepal.", "US$12 million"),
        ("The shirts sell at 200 NOK in Oslo shops.", "200 NOK"),
    ],
    ids=["a named project", "a currency code after its figure"],
)
def test_link_a_project_or_a_currency_code_is_no_company(nlp, sentence, amount):
    companies = _companies(nlp, sentence, amount)
    assert not {c for c in companies if c.endswith("Project") or c == "NOK"}


def test_link_article_focus_only_for_a_lead_that_is_surely_a_company(nlp):
    """Money with no owner in its sentence goes to the article's lead only when the lead
    is surely a company (pipeline/link/rules/known.py): not a film NER took for one."""
    film = (
        "Ocean Kings tops US box office\n\n"
        "Ocean Kings, starring Tom Hanks, has topped the US box office charts. "
        "The comedy took $40.8m (£21m) in weekend ticket sales, according to studio estimates."
    )
    company = (
        "Transport firm Metrovia faces administration\n\n"
        "Transport firm Metrovia, which runs the city's trams, faces administration. "
        "The overspend is estimated at between £1.2bn and £2bn in total."
    )
    assert _amount(nlp(film), "$40.8m")._.links == []
    assert [lk.company for lk in _amount(nlp(company), "£1.2bn")._.links] == ["Metrovia"]


def test_link_a_name_ending_in_a_company_word_is_surely_a_company(nlp):
    """ "Post", "Mint", "Airport" end companies' names (models/companies/refer_words.jsonl
    name_head): the article's focus may own money for them."""
    text = (
        "Kiwi Post to charge for mail redirection\n\n"
        "Kiwi Post will start charging customers for mail redirection from next month. "
        "The new fees will mean that two months of redirection will cost NZ$20."
    )
    assert [lk.company for lk in _amount(nlp(text), "NZ$20")._.links] == ["Kiwi Post"]


@pytest.mark.parametrize(
    "text",
    [
        "Zenlyte shares to start trading\n\nThe Zenlyte IPO was launched to raise funds for "
        "its expansion. The company raised US$2.6 billion in the offering.",
        "Korvane listing draws crowds\n\nThe Korvane IPO was launched on Monday. The company "
        "raised US$2.6 billion in the offering.",
    ],
    ids=["after-headline-shares", "after-headline-listing"],
)
def test_link_an_offering_after_the_name_is_not_part_of_it(nlp, text):
    """ "The Aramco IPO was launched" (web AH): the company, then its offering."""
    (span,) = nlp(text)._.amounts
    assert [link.company for link in span._.links] in (["Zenlyte"], ["Korvane"])


def test_link_a_government_made_to_spend_owns_the_money(nlp):
    """ "a trade agreement requiring Seoul to invest $350 billion" (web AH): the one the
    verb makes spend is its subject; a capital is its government, so no company owns it,
    not even the company the article is about."""
    doc = nlp(
        "Hanvale Electronics plans new plants\n\nHanvale Electronics said it would invest in "
        "new chip lines. The announcements followed the finalization of a trade agreement "
        "requiring Seoul to invest $350 billion in US strategic sectors."
    )
    assert [[lk.company for lk in a._.links] for a in doc._.amounts] == [[]]
