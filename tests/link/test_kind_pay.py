"""pipeline/link/kind_verbs.py ``people_earn`` through "up to" and "in excess of" on
sentences from BBC articles outside the gold sets (corpus/gold/dev/*.jsonl "doc" keys
checked): what a person or people earn is pay (FACTS.md Kind other), though "up" or
"in" stands between the verb and the amount; a company's earnings stay financials."""

import pytest

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/politics/320", "The register shows former Tory leader William Hague earning up to "
     "£820,000 on top of his MPs' salary, much of it from speaking fees.", "£820,000", "other"),
    ("bbc/politics/320", "Ex-health secretary Alan Milburn earned up to £85,000 from speeches, "
     "articles and advice.", "£85,000", "other"),
    ("constructed", "Senior members of staff at the bank are earning in excess of $200,000 "
     "a year.", "$200,000", "other"),
    ("constructed", "Acme earned up to 5 mln dlrs from the sale of its unit.", "5 mln",
     "financials"),
    ("constructed", "The company expects to earn in excess of $50m this year.", "$50m",
     "financials"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_pay_up_to_or_in_excess_of_an_amount_is_other(nlp, source, sentence, written, kind):
    doc = nlp(sentence)
    span = next(s for s in doc._.amounts if written in s.text)
    assert span._.kind_rule == kind
