"""A company buying its own shares, or giving money back to its owners, is a buy-back
(FACTS.md "Kind": buy-backs are ``other``; pipeline/link/kind_buyback.py); shares of
another company stay a stake purchase. Sentences are from articles in no gold set
(reut2-015) or invented; other unlabelled cues of the same pass: a lender's exposure, a
price per acre, a paydown (models/kinds.jsonl, models/link/kind_cues.jsonl)."""

import pytest

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-015", "On Monday, GenCorp announced it will buy up to 54 pct of its own "
     "outstanding common shares for 130 dlrs per share.", "130 dlrs", "other"),
    ("reut2-015", "NSA added that for shareholders with less than 600 shares it is offering "
     "to purchase their shares for cash at one dlr per share.", "one dlr", "other"),
    ("invented", "Since the start of its repurchase program last year, Acme Corp said, it has "
     "bought 2.4 mln shares for 96 mln dlrs.", "96 mln dlrs", "other"),
    ("invented", "Acme Corp said it bought 300,000 of its own shares for 12 mln dlrs.",
     "12 mln dlrs", "other"),
    ("invented", "Acme Holdings said it would return 2 billion euros to shareholders after "
     "the sale.", "2 billion euros", "other"),
    # shares of a named company, "its stake", "its" of the target: a deal
    ("invented", "Acme Corp said it has bought 1.2 mln shares of Beta Inc common stock for "
     "40 mln dlrs.", "40 mln dlrs", "deal"),
    ("invented", "Rada bought its stake for 505.5 mln dlrs from Wattie Industries Ltd last "
     "year.", "505.5 mln dlrs", "deal"),
    ("invented", "Beta Industries Inc said it received a proposal from Acme Corp seeking to "
     "buy all of its outstanding shares for 13.50 dlrs a share.", "13.50 dlrs", "deal"),
    # a lender's exposure, a price per acre, a paydown
    ("reut2-012", "Earlier, Mulholland announced that Bank of Montreal has formally applied "
     "to swap up to 100 mln dlrs of its roughly one billion dlr cross border exposure to "
     "Brazil into local equity investments.", "roughly one billion dlr", "other"),
    ("invented", "Acme Bank said it has 2.3 billion dlrs in loan exposure to Brazil.",
     "2.3 billion dlrs", "other"),
    ("invented", "The accepted bids for rental payments ranged up to 75 dlrs per acre.",
     "up to 75 dlrs", "other"),
    ("invented", "The Treasury said the auction would bring a paydown of 1.4 billion dlrs.",
     "1.4 billion dlrs", "other"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_kind(nlp, source, sentence, written, kind):
    doc = nlp(sentence)
    (span,) = [s for s in doc._.amounts if s.text == written]
    assert span._.kind_rule == kind
