"""Worker processes: facts as in one process, and a worker that hangs or dies is replaced."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline.extract import extract
from pipeline.types import Article
from pipeline.workers import DIE_MARK, FAULTS_ENV, HANG_MARK, WorkerPool

TEXTS = [
    "Acme Corp will invest $2 billion in a new chip plant in Ohio, the company said.",
    "Birch Industries raised $40 million in a funding round led by Cedar Capital.",
    "Toyota is set to invest $10 billion in its U.S. manufacturing operations.",
    "Nothing about money here.",
    "Damson Ltd said revenue rose to 120 mln dlrs from 98 mln dlrs.",
]


def _dump(path, texts) -> str:
    with path.open("w") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
    return str(path)


def _rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


FACTS = "SELECT id, company, amount, currency FROM facts ORDER BY id"


@pytest.mark.slow
def test_workers_facts_equal_in_process_and_two_workers(nlp, tmp_path):
    dump = _dump(tmp_path / "d.jsonl", TEXTS * 3 + [t + " Indeed." for t in TEXTS])
    inline, pooled = tmp_path / "inline.sqlite", tmp_path / "pooled.sqlite"
    extract([dump], db=inline, nlp=nlp, workers=0, batch_size=4)
    summary = extract([dump], db=pooled, workers=2, batch_size=4)
    assert summary.facts > 0 and summary.errors == 0
    assert _rows(inline, FACTS) == _rows(pooled, FACTS)
    run = "SELECT records_read, articles_new, articles_duplicate, last_record FROM runs"
    assert _rows(inline, run) == _rows(pooled, run) == [(20, 10, 10, "a19")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mark", "reason"), [(HANG_MARK, "timeout"), (DIE_MARK, "worker-died")], ids=["hang", "die"]
)
def test_workers_bad_article_replaced_and_recorded(nlp, tmp_path, monkeypatch, mark, reason):
    monkeypatch.setenv(FAULTS_ENV, "1")
    texts = [*TEXTS[:3], f"Elm Corp will spend $5 million. {mark}", *TEXTS[3:]]
    dump = _dump(tmp_path / "d.jsonl", texts)
    db, clean = tmp_path / "f.sqlite", tmp_path / "clean.sqlite"
    with WorkerPool(2, timeout=3) as pool:
        summary = extract([dump], db=db, pool=pool, batch_size=8)
        assert pool.replaced >= 1
    assert summary.errors == 1 and summary.records_read == len(texts)
    errors = _rows(db, "SELECT source, record, reason FROM errors")
    assert errors == [(dump, "a3", reason)]
    extract([_dump(tmp_path / "clean.jsonl", TEXTS)], db=clean, nlp=nlp, workers=0)
    assert _rows(db, FACTS) == _rows(clean, FACTS)  # every other article's facts are there
    assert _rows(db, "SELECT count(*) FROM articles") == [(len(TEXTS),)]


def _fact_keys(docs, articles) -> list[tuple]:
    from pipeline.facts import doc_facts

    return [
        (f.amount_start, f.amount_end, f.money, f.company, f.sector, f.kind)
        for doc, article in zip(docs, articles, strict=True)
        for f in doc_facts(doc, article)
    ]


def test_workers_fast_path_gives_the_full_parse_facts_on_seeds(nlp, shared_dir):
    """The parse of amount regions only (nlp/fastpipe.py) matches nlp.pipe here."""
    from pipeline.ingest import iter_articles
    from pipeline.nlp.fastpipe import pipe_docs

    articles = list(iter_articles([str(shared_dir / "corpus" / "seeds")]))
    texts = [a.text for a in articles]
    fast = _fact_keys(pipe_docs(nlp, texts), articles)
    assert fast and fast == _fact_keys(nlp.pipe(texts), articles)


def test_analyse_frees_the_strings_its_articles_add(nlp):
    """Memory stays flat over a long run: new words do not pile up in the vocabulary."""
    from pipeline.facts import analyse

    names = [f"Zq{n}xv Holdings" for n in range(40)]
    articles = [
        Article(source="t.jsonl", record=str(n), text=f"{name} said it would invest $5 million.")
        for n, name in enumerate(names)
    ]
    before = len(nlp.vocab.strings)
    results = analyse(nlp, articles)
    assert len(nlp.vocab.strings) == before
    assert [[(f.money.amount, f.money.currency) for f in facts] for facts in results] == [
        [(5_000_000, "USD")]
    ] * len(names)
    linked = [facts[0].company for facts in results if facts[0].company]
    assert linked and set(linked) <= set(names)  # the new words' text outlives the zone
    assert "Zq0xv" not in nlp.vocab.strings


def test_a_worker_that_cannot_load_the_pipeline_stops_the_pool(nlp):
    """A worker dying while it loads the pipeline stops the run with an error that says
    what to do; replacing it forever (each new one dies the same way) hung the run."""
    pool = WorkerPool(1, model="no_such_model_installed")
    with pytest.raises(RuntimeError, match="died while loading the pipeline"):
        pool.submit([("a", Article("x.txt", "", "Acme raised $5 million."))])
        list(pool.results(timeout=60))
