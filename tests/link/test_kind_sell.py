"""An intransitive "sell" prices what sells (pipeline/link/kind_trade.py): "X sells for $N"
is the price of goods (FACTS.md Kind other: prices of goods), however X is named, unless
X is a unit or asset; a company that sells something named after the price makes a deal.
Sentences from articles outside the gold sets (Reuters-21578 1987, BBC 2004-05)."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-003", "The PowerMate 1 and 2 are available immediately and sell for 1,995 dlrs and "
     "2,595 dlrs, respectively.", "1,995 dlrs", "other"),
    ("reut2-007", "The company also said it introduced an accounting software package, Entry "
     "one, that sells for 89 dlrs.", "89 dlrs", "other"),
    ("bbc/entertainment/152", "Four suits worn by the Beatles on their Please Please Me album "
     "cover have sold for $110,000 (£59,000) at a US auction.", "$110,000", "other"),
    ("reut2-019", "For others, the program sells for 79.95 dlrs, Activision said.",
     "79.95 dlrs", "other"),
    # the seller's object written after the price: an asset sold, a deal
    ("reut2-001", "General DataComm Industries Inc said it has agreed to sell for 40 mln dlrs "
     "its Network Services facility.", "40 mln dlrs", "deal"),
    # a passive "was sold for" keeps what is sold: a company's unit is a deal
    ("bbc/business/391", "The unit was however sold for $9.4bn to state oil firm Rosneft.",
     "$9.4bn", "deal"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_what_sells_for_a_price(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
