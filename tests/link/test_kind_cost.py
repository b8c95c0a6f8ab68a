"""pipeline/link/kind_cost.py on sentences from BBC and Reuters-21578 articles outside the
gold sets (corpus/gold/dev/*.jsonl "doc" keys checked): the cost of a thing built or set
up is FACTS.md Kind investment; a cost to someone, a product's price, a loss and the cost
of an order stay other or deal."""

import pytest
from amount_at import amount_at, kind_at

from pipeline.link.kind_cost import built_cost

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/entertainment/012", "Lyric chairman David Johnston has said that rebuilding the "
     "theatre, at a cost of £8m is the only answer.", "£8m", "investment"),
    ("reut2-007#7332", "It said it expects to add 150 Minit-Lube fast lubrication service "
     "centers in 1987 at a cost of 75 mln dlrs.", "75 mln", "investment"),
    ("reut2-014#14742", "The estimated total cost of the platform is 150 mln dlrs, Chevron "
     "said.", "150 mln", "investment"),
    ("reut2-016#16166", "Statoil has estimated the field could be commercially developed at "
     "a cost of some 700 mln crowns.", "700 mln", "investment"),
    # a cost to someone, the cost of what is not built, a price, a loss, an order
    ("bbc/business/079", "The total cost of fraud reported by consumers was $546m (£290m).",
     "$546m", "other"),
    ("reut2-017#17431", "The study found a five dlr a barrel import fee would have a net cost "
     "to the economy of 3.6 billion dlrs a year.", "3.6 billion", "other"),
    ("reut2-012#12496", "The company said the Personal System/2 Model 50, an Intel 10 MHz "
     "80286-based desktop system, is now available at a cost of 3,595 dlrs.", "3,595",
     "other"),
    ("reut2-012#12376", "Nearly 12 mln birds, mostly laying hens, were destroyed at a cost of "
     "56 mln dlrs.", "56 mln", "other"),
    ("reut2-019#19289", "The Air Force is expected to order 750 of the advanced fighter "
     "planes in the 1990s at a cost of up to 40 billion dlrs, analysts have said.",
     "40 billion", "deal"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_the_cost_of_something_built_is_investment(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind


@pytest.mark.parametrize(("sentence", "written", "kind"), [
    ("Minit-Lube will add 150 centers at a cost of 75 mln dlrs.", "75 mln", "investment"),
    ("Fraud has a cost to the economy of 3.6 billion dlrs.", "3.6 billion", None),
    ("He wants to cut the £85 cost of the card.", "£85", None),  # an amount before the noun
])  # fmt: skip
def test_built_cost_reads_the_cost_noun(nlp, sentence, written, kind):
    span = amount_at(nlp, sentence, written)
    cost = next(t for t in span.doc if t.lemma_ == "cost")
    assert built_cost(cost) == kind
