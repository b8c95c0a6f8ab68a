"""Stock quotes in wire copy: bare eighths are share prices in the story's currency
(pipeline/money/quotes.py). Sentences from reut2-011 and BBC business 150, in no gold
set, unless marked invented."""

import pytest


def _read(nlp, text: str) -> list[tuple[str, float, str]]:
    doc = nlp(text)
    return [(s.text, s._.money.amount, s._.money.currency) for s in doc._.amounts]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("GAF Corp earned 20 mln dlrs last year. GAF's stock rose 1-5/8 today, to 48-5/8.",
         [("1-5/8", 1.625), ("48-5/8", 48.625)]),
        ("Emery made a 40 dlr a share offer. Emery's stock closed up 1/2 at 12-5/8.",
         [("1/2", 0.5), ("12-5/8", 12.625)]),
        # invented: a whole level after a fraction's move
        ("Acme earned 5 mln dlrs. Acme stock closed 1/2 lower at 19.",
         [("1/2", 0.5), ("19", 19.0)]),
    ],
)
def test_bare_eighths_in_a_quote_are_share_prices(nlp, text, want):
    got = [(t, a) for t, a, c in _read(nlp, text) if "/" in t or t.isdigit()]
    assert got == want


def test_a_quote_takes_the_story_s_dollar(nlp):
    text = ("TORONTO, April 1 - Inco Ltd said profit fell to 20 mln dlrs.\n"
            "    Inco closed 1-3/8 lower at 19-3/8 in active trading.\n")
    quotes = [(t, c) for t, _, c in _read(nlp, text) if "/" in t]
    assert quotes == [("1-3/8", "CAD"), ("19-3/8", "CAD")]


@pytest.mark.parametrize(
    "text",
    [
        # invented: bonds are quoted in points of par, not money
        "Acme earned 5 mln dlrs. The Acme bonds rose 3/8 to 101-1/2.",
        # no money anywhere in the story: nothing says what the figures are
        "Acme closed 1/2 lower at 19-3/8.",
        # a date, not a quote
        "Acme earned 5 mln dlrs in the year to 3/31, its chairman said.",
    ],
)
def test_no_quote_without_shares_or_money(nlp, text):
    assert [t for t, _, _ in _read(nlp, text) if "/" in t] == []


def test_a_past_move_then_its_level_is_two_amounts(nlp):
    # bbc/business/150
    text = "Elan finished down $18.90 at $8, while Biogen fell $28.63 to $38.65."
    assert [t for t, _, _ in _read(nlp, text)] == ["$18.90", "$8", "$28.63", "$38.65"]
    # invented: a forecast's "rise 15 to 20" is still a range
    assert [t for t, _, _ in _read(nlp, "Profit is expected to rise 15 to 20 mln dlrs.")] == [
        "15 to 20 mln dlrs"
    ]
