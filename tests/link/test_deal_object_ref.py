"""Owners that the sentence, or the one before, names (branch owners12), on texts
written for these tests (none from a gold article):

- a deal's object "the club", "the firm" stands for the company named before ("a £2m
  bid for the club"), and "the club" refers back like "the company";
- a wire headline opens with its company's name, so its first word is the name's even
  when it is a common word ("THE SAVINGS CENTER <TSVC.O>"): the headline's company owns
  the table, not a subsidiary its note names;
- an analyst's employer written before his name ("said Kredit analyst Hans Meier") is
  no topic for "the club" after it.
"""

from __future__ import annotations

from owned import links_of

CLUB = (
    "Dundee offer\n\nTom Reid, chairman of Dundee FC, will table a £2m bid for the club on "
    "Monday, his spokesman said. The club cut its losses to £3.4m last year."
)
TABLE = (
    "THE SAVINGS CENTER <TSVC.O> 3RD QTR NET\n\nBOSTON, Oct 19 - Shr 31 cts\n"
    "    Net 2,081,000 vs 1,963,000\n    NOTE: 1987 results include operations of Center "
    "Lending Corp, acquired in July.\n Reuter\n"
)
ANALYST = (
    "Dortmund warning\n\nBorussia Dortmund has warned it may go bust. \"This is the bill,\" "
    "said Kredit analyst Hans Meier. A banker said the club needs a capital injection of 35m "
    "euros."
)




def test_deal_object_and_descriptor_refer_to_the_club(nlp):
    assert links_of(nlp, CLUB, "£2m") == [("Dundee FC", "deal-side")]
    assert [c for c, _ in links_of(nlp, CLUB, "£3.4m")] == ["Dundee FC"]


def test_headline_company_owns_its_table(nlp):
    # the headline's "SAVINGS CENTER", cased (companies/casing.py)
    assert [c for c, _ in links_of(nlp, TABLE, "2,081,000")] == ["Savings Center"]


def test_analyst_employer_is_no_topic(nlp):
    assert [c for c, _ in links_of(nlp, ANALYST, "35m euros")] == ["Borussia Dortmund"]
