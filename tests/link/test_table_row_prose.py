"""A paragraph of prose is no results table because it says "making it ..."
(``pipeline/link/rules/fallback.py`` ``table_row``): a wire row compares ("Net 1.6 mln
vs 131,630") or sums ("Final div 7p, making 12p vs 10p"). BBC business 491.txt and
tech 021.txt and reut2-005 #7837's row shape are in no gold set.
"""

from __future__ import annotations

from owned import links_of


def test_a_public_club_in_a_prose_paragraph_owns_nothing(nlp):
    """BBC business 491.txt: the paragraph once read as a table row gave the sum to
    the Paris Club, a group of creditor countries."""
    text = (
        "Paris Club agrees tsunami debt freeze\n\nThe 19 member countries of the Paris "
        "Club are owed about $5bn this year in debt repayments by nations affected by "
        "the Indian Ocean tsunami. Germany, France and the UK have backed the moratorium, "
        "making it likely to pass.\n"
    )
    assert links_of(nlp, text, "$5bn") == []


def test_a_magazine_reporting_a_price_is_not_its_owner(nlp):
    """BBC tech 021.txt: "making it hardly worth while swapping" is prose."""
    text = (
        "Broadband users hit by price rises\n\nA third of the 2,000 users surveyed by PC "
        "Pro Magazine were unhappy. Some readers were offered a price drop just 25p more expensive "
        "than that offered by an alternative operator, making it hardly worth while "
        "swapping.\n"
    )
    assert links_of(nlp, text, "25p") == []


def test_a_wire_row_that_sums_stays_a_row(nlp):
    text = (
        "WOLSELEY PLC <WOSL.L> HALF YEAR\n\n    LONDON, March 18 -\n    Shr 18.2p vs "
        "15.1p\n    Final div 7p, making 12p vs 10p.\n"
    )
    assert links_of(nlp, text, "7p")[0][1] == "table-row"
