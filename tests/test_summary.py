"""newsfacts summary: kinds apart, each figure once, filters."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.store import Store
from pipeline.summary import Mention, SummaryFilter, distinct_figures, format_summary, summarize
from pipeline.types import Article, Fact, Money

VERSIONS = {"newsfacts": "test", "spacy": "3.8", "model": "m-1"}


def _fact(article: Article, text: str, amount: str, kind: str, company: str) -> Fact:
    start = article.text.index(text)
    return Fact(
        article.article_id,
        0,
        len(article.text),
        article.text,
        start,
        start + len(text),
        text,
        Money(Decimal(amount), "USD"),
        company=company,
        company_canonical=company,
        kind=kind,
        amount_usd=Decimal(amount),
    )


@pytest.fixture()
def db(tmp_path):
    """Three articles: Acme's $2bn deal reported twice in three days and again a month
    later; Acme's per-share results; Bolt's $1bn deal; one undated article."""
    path = tmp_path / "s.sqlite"
    store = Store(path)
    run = store.start_run(["x"], VERSIONS)
    specs = [
        ("a", "2024-03-01", "Acme buys Zeta for $2 billion. Acme earned 50 cents a share."),
        ("b", "2024-03-03", "Acme agreed to buy Zeta for $2 billion, people said."),
        ("c", "2024-04-10", "Acme's $2 billion deal for Zeta closed."),
        ("d", "2024-03-02", "Bolt will pay $1 billion for Kite."),
        ("e", "", "Bolt said it would pay $1 billion for Kite."),
    ]
    for name, published, text in specs:
        article = Article(f"{name}.txt", "", text, published=published)
        rows = []
        if "Acme" in text:
            rows.append(_fact(article, "$2 billion", "2E9", "deal", "Acme"))
        if "cents" in text:
            rows.append(_fact(article, "50 cents", "0.5", "financials", "Acme"))
        if "Bolt" in text:
            rows.append(_fact(article, "$1 billion", "1E9", "deal", "Bolt"))
        store.write_batch(run, new_articles=[article], sources=[article], batch_facts=rows)
    store.close()
    return path


def test_summary_kinds_apart_and_each_figure_once(db):
    s = summarize(db)
    deals = {t.company: (t.facts, t.total_usd) for t in s["top"]["deal"]}
    # a (Mar 1) counted, b (Mar 3) a repeat, c (Apr 10) a new report; Bolt dated + undated
    assert deals == {"Acme": (2, 4e9), "Bolt": (2, 2e9)}
    assert [(t.company, t.total_usd) for t in s["top"]["financials"]] == [("Acme", 0.5)]
    assert s["repeats"] == 1


def test_summary_filters(db):
    s = summarize(db, SummaryFilter(kinds=("deal",), since="2024-03-02", until="2024-03-31"))
    assert list(s["top"]) == ["deal"]
    # b is the first report inside the window; undated articles fall outside any window
    assert {t.company: t.facts for t in s["top"]["deal"]} == {"Acme": 1, "Bolt": 1}
    assert summarize(db, SummaryFilter(limit=1))["top"]["deal"][0].company == "Acme"


def test_summary_text(db):
    text = format_summary(db, SummaryFilter(kinds=("financials",)))
    assert "top companies by kind" in text and "  financials\n    Acme" in text
    assert "deal" not in text
    empty = format_summary(db, SummaryFilter(since="2030-01-01"))
    assert "no fact with a company and a USD value matches" in empty


def test_summary_same_article_twice_is_one_figure():
    m = Mention("Acme", 2e9, "USD", "deal", 2e9, "2024-03-01", "art1")
    assert distinct_figures([m, m]) == [m]


def test_summary_groups_by_canonical_name(tmp_path):
    path = tmp_path / "c.sqlite"
    store = Store(path)
    run = store.start_run(["x"], VERSIONS)
    for name, written in (("a", "Acme Corp"), ("b", "ACME")):
        article = Article(f"{name}.txt", "", f"{written} will invest $5 million.", published="")
        fact = replace(_fact(article, "$5 million", "5E6", "investment", "Acme"), company=written)
        store.write_batch(run, new_articles=[article], sources=[article], batch_facts=[fact])
    store.close()
    top = summarize(path)["top"]["investment"]
    assert [(t.company, t.facts, t.total_usd) for t in top] == [("Acme", 2, 1e7)]


def test_summary_one_company_however_capitalized(tmp_path):
    """Two articles' canonical names differ only in capitals: one company, shown in its
    most used spelling; the same figure in both within the window is counted once."""
    path = tmp_path / "k.sqlite"
    store = Store(path)
    run = store.start_run(["x"], VERSIONS)
    specs = [("a", "2024-05-01", "GlenFed", "5E6"), ("b", "2024-05-02", "Glenfed", "5E6"),
             ("c", "2024-06-20", "GlenFed", "7E6")]  # fmt: skip
    for name, published, canonical, amount in specs:
        text = f"{canonical} will invest {amount} dollars."  # one article a text
        article = Article(f"{name}.txt", "", text, published=published)
        fact = replace(
            _fact(article, canonical, amount, "investment", canonical), company_canonical=canonical
        )
        store.write_batch(run, new_articles=[article], sources=[article], batch_facts=[fact])
    store.close()
    top = summarize(path)["top"]["investment"]
    assert [(t.company, t.facts, t.total_usd) for t in top] == [("GlenFed", 2, 1.2e7)]
