"""A results table's lines say the company's line of business (pipeline/link/business_lines.py),
proved on Reuters-21578 tables outside every gold set (the record is named beside
each; the rule was written for a bank's table of another file)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.link.business_lines import table_sector, trade_hits
from pipeline.link.context import DocContext

# reut2-016 #16315: "Chemical" in the name, yet its assets, loans and deposits are a bank's
CHEMICAL = (
    "CHEMICAL NEW YORK CORP <CHL> 1ST QTR NET\n\nNEW YORK, April 13 - shr 1.58 dlrs vs 1.93 "
    "dlrs\n    net 86,220,000 vs 102,629,000\n    avg shrs 50,831,512 vs 49,156,828\n    "
    "assets 61.04 billion vs 57.95 billion\n    loans 38.76 billion vs 39.68 billion\n    "
    "deposits 38.20 billion vs 33.14 billion\n Reuter"
)
# reut2-015 #15800: no word of the name says bank
SHAWMUT = (
    "SHAWMUT CORP <SHAS> 1ST QTR NET\n\nBOSTON, April 9 - Shr 1.32 dlrs vs 1.26 dlrs\n    "
    "Net 21.2 mln vs 17.4 mln\n    Avg shrs 16.1 mln vs 13.8 mln\n    Assets 10.0 billion vs "
    "8.4 billion\n    Deposits 7.2 billion vs 6.1 billion\n    Loans 6.7 billion up 26 pct\n"
    " Reuter"
)
# reut2-004 #4732: a department store's table of sales, nothing of a bank
SALES = (
    "D.H. HOLMES CO LTD <HLME> 4TH QTR NET\n\nNEW ORLEANS, March 13 - Shr 39 cts vs 1.34 "
    "dlrs\n    Net 1,392,000 vs 4,686,000\n    Sales 81.9 mln vs 81.7 mln\n Reuter"
)
# a sentence, not a table line: "assets" in running text says nothing of the owner
PROSE = (
    "ACME SELLS UNIT\n\nCHICAGO, April 9 - Acme Corp said it sold assets of 4.5 mln dlrs "
    "vs its estimate of five mln dlrs.\n Reuter"
)


@pytest.mark.parametrize(
    ("text", "sector"),
    [(CHEMICAL, "financials"), (SHAWMUT, "financials"), (SALES, ""), (PROSE, "")],
)
def test_table_sector(text, sector):
    assert table_sector(spacy.blank("en")(text)) == sector


@pytest.mark.parametrize(("text", "amount"), [(CHEMICAL, "86,220,000"), (SHAWMUT, "21.2 mln")])
def test_bank_table_results_are_financials(nlp, text, amount):
    """The net of the table takes the bank's industry (FACTS.md Sector 2), before the
    name's misleading "Chemical"."""
    span = next(s for s in nlp(text)._.amounts if s.text == amount)
    assert span._.links and span._.sector == "financials"


def _article_sector(nlp, text):
    doc = nlp(text)
    linker = nlp.get_pipe("newsfacts_linker")
    ctx = DocContext(
        doc,
        linker.companies,
        sector_hits=linker.sectors(doc),
        cue_verbs=linker._cue_verbs,
        cue_nouns=linker._cue_nouns,
    )
    return linker.industries.of_article(ctx)


def test_trade_noun_votes_for_the_article(nlp):
    """reut2-010 #10315: the headline's "steelmakers" is the only word of the trade that
    is no company's name (the rule was written for a "brewer" headline of reut2-017)."""
    text = (
        "TWO JAPANESE STEELMAKERS' CAPITAL SPENDING FALLS\n\nTOKYO, March 31 - Two Japanese "
        "steelmakers said their capital spending will fall."
    )
    assert _article_sector(nlp, text) == "mining_metals"


def test_trade_noun_in_a_name_is_no_vote(nlp):
    """ "Publishers Equipment Corp" (reut2-007 #7191) makes printing presses: a trade noun
    inside a company's name says nothing of the article's industry."""
    hits = trade_hits(spacy.blank("en")("PUBLISHERS EQUIPMENT CORP <PECN> YEAR NET"))
    assert [h.sector for h in hits] == ["consumer"]  # the word is found ...
    text = (
        "PUBLISHERS EQUIPMENT CORP <PECN> YEAR NET\n\nDALLAS, March 9 - Publishers "
        "Equipment Corp said its net rose."
    )
    assert _article_sector(nlp, text) != "consumer"  # ... but the name casts no vote


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        # utilities named for power (names found in Reuters-21578; the rule: reut2-016)
        ("Niagara Mohawk Power Corp", "energy"),
        ("Central Maine Power Co", "energy"),
        # finance arms: the head word after "Motor(s)" (the rule: BBC business 462.txt)
        ("Ford Motor Credit Co", "financials"),
        ("Sears Roebuck Acceptance Corp", "financials"),
        ("General Motors Corp", "automotive"),
    ],
)
def test_name_head_words(nlp, name, sector):
    assert nlp.get_pipe("newsfacts_linker").industries.of_name(name) == sector


# reut2-007 #7330 and reut2-004 #4732: the table's note tells of property sold, which is
# no longer the business (the rule was written for a table of reut2-017)
SOLD_PROPERTY = [
    (
        "BURNUP AND SIMS INC <BSIM> 3RD QTR JAN 31 NET\n\nFORT LAUDERDALE, Fla., March 19 - "
        "Shr profit five cts vs loss 40 cts\n    Net profit 669,000 vs loss 4,256,000\n    "
        "Revs 46.1 mln vs 43.8 mln\n    NOTE: Current year net both periods includes "
        "1,800,000 dlr\ngain from sale of property.\n Reuter",
        "46.1 mln",
    ),
    (
        "D.H. HOLMES CO LTD <HLME> 4TH QTR NET\n\nNEW ORLEANS, March 13 - Shr 39 cts vs 1.34 "
        "dlrs\n    Net 1,392,000 vs 4,686,000\n    Sales 81.9 mln vs 81.7 mln\n    Prior "
        "year net includes gain 1,549,000 dlrs on sale of\nproperty.\n Reuter",
        "81.9 mln",
    ),
]


@pytest.mark.parametrize(("text", "amount"), SOLD_PROPERTY)
def test_property_sold_is_no_business(nlp, text, amount):
    span = next(s for s in nlp(text)._.amounts if s.text == amount)
    assert span._.links and span._.sector != "real_estate"
    assert _article_sector(nlp, text) != "real_estate"
