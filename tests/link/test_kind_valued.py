"""An active "value" of a company or asset gives a valuation (FACTS.md Kind valuation:
"the offer values the brewer at 2.3 billion stg"), on BBC business sentences outside
the gold sets (2004-05)."""

import pytest

CASES = [
    # (source, sentence, amount as written)
    ("bbc/business/293", "Malcolm Glazer has made a fresh approach to buy Manchester United, "
     "which could lead to a bid valuing the Premiership club at £800m.", "£800m"),
    ("bbc/business/229", "The board of the football club is expected to meet early this week to "
     "discuss the latest proposal, which values the club at £800m ($1.5bn).", "£800m"),
    ("bbc/business/021", "Advisors Goldman Sachs are understood to have valued its demerged "
     "Deluxe Film unit at £300m, the report added.", "£300m"),
]


@pytest.mark.parametrize(("source", "sentence", "written"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_valuing_a_company_or_asset(nlp, source, sentence, written):
    doc = nlp(sentence)
    spans = [s for s in doc._.amounts if s.text.startswith(written)]
    assert spans, f"no amount {written!r} in {[s.text for s in doc._.amounts]}"
    assert spans[0]._.kind_rule == "valuation"
