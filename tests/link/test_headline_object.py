"""The other side of a deal a capitals headline states (``link/rules/headline_object.py``):
what is bought after the verb, its seller where a unit's word ends it, the buyer after a
selling verb's "TO"; only a company the body names again. Wire stories written for these
tests."""

from __future__ import annotations

import pytest


def _sides(nlp, text: str) -> list[tuple[str, str]]:
    span = nlp(text)._.amounts[0]
    return [(lk.company, lk.role) for lk in span._.links]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "MERIDIAN BUYS DAYTON HERALD FOR 40 MLN DLRS\n\n"
            "NEW YORK, March 3 - Meridian Corp said it agreed to buy Dayton Herald Co from "
            "its owners.\n",
            [("Meridian Corp", "payer"), ("Dayton Herald Co", "payee")],
        ),
        (
            "MERIDIAN TO BUY KESTREL UNIT FOR 42.5 MLN DLRS\n\n"
            "LONDON, March 3 - Meridian Group Plc said it will buy a unit of Kestrel Corp for "
            "cash.\n",
            [("Meridian Group", "payer"), ("Kestrel Corp", "payee")],
        ),
    ],
    ids=["object", "unit-seller"],
)
def test_a_capitals_headlines_deal_has_its_other_side(nlp, text, sides):
    assert _sides(nlp, text) == sides


def test_a_plain_noun_after_the_verb_names_no_one(nlp):
    text = (
        "MERIDIAN TO BUY THRIFT FOR 12 MLN DLRS\n\n"
        "LOS ANGELES, March 3 - Meridian Financial Corp said it will buy a savings bank.\n"
    )
    assert _sides(nlp, text) == [("Meridian Financial Corp", "payer")]
