"""Runs of number words (pipeline/money/numbers.py): text2num for plain English
number words, the project's own reader for "a", fractions, lakh and crore."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money import numbers
from pipeline.money.parse import parse_money

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()
_UNITS += "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_GROUPS = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def _below_thousand(n: int, *, british: bool) -> str:
    """English words for 1..999: "four hundred and sixty-one" (British) or without "and"."""
    words = []
    if n >= 100:
        words.append(f"{_UNITS[n // 100]} hundred")
        n %= 100
        if n and british:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_UNITS[n])
    return " ".join(words)


def spell(n: int, *, british: bool = True) -> str:
    """A number below a trillion in English words, the way news writes it out."""
    parts = []
    for size, name in _GROUPS:
        if n >= size:
            parts.append(f"{_below_thousand(n // size, british=british)} {name}")
            n %= size
    if n:
        parts.append(_below_thousand(n, british=british))
    return " ".join(parts)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("four hundred and sixty-one million dollars", "461000000"),
        ("twenty-five thousand dollars", "25000"),
        ("one hundred and five dollars", "105"),
        ("one million two hundred thousand dollars", "1200000"),
        ("fifteen hundred dollars", "1500"),
        ("nine hundred ninety-nine thousand dollars", "999000"),
        ("two thousand and twenty euros", "2020"),
        ("seventy million pounds", "70000000"),
        # the project's own reader: "a", fractions, "point", trillion, lakh and crore
        ("a hundred dollars", "100"),
        ("two thirds of a billion dollars", "666666666.67"),
        ("a quarter of a million pounds", "250000"),
        ("half a billion dollars", "500000000"),
        ("three point five billion dollars", "3500000000"),
        ("two trillion dollars", "2000000000000"),
        ("two lakh crore rupees", "2000000000000"),
        ("five crore rupees", "50000000"),
    ],
    ids=lambda v: str(v),
)
def test_number_words_value(text: str, amount: str) -> None:
    m = parse_money(text)
    assert m is not None and m.amount == Decimal(amount), (text, m)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("two million three million dollars", "3000000"),
        ("nineteen ninety dollars", "90"),
        ("thousands of dollars", None),
    ],
    ids=lambda v: str(v),
)
def test_number_words_no_one_number(text: str, amount: str | None) -> None:
    """A run with no single reading is never merged into one figure: only the words
    next to the currency that do read as one number are the amount."""
    m = parse_money(text)
    assert (m.amount if m else None) == (Decimal(amount) if amount else None)


def test_number_words_plain_runs_go_to_text2num(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain run is text2num's answer: with it broken, the run has no value."""
    calls: list[str] = []

    def broken(text: str, lang: str) -> int:
        calls.append(text)
        raise ValueError(text)

    monkeypatch.setattr(numbers, "text2num", broken)
    assert parse_money("four hundred and sixty-one million dollars") is None
    assert calls[0] == "four hundred and sixty one million"
    # the project's own forms never reach it
    before = len(calls)
    assert parse_money("half a billion dollars") is not None
    assert parse_money("two thirds of a billion dollars") is not None
    assert len(calls) == before


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 999_999_999_999), st.booleans())
def test_number_words_any_size(n: int, british: bool) -> None:
    """Every number below a trillion written out in words reads back as itself."""
    text = f"{spell(n, british=british)} dollars"
    m = parse_money(text)
    assert m is not None and m.amount == n, text
