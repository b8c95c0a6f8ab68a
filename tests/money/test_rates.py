"""Exchange rates and currency pairs are not amounts (pipeline/money/rates.py), and a
fiscal year opening a results line is no figure (pipeline/money/tables.py). Texts
from reut2-011, -018 and -019 (in no gold set)."""

from __future__ import annotations

# reut2-019: a pair and the rate it is at, then the year's sales
ITOH = """C. ITOH SEES NO GROWTH IN 1987/88 GROUP PROFIT

    TOKYO, June 19 - C. Itoh and Co Ltd <CITT.T> said its group
net profit in the year ending March 31, 1988, is expected to be
unchanged from a year earlier.
    The prediction assumes a yen/dollar rate of 140 yen and a
crude oil price of 18 dlrs a barrel, a company spokesman told
Reuters. Sales in 1987/88 are estimated at 15,100 billion yen,
up 2.3 pct from a year earlier.
 REUTER
"""

# reut2-011 #11187: a results line that opens with a label and a fiscal year
HITACHI = """HITACHI EXPECTS TO ACHIEVE SALES ESTIMATE

    TOKYO, March 31 - Hitachi Ltd <HIT.T> expects to achieve
its parent company sales estimate of 2,900 billion yen in the
year ending March 31.
    Current profits are unlikely to reach the estimated 90
billion yen as the currency's rise has reduced the value of
foreign bond holdings, but the company will retain a nine yen
dividend for 1986/87, a spokesman said.
 REUTER
"""


def _texts(doc) -> list[str]:
    return [s.text.replace("\n", " ") for s in doc._.amounts]


def test_a_currency_pair_and_its_rate_are_no_amounts(nlp):
    got = _texts(nlp(ITOH))
    assert "15,100 billion yen" in got and "18 dlrs" in got
    assert not any("yen/dollar" in t or t == "140 yen" for t in got)


def test_a_pair_written_as_one_token(nlp):
    got = _texts(nlp("Mazda assumed a yen/dollar value at 147 yen, it said."))
    assert got == []


def test_a_fiscal_year_on_a_results_line_is_no_figure(nlp):
    got = _texts(nlp(HITACHI))
    assert got == ["2,900 billion yen", "estimated 90 billion yen", "nine yen"]


def test_a_figure_close_to_a_quoted_rate_is_that_rate(nlp):
    """Invented on the forex-report pattern: the low the dollar came from is a rate too,
    far as it is from the word "dollar"; a share price in yen in the story is money."""
    text = (
        "The dollar rose to 151.20 yen in late Tokyo trading, well above the post-war "
        "low of 148.20 yen it touched in the Far East earlier this week. Toyota shares "
        "fell 20 yen to 1,480 yen."
    )
    got = [(s.text, float(s._.money.amount)) for s in nlp(text)._.amounts]
    assert got == [("20 yen", 20.0), ("1,480 yen", 1480.0)]


def test_a_two_way_quote_is_no_amount(nlp):
    """Invented: a dealer's bid/offer quote is the rate, not the 5 yen of its tail."""
    text = "But the dollar failed to regain Friday's closing level of 146.10/05 yen."
    assert [s.text for s in nlp(text)._.amounts] == []


def test_a_currency_that_is_the_clauses_subject_makes_a_rate(nlp):
    """ "the dollar was expected to trade at ... 2.0 guilders": the subject is a currency,
    so the figure prices it; a share price in the same sentence stays an amount."""
    text = (
        "Analysts said the dollar was expected to trade at an average of 1.85 marks next "
        "year, while Siemens shares were expected to close the year at 650 marks."
    )
    got = [(s.text, s._.money.currency) for s in nlp(text)._.amounts]
    assert got == [("650 marks", "DEM")]


def test_a_currency_as_a_possessor_makes_no_rate(nlp):
    text = "The yen's rise cut Sony's profit by 40 billion yen."
    assert [s.text for s in nlp(text)._.amounts] == ["40 billion yen"]
