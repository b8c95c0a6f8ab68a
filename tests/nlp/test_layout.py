"""pipeline.nlp.layout: the news-layout conventions every stage shares."""

from __future__ import annotations

import pytest

from pipeline.nlp.layout import (
    DATELINE,
    dateline_end,
    dateline_place,
    dateline_spans,
    is_results_row,
    is_title_case,
    line_at,
    line_bounds,
    logical_line,
    row_label,
    row_starts,
)
from tests.link.owned import links_of


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("HOUSTON, June 12 - Apex Drilling said", "HOUSTON"),
        ("SAN JOSE, Calif., Oct 2 - Corvex Inc said", "SAN JOSE"),
        ("ST. LOUIS, Mo. Sept. 9 - Grainco said", "ST. LOUIS"),  # no comma after the state
        ("MILAN, JANUARY 20 - Fiorenza SpA said", "MILAN"),  # month in capitals
        ("Oslo, feb 3 - Nordvik ASA said", "Oslo"),  # month in lower case
        ("SEOUL (Reuters) - Hanbit Motors said", "SEOUL"),
        ("DUBAI, April 1 — Gulfline said", "DUBAI"),  # an em dash
        ("Patna, Dec 20 (PTI) Billionaire Ravi Sen's group will invest", "Patna"),  # no dash
        ("DHAKA, July 31: Bengal Jute Mills on Friday announced", "DHAKA"),  # a colon
    ],
)
def test_layout_dateline_place(line, place):
    assert dateline_place(line) == place
    assert line[dateline_end(line) :].split()[0] not in place.split()


@pytest.mark.parametrize(
    "line",
    [
        "Shares of Apex rose 5 pct on March 3 - a record",  # a date inside prose
        "The March 3 - 5 meeting was cancelled",
        "Apex said on Monday - ",
        "",
    ],
)
def test_layout_no_dateline(line):
    assert DATELINE.match(line) is None
    assert dateline_end(line) == 0


def test_layout_dateline_spans_every_line():
    text = "APEX 1ST QTR\n\nHOUSTON, June 12 - Shr 5 cts\nOSLO, June 13 - Net 2 mln\n"
    spans = dateline_spans(text)
    assert [text[a:b].split(",")[0] for a, b in spans] == ["HOUSTON", "OSLO"]


def test_layout_a_state_code_glued_to_the_story_is_a_dateline():
    """GlobeSt's "GOODLETTSVILLE, TN-Private-equity firm ...": the town is no company."""
    text = "Deal\n\nSAN ANTONIO, TX-Kestrel Realty Trust has bought a mall for $90 million.\n"
    assert [text[a:b] for a, b in dateline_spans(text)] == ["SAN ANTONIO, TX-"]
    assert dateline_spans("Coca-Cola Co, PepsiCo-Frito deals\n") == []


def test_a_glued_dateline_town_owns_nothing(nlp):
    text = (
        "$7.3B Deal Snaps Up Dollar General\n\nGOODLETTSVILLE, TN-Private-equity firm "
        "Kohlberg Kravis Roberts & Co is acquiring discounter Dollar General, in a deal valued "
        "at $7.3 billion."
    )
    owners = {company for company, _ in links_of(nlp, text, "$7.3 billion")}
    assert "GOODLETTSVILLE" not in owners and "Kohlberg Kravis Roberts & Co" in owners, owners


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("Carmaker to Invest $4 Billion in Ohio Battery Plant", True),
        ("GULFLINE WINS $2 BLN ORDER FOR TANKERS", True),
        ("Fiorenza Profit Falls as Costs Rise", True),
        ("Corvex is raising 75 mln dlrs through a bond", False),
        ("shares of Apex rose in New York trading", False),
        ("The bank said it would cut 300 jobs", False),
    ],
)
def test_layout_title_case(words, title):
    assert is_title_case(words.split()) is title


def test_layout_title_case_with_no_words_that_count():
    assert is_title_case(["$5", "of", "-"]) is False
    assert is_title_case(["$5", "of", "-"], empty=True) is True


def test_layout_lines():
    text = "Headline here\nNet 5 mln vs 4 mln\nlast"
    at = text.index("5 mln")
    assert line_bounds(text, at) == (14, 32)
    assert line_at(text, at) == "Net 5 mln vs 4 mln"
    assert line_at(text, 0) == "Headline here"
    assert line_at(text, len(text) - 1) == "last"
    # a span across a line break covers both lines
    both = line_at(text, text.index("here"), text.index("Net") + 3)
    assert both == "Headline here\nNet 5 mln vs 4 mln"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Shr loss 12 cts vs profit 8 cts", ["shr", "loss"]),
        ("Net 4,120,000 vs 3,900,000", ["net"]),
        ("   Revs: 88.1 mln vs 79.5 mln", ["revs"]),
        ("12 mln vs 10 mln", []),
    ],
)
def test_layout_row_label(line, label):
    assert row_label(line) == label


def test_layout_logical_line_joins_soft_wraps_only():
    text = (
        "APEX SETS DIVIDEND\n\n"
        "HOUSTON, June 12 - Apex Drilling Co said its quarterly profit rose to\n"
        "12.5 mln dlrs from 9.1 mln dlrs a year earlier.\n"
        "    The company also said it would buy back shares.\n"
    )
    start = text.index("12.5")
    lo, hi = logical_line(text, start, start + 4)
    assert text[lo:hi].startswith("HOUSTON") and text[lo:hi].endswith("earlier.")
    # the headline is never joined, and an indented paragraph starts a new line
    assert "APEX" not in text[lo:hi] and "buy back" not in text[lo:hi]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Shr 1.20 dlrs vs 1.10 dlrs", True),
        ("Oper shr loss five cts vs loss 50 cts", True),  # a spelt figure
        ("DALLAS, Feb 26 - Net 12.5 mln vs 11.4 mln", True),  # after a dateline
        ("Div 6.5p making 9.75p", True),
        ("Net profit rose to 12.5 mln dlrs in the quarter", False),  # no comparison
        ("vs 1.10 dlrs", False),  # no label
    ],
)
def test_layout_results_row(line, row):
    assert is_results_row(line) is row


def test_layout_row_starts_name_the_first_word_of_lines_with_figures():
    text = "ACME 1ST QTR\nShr 18 cts vs 12 cts\nNote: unaudited\n  Net 5 mln vs 4 mln"
    assert [word for _, word in row_starts(text)] == ["Shr", "Net"]
    assert all(text[at:].startswith(word) for at, word in row_starts(text))


def test_layout_a_name_and_its_acronym_are_no_dateline():
    assert dateline_place("International Business Machines (IBM) said on Dec 5 it") == ""
