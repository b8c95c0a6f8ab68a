"""Who pays a penalty stated by a list or a copula (``link/rules/penalties.py``), on
sentences written for these tests (none from a gold article)."""

from __future__ import annotations

import pytest
from owned import links_of

STORY = (
    "Regulator fines lenders\n\n"
    "Northgate Bank was fined £8m on Monday, the watchdog said. "
    "The largest penalty this year was the £8.1m imposed on Eastwood Securities Ltd in "
    "March for reporting failures. "
    "Other fines included £3.2m for Hollins Insurance's failure to keep records. "
    "The watchdog imposed 14 penalties totalling £95m last year."
)


@pytest.mark.parametrize(
    ("amount", "payer"),
    [("£8.1m", "Eastwood Securities Ltd"), ("£3.2m", "Hollins Insurance")],
    ids=["imposed-on", "for-its-failure"],
)
def test_the_company_a_listed_penalty_is_put_on_pays(nlp, amount, payer):
    assert [c for c, _ in links_of(nlp, STORY, amount)] == [payer]


def test_a_total_of_counted_fines_is_no_one_companys(nlp):
    assert links_of(nlp, STORY, "£95m") == []
