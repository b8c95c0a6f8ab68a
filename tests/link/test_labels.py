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


def owners(amount: str) -> list[str]:
    return [c for c, _ in links_of(NLP[0], ROUNDUP, amount)]


NLP: list = []


def test_labelled_paragraphs_own_their_money(nlp):
    NLP[:] = [nlp]
    assert owners("S$210.5 million") == ["Harbour Insurance"]  # not the bank it is an arm of
    assert owners("S$9.12") == ["Harbour Insurance"]
    assert owners("S$1.2 billion") == ["Bluewater Yards"]  # not the paragraph before's
    assert owners("S$88.1 million") == ["Orchid Land"]


def test_a_name_stops_at_a_sentence_end(nlp):
    NLP[:] = [nlp]
    assert owners("S$0.005") == ["Bluewater Yards"]


def test_one_colon_line_is_no_roundup(nlp):
    text = (
        "Results day\n\nHarbour Insurance: a quiet day.\nThe market rose and the index "
        "gained S$1.5 billion in value, traders said.\n"
    )
    assert "Harbour Insurance" not in [c for c, _ in links_of(nlp, text, "S$1.5 billion")]
