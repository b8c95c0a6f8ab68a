"""Words that look like money and are not: the verb "won" near a figure is no Korean
won (pipeline/money/rates.py), and "50 Cent" is a rapper (pipeline/money/names.py).
Sentences from BBC entertainment and politics articles outside the gold sets."""

from __future__ import annotations

import pytest


def _amounts(nlp, text: str) -> list[tuple[str, float, str]]:
    return [(s.text, float(s._.money.amount), s._.money.currency) for s in nlp(text)._.amounts]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # bbc/entertainment/024
        ("A novel set in 19th century Paraguay has won the $10,000 (£5,390) fiction prize "
         "at the US National Book Awards.", [("$10,000", 10000.0, "USD")]),
        # bbc/politics/173
        ("Armed robber Robert Napier, 25, won £2,450 after he claimed he suffered an "
         "outbreak of the skin complaint.", [("£2,450", 2450.0, "GBP")]),
    ],
)
def test_the_verb_won_is_no_currency(nlp, text, want):
    assert _amounts(nlp, text) == want


def test_a_rate_in_won_is_still_a_rate(nlp):
    assert _amounts(nlp, "The dollar firmed to 820 won in Seoul.") == []


def test_a_figure_before_a_capital_singular_cent_is_a_name(nlp):
    # bbc/entertainment/142
    text = "Rock band Keane won Sound of 2004 while US rapper 50 Cent topped Sound of 2003."
    assert _amounts(nlp, text) == []
    # bbc/entertainment/288: after "from", where a compared figure would be read
    text = ("The Boys Choir of Harlem got a cheque for $150,000 (£77,800) from 50 Cent, while "
            "The Game handed over $103,500 (£53,400).")
    assert [t for t, _, _ in _amounts(nlp, text)] == ["$150,000", "over $103,500"]
    assert _amounts(nlp, "The shares rose 50 cents.") == [("50 cents", 0.5, "USD")]
