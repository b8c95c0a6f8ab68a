"""pipeline/link/kind_charges.py on sentences from BBC and Reuters-21578 articles outside
the gold sets (corpus/gold/dev/*.jsonl "doc" keys checked): a fine, damages, a
settlement or a tax bill is FACTS.md Kind other, whatever verb governs it."""

import pytest
from amount_at import amount_at as _span

from pipeline.link.kind_charges import charge_kind

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/tech/075", "The pair face jail terms of up to five years and a $250,000 (£130,000) "
     "fine.", "$250,000", "other"),
    ("bbc/entertainment/199", "Viacom has five days to pay the $3.5m fine, according to the "
     "agreement.", "$3.5m", "other"),
    ("bbc/business/400", "The US agrochemical giant Monsanto has agreed to pay a $1.5m "
     "(£799,000) fine for bribing an Indonesian official.", "$1.5m", "other"),
    ("bbc/business/192", "Yugansk was sold to help pay off a $27.5bn (£14.5bn) back tax bill.",
     "$27.5bn", "other"),
    ("bbc/business/010", "They also say they have already met many of the government's "
     "demands in a landmark $206bn settlement reached with 46 states in 1998.", "$206bn",
     "other"),
    ("reut2-006#6322", "Nabors said the company would pursue its state court lawsuit seeking "
     "2.0 billion dlrs in damages from Coastal.", "2.0 billion", "other"),
    # a deal in the same sentence keeps its kind
    ("bbc/business/192", "Yugansk was sold for $9.3bn to help pay off a $27.5bn back tax bill.",
     "$9.3bn", "deal"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_a_fine_damages_a_settlement_or_a_tax_bill_is_other(
    nlp, source, sentence, written, kind
):
    assert _span(nlp, sentence, written)._.kind_rule == kind


@pytest.mark.parametrize(("text", "charge"), [
    ("Reagan vetoed an 88 billion dlr highway bill.", False),  # reut2-012#12497: a law
    ("The 300 mln dlr settlement offer was rejected.", False),  # the offer heads the noun
    ("Sri Lanka paid a $50m bill for back taxes.", True),
    ("The bank took a 2.5 billion dlr bill auction.", False),
])  # fmt: skip
def test_charge_kind_needs_a_charge_noun_or_a_tax_bill(nlp, text, charge):
    doc = nlp(text)
    span = doc._.amounts[0]
    assert (charge_kind(doc, span, len(doc)) == "other") is charge
