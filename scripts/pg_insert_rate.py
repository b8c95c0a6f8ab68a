"""How fast a database takes the store's own batches: the ceiling of a cluster run.

Runs the pipeline once over the first ``--articles`` articles of a dump, then
writes them with :meth:`pipeline.store.Store.write_batch` (batches of 64, the
progress marker moved in each transaction, as every worker of a Ray run does)
into ``--db`` from 1, 2, 4 ... ``--writers`` concurrent writers, each writing
its own copies of the articles (a suffix makes new texts, so every row is new).
Prints articles and facts per second for each number of writers.

    python scripts/pg_insert_rate.py --db postgresql+psycopg://postgres@127.0.0.1:5432/rate \\
        --dump out/bench.jsonl.gz --articles 256 --copies 4 --writers 8
"""

from __future__ import annotations

import argparse
import dataclasses
import threading
import time

from pipeline.engines.shardrun import split_results
from pipeline.facts import analyse
from pipeline.ingest import iter_articles
from pipeline.nlp.load import shared_nlp
from pipeline.store import Store
from pipeline.types import Article, Fact

BATCH = 64


def _copy(articles: list[Article], facts: list[Fact], tag: str) -> tuple[list, list]:
    """New texts (and so new keys) with the same facts, offsets unchanged."""
    ids = {}
    out_a = []
    for a in articles:
        new = dataclasses.replace(a, text=f"{a.text}\n[{tag}]")
        ids[a.article_id] = new.article_id
        out_a.append(new)
    out_f = [dataclasses.replace(f, article_id=ids[f.article_id]) for f in facts]
    return out_a, out_f


def _write(store: Store, run_id: int, articles: list[Article], facts: list[Fact]) -> None:
    by_article: dict[str, list[Fact]] = {}
    for f in facts:
        by_article.setdefault(f.article_id, []).append(f)
    for k in range(0, len(articles), BATCH):
        batch = articles[k : k + BATCH]
        batch_facts = [f for a in batch for f in by_article.get(a.article_id, [])]
        store.write_batch(
            run_id,
            new_articles=batch,
            sources=batch,
            batch_facts=batch_facts,
            records_read=len(batch),
            last=(batch[-1].source, batch[-1].record),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--dump", default="out/bench.jsonl.gz")
    parser.add_argument("--articles", type=int, default=256)
    parser.add_argument("--copies", type=int, default=4, help="copies each writer writes")
    parser.add_argument("--writers", type=int, default=8)
    args = parser.parse_args()
    articles = []
    for a in iter_articles([args.dump]):
        articles.append(a)
        if len(articles) >= args.articles:
            break
    facts, _errors, failed = split_results(articles, analyse(shared_nlp(), articles))
    articles = [a for a in articles if a.sha256 not in failed]
    store = Store(args.db)
    run_id = store.start_run([args.dump], {"newsfacts": "rate", "spacy": "", "model": ""})
    writers = 1
    while writers <= args.writers:
        work = [
            [_copy(articles, facts, f"w{writers}-{i}-{c}") for c in range(args.copies)]
            for i in range(writers)
        ]

        def run(mine: list[tuple[list, list]]) -> None:
            own = Store(args.db)  # one connection pool per writer, as one per worker
            for arts, fs in mine:
                _write(own, run_id, arts, fs)
            own.close()

        threads = [threading.Thread(target=run, args=(w,)) for w in work]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        secs = time.perf_counter() - t0
        n_a = writers * args.copies * len(articles)
        n_f = writers * args.copies * len(facts)
        print(
            f"{writers} writer(s): {n_a} articles, {n_f} facts in {secs:.1f}s: "
            f"{n_a / secs:,.0f} articles/s, {n_f / secs:,.0f} facts/s"
        )
        writers *= 2
    store.finish_run(run_id)


if __name__ == "__main__":
    main()
