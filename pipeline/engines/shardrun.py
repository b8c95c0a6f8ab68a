"""One shard, on a worker: read it, run the pipeline, write each batch.

A worker writes its own batches through the project's store
(:meth:`pipeline.store.Store.write_batch`): one transaction per batch that
also moves the run's progress marker, every row keyed by content and
inserted with ``ON CONFLICT DO NOTHING``. The driver never carries articles
or facts, so it never becomes the bottleneck of a cluster.

A shard may run twice in one run (its worker died and the engine retried it):
a batch whose every article already has a provenance row of this run was
committed by the first attempt and is passed over whole, counters included,
and an error row this run already holds is not written again. Nothing is
lost (the batch that died with the worker was rolled back) or doubled.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language
from sqlalchemy import create_engine, event, select

from pipeline.engines.shards import Shard, read_shard
from pipeline.errors import InputError
from pipeline.facts import analyse
from pipeline.schema import article_sources, errors
from pipeline.store import Store, _sqlite_pragmas, db_url
from pipeline.types import Article, ErrorRow, Fact

MAX_MESSAGES = 50  # error lines a shard sends back for the driver to print


@dataclass
class ShardResult:
    """What one shard did: counts for the summary, and error lines to print."""

    shard: int
    records: int = 0
    new: int = 0
    facts: int = 0
    errors: int = 0
    batches_skipped: int = 0  # committed by an earlier attempt of this shard
    messages: list[str] = field(default_factory=list)


def writer_store(db: str | Path) -> Store:
    """The store on an existing database, to write batches only.

    The driver created the schema and the view before any worker starts; a
    worker must not redo it (PostgreSQL's CREATE OR REPLACE VIEW from many
    workers at once fails with "tuple concurrently updated").
    """
    store = Store.__new__(Store)
    store.engine = create_engine(db_url(db))
    if store.engine.dialect.name == "sqlite":
        event.listen(store.engine, "connect", _sqlite_pragmas)
    return store


class ShardRunner:
    """Runs shards of one database with a loaded pipeline (one per worker)."""

    def __init__(self, nlp: Language, store: Store, batch_size: int) -> None:
        self.nlp, self.store, self.batch_size = nlp, store, batch_size

    def run(self, shard: Shard, run_id: int, fields: dict[str, str]) -> ShardResult:
        result = ShardResult(shard.number)
        pending: list[ErrorRow] = []

        def report(exc: InputError) -> None:
            pending.append(ErrorRow(exc.source, exc.record, exc.reason, str(exc)))

        for batch in _batches(read_shard(shard, fields=fields, report=report), self.batch_size):
            found, pending[:] = list(pending), []
            self._batch(run_id, batch, found, result)
        if pending:  # errors met after the last article
            self._batch(run_id, [], pending, result)
        return result

    def _batch(
        self, run_id: int, batch: list[Article], found: list[ErrorRow], result: ShardResult
    ) -> None:
        if batch and self._committed(run_id, batch):
            result.batches_skipped += 1
            return
        known = self.store.known_articles(a.sha256 for a in batch)
        fresh: dict[str, Article] = {}
        for article in batch:
            if article.sha256 not in known:
                fresh.setdefault(article.sha256, article)
        todo = list(fresh.values())
        facts, errs, failed = split_results(todo, analyse(self.nlp, todo))
        for sha in failed:
            fresh.pop(sha)
        found = self._unrecorded(run_id, found)  # a retried shard meets them again
        errs = found + self._unrecorded(run_id, errs)
        last = (batch[-1].source, batch[-1].record) if batch else ("", "")
        result.facts += self.store.write_batch(
            run_id,
            new_articles=list(fresh.values()),
            sources=[a for a in batch if a.sha256 not in failed],
            batch_facts=facts,
            batch_errors=errs,
            # as a local run counts: a record a reader refused is read and rejected,
            # and so is an article the NLP could not process
            records_read=len(batch) + len(found),
            duplicates=len(batch) - len(fresh) - len(failed),
            rejected=len(found) + len(failed),
            last=last,
            failed=len(failed),
        )
        result.records += len(batch)
        result.new += len(fresh)
        result.errors += len(errs)
        room = MAX_MESSAGES - len(result.messages)
        result.messages.extend(e.message for e in errs[: max(room, 0)])

    def _committed(self, run_id: int, batch: Sequence[Article]) -> bool:
        """Every article of ``batch`` has a provenance row written by this run."""
        wanted = {(a.article_id, a.source, a.record) for a in batch}
        ids = {a.article_id for a in batch}
        query = select(
            article_sources.c.article_id, article_sources.c.source, article_sources.c.record
        ).where(article_sources.c.run_id == run_id, article_sources.c.article_id.in_(sorted(ids)))
        with self.store.engine.connect() as conn:
            have = {tuple(r) for r in conn.execute(query)}
        return wanted <= have

    def _unrecorded(self, run_id: int, rows: list[ErrorRow]) -> list[ErrorRow]:
        """The rows this run has not recorded yet (a retried shard meets them again)."""
        if not rows:
            return rows
        query = select(errors.c.source, errors.c.record, errors.c.reason, errors.c.message).where(
            errors.c.run_id == run_id, errors.c.source.in_(sorted({r.source for r in rows}))
        )
        with self.store.engine.connect() as conn:
            have = {tuple(r) for r in conn.execute(query)}
        out, seen = [], set(have)
        for row in rows:
            key = (row.source, row.record, row.reason, row.message)
            if key not in seen:
                seen.add(key)
                out.append(row)
        return out


def split_results(
    articles: Sequence[Article], results: Sequence[object]
) -> tuple[list[Fact], list[ErrorRow], set[str]]:
    """Facts, error rows, and the texts the NLP could not process (they get no article row)."""
    facts: list[Fact] = []
    errs: list[ErrorRow] = []
    failed: set[str] = set()
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, ErrorRow):
            errs.append(result)
            failed.add(article.sha256)
            continue
        for item in result:  # type: ignore[attr-defined]
            (errs if isinstance(item, ErrorRow) else facts).append(item)
    return facts, errs, failed


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(items, size)):
        yield batch
