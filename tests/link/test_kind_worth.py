"""pipeline/link/kind_worth.py on sentences from Reuters-21578 and BBC articles in no gold
set (corpus/gold/dev/*.jsonl "doc" keys checked): the value of a company or of an asset
is a valuation (FACTS.md Kind), said as a noun ("the book value of the unit is $N") or
a passive verb ("the property has been valued at"); the value of goods is not."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-005#5503", "The company, which is in the process of complete liquidation, said "
     "the estimated net realizable value of its assets as of Dec 31, 1986 was four dlrs "
     "a share.", "four dlrs", "valuation"),
    ("constructed", "The airline's estimated value is now $150 million.", "$150 million",
     "valuation"),
    ("constructed", "The club has been valued at £800m by its advisers.", "£800m",
     "valuation"),
    ("reut2-001#1347", "The 1986 wine exports were valued at 34.7 mln dlrs, up from 27.6 "
     "mln dlrs the previous year.", "34.7 mln", "other"),
    ("constructed", "About $5bn worth of investment will be made in the region.", "$5bn",
     "investment"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_kind_worth_the_value_of_a_business_is_a_valuation(
    nlp, source, sentence, written, kind
):
    assert kind_at(nlp, sentence, written) == kind
