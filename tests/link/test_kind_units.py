"""pipeline/link/kind_cues.py ``unit_price`` on sentences from Reuters-21578 articles
outside the gold sets: an amount per unit of measure of goods is the price of goods
(FACTS.md Kind other), whatever offer or sale governs it."""

import pytest
from amount_at import amount_at as _span

from pipeline.link.kind_cues import unit_price

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-003", "Chile is said to have good catches in northern and southern fishing "
     "grounds, with offers unchanged at 330 dlrs per tonne c and f North German ports.",
     "330 dlrs", "other"),
    ("reut2-005", "He added that Ecuadorean crude was now selling for 15 to 17 dlrs a barrel "
     "after having been sold for many months at 12 dlrs a barrel and as low as seven dlrs "
     "before that.", "12 dlrs", "other"),
    ("reut2-012", "The sugar, for April/May and April/June shipment, was sold at between 214 "
     "and 218 dlrs a tonne cif, it said.", "218 dlrs", "other"),
    # a figure per share or per hour is no price of goods
    ("constructed", "The company raised its quarterly dividend to 12 cts a share from ten cts.",
     "12 cts", "financials"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_a_price_per_unit_of_goods_is_other(nlp, source, sentence, written, kind):
    assert _span(nlp, sentence, written)._.kind_rule == kind


@pytest.mark.parametrize(("text", "priced"), [
    ("Cargill offered 0.67 dlrs per lb on one mln lbs.", True),
    ("Gold was fixed at 402.50 dlrs a troy ounce.", True),
    ("The company is earning about 1.2 mln dlrs an hour.", False),
    ("Net profit was 15 cts a share.", False),
])  # fmt: skip
def test_unit_price_reads_the_unit_after_the_amount(nlp, text, priced):
    assert unit_price(nlp(text)._.amounts[0]) is priced
