"""Hypothesis: the value of a parse never depends on text outside its span (issue 11).

An amount written by ``format_money`` reads the same alone and inside a news
sentence: words around it that hold no figure, currency, scale or qualifier
change nothing. The other two properties of the issue (never raises; format
then parse round-trips) are in test_money.py.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money.format import format_money
from pipeline.money.lexicon import load_lexicon
from pipeline.money.parse import parse_money
from pipeline.types import Money

# openings and endings of news sentences around an amount (no figures, currencies or qualifiers)
BEFORE = [
    "",
    "The company said it raised",
    "Officials expect",
    "Analysts said the deal was valued at",
    "The ministry will spend",
    "NEW DELHI, March 3 - The board approved",
    "Shares of the group fell after it paid",
    "It reported revenue of",
]
AFTER = [
    "",
    "in the quarter.",
    "last year, the statement said.",
    "for the new plant",
    ", officials said on Monday.",
    "in cash and shares.",
]
_CODES = sorted(load_lexicon().codes)
_AMOUNTS = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2, allow_nan=False
)


@st.composite
def _monies(draw) -> Money:
    amount = draw(_AMOUNTS)
    currency = draw(st.sampled_from(_CODES))
    qualifier = draw(st.sampled_from(["exact", "up_to", "over", "under", "about", "range"]))
    if qualifier == "range":
        return Money(amount, currency, "range", draw(_AMOUNTS.filter(lambda d: d > amount)))
    return Money(amount, currency, qualifier)


@given(_monies(), st.sampled_from(BEFORE), st.sampled_from(AFTER))
@settings(max_examples=400, deadline=None)
def test_value_does_not_depend_on_text_outside_the_span(m, before, after):
    text = format_money(m)
    alone = parse_money(text)
    assert alone == m, text
    assert parse_money(" ".join(p for p in (before, text, after) if p)) == alone


@given(st.sampled_from(BEFORE), st.sampled_from(AFTER), st.integers(1, 999))
@settings(max_examples=200, deadline=None)
def test_words_around_a_news_amount_change_nothing(before, after, n):
    for form in (f"${n} million", f"{n} mln dlrs", f"Rs {n} crore", f"£{n}bn", f"{n} euros"):
        alone = parse_money(form)
        assert alone is not None, form
        assert parse_money(" ".join(p for p in (before, form, after) if p)) == alone, form
