"""pipeline/link/kind_estimates.py on sentences from BBC and Reuters-21578 articles outside
the gold sets (corpus/gold/dev/*.jsonl "doc" keys checked): what an estimate "puts" at an
amount gives its kind, not "put", which stays investment in "put $N into"."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/business/353", "Early estimates from the World Bank put the amount of aid needed at "
     "about $5bn (£2.6bn), similar to the cash offered Central America after Hurricane "
     "Mitch.", "$5bn", "other"),
    ("reut2-002#2310", "The figures, issued by accountants on behalf of the SVZ, put total "
     "losses for last year at 34 mln guilders and in 1985 at 37 mln.", "34 mln", "financials"),
    ("constructed", "The company has put the cost of the new smelter at about 1.2 billion "
     "dlrs.", "1.2 billion", "investment"),
    ("constructed", "Ford will put $500m into its Oakville plant.", "$500m", "investment"),
    # what analysts expect a company to report is a forecast of its results
    ("constructed", "Five analysts surveyed by Zacks expected $431.2 million.", "$431.2 million",
     "financials"),
    ("constructed", "Analysts polled by Reuters had expected 1.2 billion dlrs.", "1.2 billion",
     "financials"),
    ("constructed", "Analysts expect the market to reach $5 billion by 2030.", "$5 billion",
     "other"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_what_an_estimate_puts_at_the_amount_gives_its_kind(
    nlp, source, sentence, written, kind
):
    assert kind_at(nlp, sentence, written) == kind
