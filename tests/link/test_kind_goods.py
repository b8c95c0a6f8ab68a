"""pipeline/link/kind_goods.py (a move in the price of goods), the stake and list readings
of kind_trade.py, and the GDP / tax-credit words of models/kinds.jsonl, on sentences from
Reuters-21578 files in no gold set (reut2-008, -011, -013, -015; corpus/gold/dev/*.jsonl
"doc" keys checked) and, where no such sentence exists, short constructed ones."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    # how far a price per unit of goods moved is a price of goods (FACTS.md Kind other)
    ("reut2-013#13847", "May crude jumped 15 cts to 18.82 dlrs a barrel, nearing the top end "
     "of a 17.75-18.85 dlrs resistance range.", "15 cts", "other"),
    ("reut2-011#11213", "Sugar prices are forecast to rise to 340 dlrs a tonne next season "
     "from an estimated 270 dlrs this year, they said.", "270 dlrs", "other"),
    ("constructed", "On the Comex, gold gained 4.10 dlrs and closed at 421.30 dlrs a troy "
     "ounce, and silver 12 cents to 6.52 dlrs a troy ounce.", "4.10 dlrs", "other"),
    ("constructed", "On the Comex, gold gained 4.10 dlrs and closed at 421.30 dlrs a troy "
     "ounce, and silver 12 cents to 6.52 dlrs a troy ounce.", "12 cents", "other"),
    ("constructed", "Heating oil futures lost 1.2 cents to 48.5 cents a gallon.", "1.2 cents",
     "other"),
    ("constructed", "Crude oil futures fell 40 cts to 18.20 dlrs a barrel and have lost 1.10 "
     "dlrs this week.", "1.10 dlrs", "other"),
    # a company's or a results word's loss stays a result beside an oil price
    ("constructed", "Exxon lost 10 mln dlrs in the quarter as oil fell to 15 dlrs a "
     "barrel.", "10 mln", "financials"),
    ("constructed", "Operating profit fell 3.5 mln dlrs as crude dropped to 15 dlrs a "
     "barrel.", "3.5 mln", "financials"),
    # an economy's output is a country's total, no result (FACTS.md Kind other)
    ("reut2-008#8765", "Herrington said, for example, a 10 dlr per barrel tariff on oil "
     "imports would cause the nation's gross national product to drop by as much as 32 "
     "billion dlrs.", "32 billion", "other"),
    ("constructed", "The island has gross domestic product of $900m.", "$900m", "other"),
    # a tax credit is a relief, no credit raised; a wire results note keeps financials
    ("constructed", "Refundable child tax credits will rise to 45 dlrs from 30 dlrs.",
     "45 dlrs", "other"),
    ("reut2-011", "NOTE: Net includes tax credits of 98,338 dlrs vs 81,492 dlrs.",
     "98,338", "financials"),
    # a list sold together is a deal when any of it is a business; a percentage of a
    # thing bought is a stake
    ("constructed", "It sold its hotels and its food businesses for 50 mln dlrs.",
     "50 mln", "deal"),
    ("constructed", "Acme will buy a 15 pct equity position in Zenith for 12 mln dlrs.",
     "12 mln", "deal"),
    ("reut2-008#8717", "Great Western Financial Corp said it agreed to sell its John Alden "
     "Life Insurance Co and its affiliated operations for 280 mln dlrs to a newly-formed "
     "company.", "280 mln", "deal"),
    # goods sold together stay goods
    ("constructed", "The shop sold apples and pears for 5 dlrs.", "5 dlrs", "other"),
    # "N of <other noun>": savings, cuts (kind_of.py); debt and shares left to the verb
    ("bbc/politics/278.txt", "And they ridiculed the claims made on Monday by Michael Howard "
     "that he could save £35 billion of Labour waste and inefficiency to spend on public "
     "services while also offering £4 billion of tax cuts.", "£4 billion", "other"),
    ("constructed", "Virgin said it would introduce a A$50 million package of cost savings "
     "and capacity cuts.", "A$50 million", "other"),
    ("constructed", "The group plans to invest $3bn of new capital in its plants.", "$3bn",
     "investment"),
    # aid to a company's plant is no saving or cut (reut2-011#11596 headline, as a sentence)
    ("reut2-011#11596", "GM Canada will modernize its plant with 220 mln dlrs of government "
     "aid.", "220 mln", "investment"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_goods_stakes_and_economies(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind


def test_a_reporter_is_no_quoted_subject(nlp):
    """ "It earlier reported that operating profit ... fell to 273,000 dlrs" (reut2-004
    layout, a line break after "quarter"): the parser joins "fell" to "reported", whose
    subject "It" only reports the figure; it is not what fell (kind_cues.quoted_subjects)."""
    from pipeline.link.kind_cues import quoted_subjects

    doc = nlp("It earlier reported that operating profit for first quarter\nended January 31 "
              "fell to 273,000 dlrs from 1.7 mln dlrs the previous year.")
    fell = next(t for t in doc if t.lower_ == "fell")
    assert fell.dep_ == "conj" and fell.head.lower_ == "reported"  # the parse the rule is for
    assert quoted_subjects(fell) == []
