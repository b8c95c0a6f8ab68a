"""pipeline/link/kind_ratings.py on sentences from Reuters-21578 files in no gold set
(reut2-011, -012, -013, -015, -018; corpus/gold/dev/*.jsonl "doc" keys checked): debt a
rating agency acts on is debt outstanding (FACTS.md Kind other), not an upgraded plant
(investment) nor money raised (funding); an issue of debt keeps funding."""

import pytest
from amount_at import kind_at

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-013#13128", "Standard and Poor's Corp said it upgraded 295 mln dlrs of debt of "
     "Hawaiian Telephone Co, a GTE Corp unit.", "295 mln", "other"),
    ("reut2-018#18762", "Moody's Investors Service Inc said it upgraded Crane Co's 75 mln "
     "dlrs of debt.", "75 mln", "other"),
    ("reut2-012#12964", "Moody's Investors Service Inc said it raised to B-1 from B-2 "
     "Chicago Pacific Corp's 315 mln dlrs of subordinated notes.", "315 mln", "other"),
    ("reut2-015#15191", "Standard and Poor's Corp said it cut to CCC-plus from B-minus "
     "Lanesborough Corp's 50 mln dlrs of senior subordinated notes.", "50 mln", "other"),
    ("reut2-011#11652", "Moody's Investors Service Inc said it affirmed Home Shopping "
     "Network Inc's 350 mln dlrs of Ba-3 senior notes and B-2 convertible subordinated "
     "Eurodebentures.", "350 mln", "other"),
    ("reut2-012#12946", "Standard and Poor's Corp said it upgraded the ratings on four "
     "billion dlrs of debt of Coastal Corp and its subsidiaries.", "four billion", "other"),
    # no grade, no rating word: money raised; an issue rated in its own clause likewise
    ("constructed", "Acme Corp said it raised 100 mln dlrs of debt in a private placement.",
     "100 mln", "funding"),
    ("constructed", "Acme Corp said it will issue 100 mln dlrs of notes, rated A-2 by "
     "Moody's.", "100 mln", "funding"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_kind_ratings_debt_a_rating_covers_is_other(nlp, source, sentence, written, kind):
    assert kind_at(nlp, sentence, written) == kind
