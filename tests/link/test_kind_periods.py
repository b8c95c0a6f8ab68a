"""kind_cues.in_noun read past a period: the bare noun of "in" after "a year" says what
the amount is, as it does right after the amount ("$5m in fines"). Sentences from
reut2-013 (in no gold set; corpus/gold/dev/*.jsonl "doc" keys checked) and constructed
ones in the wording of BBC reports on aid (FACTS.md Kind: aid to countries is neither
raised by a company nor spent building anything, so ``other``)."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("constructed", "The minister backed the plan when he urged donors to provide an "
     "extra $25bn a year in aid.", "$25bn", "other"),
    ("constructed", "The investment fund will commit $3bn (£1.6bn) a year in aid to "
     "Africa.", "$3bn", "other"),
    ("constructed", "The firm's investment plan would add $40m a year in fees for the "
     "bank.", "$40m", "other"),
    ("reut2-013#13017", "About one mln dlrs a year in new recurring revenues will be "
     "generated for FIserve, it said.", "one mln", "financials"),
    # "in order to" names no order: the verb decides ("raise": funding)
    ("constructed", "The company will need to raise about $10m a year in order to keep "
     "the plant open.", "$10m", "funding"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_the_noun_of_in_after_a_period_gives_the_kind(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
