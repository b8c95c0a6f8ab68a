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


BOUGHT = ("Property investor Centuria Capital Group is looking to buy all of the shares in "
          "Augusta Capital for $2 each, valuing it at about $180 million.")


def test_valuing_what_a_buyer_takes_is_its_valuation_whatever_the_model_says(nlp):
    """ "buy X ..., valuing it at $N": "it" is X, and an active "value" at $N is FACTS.md's
    own valuation, which the learned kind model may not turn into the deal around it."""
    (span,) = [s for s in nlp(BOUGHT)._.amounts if "$180 million" in s.text]
    assert span._.kind == "valuation"
    assert [lk.company for lk in span._.links] == ["Augusta Capital"]


@pytest.mark.parametrize(("source", "sentence", "written"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_valuing_stays_a_valuation_after_the_kind_model(nlp, source, sentence, written):
    spans = [s for s in nlp(sentence)._.amounts if s.text.startswith(written)]
    assert spans[0]._.kind == "valuation"
