"""A British archive's "£" and "$" spelled out before a scaled figure ("making pounds 14.7m
before tax", The Independent's archive of the 1990s) are amounts; the name before a
figure with no scale is not read this way (``names_before_scaled_figure``,
``pipeline/money/patterns.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "written", "amount", "currency"),
    [("Halverson made pounds 14.7m before tax in 1992.", "pounds 14.7m", 14_700_000, "GBP"),
     ("Turnover rose 28 per cent to pounds 231.8 million.", "pounds 231.8 million",
      231_800_000, "GBP"),
     ("The bank lent the group dollars 5bn last year.", "dollars 5bn", 5_000_000_000, "USD"),
     ("It made a record Australian dollars 648m ($492m) profit.", "Australian dollars 648m",
      648_000_000, "AUD")],
    ids=["pounds-fused-scale", "pounds-scale-word", "dollars", "named-dollar"],
)  # fmt: skip
def test_a_spelled_out_sign_before_a_scaled_figure_is_money(nlp, text, written, amount, currency):
    found = {s.text: (s._.money.amount, s._.money.currency) for s in nlp(text)._.amounts}
    assert found.get(written) == (amount, currency), found


def test_a_name_before_an_unscaled_figure_is_no_new_amount(nlp):
    found = [s.text for s in nlp("The winning fish weighed pounds 14 in the end.")._.amounts]
    assert not any(t.startswith("pounds") for t in found), found
