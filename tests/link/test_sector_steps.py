"""Sector steps outside results tables (FACTS.md Sector 2 and 3), proved on articles of
the Reuters-21578 and BBC collections outside every gold set (record or file beside
each case; the rules were written for other articles of the same kind)."""

from __future__ import annotations

import pytest

from pipeline.link.project_money import project_money


def _amount(doc, text):
    return next(s for s in doc._.amounts if text in s.text)


def _article(shared_dir, path, record=""):
    from pipeline.ingest import iter_articles

    return next(
        a.text for a in iter_articles([str(shared_dir / path)]) if not record or a.record == record
    )


@pytest.mark.parametrize(
    ("path", "record", "amount", "sector"),
    [
        # "One issue will be 100 mln dlrs of sinking fund debentures": the article's only
        # financials words are "fund"s of its debt, so the maker's own name decides
        ("corpus/reuters21578/reut2-011.sgm.gz", "11590", "100 mln", "manufacturing"),
        # a pension "Fund" the company is sued by says nothing of Banner Industries
        ("corpus/reuters21578/reut2-011.sgm.gz", "11648", "about 20 mln", "manufacturing"),
        # Data General redeems "sinking fund debentures": no banking, and no industry
        # the article names for the computer maker
        ("corpus/reuters21578/reut2-013.sgm.gz", "13735", "150 mln", ""),
        # a settlement fund a railroad sets up is no bank either
        ("corpus/reuters21578/reut2-013.sgm.gz", "13030", "35.5 mln", ""),
    ],
    ids=["debentures-maker", "pension-fund-suit", "redeem-debentures", "settlement-fund"],
)
def test_fund_gives_no_vote_for_the_article(nlp, shared_dir, path, record, amount, sector):
    span = _amount(nlp(_article(shared_dir, path, record)), amount)
    assert span._.sector == sector


@pytest.mark.parametrize(
    ("path", "record", "amount"),
    [
        ("corpus/reuters21578/reut2-011.sgm.gz", "11016", "6.75 dlrs"),  # The Mexico Fund Inc
        ("corpus/reuters21578/reut2-013.sgm.gz", "13133", "100,000 dlrs"),  # ... Funds Inc
    ],
    ids=["fund-inc", "funds-inc"],
)
def test_fund_in_a_company_name_is_financials(nlp, shared_dir, path, record, amount):
    span = _amount(nlp(_article(shared_dir, path, record)), amount)
    assert span._.sector == "financials"


@pytest.mark.parametrize(
    ("sentence", "amount", "expected"),
    [
        # reut2-013 #13809: a cost word's "of" object
        ("The cost of the project totals 301.6 mln dlrs, of which ISA will contribute about "
         "100 mln.", "301.6 mln", True),
        # reut2-013 #13557: what the amount is approved "for"
        ("The ADB also approved 24 mln dlrs for an agricultural credit project in Nepal.",
         "24 mln", True),
        # BBC tech 105.txt: the subject's cost word, past a "will be"
        ("The IAEA estimates the total cost of the four-year project to upgrade its "
         "technology will be $40m.", "$40m", True),
        # BBC entertainment 159.txt: money handed "to" projects is a grant, no price
        ("The Band Aid Trust handed out $144m (£75m) to famine relief projects across Africa.",
         "$144m", False),
        # the amount's own noun is a commitment, and the projects only are tied to it
        ("Companies have shown interest in projects tied to the city's $2 billion budget "
         "commitment.", "$2 billion", False),
    ],
    ids=["cost-of-project", "approved-for-project", "total-cost-will-be", "handed-to-projects",
         "commitment-not-project"],
)  # fmt: skip
def test_project_money(nlp, sentence, amount, expected):
    assert project_money(_amount(nlp(sentence), amount)) is expected


def test_project_cost_takes_the_article_industry(nlp, shared_dir):
    """BBC tech 105.txt: "the total cost of the four-year project to upgrade its
    technology will be $40m" has no owner and names no sector; a project is what
    something of the article's industry (the nuclear inspectors' systems) costs, while
    the "$11m" the agency received is no project's price and stays empty."""
    doc = nlp((shared_dir / "corpus/bbc/tech/105.txt").read_text(encoding="utf-8"))
    assert _amount(doc, "$40m")._.sector == "energy"
    assert _amount(doc, "$11m")._.sector == ""
