"""pipeline/link/kind_notes.py on wire results stories outside the gold sets
(Reuters-21578 reut2-012, 1987): a note under a results table names lines of the
results statement (financials), whatever charge, writedown or credit it is; the same
words with no results table keep their own kind."""

import pytest

CONVEST = (  # reut2-012 #12149
    "CONVEST ENERGY PARTNERS LTD <CEP> 4TH QTR LOSS\n\nHOUSTON, April 1 - Shr loss 2.65 dlrs "
    "vs loss 2.31 dlrs\n    Net loss 14.3 mln vs loss 12.5 mln\n    Revs 2,887,000 vs "
    "5,321,000\n    Year\n    Shr loss 4.38 dlrs vs loss 2.50 dlrs\n    Net loss 23.7 mln vs "
    "loss 13.5 mln\n    Revs 13.2 mln vs 22.4 mln\n    NOTE: 1986 net includes oil and natural "
    "gas writedowns of\n12.1 mln dlrs in quarter and 19.0 mln dlrs in year.\n Reuter"
)
ELECTROMEDICS = (  # reut2-012 #12516
    "ELECTROMEDICS INC <ELMD> YEAR NET\n\nENGLEWOOD, Colo., April 2 - Shr profit nil vs loss "
    "three cts\n    Net profit 140,022 vs loss 882,869\n    Revs 13.3 mln vs 8,870,035\n    "
    "Avg shrs 45.0 mln vs 35.0 mln\n    Backlog 1,683,000 vs 978,000\n    NOTE: Current year "
    "net includes tax credit of 51,000 dlrs.\n Reuter"
)


@pytest.mark.parametrize(("text", "written"), [
    (CONVEST, "12.1 mln dlrs"),
    (CONVEST, "19.0 mln dlrs"),
    (ELECTROMEDICS, "51,000 dlrs"),
])  # fmt: skip
def test_note_under_results_table_is_financials(nlp, text, written):
    doc = nlp(text)
    spans = [s for s in doc._.amounts if s.text.replace("\n", " ") == written]
    assert spans, f"no amount {written!r} in {[s.text for s in doc._.amounts]}"
    assert spans[0]._.kind_rule == "financials"


def test_no_table_no_note(nlp):
    """Without a results table the note rule stays silent: a tax credit of a story in
    prose is funding-like words read as usual, not a results line."""
    text = "NOTE: The state will give the company a tax credit of 51,000 dlrs for the plant."
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if "51,000" in s.text]
    assert span._.kind_rule != "financials"
