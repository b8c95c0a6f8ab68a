"""Issues of securities on wire sentences outside the gold sets (Reuters-21578 reut2-012,
1987): the noun "issue" and a price "of the offering" are funding (FACTS.md Kind funding:
IPO price ranges, bond and share issues); a bond's denomination is no money raised
(other)."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-012#12144", "The company anticipates that the price of the offering will range "
     "between 13 dlrs and 15 dlrs a share.", "13 dlrs", "funding"),
    ("reut2-012#12566", "HARTFORD, Conn., April 2 - Aetna Life and Casualty Co said it filed a "
     "shelf registration with the Securities and Exchange Commission for the issue of 200 mln "
     "dlrs of debt securities.", "200 mln", "funding"),
    ("reut2-012#12486", "Listing will be in Luxembourg and the bonds will be issued in "
     "denominations of one mln yen.", "one mln yen", "other"),
    ("reut2-012#12499", "The bond will be issued in denominations of 1,000 and 10,000 marks.",
     "10,000 marks", "other"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_issue_kinds(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
