"""What a deal is paid in is no kind of its own (``pipeline/link/kind_cues.py``
``payment_form``): "an all-stock deal worth $N" is a deal, not a share price. Sentences
written for the test."""

from __future__ import annotations

import pytest
from amount_at import kind_at


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("Harbor Corp agreed to buy Kestrel Inc in an all-stock deal worth $4.2 billion.",
         "$4.2 billion", "deal"),
        ("Harbor Corp will acquire Kestrel Inc in a cash-and-stock transaction valued at "
         "$900 million.", "$900 million", "deal"),
        # near miss: a share price stays one
        ("Kestrel stock closed at $41.20 on Friday.", "$41.20", "other"),
    ],
)  # fmt: skip
def test_a_deal_paid_in_stock_is_a_deal(nlp, text, written, kind):
    assert kind_at(nlp, text, written) == kind


def test_a_consideration_is_what_a_buyer_gives(nlp):
    text = "Harbor said its offer would be a consideration of $12.40 a share for Kestrel."
    assert kind_at(nlp, text, "$12.40") == "deal"
