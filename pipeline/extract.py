"""Articles -> facts -> rows: the streaming extraction run.

Reading, NLP and writing are chained generators, so memory stays flat
whatever the size of the dump. Articles are written in batches, each batch
one transaction with the run's progress marker. An article whose text is
already stored (met again under another source, or committed by an earlier,
perhaps killed, run) is recorded as a provenance but not processed again:
re-running a command resumes where the last commit ended and adds no row.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline
from pipeline.errors import InputError
from pipeline.facts import doc_facts
from pipeline.ingest import iter_articles
from pipeline.nlp import model_version, shared_nlp
from pipeline.store import ErrorRow, Store
from pipeline.types import Article, Fact

DEFAULT_BATCH = 64


@dataclass
class RunSummary:
    """What one run did; the CLI prints it."""

    run_id: int
    db: str
    records_read: int = 0
    articles_new: int = 0
    duplicates: int = 0
    facts: int = 0
    errors: int = 0
    seconds: float = 0.0

    @property
    def read_nothing(self) -> bool:
        """No input could be read at all: the only case that fails the command."""
        return self.records_read == 0


def extract(
    paths: Sequence[str],
    *,
    db: str | Path,
    fields: dict[str, str] | None = None,
    nlp: Language | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_article: Callable[[Article], None] | None = None,
    on_error: Callable[[ErrorRow], None] | None = None,
    keep: Callable[[Article], bool] | None = None,
) -> RunSummary:
    """Extract every article under ``paths`` into the database ``db``.

    ``keep`` selects articles before any NLP (eval uses it to process only
    the articles a gold file annotates).
    """
    started = time.perf_counter()
    nlp = nlp or shared_nlp()
    store = Store(db)
    versions = {
        "newsfacts": pipeline.__version__,
        "spacy": spacy.__version__,
        "model": model_version(nlp),
    }
    run_id = store.start_run(paths, versions)
    summary = RunSummary(run_id=run_id, db=str(db))
    pending_errors: list[ErrorRow] = []

    def record_error(exc: InputError) -> None:
        row = ErrorRow(exc.source, exc.record, exc.reason, str(exc))
        pending_errors.append(row)
        if on_error:
            on_error(row)

    status = "failed"
    try:
        stream = iter_articles(paths, fields=fields, on_error=record_error, exclude=store.files())
        for batch in _batches(stream, batch_size):
            _process_batch(store, nlp, run_id, batch, pending_errors, summary, on_error)
            if on_article:
                for article in batch:
                    on_article(article)
        if pending_errors:  # errors met after the last article
            _process_batch(store, nlp, run_id, [], pending_errors, summary, on_error)
        status = "finished"
    finally:
        store.finish_run(run_id, status)
        summary.seconds = time.perf_counter() - started
        store.close()
    return summary


def _process_batch(
    store: Store,
    nlp: Language,
    run_id: int,
    batch: list[Article],
    pending_errors: list[ErrorRow],
    summary: RunSummary,
    on_error: Callable[[ErrorRow], None] | None,
) -> None:
    known = store.known_articles(a.sha256 for a in batch)
    fresh: dict[str, Article] = {}
    for article in batch:
        if article.sha256 not in known and article.sha256 not in fresh:
            fresh[article.sha256] = article
    facts: list[Fact] = []
    failed: set[str] = set()
    for article, result in _analyse(nlp, list(fresh.values())):
        if isinstance(result, ErrorRow):
            pending_errors.append(result)
            failed.add(article.sha256)
            fresh.pop(article.sha256)
            if on_error:
                on_error(result)
        else:
            facts.extend(result)
    errors = list(pending_errors)
    pending_errors.clear()
    last = (batch[-1].source, batch[-1].record) if batch else ("", "")
    inserted = store.write_batch(
        run_id,
        new_articles=list(fresh.values()),
        # an article that failed is not stored, so neither is its provenance
        sources=[a for a in batch if a.sha256 not in failed],
        batch_facts=facts,
        batch_errors=errors,
        records_read=len(batch),
        duplicates=len(batch) - len(fresh) - len(failed),
        last=last,
    )
    summary.records_read += len(batch)
    summary.articles_new += len(fresh)
    summary.duplicates += len(batch) - len(fresh) - len(failed)
    summary.facts += inserted
    summary.errors += len(errors)


def _analyse(
    nlp: Language, articles: list[Article]
) -> Iterator[tuple[Article, list[Fact] | ErrorRow]]:
    """Run the pipeline over a batch; an article that breaks it is recorded, not fatal."""
    too_long = [a for a in articles if len(a.text) > nlp.max_length]
    for article in too_long:
        yield (
            article,
            ErrorRow(
                article.source,
                article.record,
                "too-long",
                f"{_where(article)}: text has {len(article.text):,} characters, over the model's "
                f"limit of {nlp.max_length:,}; split the article into smaller records",
            ),
        )
    ok = [a for a in articles if len(a.text) <= nlp.max_length]
    try:
        docs = list(nlp.pipe(((a.text, a) for a in ok), as_tuples=True))
    except Exception:  # noqa: BLE001 - find the article that breaks the pipeline
        docs = []
        for article in ok:
            try:
                docs.append((nlp(article.text), article))
            except Exception as exc:  # noqa: BLE001
                yield (
                    article,
                    ErrorRow(
                        article.source,
                        article.record,
                        "nlp",
                        f"{_where(article)}: NLP failed: {exc}",
                    ),
                )
    for doc, article in docs:
        yield article, doc_facts(doc, article)


def _where(article: Article) -> str:
    return article.source + (f" [record {article.record}]" if article.record else "")


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
