"""Round-ups label each paragraph with its company (``pipeline/link/labels.py``), and
names in them that are no company: half-year codes ("H2 profit"), a sentence's end NER
ran over ("Operation Clean Hands. Shares of ..."). Texts written for these tests."""

from __future__ import annotations

from owned import links_of

ROUNDUP = (
    "Stocks to watch on Monday:\n"
    "Harbour Insurance: The insurance arm of Kestrel Bank reported on Monday a 9 per cent "
    "fall in H2 profit of S$210.5 million. The counter closed Friday down S$0.04 to S$9.12.\n"
    "Bluewater Yards: The group on Monday reported a wider second-half net loss of "
    "S$1.2 billion. It will pay 300 million reais over Operation Clean Hands. Shares of "
    "Bluewater Yards ended Friday down S$0.005 at S$0.081.\n"
    "Orchid Land (OrchidL): The real estate company reported a 5 per cent rise in net "
    "profit to S$88.1 million.\n"
)


def owners(nlp, amount: str) -> list[str]:
    return [c for c, _ in links_of(nlp, ROUNDUP, amount)]


def test_labelled_paragraphs_own_their_money(nlp):
    assert owners(nlp, "S$210.5 million") == ["Harbour Insurance"]  # not the bank it is an arm of
    assert owners(nlp, "S$9.12") == ["Harbour Insurance"]
    assert owners(nlp, "S$1.2 billion") == ["Bluewater Yards"]  # not the paragraph before's
    assert owners(nlp, "S$88.1 million") == ["Orchid Land"]


def test_a_name_stops_at_a_sentence_end(nlp):
    assert owners(nlp, "S$0.005") == ["Bluewater Yards"]


def test_one_colon_line_is_no_roundup(nlp):
    text = (
        "Results day\n\nHarbour Insurance: a quiet day.\nThe market rose and the index "
        "gained S$1.5 billion in value, traders said.\n"
    )
    assert "Harbour Insurance" not in [c for c, _ in links_of(nlp, text, "S$1.5 billion")]


RECAP = (
    "KUALA LUMPUR: Here is a recap of the day's corporate news.\n"
    "Harbour Petroleum Bhd's net profit for the quarter fell 40% to RM70.5 million. The group "
    "declared a first interim dividend, payable in January.\n"
    "Orchid Dairy Industries Bhd's net profit in the quarter rose 3% to RM18.1 million from "
    "RM17.6 million a year ago. This was despite quarterly revenue having fallen 4% to "
    "RM350.2 million, as the group's move to a new factory cut supply.\n"
    "Kestrel Engineering Bhd's net profit grew 14% to RM151.2 million. This was despite "
    "revenue dropping 18% to RM630.5 million.\n"
)


def test_a_roundups_paragraph_opener_owns_its_money(nlp):
    assert [c for c, _ in links_of(nlp, RECAP, "RM350.2 million")] == [
        "Orchid Dairy Industries Bhd"
    ]
    assert [c for c, _ in links_of(nlp, RECAP, "RM630.5 million")] == ["Kestrel Engineering Bhd"]


def test_long_web_lines_end_their_sentence(nlp):
    from pipeline.nlp.fastpipe import pipe_docs

    text = (
        "Harbour Petroleum Bhd's net profit for the quarter fell 40% to RM70.5 million on "
        "lower prices and planned shutdowns at four of its assets — Lower prices drag profit\n"
        "Orchid Dairy Industries Bhd's net profit rose 3% to RM18.1 million."
    )
    doc = next(pipe_docs(nlp, [text]))
    assert any(s.text.startswith("Orchid Dairy") for s in doc.sents)


MOVERS = (
    "Most active companies on the Toronto Stock Exchange\n\n"
    "TORONTO — Some of the most active companies traded Tuesday:\n\n"
    "Harbourline Bank (TSX:HLB). Financials. Up $1.12, or 1.3 per cent, to $84.20 on "
    "9.1 million shares.\n\n"
    "Prairie Pipe Corp. (TSX:PPC). Energy. Down 35 cents, or 1.1 per cent, to $31.40 on "
    "6.2 million shares.\n\n"
    "Norwind Air Inc. (TSX:NWA) Industrials. Unchanged at 88 cents on 5.4 million shares.\n\n"
    "The Lakeshore Bank. (TSX:LKB). Financials. Down 29 cents, or 0.3 per cent, to $85.08 on "
    "16.9 million shares.\n"
)


def test_a_ticker_labels_its_line(nlp):
    """A market report's line per stock: the name, its exchange ticker, then the figures."""
    def owner(amount: str) -> list[str]:
        return [c for c, _ in links_of(nlp, MOVERS, amount)]

    assert owner("$84.20") == ["Harbourline Bank"]
    assert owner("35 cents") == ["Prairie Pipe Corp."]
    assert owner("$31.40") == ["Prairie Pipe Corp."]
    assert owner("88 cents") == ["Norwind Air Inc."]
    # "The" before the name, a full stop before its ticker
    assert owner("$85.08") == ["Lakeshore Bank"]


def test_a_ticker_line_keeps_its_company_in_a_story_of_public_money(nlp):
    """A government's money told later in the report ("The Ontario government will lend
    $2 billion") leaves each labelled line's figures to its company."""
    text = MOVERS + (
        "\nCompanies in the news:\n\nPrairie Pipe Corp. (TSX:PPC). Up 26 cents to $31.66. "
        "The Ontario government will lend $2 billion to the line.\n"
    )
    assert [c for c, _ in links_of(nlp, text, "$84.20")] == ["Harbourline Bank"]
    assert [c for c, _ in links_of(nlp, text, "$31.66")] == ["Prairie Pipe Corp."]
