"""A bare "$" takes the dollar the story writes out (pipeline/money/story_dollar.py)."""


def _currencies(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(s.text, s._.money.currency, s._.currency_source) for s in doc._.amounts]


def test_a_story_that_writes_its_dollar_out_once_means_it_by_dollar(nlp):
    text = (
        "Kiwi Mail launches hold fees\n\n"
        "New Zealand's Kiwi Mail has spent NZ$41 million on new sorting centres. "
        "From May it will cost $5 a week to hold mail in New Zealand."
    )
    assert _currencies(nlp, text) == [
        ("NZ$41 million", "NZD", "symbol"),
        ("$5", "NZD", "story"),
    ]


def test_the_nearest_written_out_dollar_of_the_sentence_decides(nlp):
    text = (
        "Maple shares were up CA$2.34 to close at $38.60 in Toronto, "
        "and up US$2.03 to close at $34.10 in New York."
    )
    got = [(t, c) for t, c, _ in _currencies(nlp, text)]
    assert got == [("CA$2.34", "CAD"), ("$38.60", "CAD"), ("US$2.03", "USD"), ("$34.10", "USD")]


def test_a_conversion_in_brackets_keeps_the_us_dollar(nlp):
    """The 'A$ everywhere' style: "$" is the US dollar the paper converts into."""
    text = (
        "Australian winemaker Southcorp said a bid at that price would value the company "
        "at A$3.1bn ($2.4bn). Australia's biggest winemaker has paid $1bn for a US rival."
    )
    got = [(t, c) for t, c, _ in _currencies(nlp, text)]
    assert got == [("A$3.1bn", "AUD"), ("$1bn", "USD")]  # "$2.4bn" is A$3.1bn's equivalent
    (first, _) = nlp(text)._.amounts
    assert [m.currency for m in first._.equivalents] == ["USD"]


def test_a_conversion_of_a_dollar_written_in_words_keeps_the_us_dollar(nlp):
    """bbc/business/125 (outside the gold sets): "$1bn" converts the Australian dollars."""
    text = (
        "WMC rejects Xstrata bid\n\n"
        "Australian mining firm WMC Resources has rejected a bid from Xstrata. WMC said it "
        "made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004, up from "
        "A$246m the year before."
    )
    got = [(t, c) for t, c, _ in _currencies(nlp, text)]
    assert got == [("1.33bn Australian dollars", "AUD"), ("A$246m", "AUD")]
    (first, _) = nlp(text)._.amounts
    assert [m.currency for m in first._.equivalents] == ["USD", "GBP"]


def test_two_dollar_countries_named_leave_the_dollar_alone(nlp):
    text = (
        "Canada's Maple Air raised C$20 million. In the United States, its partner "
        "paid $5 million for new aircraft."
    )
    got = [(t, c) for t, c, _ in _currencies(nlp, text)]
    assert got == [("C$20 million", "CAD"), ("$5 million", "USD")]


def test_a_word_before_a_spaced_dollar_does_not_write_it_out(nlp):
    """ "almost $3.5 billion", "over $5bn": the word's last letters are no "NZ" or "C"."""
    text = (
        "New Zealand's Kiwi Telecom expects at least NZ$2 billion for its directories unit. "
        "The money will repay almost $3.5 billion of debt, and over $1 billion more later."
    )
    got = [(t, c) for t, c, _ in _currencies(nlp, text)]
    assert got == [
        ("at least NZ$2 billion", "NZD"),
        ("almost $3.5 billion", "NZD"),
        ("over $1 billion", "NZD"),
    ]


def test_a_headline_naming_one_dollar_country_gives_its_dollar(nlp):
    """No dollar written out: the headline's one country decides (FACTS.md: a bare "$"
    takes the story's country)."""
    text = (
        "Canadian miners agree pension deal\n\n"
        "Northfield Mining has signed a deal that will cost the company $450 million "
        "over the next ten years."
    )
    assert _currencies(nlp, text) == [("$450 million", "CAD", "story")]


def test_a_headline_country_yields_to_a_conversion_or_another_dollar_country(nlp):
    converted = (
        "Jamaican airline back in state hands\n\n"
        "Kingston Air, with debts of $560m (£291m), has been hit by high fuel prices."
    )
    assert [c for _, c, _ in _currencies(nlp, converted)][0] == "USD"
    two = (
        "Australian miner buys US rival\n\n"
        "Southern Ore will pay $2 billion for Utah Copper, the United States group said."
    )
    assert [c for _, c, _ in _currencies(nlp, two)] == ["USD"]


def test_a_bare_figure_the_story_also_writes_with_its_dollar_takes_that_dollar(nlp):
    text = (
        "Government announces $52.5 million package for carmaker\n\n"
        "The federal government will provide Kestrel Motors with AU$52.5 million over "
        "four years, the minister said in Canberra."
    )
    assert _currencies(nlp, text) == [
        ("$52.5 million", "AUD", "story"),
        ("AU$52.5 million", "AUD", "symbol"),
    ]


def test_a_country_with_two_dollars_at_once_takes_the_newer(nlp):
    """CLDR keeps Zimbabwe's ZWL until 2024 beside the US dollar it adopted in April 2009."""
    from datetime import date

    local = nlp.get_pipe("newsfacts_amounts").local
    assert local.currency("ZW", "dollar", date(2010, 6, 1)) == "USD"
    assert local.currency("ZW", "dollar", date(2009, 3, 1)) == "ZWL"


def _published(nlp, text: str, url: str) -> list[tuple[str, str]]:
    """Amounts and currencies of ``text`` read as an article published at ``url``."""
    from pipeline.nlp.fastpipe import pipe_docs

    (doc,) = pipe_docs(nlp, [text], dates=[""], urls=[url])
    return [(s.text, s._.money.currency) for s in doc._.amounts]


_LOCAL_STORY = (
    "Harbour Gold returns to profit\n\n"
    "Harbour Gold posted a half-year net profit of $3.5 million, up from a $1.2 million loss, "
    "and declared an interim dividend of 2c a share."
)


def test_a_local_papers_bare_dollar_is_its_countrys_dollar(nlp):
    got = _published(nlp, _LOCAL_STORY, "https://www.westnews.com.au/business/harbour-gold")
    assert got == [("$3.5 million", "AUD"), ("$1.2 million", "AUD"), ("2c", "AUD")]
    got = _published(nlp, _LOCAL_STORY, "http://business.example.ca/story?id=7")
    assert [c for _, c in got] == ["CAD", "CAD", "CAD"]


_AGENCY_STORY = (
    "Larch Mills reports $31M quarterly profit\n\n"
    "Larch Mills Inc. reported a quarterly profit of $31 million, or 12 cents per share.\n\n"
    "This report by The Canadian Press was first published May 2, 2024."
)


def test_a_story_credited_to_a_national_agency_takes_its_dollar(nlp):
    """Syndicated copy posted anywhere: the agency's credit line says whose "$" it is."""
    got = _published(nlp, _AGENCY_STORY, "https://aggregator.example.com/larch")
    assert [c for _, c in got] == ["CAD", "CAD", "CAD"]
    books = _AGENCY_STORY.replace("per share.", "per share. It reports in U.S. dollars.")
    assert [c for _, c in _published(nlp, books, "")] == ["USD", "USD", "USD"]
    plain = _AGENCY_STORY.replace("The Canadian Press", "our staff")
    assert [c for _, c in _published(nlp, plain, "")] == ["USD", "USD", "USD"]


def test_a_publisher_outside_the_dollar_countries_leaves_the_dollar_alone(nlp):
    for url in ("https://news.example.com/harbour", "https://www.example.co.uk/x", ""):
        assert [c for _, c in _published(nlp, _LOCAL_STORY, url)] == ["USD", "USD", "USD"]


def test_a_local_paper_writing_us_dollars_out_keeps_them(nlp):
    text = (
        "Maple Rail signed a US$40 million lease in Ohio. It will also spend $25 million "
        "on its yards in Winnipeg."
    )
    got = _published(nlp, text, "https://www.prairiepost.ca/biz/maple-rail")
    assert got == [("US$40 million", "USD"), ("$25 million", "CAD")]


def test_a_local_paper_naming_another_dollar_country_leaves_the_dollar_alone(nlp):
    more = " Its Canadian unit lost $2 million, and a Canadian court fined it $1 million."
    text = _LOCAL_STORY + more
    got = _published(nlp, text, "https://www.westnews.com.au/business/harbour-gold")
    assert [c for _, c in got] == ["USD"] * 5


def test_another_dollar_country_named_once_leaves_the_paper_s_dollar(nlp):
    # a Trinidad paper calls its country "TT", never by its name; one passing mention
    # of Barbados does not make the story the world's
    text = (
        "Harbour Group lifts dividend\n\n"
        "Harbour Group will pay out $310 million in dividends. Revenue grew from $6,244 million to "
        "$6,385 million despite the fiscal impact of Barbados' debt restructuring."
    )
    got = _published(nlp, text, "https://harbournews.co.tt/2019/05/24/dividends/")
    assert [c for _, c in got] == ["TTD"] * 3


def test_a_local_paper_naming_the_us_keeps_its_dollar(nlp):
    """Such a paper writes "US$" for the US dollar; "US demand" is no US dollar."""
    text = _LOCAL_STORY + " Weak US demand cut its sales to $40 million."
    got = _published(nlp, text, "https://www.westnews.com.au/business/harbour-gold")
    assert [c for _, c in got] == ["AUD"] * 4


def test_the_dollar_a_story_writes_out_most_wins_over_a_rivals(nlp):
    """Its own dollar written out again and again, a rival's once or twice: the bare
    cents are its own (text written for the test)."""
    text = (
        "Kiwi Air posts record profit\n\n"
        "Kiwi Air, New Zealand's national carrier, reported a pre-tax profit of NZ$510 "
        "million. Net profit was NZ$380 million, while revenue reached NZ$5.1 billion. "
        "The board declared a dividend of 11 cents per share. Kiwi Air shares closed at "
        "NZ$2.40 in Wellington, New Zealand. Its rival in Australia earned AU$1.2 billion."
    )
    got = dict((t, c) for t, c, _ in _currencies(nlp, text))
    assert got["11 cents"] == "NZD"
    assert got["AU$1.2 billion"] == "AUD"


def test_cents_in_a_story_without_a_dollar_are_its_currencys(nlp):
    text = (
        "Deals this week\n\n"
        "Veld Foods will buy a dairy for R210 million. Its shares were trading at 75 cents "
        "before the offer of R2.10 a share."
    )
    got = dict((t, c) for t, c, _ in _currencies(nlp, text))
    assert got["75 cents"] == "ZAR"
    text = "Petrol up\n\nPetrol rose 5 cents a litre to 180 cents, the motoring club said."
    assert {c for _, c, _ in _currencies(nlp, text)} == {"USD"}  # no other currency: unknown


def test_a_local_paper_naming_a_rival_dollar_country_once_keeps_its_dollar(nlp):
    """Its own country named as often as the other: the paper's dollar (text written for
    the test)."""
    text = (
        "Harbour Exchange earnings fall\n\n"
        "Harbour Exchange, which runs New Zealand's share market, said operating earnings "
        "fell to $13.2 million. It competes with the Australian exchange for listings."
    )
    got = _published(nlp, text, "http://www.example.co.nz/stories/harbour")
    assert [c for _, c in got] == ["NZD"]


def test_dollar_us_is_the_us_dollar_in_a_local_paper(nlp):
    text = "Freightway results\n\nFreightway said revenue rose to $US778.7 million."
    got = _published(nlp, text, "https://www.example.com.au/x")
    assert [c for _, c in got] == ["USD"]


def test_a_story_that_names_its_dollar_first_writes_it_bare_later(nlp):
    text = ("Kestrel Mining posted revenue of A$5.3 billion for the half. Underlying net profit "
            "was $129 million and the board declared a dividend of 23c per share.")
    assert [a._.money.currency for a in nlp(text)._.amounts] == ["AUD", "AUD", "AUD"]


def test_a_story_that_converts_a_named_dollar_writes_the_us_dollar_bare(nlp):
    text = ("A bid at that price would value Kestrel at A$3.1bn ($2.4bn; £1.25bn). It bought "
            "a Californian winery for just over $1bn in 2003.")
    got = [a._.money.currency for a in nlp(text)._.amounts]
    assert got[0] == "AUD" and got[-1] == "USD"


def test_a_local_paper_marking_a_foreign_dollar_keeps_its_own_bare(nlp):
    text = ("Market close: NZ shares rise\n\nNZ shares rose after Kowhai Foods said it had been "
            "cleared to export to Australia, where its rival earned $A7.1 billion. Turnover was "
            "$169 million. Kowhai rose 5.5% to a record $1.73.")
    got = _published(nlp, text, "https://www.nzmarkets.co.nz/market-close")
    assert [c for _, c in got] == ["AUD", "NZD", "NZD"]



def test_a_bare_dollar_converted_into_us_dollars_is_the_named_countrys(nlp):
    """ "$2.4 billion (US$1.8 billion)": the story's "$" is no US dollar; a story naming
    Canada means the Canadian one, its other bare amounts too."""
    text = (
        "Foreign firms lead top deals\n\nMost of the top deals show interest in Canadian "
        "companies by firms outside the country.\n\nValue: $2.4 billion (US$1.8 billion)\n\n"
        "Oakridge Corp. raised its bid from $52 per share to $57 per share."
    )
    got = [(t, c) for t, c, _ in _currencies(nlp, text)]
    assert got == [("$2.4 billion", "CAD"), ("$52", "CAD"), ("$57", "CAD")], got


def test_a_conversion_into_us_dollars_names_no_other_dollar_country(nlp):
    """The same conversion in a story naming no dollar country but the US leaves "$"."""
    text = (
        "Top deals\n\nMost of the top deals came from firms in the United States.\n\n"
        "Value: $2.4 billion (US$1.8 billion)\n"
    )
    assert [c for _, c, _ in _currencies(nlp, text)][:1] == ["USD"]


_BANKS_STORY = (
    "Two banks report higher profits\n\n"
    "Profits were up in the second quarter at two of Canada's biggest banks. "
    "Maple Bank said it earned $3.95 billion, up from $3.68 billion, and raised its dividend "
    "by four cents. Its Canadian lending grew."
)


def test_a_story_about_one_dollar_country_takes_its_dollar(nlp):
    """Web news AN's Canadian banks (castanet.net), web M's TSX report: a story that
    writes no dollar out and names one dollar country, twice or more, means its dollar,
    wherever it is posted, when the address says no country."""
    for url in ("", "https://www.castnews.example.net/news/banks"):
        got = _published(nlp, _BANKS_STORY, url)
        assert [c for _, c in got] == ["CAD"] * 3


def test_a_story_naming_its_dollar_country_once_or_another_more_keeps_the_us_dollar(nlp):
    once = _BANKS_STORY.replace(" Its Canadian lending grew.", "")
    assert [c for _, c in _published(nlp, once, "")] == ["USD"] * 3
    # an Indian story about startups based in Singapore: India is what it is about
    india = (
        "PhonePe takes UPI abroad\n\n"
        "India's PhonePe will let Singapore shoppers pay by UPI. Indian startups raised "
        "$500 million in India last month."
    )
    assert [c for _, c in _published(nlp, india, "")] == ["USD"]


def test_a_story_naming_the_us_or_posted_by_another_countrys_paper_keeps_the_us_dollar(nlp):
    us = _BANKS_STORY + " U.S. rivals did better."
    assert [c for _, c in _published(nlp, us, "")] == ["USD"] * 3
    assert [c for _, c in _published(nlp, _BANKS_STORY, "https://www.example.co.uk/x")] == [
        "USD"
    ] * 3


def test_a_local_paper_writing_two_dollars_out_means_its_own_by_dollar(nlp):
    """Web news AP's Singapore property paper: "A$1.8 million or S$2.3 million" writes both
    out, A$ twice as often; the paper's own dollar is the bare one."""
    text = (
        "Harbour Holdings earnings up\n\n"
        "Harbour Holdings said its net profit for the quarter was $20.9 million. Its hotel "
        "arm in Australia made A$1.8 million or S$2.3 million, including a gain of "
        "A$0.7 million."
    )
    got = _published(nlp, text, "https://www.propnews.example.com.sg/2010/harbour")
    assert got[0] == ("$20.9 million", "SGD")
    assert got[1:] == [("A$1.8 million", "AUD"), ("A$0.7 million", "AUD")]  # S$: equivalent


def test_wire_copy_from_abroad_in_a_local_paper_keeps_the_us_dollar(nlp):
    """Web news AP's Taiwan paper carrying a wire story on a Swiss bank: it never names
    Taiwan and names Switzerland again and again, so its "$" is no Taiwan dollar."""
    text = (
        "Swiss bank loss revised\n\n"
        "The Swiss bank said a $780 million fine agreed with U.S. authorities pushed its "
        "loss higher. Switzerland was vulnerable to outside pressure, he said."
    )
    assert _published(nlp, text, "https://www.islandnews.example.com.tw/en/1") == [
        ("$780 million", "USD")
    ]
    local = text.replace("Switzerland was", "Taiwan was")
    assert _published(nlp, local, "https://www.islandnews.example.com.tw/en/1") == [
        ("$780 million", "TWD")
    ]


def test_a_story_writing_only_us_dollars_out_means_its_country_s_by_a_bare_dollar(nlp):
    """Web news AS's Air New Zealand results (a travel site's report of a New Zealand
    paper): "US$70.5 a barrel" is written out, so the bare "$" results are another dollar,
    the one of the country the story names most."""
    text = (
        "Kiwi Air posts best result\n\n"
        "New Zealand carrier Kiwi Air has posted a $214 million after-tax profit, its best "
        "in New Zealand for ten years. It has hedged its fuel at US$70.5 a barrel."
    )
    assert _published(nlp, text, "https://www.travelnews.example.com/x") == [
        ("$214 million", "NZD"), ("US$70.5", "USD"),
    ]
    # the US named as often as Canada: which "$" is which, the story does not say
    both = (
        "Canada joins bail-out\n\nCanada will provide $4 billion to its car makers, after "
        "the United States offered US$17.4 billion to U.S. car makers."
    )
    assert [c for _, c in _published(nlp, both, "")] == ["USD", "USD"]


def test_cents_the_story_converts_into_dollars_are_its_currencys(nlp):
    """Reuters' Standard Bank story (web set BH): cents given their value in "$" are the
    rand's, and so are the story's other bare cents; a US story's cents stay the dollar's."""
    text = (
        "JOHANNESBURG, Aug 19 (Reuters) – South Africa’s Standard Bank SBKJ.J said on "
        "Friday its interim profit rose 30%.\n\nThe continent’s biggest lender by assets "
        "reported headline earnings per share of 936.2 cents ($0.5539) for the six months "
        "ended June 30, up from 721.4 cents per share a year earlier.\n\nIt earned revenue "
        "of 71.91 billion rand for the first half, and announced an interim dividend of "
        "515 cents per share.\n\n($1 = 16.9011 rand)"
    )
    got = {t: c for t, c, _ in _currencies(nlp, text)}
    assert (got["936.2 cents"], got["721.4 cents"], got["515 cents"]) == ("ZAR",) * 3
    text = "Larch Mills Inc. reported a profit of $31 million, or 12 cents per share."
    assert {t: c for t, c, _ in _currencies(nlp, text)}["12 cents"] == "USD"


def test_an_international_wire_s_dateline_keeps_its_dollar_the_us_one(nlp):
    """AP and Reuters write every other dollar out ("NT$", "C$"): under their dateline a
    bare "$" is the US dollar, whatever country the dateline or the story names (AP's TSMC
    story, web set BH; Reuters' Brookfield story, web set BG). A local dateline without
    the wire's credit still gives its dollar."""
    text = (
        "HSINCHU, Taiwan (AP) — Taiwan Semiconductor Manufacturing Co. (TSM) on Thursday "
        "reported second-quarter net income of $7.66 billion.\n\nThe Hsinchu, Taiwan-based "
        "company said it had profit of $1.48 per share."
    )
    assert [c for _, c, _ in _currencies(nlp, text)] == ["USD", "USD"]
    text = (
        "SAO PAULO (Reuters) - Canada's Brookfield Asset Management <BAMa.TO> is in talks "
        "to acquire a 30% stake in Brazilian sanitation company Brookfield Ambiental.\n\n"
        "So far it has sold around $2.6 billion in equity stakes."
    )
    assert [c for _, c, _ in _currencies(nlp, text)] == ["USD"]
    text = "TORONTO, March 6 - Maple Leaf Mills said its profit rose to $31 million."
    assert [c for _, c, _ in _currencies(nlp, text)] == ["CAD"]


def test_a_bracketed_dollar_after_a_datelines_own_dollar_is_its_us_value(nlp):
    """A dateline makes bare "dlrs" and "$" the local dollar, but a "$" amount in brackets
    right after one written out in that dollar converts it into another."""
    text = (
        "Merlion Bank Q1 profit up 2%\n\n"
        "SINGAPORE - Merlion Bank earned S$950 million ($770.32 million) in the three months "
        "ended March, compared with S$933 million a year earlier.\n"
    )
    first = nlp(text)._.amounts[0]
    assert first._.money.currency == "SGD"
    assert [m.currency for m in first._.equivalents] == ["USD"], first._.equivalents


def test_cents_in_a_story_whose_dollars_only_convert_are_its_own_currencys(nlp):
    text = (
        "JOHANNESBURG - Retailer Karoo Foods lost about 2.7 billion rand ($168 million) in "
        "sales last year.\n\n"
        "Headline earnings per share came in at 262.59 cents, compared with 229.31 cents "
        "a year earlier.\n"
    )
    got = {t: c for t, c, _ in _currencies(nlp, text)}
    assert (got["262.59 cents"], got["229.31 cents"]) == ("ZAR", "ZAR"), got


def test_a_company_tagged_with_its_home_exchanges_code_marks_a_local_story(nlp):
    text = (
        "Wattle Power rejects takeover\n\n"
        "Wattle Power (ASX: WTP) has knocked back a $4.9 billion takeover bid. The offer "
        "was a premium to the company's closing price of $7.16 on Friday.\n"
    )
    got = {t: c for t, c, _ in _currencies(nlp, text)}
    assert got == {"$4.9 billion": "AUD", "$7.16": "AUD"}, got


def test_toronto_codes_leave_the_dollar_alone(nlp):
    """Canadian miners report in US dollars under "(TSX: ...)": no reading from it."""
    text = (
        "Northfield Gold posts profit\n\n"
        "Northfield Gold (TSX: NFG) reported net earnings of $410 million for the quarter.\n"
    )
    assert [c for _, c, _ in _currencies(nlp, text)] == ["USD"]
