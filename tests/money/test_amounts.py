"""The newsfacts_amounts component on real sentences, with the real model."""

from __future__ import annotations

from decimal import Decimal

import pytest


@pytest.fixture(scope="module")
def amounts_nlp(nlp):
    return nlp


def _amounts(nlp, text):
    doc = nlp(text)
    return doc, [
        (s.text, s._.money.amount, s._.money.currency, s._.money.qualifier, s._.money.amount_max)
        for s in doc._.amounts
    ]


CASES = [
    (
        "Toyota is set to invest $10 billion in its U.S. manufacturing operations.",
        [("$10 billion", "10000000000", "USD", "exact", None)],
    ),
    (
        "Profit rose to 20 mln dlrs from 16 mln.",
        [
            ("20 mln dlrs", "20000000", "USD", "exact", None),
            ("16 mln", "16000000", "USD", "exact", None),
        ],
    ),
    (
        "Shr 1.20 dlrs vs 1.10.",
        [("1.20 dlrs", "1.20", "USD", "exact", None), ("1.10", "1.10", "USD", "exact", None)],
    ),
    (
        "The company will pay a dividend of 15 cts a share.",
        [("15 cts", "0.15", "USD", "exact", None)],
    ),
    (
        "The Bank of England forecast a shortage of around 250 mln stg in the money market.",
        [("around 250 mln stg", "250000000", "GBP", "about", None)],
    ),
    (
        "Up to $400 billion of the total pledge will fund projects across energy and AI.",
        [("Up to $400 billion", "400000000000", "USD", "up_to", None)],
    ),
    (
        "Over $300 billion will be dedicated to nuclear energy.",
        [("Over $300 billion", "300000000000", "USD", "over", None)],
    ),
    (
        "The contracts, costing between two and three billion dlrs, were due in February.",
        [("between two and three billion dlrs", "2000000000", "USD", "range", "3000000000")],
    ),
    (
        "Analysts expect a $1-2 billion charge.",
        [("$1-2 billion", "1000000000", "USD", "range", "2000000000")],
    ),
    (
        "The shares were priced at 1,050-1,125 rupees each.",
        [("1,050-1,125 rupees", "1050", "INR", "range", "1125")],
    ),
    (
        "Reliance will invest Rs 500 crore in the plant.",
        [("Rs 500 crore", "5000000000", "INR", "exact", None)],
    ),
    (
        "Keiaisha Co Ltd is issuing 12\nmln Swiss francs of straight notes.",
        [("12\nmln Swiss francs", "12000000", "CHF", "exact", None)],
    ),
    (
        "Revenue rose from $1bn to $2bn last year.",
        [
            ("$1bn", "1000000000", "USD", "exact", None),
            ("$2bn", "2000000000", "USD", "exact", None),
        ],
    ),
    (
        "The company sold 16 mln shares for 20 mln dlrs, up 5 pct.",
        [("20 mln dlrs", "20000000", "USD", "exact", None)],
    ),
    ("The dollar closed at 140 yen, and $1 = 0.9061 euros.", []),
    ("The project will cost billions of dollars.", []),
    ("Coffee output reached 200 pounds of beans per tree in 2019.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_amounts_spans(amounts_nlp, text, expected):
    _, got = _amounts(amounts_nlp, text)
    want = [(t, Decimal(a), c, q, Decimal(m) if m else None) for t, a, c, q, m in expected]
    assert got == want


EQUIV = [
    (
        "Toyota and Nissan will spend $7 billion (1 trillion yen) on batteries.",
        "$7 billion",
        [("1000000000000", "JPY")],
    ),
    (
        "Toyota is anticipated to spend approximately $1.7 billion, or 250 billion yen, on it.",
        "approximately $1.7 billion",
        [("250000000000", "JPY")],
    ),
    (
        "The group posted sales of 540bn yen ($5.2bn; £2.77bn) last year.",
        "540bn yen",
        [("5200000000", "USD"), ("2770000000", "GBP")],
    ),
]


@pytest.mark.parametrize(("text", "span_text", "equivalents"), EQUIV, ids=[e[0] for e in EQUIV])
def test_amounts_equivalents(amounts_nlp, text, span_text, equivalents):
    doc = amounts_nlp(text)
    assert [s.text for s in doc._.amounts] == [span_text]
    eq = doc._.amounts[0]._.equivalents
    assert [(e.amount, e.currency) for e in eq] == [(Decimal(a), c) for a, c in equivalents]


WIRE = [
    "The Bank of England said it forecast a\nshortage of around 250 mln stg in the money market"
    " today.\n    Among the factors affecting liquidity, bills maturing would\ndrain around"
    " 1.02 billion stg "
    "while below target balances would take out a further 140 mln.",
    "Venezuela will be required to pay 250 mln dlrs instead of the 1.55 billion originally agreed. "
    "Payments in 1988 were cut to 400 mln dlrs from 1.20 billion.",
    "It paid $1bn-$3bn, between $1bn and $3bn, $24-$26, USD500m, 500m USD, CHF300, NT$5bn, RMB5bn.",
]


@pytest.mark.parametrize("text", WIRE, ids=[w[:40] for w in WIRE])
def test_amounts_sorted_no_overlap_with_money(amounts_nlp, text):
    doc = amounts_nlp(text)
    spans = doc._.amounts
    assert spans, text
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for s in spans:
        assert s._.money is not None
        assert isinstance(s._.equivalents, tuple)
        assert doc.text[s.start_char : s.end_char] == s.text


def test_amounts_empty_doc(amounts_nlp):
    assert amounts_nlp("")._.amounts == []
    assert amounts_nlp("No figures here at all.")._.amounts == []


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        (
            "The pension fund will put C$3.7-billion into a toll road.",
            "C$3.7-billion",
            "3700000000",
            "CAD",
        ),
        (
            "Acme will spend one and a half billion dollars on chips.",
            "one and a half billion dollars",
            "1500000000",
            "USD",
        ),
        ("The bank arranged a $250-million loan for the mine.", "$250-million", "250000000", "USD"),
    ],
    ids=["C$3.7-billion", "one and a half billion dollars", "$250-million"],
)
def test_amounts_hyphenated_scale_and_fraction_words(amounts_nlp, text, span, amount, currency):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], str(f[1]), f[2]) for f in found] == [(span, amount, currency)]


EARNINGS_TABLE = (
    "ACME INDUSTRIES INC 4TH QTR NET\n\n"
    "Shr 18 cts vs 31 cts\n"
    "    Net 7,168,000 vs loss 11.3 mln\n"
    "    Sales 497.4 mln vs 475.6 mln\n"
    "    Avg shrs 39.6 mln vs 37.1 mln\n"
)


def test_amounts_earnings_table_rows_take_the_table_currency(amounts_nlp):
    _, found = _amounts(amounts_nlp, EARNINGS_TABLE)
    got = [(text, str(amount), currency) for text, amount, currency, _, _ in found]
    assert got == [
        ("18 cts", "0.18", "USD"),
        ("31 cts", "0.31", "USD"),
        ("7,168,000", "7168000", "USD"),
        ("11.3 mln", "11300000", "USD"),
        ("497.4 mln", "497400000", "USD"),
        ("475.6 mln", "475600000", "USD"),
    ]  # the "Avg shrs" row counts shares: no money


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("The firm had previously set its reserves at $500m.", "$500m.", "500000000"),
        ("Acme offered 12-7/8 dlrs a share for Beta Corp.", "12-7/8 dlrs", "12.875"),
        ("Porsche said turnover fell to 1.71 billion marks.", "1.71 billion marks", "1710000000"),
    ],
    ids=["$500m.", "12-7/8 dlrs", "1.71 billion marks"],
)
def test_amounts_wire_and_sentence_final_forms(amounts_nlp, text, span, amount):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], str(f[1])) for f in found] == [(span, amount)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pre-tax earnings were 77m euros (£53m; $100m), up from 38m a year earlier.",
            [("77m euros", "77000000", "EUR"), ("38m", "38000000", "EUR")],
        ),
        (
            "Net income was $3.5bn, up nearly $3bn from 2003.",
            [("$3.5bn", "3500000000", "USD"), ("nearly $3bn", "3000000000", "USD")],
        ),
        ("The rupee came close to 100 rupees to the US dollar.", []),
        ("It disclosed a 4bn-euro hole in its accounts.", [("4bn-euro", "4000000000", "EUR")]),
        # web news AQ's South African budget story: the figure counts the noun after its
        # adjectives
        (
            "The government would spend R111.2 billion to ensure that 2.8 million deserving "
            "students obtained their qualifications.",
            [("R111.2 billion", "111200000000", "ZAR")],
        ),
        (
            "Acme spent $5 billion last year and built 3 million new homes.",
            [("$5 billion", "5000000000", "USD")],
        ),
    ],
    ids=[
        "context-currency-is-the-primary", "year-is-not-money", "rate-to-the-dollar", "4bn-euro",
        "adjective-then-counted-noun", "new-homes",
    ],
)
def test_amounts_context_rates_and_years(amounts_nlp, text, expected):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], str(f[1]), f[2]) for f in found] == expected


WRAPPED_TABLE = (
    "ACME GROUP PLC YEAR 1986\n\n"
    "Shr 14.58p vs 7.86p\n"
    "    Pretax profit 83.2 mln stg vs 31.5 mln\n"
    "    Fund management 4.7 mln vs 6.5 mln\n"
    "    Shareholders other income and outgoings 0.4 mln debit vs\n"
    "0.5 mln credit\n"
    "    Outstanding shrs 897.96 mln vs 887.76 mln\n"
    "    Employees 1,234 vs 1,100\n"
)


def test_amounts_table_rows_by_shape_not_only_label(amounts_nlp):
    _, found = _amounts(amounts_nlp, WRAPPED_TABLE)
    got = [(text, str(amount), currency) for text, amount, currency, _, _ in found]
    assert got == [
        ("14.58p", "0.1458", "GBP"),
        ("7.86p", "0.0786", "GBP"),
        ("83.2 mln stg", "83200000", "GBP"),
        ("31.5 mln", "31500000", "GBP"),
        ("4.7 mln", "4700000", "GBP"),
        ("6.5 mln", "6500000", "GBP"),
        ("0.4 mln", "400000", "GBP"),
        ("0.5 mln", "500000", "GBP"),
    ]  # shares and employees are counted, not money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LENDER PROFIT\n\nTORONTO, March 6 - Maple Bank said net profit rose to "
            "3,053,000 dlrs, or nine cts a share, from 9,000 dlrs.",
            [("3,053,000 dlrs", "CAD"), ("nine cts", "CAD"), ("9,000 dlrs", "CAD")],
        ),
        (
            "TORONTO, March 6 - Maple Bank paid 5 mln U.S. dlrs for the unit.",
            [("5 mln U.S. dlrs", "USD")],
        ),
        (
            "PARIS, March 19 - Parent company net profit 754.45 mln francs vs 674.1 mln.",
            [("754.45 mln francs", "FRF"), ("674.1 mln", "FRF")],
        ),
        (
            "SYDNEY (Reuters) - The miner's shares rose to 3.10 dollars.",
            [("3.10 dollars", "AUD")],
        ),
        ("NEW YORK, March 6 - Acme paid 5 mln dlrs.", [("5 mln dlrs", "USD")]),
    ],
    ids=["toronto-dlrs", "explicit-us-dlrs", "paris-francs", "sydney-reuters", "new-york"],
)
def test_amounts_dateline_gives_the_local_currency(amounts_nlp, text, expected):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], f[2]) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The surcharge was raised from £2.50 to £4 a leg.", [("£2.50", "2.5"), ("£4", "4")]),
        (
            "It lifted net income by 400m euros to 2.5bn euros.",
            [("400m euros", "400000000"), ("2.5bn euros", "2500000000")],
        ),
    ],
    ids=["from-to", "by-to"],
)
def test_amounts_a_change_is_two_figures_not_a_range(amounts_nlp, text, expected):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], str(f[1])) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports added up to 22,201bn yen ($214.6bn;£114.5bn) last year.",
            ("22,201bn yen", "exact", [("214600000000", "USD"), ("114500000000", "GBP")]),
        ),
        ("It will invest up to $400 billion.", ("up to $400 billion", "up_to", [])),
    ],
    ids=["added-up-to-glued-semicolon", "up-to"],
)
def test_amounts_totals_are_not_qualified(amounts_nlp, text, expected):
    doc = amounts_nlp(text)
    got = [
        (s.text, s._.money.qualifier, [(str(e.amount), e.currency) for e in s._.equivalents])
        for s in doc._.amounts
    ]
    assert got == [expected]


def test_million_codes_and_unit_rates_in_running_text(amounts_nlp):
    """M + ISO code is millions in running text too; a rate joined by "worth" after one
    unit is dropped, a value joined by "worth" is kept (the same rule as parse_money)."""
    _, got = _amounts(amounts_nlp, "Operating profit was MSEK 10.7 (158.1) in the quarter.")
    assert got[0][:3] == ("MSEK 10.7", Decimal("10700000"), "SEK")
    _, got = _amounts(amounts_nlp, "Sales rose 8 percent to 4,214 MSEK for the quarter.")
    assert got[0][:3] == ("4,214 MSEK", Decimal("4214000000"), "SEK")
    _, got = _amounts(amounts_nlp, "The pound fell, with one euro worth $1.3218 in late trade.")
    assert got == []
    _, got = _amounts(amounts_nlp, "It sold a 20 mln dlr stake worth 15 mln stg last year.")
    assert [g[1] for g in got] == [Decimal("20000000"), Decimal("15000000")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter glued to a figure after a brand is a model (written for this test)
        ("Prints from a Kodak R500 printer cost less.", []),
        ("The shop sold the Kodak printer for R500.", ["R500"]),
    ],
    ids=["model", "rand"],
)
def test_amounts_a_product_model_is_no_amount(amounts_nlp, text, expected):
    assert [a[0] for a in _amounts(amounts_nlp, text)[1]] == expected


MCO = (  # Reuters reut2-011 (no gold set): figures in a results table's note
    "MCO RESOURCES INC <MCR> 4TH QTR LOSS\n\n"
    "HOUSTON, March 31 - Shr loss 1.37 dlrs vs 1.59 dlrs\n"
    "    Net loss 38.6 mln vs 42.5 mln\n"
    "    Revs 31.4 mln vs 59.4 mln\n"
    "    Note: 1986 net includes pretax writedown of 23 mln on oil\n"
    "and gas properties and a 30.3 mln non-cash provision for impairment of\n"
    "geothermal property.\n"
)


def test_amounts_a_table_note_s_figures_take_the_table_currency(amounts_nlp):
    found = {a[0]: a[2] for a in _amounts(amounts_nlp, MCO)[1]}
    assert found.get("23 mln") == "USD"


def test_amounts_a_note_s_measure_is_no_money(amounts_nlp):
    """ "losses of 2.5 billion cubic feet": a volume, whatever money word comes before it."""
    text = MCO + "    Output excludes losses of 2.5 billion cubic feet of gas.\n"
    found = [a[0] for a in _amounts(amounts_nlp, text)[1]]
    assert "23 mln" in found and "2.5 billion" not in found


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("lost 65 Canadian cents", "CAD"),
        ("rose 30 Australian cents", "AUD"),
        ("fell 10 Hong Kong cents", "HKD"),
    ],
)
def test_amounts_a_country_s_cents(amounts_nlp, text, currency):
    """A dollar named for its country has cents of that name (scripts/build_currencies.py)."""
    (found,) = _amounts(amounts_nlp, text)[1]
    assert found[2] == currency and found[1] < 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales are forecast to rise by 15 to 20 billion dollars.", ["15 to 20 billion dollars"]),
        ("Sales rose by 400m euros to 2.5bn euros.", ["400m euros", "2.5bn euros"]),
    ],
    ids=["range-after-by", "change-by"],
)
def test_amounts_by_a_range_or_by_a_change(amounts_nlp, text, expected):
    """A bare low figure after "by" opens a range; a whole amount after "by" is a change."""
    assert [a[0] for a in _amounts(amounts_nlp, text)[1]] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # Wikinews wn-0115, in no gold set
        (
            'Okey Oramah said the use of third-party currencies "costs Africa between $5 and '
            '$7 billion," further saying.',
            "5000000000",
            "7000000000",
        ),
        ("Analysts put the stake at between €2 and €3 billion.", "2000000000", "3000000000"),
    ],
)
def test_amounts_a_range_with_a_symbol_on_each_end_is_one_amount(amounts_nlp, text, low, high):
    """The high end ("$7 billion") is the longer atom and is read first: the range that
    takes it in replaces it, so the range is stored once and its high end not again."""
    found = _amounts(amounts_nlp, text)[1]
    assert [(f[1], f[3], f[4]) for f in found] == [(Decimal(low), "range", Decimal(high))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BBC business 276.txt (in no gold set)
        (
            "The offer raised 54bn rupees($1.2bn).",
            ("54bn rupees", "INR", [("1200000000", "USD")]),
        ),
        # invented: the same glue before a word of the aside
        ("It costs £5m(about $9m).", ("£5m", "GBP", [("9000000", "USD")])),
    ],
)
def test_an_aside_glued_to_the_amount_is_its_equivalent(amounts_nlp, text, expected):
    doc = amounts_nlp(text)
    got = [
        (s.text, s._.money.currency, [(str(e.amount), e.currency) for e in s._.equivalents])
        for s in doc._.amounts
    ]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cement maker bought the plant at an enterprise value of Rs. 775 crores.",
            [("Rs. 775 crores", "7750000000", "INR")],
        ),
        (
            "Net profit rose to Rs. 3,043 crore from Rs.1,516 crore a year ago.",
            [("Rs. 3,043 crore", "30430000000", "INR"), ("Rs.1,516 crore", "15160000000", "INR")],
        ),
        (
            "The watchmaker's sales reached SFr. 40 million.",
            [("SFr. 40 million", "40000000", "CHF")],
        ),
    ],
    ids=["Rs. crores", "Rs. and Rs.", "SFr."],
)
def test_amounts_a_currency_abbreviated_with_a_period(amounts_nlp, text, expected):
    # the tokenizer keeps "Rs." whole (registry.keep_currency_abbreviations), as it keeps "Mr."
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], str(f[1]), f[2]) for f in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The unit could fetch $5 million-$7 million, bankers said.",
        "The unit could fetch $5 million - $7 million, bankers said.",
        "The unit could fetch $5 million–$7 million, bankers said.",
    ],
    ids=["glued dash", "spaced dash", "en dash"],
)
def test_amounts_a_range_whose_high_end_repeats_the_sign(amounts_nlp, text):
    # "million - $" is no "a 4bn-euro hole": a unit hyphenated to a figure is a word
    _, found = _amounts(amounts_nlp, text)
    assert [(str(f[1]), f[2], f[3], str(f[4])) for f in found] == [
        ("5000000", "USD", "range", "7000000")
    ]


def test_amounts_the_philippine_peso_written_in_title_case(amounts_nlp):
    _, found = _amounts(amounts_nlp, "The chain spent Php 2 billion on new stores.")
    assert [(f[0], str(f[1]), f[2]) for f in found] == [("Php 2 billion", "2000000000", "PHP")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Grocer earnings rise\n\nOTTAWA — The grocer said revenue rose to $14 billion.", "CAD"),
        ("Miner profit falls\n\nSYDNEY: The miner said net profit fell to $1.6 billion.", "AUD"),
        ("Bank lifts dividend\n\nCALGARY, Alberta - The bank earned 12 mln dlrs.", "CAD"),
        # a headline in capitals before a colon is no dateline
        ("MARKETS: Stocks rally\n\nThe index maker said revenue rose to $2 billion.", "USD"),
        ("Tech giant earns more\n\nNEW YORK — The company said profit was $20 billion.", "USD"),
    ],
    ids=["ottawa-dash", "sydney-colon", "calgary-province", "capitals-headline", "new-york"],
)
def test_amounts_a_short_dateline_gives_the_local_currency(amounts_nlp, text, currency):
    _, found = _amounts(amounts_nlp, text)
    assert [f[2] for f in found] == [currency]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Annual recurring revenue hit $50M.", "50000000"),
        ("The startup was valued at $2B.", "2000000000"),
        ("The seed round raised $750K.", "750000"),
    ],
    ids=["$50M.", "$2B.", "$750K."],
)
def test_amounts_a_capital_scale_letter_ending_the_sentence(amounts_nlp, text, amount):
    # the tokenizer keeps "50M." whole, where it splits "50m." (read before)
    _, found = _amounts(amounts_nlp, text)
    assert [str(f[1]) for f in found] == [amount]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Refinery starts output\n\nNigeria's largest refinery opened on Monday. The group "
            "invested N500bn in the plant, its chairman said.",
            [("N500bn", "NGN")],
        ),
        (
            "Lender profit rises\n\nA Kuwait lender said on Monday it was expanding abroad. "
            "The bank earned 250 million dinars last year.",
            [("250 million dinars", "KWD")],
        ),
        # two dinar countries: the story does not say which
        (
            "Gulf banks to merge\n\nA Kuwait lender and a Bahrain bank said they would merge. "
            "The combined bank earned 250 million dinars last year.",
            [],
        ),
    ],
    ids=["naira-story", "kuwait-story", "two-dinar-countries"],
)
def test_amounts_a_currency_with_no_default_takes_the_story_s_one_country(
    amounts_nlp, text, expected
):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[0], f[2]) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts said the unit could fetch two or three billion dollars.", ("2e9", "3e9")),
        ("Exports could reach 700 or 800 mln dlrs this year.", ("7e8", "8e8")),
        ("The refit will cost two-to-three billion dollars.", ("2e9", "3e9")),
    ],
    ids=["or-words", "or-figures", "hyphenated-to"],
)
def test_amounts_a_range_joined_by_or_or_a_hyphenated_to(amounts_nlp, text, expected):
    _, found = _amounts(amounts_nlp, text)
    assert [(f[3], f[1], f[4]) for f in found] == [
        ("range", Decimal(expected[0]), Decimal(expected[1]))
    ]


def test_amounts_a_figure_and_its_per_share_value_are_no_range(amounts_nlp):
    _, found = _amounts(amounts_nlp, "Net profit was 4,799,000 dlrs or 22 cts a share.")
    assert [(f[0], f[3]) for f in found] == [("4,799,000 dlrs", "exact"), ("22 cts", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eagle will pay ~€71.6M in cash for the drugmaker.", [("~€71.6M", "71600000", "about")]),
        ("Revenue was ~$5M, up from ~$3M a year ago.", [("~$5M", "5000000", "about"),
                                             ("~$3M", "3000000", "about")]),
        ("The firm had ~5,000 staff.", []),  # a tilde before a count: no money
        ("See example.com/~shop for the 5 dollars offer.", [("5 dollars", "5", "exact")]),
    ],
    ids=["euro", "dollars", "count", "url"],
)  # fmt: skip
def test_amounts_a_glued_tilde_is_about(amounts_nlp, text, expected):
    # "~€71.6M" is one token unless the tokenizer splits the tilde off (registry.GLUED_TILDE)
    doc = amounts_nlp(text)
    got = [(s.text, str(s._.money.amount), s._.money.qualifier) for s in doc._.amounts]
    assert got == expected
