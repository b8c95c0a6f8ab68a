"""The amount finder reads whole amounts the way parse_money does (issue 11).

Sentences with forms the token patterns split or miss: a unit and its minor
unit, long number-word runs, a scale after a code, split digits, "from X to Y",
accounting parentheses on a results-table row, and bare "kroner"/"dinars"
whose currency the story's country decides. Each case lists every amount of
the doc as (span text, amount, currency, qualifier, amount_max).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.money.parse import parse_money

CASES = [
    # a unit and its minor unit: one amount, not two
    ("The fare rose to 7 dollars 25 cents last week.", [("7 dollars 25 cents", "7.25", "USD")]),
    (
        "He was paid twelve pounds and fifty pence a week.",
        [("twelve pounds and fifty pence", "12.50", "GBP")],
    ),
    ("It costs $14 and 5c now.", [("$14 and 5c", "14.05", "USD")]),
    (
        "A litre of petrol costs 2 rubles 40 kopecks in the city.",
        [("2 rubles 40 kopecks", "2.40", "RUB")],
    ),
    ("Lunch was 8 euros 20, service included.", [("8 euros 20", "8.20", "EUR")]),
    # number words of any size
    (
        "The firm lost four hundred and sixty-one million dollars in the year.",
        [("four hundred and sixty-one million dollars", "461000000", "USD")],
    ),
    (
        "It paid one hundred and twenty three million four hundred fifty six thousand dollars.",
        [
            (
                "one hundred and twenty three million four hundred fifty six thousand dollars",
                "123456000",
                "USD",
            )
        ],
    ),
    (
        "Debt reached three point five billion dollars.",
        [("three point five billion dollars", "3500000000", "USD")],
    ),
    (
        "The bill came to two thirds of a billion dollars.",
        [("two thirds of a billion dollars", "666666666.67", "USD")],
    ),
    (
        "He left a quarter of a million pounds.",
        [("a quarter of a million pounds", "250000", "GBP")],
    ),
    # codes and symbols the patterns split
    ("The fund raised 80 GBP million in May.", [("80 GBP million", "80000000", "GBP")]),
    (
        "TORONTO - Alcan will spend c $ 9.8 million on the plant.",
        [("c $ 9.8 million", "9800000", "CAD")],
    ),
    ("A coffee costs € .75 here.", [("€ .75", "0.75", "EUR")]),
    ("The toll is $ 12 . 30 each way.", [("$ 12 . 30", "12.30", "USD")]),
    # the qualifier before a widened amount stays with it
    (
        "Workers earn up to 7 dollars 25 cents an hour.",
        [("up to 7 dollars 25 cents", "7.25", "USD", "up_to")],
    ),
    (
        "It paid about four hundred and sixty-one million dollars.",
        [("about four hundred and sixty-one million dollars", "461000000", "USD", "about")],
    ),
    # a dash that is punctuation is no minus
    ("WASHINGTON - $ 90 million in bonds were sold.", [("$ 90 million", "90000000", "USD")]),
]

RANGES = [
    ("Tickets cost from 5 to 8 euros.", [("from 5 to 8 euros", "5", "EUR", "range", "8")]),
    (
        "Rooms go from 5 euros to 8 euros a night.",
        [("from 5 euros to 8 euros", "5", "EUR", "range", "8")],
    ),
    # a change is two amounts, not a range (the second: BBC business 004)
    (
        "In October, it increased this from £6 to £10 one-way for all long-haul flights.",
        [("£6", "6", "GBP", "exact", None), ("£10", "10", "GBP", "exact", None)],
    ),
    (
        "Revenue rose from $1bn to $2bn last year.",
        [
            ("$1bn", "1000000000", "USD", "exact", None),
            ("$2bn", "2000000000", "USD", "exact", None),
        ],
    ),
]


def _got(doc) -> list[tuple]:
    return [
        (s.text, s._.money.amount, s._.money.currency, s._.money.qualifier, s._.money.amount_max)
        for s in doc._.amounts
    ]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_widen_whole_amounts(nlp, text, expected):
    want = [(r[0], Decimal(r[1]), r[2], r[3] if len(r) > 3 else "exact", None) for r in expected]
    assert _got(nlp(text)) == want


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[c[0] for c in RANGES])
def test_widen_ranges_written_out(nlp, text, expected):
    want = [(t, Decimal(a), c, q, Decimal(m) if m else None) for t, a, c, q, m in expected]
    assert _got(nlp(text)) == want


def test_widened_value_is_parse_money_of_the_span(nlp):
    """The value of every widened span is parse_money of its own text: never of its context."""
    for text, _ in CASES:
        for span in nlp(text)._.amounts:
            assert parse_money(span.text) == span._.money, span.text


def test_results_table_parentheses_are_negative(nlp):
    doc = nlp(
        "NEW YORK, March 3 - Acme Corp said.\n"
        "Shr loss ($1.25) vs profit 40 cts\n"
        "Net loss (12.5 mln dlrs) vs profit 3.1 mln\n"
    )
    got = [(s.text, s._.money.amount) for s in doc._.amounts]
    assert got[0] == ("$1.25", Decimal("-1.25"))
    assert ("12.5 mln dlrs", Decimal("-12500000")) in got
    assert ("40 cts", Decimal("0.40")) in got


def test_prose_parentheses_stay_positive(nlp):
    """ "(£1.3m)" after "$2.5m" is the same figure in pounds, not a negative one."""
    doc = nlp("The firm paid $2.5m (£1.3m) for the site, a loss of $5m on the year.")
    assert all(s._.money.amount > 0 for s in doc._.amounts)


COUNTRY = [
    ("COPENHAGEN, March 3 - Novo said net profit rose to 300 mln kroner.", "DKK", "dateline"),
    ("OSLO, March 3 - Norsk Hydro said net profit rose to 300 mln kroner.", "NOK", "dateline"),
    ("Norsk Hydro said net profit rose to 300 mln kroner.", "NOK", "word"),
    ("KUWAIT, March 3 - The ministry will spend 300 mln dinars on roads.", "KWD", "dateline"),
    ("Algeria's budget will spend 300 billion dinars on roads.", "DZD", "country"),
    ("RABAT, March 3 - The firm raised 2 billion dirhams.", "MAD", "dateline"),
    ("The firm raised 2 billion dirhams.", "AED", "word"),
    ("DAR ES SALAAM, May 2 - The bank lent 5 billion shillings.", "TZS", "dateline"),
]


@pytest.mark.parametrize(("text", "currency", "source"), COUNTRY, ids=[c[0] for c in COUNTRY])
def test_bare_words_take_the_story_country(nlp, text, currency, source):
    (span,) = nlp(text)._.amounts
    assert (span._.money.currency, span._.currency_source) == (currency, source)


def test_bare_dinars_without_a_country_are_no_fact(nlp):
    """No largest user: "dinars" with no dinar country in the story give no amount."""
    assert list(nlp("The ministry will spend 300 mln dinars on roads.")._.amounts) == []
    assert parse_money("300 mln dinars") is None
    assert parse_money("300 mln dinars", keep_unknown=True).currency == "XXX"
