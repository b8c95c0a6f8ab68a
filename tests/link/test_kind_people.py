"""pipeline/link/kind_people.py on sentences from BBC and Reuters-21578 articles outside
the gold sets (corpus/gold/dev/*.jsonl "doc" keys checked): a person's or a household's
income is FACTS.md Kind other; a company's income stays financials."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/politics/320", "His declared income of up to £205,000 also includes payments for "
     "being a consultant to the Tote.", "£205,000", "other"),
    ("constructed", "Average household income rose to £32,000 last year.", "£32,000",
     "other"),
    # a company's income, whatever modifies it
    ("bbc/business/173", "Heineken's net income fell to 537m euros ($701m; £371m) during "
     "2004, from 798m euro a year ago.", "537m euros", "financials"),
    ("reut2-001#1193", "Other income rose to 251 mln dlrs from 220 mln dlrs last year.",
     "251 mln", "financials"),
    ("constructed", "Higher net interest income rose to 266 mln dlrs, the bank said.",
     "266 mln", "financials"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_a_persons_income_is_no_result(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
