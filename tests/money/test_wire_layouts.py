"""Wire layouts the money stage reads (pipeline/money/tables.py, ticker_quotes.py):
results tables of one period, tables naming no currency, spelled table figures and
quote lists of market reports. Texts from reut2-001 and reut2-015 (in no gold set)
unless marked invented."""

from __future__ import annotations

import pytest

from pipeline.nlp.fastpipe import fast_pipe

# reut2-001 #1013: no currency anywhere; the CALGARY dateline makes the dollar Canadian
MARK = """<MARK RESOURCES INC> YEAR LOSS

CALGARY, Alberta, March 3 - Shr not given
    Loss 54.9 mln
    Revs 27.2 mln
    Note: Prior year results not given. 1986 results include
accounts of 89 pct owned <Precambrian Shield Resources Ltd>,
acquired November 5, 1986
 Reuter
"""

# reut2-001 #1658: one period, a currency named on the per-unit row
KANEB = """KANEB ENERGY PARTNERS LTD <KEP> 4TH QTR LOSS

HOUSTON, March 4 - Unit loss one ct
    Net loss 186,000
    Revs 10.7 mln
    11 mths
    Unit loss 7.26 dlrs
    Net loss 121.4 mln
    Revs 46.9 mln
 Reuter
"""

# reut2-001 #1705: a quote list riding on one verb, a spelled move
DRUGS = """ANALYST REITERATES BUY ON SOME DRUG STOCKS

New York, March 4 - Merrill Lynch and Co analyst Richard
Vietor said he reiterated a buy recommendation on several drug
stocks today.
    Vietor said he also mentioned Pfizer Inc <PFE> up two to
72-3/4 and Warner-Lambert Co <WLA> up 1-1/2 to 74-1/2 as being
in the middle group.
 Reuter
"""

# reut2-015 #15589 and #15857: items after a verb's first one, "fell one to"
AIRLINES = """AMR <AMR> UP ON SMITH BARNEY OPINION

NEW YORK, April 9 - Traders said other airline stocks moved higher today.
    Delta <DAL> rose 1/2 to 56-7/8, NWA Inc <NWA> 3/8 to 66,
and Pan Am <PN> 1/8 to 4-5/8.
    Other brokerages were also down today. E.F. Hutton <EFH>
fell one to 41-1/4.
 Reuter
"""


def _amounts(doc) -> list[tuple[str, float, str]]:
    return [(s.text, float(s._.money.amount), s._.money.currency) for s in doc._.amounts]


@pytest.fixture(scope="module")
def fast(nlp):
    return fast_pipe(nlp)


@pytest.mark.parametrize("run", ["full", "fast"])
def test_a_table_naming_no_currency_is_in_the_story_s_dollar(nlp, fast, run):
    doc = (nlp if run == "full" else fast)(MARK)
    assert _amounts(doc) == [("54.9 mln", 54.9e6, "CAD"), ("27.2 mln", 27.2e6, "CAD")]
    assert [s._.kind for s in doc._.amounts] == ["financials", "financials"]


def test_no_story_dollar_without_a_results_headline(nlp):
    # invented: the same rows under a headline that tells no results
    text = MARK.replace("YEAR LOSS", "NAMES NEW CHIEF")
    assert _amounts(nlp(text)) == []


def test_no_story_dollar_where_the_dateline_has_no_dollar(nlp):
    # invented: a LONDON table naming no currency could be sterling or dollars
    text = MARK.replace("CALGARY, Alberta", "LONDON")
    assert _amounts(nlp(text)) == []


def test_one_period_rows_are_results(nlp):
    doc = nlp(KANEB)
    got = {s.text: (s._.money.currency, s._.kind) for s in doc._.amounts}
    assert got["10.7 mln"] == ("USD", "financials")
    assert got["46.9 mln"] == ("USD", "financials")
    assert got["186,000"] == ("USD", "financials")


def test_a_row_on_the_dateline_line_is_a_table_row(nlp):
    # invented on the model of reut2-001 #1658: the first row shares the dateline's line
    text = KANEB.replace("Unit loss one ct\n    Net loss 186,000", "Net loss 186,000")
    text = text.replace("Unit loss 7.26 dlrs", "Unit loss 7.26 dlrs vs 1.10 dlrs")
    assert ("186,000", 186000.0, "USD") in _amounts(nlp(text))


@pytest.mark.parametrize(
    ("row", "want"),
    [
        # reut2-019: the row as the wire wrote it, with its currency
        ("Net four mln dlrs vs 2.8 mln dlrs", ("four mln dlrs", 4e6)),
        # invented: the same row with the table's currency left to the "Shr" line
        ("Net four mln vs 2.8 mln", ("four mln", 4e6)),
        ("Net loss two mln vs 874,000", ("two mln", 2e6)),
    ],
)
def test_a_spelled_table_figure(nlp, row, want):
    text = f"ACME CORP <ACME> YEAR NET\n\nDALLAS, March 3 - Shr 52 cts vs 22 cts\n    {row}\n"
    got = [(t, a) for t, a, c in _amounts(nlp(text)) if c == "USD"]
    assert want in got


def test_a_spelled_word_that_is_no_figure(nlp):
    # invented: "one" with no scale or "vs" after it is no table figure
    text = (
        "ACME CORP <ACME> YEAR NET\n\nDALLAS, March 3 - Shr 52 cts vs 22 cts\n"
        "    Net one time gain\n"
    )
    assert [t for t, _, _ in _amounts(nlp(text))] == ["52 cts", "22 cts"]


@pytest.mark.parametrize("run", ["full", "fast"])
def test_a_quote_list_with_no_currency_in_the_story(nlp, fast, run):
    doc = (nlp if run == "full" else fast)(DRUGS)
    got = [(s.text, float(s._.money.amount), s._.money.currency) for s in doc._.amounts]
    assert got == [
        ("two", 2.0, "USD"), ("72-3/4", 72.75, "USD"),
        ("1-1/2", 1.5, "USD"), ("74-1/2", 74.5, "USD"),
    ]  # fmt: skip
    owners = [[link.company for link in s._.links] for s in doc._.amounts]
    assert owners == [["Pfizer Inc"]] * 2 + [["Warner-Lambert Co"]] * 2
    assert {s._.kind for s in doc._.amounts} == {"other"}  # share prices (FACTS.md)


def test_each_quote_list_item_belongs_to_the_name_before_its_ticker(nlp):
    doc = nlp(AIRLINES)
    owners = {s.text: [link.company for link in s._.links] for s in doc._.amounts}
    assert owners["3/8"] == ["NWA Inc"]
    assert owners["66"] == ["NWA Inc"]
    assert owners["4-5/8"] == ["Pan Am"]
    assert owners["one"] == ["E.F. Hutton"]
    assert owners["41-1/4"] == ["E.F. Hutton"]


@pytest.mark.parametrize(
    "text",
    [
        # reut2-008: Tokyo quotes are in yen, whole figures: nothing says which currency
        "Mitsubishi Metal Corp <MITM.T>, rose 95 to 745 yesterday, dealers said.",
        # invented: a rate after a ticker, and a ticker with no quote
        "Acme <ACME> 1/2 to 12 pct of the market, it said.",
        "Upjohn Co <UPJ>, Merck and Co Inc <MRK>, and Squibb Corp <SQB> lead the group.",
    ],
)
def test_no_quote_list_item(nlp, text):
    assert _amounts(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reut2-001
        ("The bonds will be issued in denominations of 1,000 and 10,000 Canadian dlrs and "
         "will be listed in Luxembourg.",
         [("1,000", 1000.0, "CAD"), ("10,000 Canadian dlrs", 10000.0, "CAD")]),
        ("Denominations are 10,000, 100,000 and one mln markka and listing is in Helsinki, "
         "it said.",
         [("10,000", 1e4, "FIM"), ("100,000", 1e5, "FIM"), ("one mln markka", 1e6, "FIM")]),
        # reut2-003, a line break inside the list
        ("The denominations are of 1,000 and\n10,000 dlrs.",
         [("1,000", 1000.0, "USD"), ("10,000 dlrs", 10000.0, "USD")]),
        # invented on the wire's model: a small plain figure shares the scale
        ("The notes are in denominations of 20 and five mln yen.",
         [("20", 20e6, "JPY"), ("five mln yen", 5e6, "JPY")]),
    ],
)
def test_denominations_share_the_currency_written_once(nlp, text, want):
    assert _amounts(nlp(text)) == want


def test_coordinated_figures_elsewhere_are_left_alone(nlp):
    # invented: no denomination, so "1986 and" is not read as money
    assert _amounts(nlp("Sales in 1986 and 10,000 dlrs of fees.")) == [
        ("10,000 dlrs", 10000.0, "USD")
    ]


def test_a_date_in_a_row_label_is_no_figure(nlp):
    # reut2-008 #8475: the first row shares the dateline's line and names a date
    text = (
        "BANCA D'AMERICA E D'ITALIA 1986 YEAR\n\nMILAN, March 23 - Net profits for year ended "
        "December 31\n1986 1.3 billion lire vs 47.3 billion\n"
    )
    got = [t for t, _, _ in _amounts(nlp(text))]
    assert "31" not in got and "1986" not in got
    assert "1.3 billion lire" in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reut2-008 #8170
        ("LONDON, March 23 - The Tasmanian Public Finance Corp is issuing a 46 mln\n"
         "Australian dlr eurobond due April 23, 1992 paying 14-3/4 pct.\n"
         "    The bond will be available in denominations of 1,000 and\n"
         "10,000 dlrs and will be listed in Luxembourg and Frankfurt.\n", "AUD"),
        # reut2-008 #8375
        ("LONDON, March 23 - Communaute Urbaine de Montreal is\nissuing a 75 mln Canadian "
         "dlr bond due April 22, 1997.\n    The notes are available in denominations of "
         "1,000 and\n10,000 dlrs and will be listed on the Luxembourg Stock\nExchange.\n",
         "CAD"),
        # reut2-008 #8146: a US dollar issue
        ("LONDON, March 23 - LSI Logic Corp is issuing a 100 mln dlr\nconvertible eurobond.\n"
         "    The bonds will be issued in denominations of 1,000 and\n10,000 dlrs and listed "
         "in Luxembourg.\n", "USD"),
    ],
)
def test_denominations_are_in_the_issue_s_dollar(nlp, text, want):
    got = _amounts(nlp(text))
    assert [(t, a) for t, a, _ in got][-2:] == [("1,000", 1000.0), ("10,000 dlrs", 10000.0)]
    assert {c for _, _, c in got[-2:]} == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Reuters files outside the gold sets: scale words the wire mistyped
        ("A year earlier outstanding loans amounted to 17.0 bilion dlrs.", 17.0e9),
        ("The unit had approximate revenues of 58 mlns dlrs.", 58e6),
    ],
)
def test_mistyped_scale_words(nlp, text, want):
    assert [a for _, a, _ in _amounts(nlp(text))] == [want]


# reut2-011 (Johnson Electronics, 4th qtr): a full figure in the note under the table
JOHNSON = """JOHNSON ELECTRONICS INC <JHSN> 4TH QTR LOSS

    WINTER PARK, Fla., March 30 - Shr loss three cts vs profit eight cts
    Net loss 35,000 vs profit 128,000
    Revs 1,133,000 vs 1,528,000
    NOTE: 1985 net income included an after tax gain of 195,000
or 12 cts per share on sale of real property.
 Reuter
"""


def test_a_full_figure_beside_a_note_money_word_is_money(nlp):
    got = _amounts(nlp(JOHNSON))
    assert ("195,000", 195000.0, "USD") in got


def test_a_full_figure_of_a_note_with_no_money_word_is_not_read(nlp):
    text = JOHNSON.replace("an after tax gain of 195,000", "195,000 shares issued in")
    assert all(t != "195,000" for t, _, _ in _amounts(nlp(text)))


# reut2-008 #8865 and reut2-006 #6088 (in no gold set): "mln" mistyped "ln" or split
FLOWERS = """FLOWERS INDUSTRIES INC <FLO> 3RD QTR MARCH 7

THOMASVILLE, Ga., March 24 - March 7 end
    Shr 64 cts vs 68 cts
    Net 14.9 ln vs 15.9 mln
    Revs 194.3 m ln vs 171.7 mln
 Reuter
"""


def test_a_table_s_mistyped_mln(nlp):
    got = {(t, a) for t, a, _ in _amounts(nlp(FLOWERS))}
    assert {("14.9 ln", 14.9e6), ("194.3 m ln", 194.3e6), ("171.7 mln", 171.7e6)} <= got


# reut2-001 (Johnson Electronics' row, its unit left off the second figure as the wire
# often does): the row's first figure is the spelled "three cts", so the bare figure
# after "vs loss" is cents too, not dollars
def test_a_bare_figure_after_a_spelled_first_figure_takes_its_cents(nlp):
    row = "Shr loss three cts vs profit eight cts"
    text = JOHNSON.replace(row, "Shr profit three cts vs loss 11")
    got = _amounts(nlp(text))
    assert ("11", 0.11, "USD") in got
    assert all(a != 11.0 for _, a, _ in got)


# invented, after the percentages of reut2-001's bond notes ("cut to 1-5/8 pct"): a mixed
# number before "pct" is a rate, not a bare money figure of the sentence's dollars
def test_a_mixed_number_percentage_is_no_money(nlp):
    text = (
        "The commission charge will be lowered from 12-1/2 pct to ten pct, and fees of up to"
        " 500 dlrs a year will be waived."
    )
    assert [t for t, _, _ in _amounts(nlp(text))] == ["up to 500 dlrs"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Reuters files outside the gold sets: a figure hyphenated to its scale
        ("Petrobras cancelled a 40-mln dlr crude oil purchase from Iraq.", ("40-mln dlr", 40e6)),
        ("Reagan's veto of an 88-billion dlr highway bill resumes.", ("88-billion dlr", 88e9)),
        ("The unit has arranged a ten-mln-dlr leasing facility.", ("a ten-mln-dlr", 10e6)),
    ],
)
def test_a_figure_hyphenated_to_its_scale(nlp, text, want):
    assert [(t, a) for t, a, _ in _amounts(nlp(text))] == [want]
