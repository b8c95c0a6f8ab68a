"""Linker rules for wire conventions and grammar added in round three, on sentences
written for these tests (none from a gold file or seed article)."""

from __future__ import annotations

import pytest

from pipeline.nlp.layout import DATELINE, dateline_spans


def _links(nlp, text, amount):
    doc = nlp(text)
    for span in doc._.amounts:
        if amount in span.text:
            return [link.company for link in span._.links]
    raise AssertionError(f"no amount {amount!r} in {[s.text for s in doc._.amounts]}")


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("DENVER, Colo., May 4 - Keller Pump said", "DENVER, Colo., May 4 - "),
        ("    OSLO, June 12 - Fjordline reported", "    OSLO, June 12 - "),
        ("Keller Pump said on May 4 it would", None),
    ],
    ids=["city-state", "indented", "no-dateline"],
)
def test_names_dateline(line, dateline):
    m = DATELINE.match(line)
    assert (m.group(0) if m else None) == dateline
    assert bool(dateline_spans(line)) == (dateline is not None)


WIRE_CASES = [
    # (text, amount, companies): the name right after a dateline, a ticker's name,
    # a bracketed name
    (
        "KELLER PROFIT UP\n    DENVER, May 4 - Keller Pump <KPU> posted a 4 pct\n"
        "rise in net profit to 12.5 mln dlrs for the year.\n",
        "12.5 mln dlrs",
        ["Keller Pump"],
    ),
    (
        "FJORD SHIPPING RESULTS\n    OSLO, June 12 - Fjordline Shipping Co said its net\n"
        "profit rose to 80 mln francs in the year.\n",
        "80 mln francs",
        ["Fjordline Shipping Co"],
    ),
    (
        "GOVT TO INJECT FUNDS\n    LONDON, May 4 - <Halvard Engines Plc> said it will "
        "spend 40 mln stg on a new plant.\n",
        "40 mln stg",
        ["Halvard Engines Plc"],
    ),
]


@pytest.mark.parametrize(
    ("text", "amount", "companies"), WIRE_CASES, ids=[c[1] for c in WIRE_CASES]
)
def test_link_wire_dateline_and_ticker(nlp, text, amount, companies):
    assert _links(nlp, text, amount) == companies


GRAMMAR_CASES = [
    # analysts' expectation is the company's figure
    (
        "Brightwave's profit was 21 cents a share, but analysts had expected 24 cents.",
        "24 cents",
        ["Brightwave"],
    ),
    # an amount before its noun, owned by the "of" after it
    (
        "The fraud was the largest since the $3bn collapse of Harrow Bank in 1990.",
        "$3bn",
        ["Harrow Bank"],
    ),
    # a tie-up between two companies owns what it would be valued at
    (
        "A merger between Kestrel Bank and Osprey Bank would create a lender valued at $90bn.",
        "$90bn",
        ["Kestrel Bank", "Osprey Bank"],
    ),
]


@pytest.mark.parametrize(
    ("text", "amount", "companies"), GRAMMAR_CASES, ids=[c[1] for c in GRAMMAR_CASES]
)
def test_link_target_forecast_premodifier_between(nlp, text, amount, companies):
    assert _links(nlp, text, amount) == companies


@pytest.mark.parametrize(
    ("text", "amount", "target"),
    [
        ("Tarrow Brewing Ltd bought 15% of Melling Wines Ltd for $2 a share. "
         "A bid at that price would value the company at $900 million.", "$900 million", "Melling"),
    ],
    ids=["bid-values-target"],
)
def test_link_value_the_company_is_the_target(nlp, text, amount, target):
    """ "A bid would value the company at $N": the bid's target, not the bidder."""
    links = _links(nlp, text, amount)
    assert len(links) == 1 and links[0].startswith(target)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Flood to cost Ruritania $2bn\n\nThe flood destroyed roads and the flood "
         "defences, officials said.", "$2bn"),
    ],
    ids=["capitalized-common-word"],
)
def test_link_plain_word_is_no_company(nlp, text, amount):
    assert _links(nlp, text, amount) == []


@pytest.mark.parametrize(
    ("text", "amount", "companies"),
    [
        # a one-word subject that "shed 3% to N euros" is a listed company
        ("In Frankfurt, Veltrix shed 3.2% to 41.20 euros, with Siemens falling 1% to "
         "90 euros.", "41.20 euros", ["Veltrix"]),
        # "This helped to bring debt down to $N": the owned object, the company in focus
        ("Norvale Telecom sold its cable arm last year. This was more than expected and "
         "helped to bring debt down to 12bn euros.", "12bn euros", ["Norvale Telecom"]),
    ],
    ids=["moves-by-percent", "owned-object"],
)
def test_link_share_move_and_owned_object(nlp, text, amount, companies):
    assert _links(nlp, text, amount) == companies


@pytest.mark.parametrize(
    ("text", "amount", "sector"),
    [("The province faces a $2bn bill for reconstruction after the floods.", "$2bn",
      "infrastructure")],
    ids=["reconstruction"],
)
def test_link_sector_reconstruction(nlp, text, amount, sector):
    doc = nlp(text)
    assert [s._.sector for s in doc._.amounts if amount in s.text] == [sector]


SERVOTRONICS = (  # Reuters reut2-011, no gold set: the note's "Oper" is a row label
    "SERVOTRONICS INC <SVT> YEAR NET\n\n"
    "BUFFALO, N.Y., March 31 - Oper shr 50.4 cts vs 48.7 cts\n"
    "    Oper net 688,000 vs 665,000\n"
    "    Revs 12.3 mln vs 10.7 mln\n"
    "    Note: Oper excludes tax credits of 559,000 vs 537,000\n"
)


@pytest.mark.parametrize("amount", ["50.4 cts", "688,000", "12.3 mln", "537,000"])
def test_a_table_row_label_is_no_company(nlp, amount):
    assert _links(nlp, SERVOTRONICS, amount) == ["Servotronics Inc"]  # cased: companies/casing.py


def test_a_product_s_price_is_its_seller_s(nlp):
    """No "price verb" blocks the article's company (BBC tech, no gold set)."""
    text = (
        "Nintendo sets European launch\n\n"
        "Nintendo's new handheld console goes on sale across Europe next month.\n"
        "The portable games machine will retail for £99 in the UK."
    )
    assert _links(nlp, text, "£99") == ["Nintendo"]


def test_the_wire_s_bracket_ends_a_name(nlp):
    """ "<NIKI-LU INDUSTRIES INC> YEAR NET": NER ran the name past ">" (reut2-011)."""
    text = (
        "<NIKI-LU INDUSTRIES INC> YEAR NET\n\n"
        "HIALEAH, Fla., March 31 - Oper shr profit 18 cts vs loss 38 cts\n"
        "    Revs 16.3 mln vs 19.8 mln\n"
    )
    assert _links(nlp, text, "16.3 mln") == ["Niki-Lu Industries Inc"]


@pytest.mark.parametrize(
    ("text", "amount", "companies"),
    [
        # a headline's results words are no part of the name (reut2-015, no gold set)
        (
            "MORGAN CRUCIBLE PRETAX PROFIT RISES\n\nLONDON, April 2 - Year to end-December\n"
            "    Shr 20.2p vs 17.5p\n",
            "20.2p",
            ["Morgan Crucible"],
        ),
        # a results row's label is no company ("Administrative expenses ...")
        (
            "BLUE CIRCLE INDUSTRIES PLC YEAR\n\nLONDON, March 4 - Year to December 31\n"
            "    Pretax profit 201.5 mln stg vs 180.1 mln\n"
            "    Administrative expenses 65.1 mln vs 58.9 mln\n",
            "65.1 mln",
            ["Blue Circle Industries Plc"],
        ),
    ],
    ids=["headline-results-words", "row-label"],
)
def test_results_words_and_row_labels_name_no_company(nlp, text, amount, companies):
    assert _links(nlp, text, amount) == companies


def test_and_inside_a_ticker_s_name(nlp):
    """ "SCOTT AND STRINGFELLOW <SCOT.O>": "AND" glues the name (reut2-015, no gold set)."""
    text = (
        "SCOTT AND STRINGFELLOW <SCOT.O> 3RD QTR MAR 31\n\n"
        "RICHMOND, Va., April 13 - Shr 37 cts vs 37 cts\n    Net 687,888 vs 441,659\n"
    )
    assert _links(nlp, text, "687,888") == ["Scott and Stringfellow"]
