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
    # income a tax falls on, or that people have (texts written for these tests)
    ("constructed", "The party would cut taxes on earnings below £15,000 a year.",
     "£15,000", "other"),
    ("constructed", "Under the plan, income would be taxed at 40% up to £150,000.",
     "£150,000", "other"),
    ("constructed", "Nurses with an annual income of about £21,000 would gain most.",
     "£21,000", "other"),
    ("constructed", "A 40 hour week at the new rate gives them an income of £12,500.",
     "£12,500", "other"),
    # a company's income, whatever modifies it
    ("bbc/business/173", "Heineken's net income fell to 537m euros ($701m; £371m) during "
     "2004, from 798m euro a year ago.", "537m euros", "financials"),
    ("reut2-001#1193", "Other income rose to 251 mln dlrs from 220 mln dlrs last year.",
     "251 mln", "financials"),
    ("constructed", "Higher net interest income rose to 266 mln dlrs, the bank said.",
     "266 mln", "financials"),
    ("constructed", "Profit rose on higher earnings of $5 million from its units.",
     "$5 million", "financials"),
    ("constructed", "The group paid taxes on its net income of $80 million.",
     "$80 million", "financials"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_a_persons_income_is_no_result(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
