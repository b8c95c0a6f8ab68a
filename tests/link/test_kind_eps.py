"""Earnings per share written "earnings per share of N" are a result, not a share price
(``pipeline/link/kinds.py`` ``KindWords.of_noun``: the "per share" phrase gives its noun
the say). Sentences written for the test."""

from __future__ import annotations

import pytest
from amount_at import kind_at


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Harbor Media posted earnings per share of 81 cents for the quarter.", "81 cents"),
        ("Harbor Media expects adjusted earnings per share of $1.35 next year.", "$1.35"),
        ("Kestrel reported a loss per share of 12 cents.", "12 cents"),
    ],
)
def test_earnings_per_share_of_n_are_financials(nlp, text, written):
    assert kind_at(nlp, text, written) == "financials"


def test_a_share_price_stays_a_share_price(nlp):
    assert kind_at(nlp, "Harbor Media shares closed at $41.20 on Friday.", "$41.20") == "other"
