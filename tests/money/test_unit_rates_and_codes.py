"""Not money: one unit "was equivalent to" or "is equal to" another currency is an
exchange rate (pipeline/money/equivalents.py), and a code glued to a small whole number
names an event ("the COP26 summit"; pipeline/money/names.py). Money written with a glued
code keeps its scale or size ("USD5m", "EUR250"). Sentences are invented."""

import pytest


@pytest.mark.parametrize("sentence", [
    "As of March 2, one euro was equivalent to 1.08 U.S. dollars.",
    "At the time, US$1 was equal to 3.67 dirhams.",
    "World leaders met at the COP26 summit in Glasgow.",
])  # fmt: skip
def test_no_amount(nlp, sentence):
    assert nlp(sentence)._.amounts == []


def test_glued_codes_with_a_scale_or_size_stay_money(nlp):
    doc = nlp("Acme paid USD5m for the stake and EUR250 a share.")
    assert [(s.text, s._.money.currency) for s in doc._.amounts] == [
        ("USD5m", "USD"), ("EUR250", "EUR")]
