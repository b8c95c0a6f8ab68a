"""models/kinds.jsonl on aid and transactions, with sentences from BBC and Reuters-21578
articles outside the gold sets (corpus/gold/dev/*.jsonl "doc" keys checked): aid given
to countries or people is FACTS.md Kind other, state aid to a company stays funding; a
"transaction" valued at an amount is the deal (FACTS.md Kind deal)."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/business/353", "The European Union has said it will deliver 3m euros (£2.1m; $4.1m) "
     "of aid, according to the Wall Street Journal.", "3m euros", "other"),
    ("bbc/politics/135", "The British public has now pledged £76m in aid with emergency "
     "supplies from the British government starting to arrive in the region.", "£76m",
     "other"),
    ("bbc/business/090", "The French government is to hand its struggling wine industry 70m "
     "euros ($91m) in aid to help it battle falling sales.", "70m euros", "other"),
    # state aid for a company's plant is money the company raises
    ("constructed", "The European Commission approved 2 billion euros of French state aid "
     "for a battery plant that Verkor is building.", "2 billion euros", "funding"),
    ("reut2-002#2815", "The transaction is valued at approximately 37.8 mln dlrs and is "
     "expected to be completed by March 31, 1987.", "37.8 mln", "deal"),
    ("reut2-002#2783", "Telecom's shareholders are scheduled to vote on the 165 mln dlr "
     "transaction Monday.", "165 mln", "deal"),
    ("reut2-002#2505", "Based on ConAgra's closing price of 34 dlrs today, the transaction is "
     "worth about 356.5 mln dlrs.", "356.5 mln", "deal"),
    ("reut2-016#16465", "Terms of the merger called for each share of Arrays to be exchanged "
     "for a share of Haba in a transaction valued at 4.1 mln dlrs, the company said.",
     "4.1 mln", "deal"),
    ("reut2-007#7796", "Chrysler said it agreed to buy the 46.1 pct interest owned by Renault "
     "in American Motors and acquire the balance in a transaction valued at 1.11 billion dlrs.",
     "1.11 billion", "deal"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_aid_given_away_is_other_and_a_transaction_is_a_deal(
    nlp, source, sentence, written, kind
):
    assert kind_at(nlp, sentence, written) == kind
