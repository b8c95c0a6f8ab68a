"""Articles -> facts -> rows: the streaming extraction run.

Reading, NLP and writing are chained, so memory stays flat whatever the
size of the dump: the parent process reads articles into batches, hands the
new ones to the NLP workers (pipeline/workers.py; ``workers=0`` runs the
NLP in this process) and writes each batch, in reading order, when all its
articles are back. At most a few batches are in flight. Each batch is one
transaction with the run's progress marker. An article whose text is
already stored (met again under another source, or committed by an earlier,
perhaps killed, run) is recorded as a provenance but not processed again:
re-running a command resumes where the last commit ended and adds no row.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline
from pipeline.errors import InputError, StoreError
from pipeline.ingest import iter_articles
from pipeline.nlp.load import model_version, shared_nlp
from pipeline.readonly import shown
from pipeline.select import with_default_date
from pipeline.signals import Interrupted, deferred
from pipeline.store import Store, check_folder
from pipeline.types import Article, ErrorRow, Fact
from pipeline.workers import InlinePool, Result, WorkerPool, deadline_seconds

DEFAULT_BATCH = 64


@dataclass
class RunSummary:
    """What one run did; the CLI prints it."""

    run_id: int
    db: str
    records_read: int = 0
    articles_new: int = 0
    duplicates: int = 0
    failed: int = 0  # articles the NLP could not process (an error row each)
    facts: int = 0
    errors: int = 0
    seconds: float = 0.0
    read_seconds: float = 0.0  # in the readers (parsing files, hashing texts)
    write_seconds: float = 0.0  # in the database (dedup lookups and batch writes)
    wait_seconds: float = 0.0  # waiting for the NLP
    workers_replaced: int = 0
    rejected: int = 0  # records refused by a reader or by the NLP (each with an error row)
    articles_read: int = 0  # records that were articles (the rest were rejected by a reader)
    worker_peak_mb: float = 0.0  # the largest resident set seen in a busy worker process

    @property
    def accounted(self) -> bool:
        """Every record read is stored, a duplicate or rejected with a reason."""
        return self.records_read == self.articles_new + self.duplicates + self.rejected

    @property
    def read_nothing(self) -> bool:
        """No input could be read at all: the only case that fails the command."""
        return self.articles_read == 0


def extract(
    paths: Sequence[str],
    *,
    db: str | Path,
    fields: dict[str, str] | None = None,
    nlp: Language | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int = 0,
    pool: WorkerPool | InlinePool | None = None,
    timeout: float | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_error: Callable[[ErrorRow], None] | None = None,
    keep: Callable[[Article], bool] | None = None,
    default_date: str = "",
    on_batch: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Extract every article under ``paths`` into the database ``db``.

    ``workers`` NLP processes (0: in this process, with ``nlp``); a ``pool``
    given is used and left open (the benchmark reuses one across runs).
    ``timeout`` is the seconds a worker may spend on a task of articles
    (plus one per 10,000 characters) before it is replaced (default:
    NEWSFACTS_DEADLINE, else 120). ``keep``
    selects articles before any NLP (eval uses it to process only the
    articles a gold file annotates). ``default_date`` dates the articles that
    carry none (their USD rate is that day's); ``on_batch`` sees the running
    totals after each committed batch (progress).
    """
    started = time.perf_counter()
    store = Store(db)  # before the model loads: a bad --db fails at once
    own_pool = pool is None
    timeout = deadline_seconds() if timeout is None else timeout
    if pool is None:
        if workers > 0:
            pool = WorkerPool(workers, timeout=timeout)
        else:
            pool = InlinePool(nlp or shared_nlp(), timeout=timeout)
    versions = {
        "newsfacts": pipeline.__version__,
        "spacy": spacy.__version__,
        "model": model_version(nlp) if nlp is not None else _model_name(),
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
    writer = _Writer(store, run_id, summary, pool, on_article, on_error)
    writer.on_batch = on_batch
    try:
        stream = iter_articles(paths, fields=fields, on_error=record_error, exclude=store.files())
        stream = with_default_date(stream, default_date)
        if keep is not None:
            stream = (a for a in stream if keep(a))
        reader = _batches(stream, batch_size)
        # keep the workers busy: a few batches ahead of the writer, no more
        ahead = max(2, 2 * getattr(pool, "size", 1))
        while True:
            t0 = time.perf_counter()
            batch = next(reader, None)
            summary.read_seconds += time.perf_counter() - t0
            if batch is None:
                break
            errors = list(pending_errors)
            pending_errors.clear()
            writer.add(batch, errors)
            writer.drain(keep=ahead)
        if pending_errors:  # errors met after the last article
            writer.add([], list(pending_errors))
            pending_errors.clear()
        writer.drain(keep=0)
        status = "finished"
    except (Interrupted, KeyboardInterrupt) as stop:  # committed batches stay: say so
        status = "interrupted"
        if isinstance(stop, Interrupted):
            stop.summary = summary
        raise
    except StoreError as err:
        raise StoreError(_write_failed(err, db)) from err
    finally:
        with deferred(reraise=False):  # a second Ctrl-C does not cut the bookkeeping
            store.finish_run(run_id, status)
            summary.seconds = time.perf_counter() - started
            summary.workers_replaced = pool.replaced
            summary.worker_peak_mb = getattr(pool, "peak_mb", 0.0)
            store.close()
            if own_pool:
                pool.close()
    return summary


@dataclass
class _Batch:
    articles: list[Article]
    errors: list[ErrorRow]  # the readers' errors met with these articles: one record each
    fresh: dict[str, Article]
    results: dict[int, Result] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return len(self.results) == len(self.fresh)


class _Writer:
    """Batches in reading order: dedup, hand to the pool, write when complete."""

    def __init__(self, store, run_id, summary, pool, on_article, on_error) -> None:
        self.store, self.run_id, self.summary, self.pool = store, run_id, summary, pool
        self.on_article, self.on_error = on_article, on_error
        self.on_batch: Callable[[RunSummary], None] | None = None
        self.batches: deque[_Batch] = deque()
        self.first = 0  # number of the batch at the head of the deque
        self.in_flight: set[str] = set()  # texts handed out, not yet written
        self.failed: set[str] = set()  # texts the NLP could not process: no article row

    def add(self, articles: list[Article], errors: list[ErrorRow]) -> None:
        t0 = time.perf_counter()
        known = self.store.known_articles(a.sha256 for a in articles)
        self.summary.write_seconds += time.perf_counter() - t0
        fresh: dict[str, Article] = {}
        for article in articles:
            sha = article.sha256
            if sha not in known and sha not in fresh and sha not in self.in_flight:
                fresh[sha] = article
        self.in_flight.update(fresh)
        number = self.first + len(self.batches)
        self.batches.append(_Batch(articles, errors, fresh))
        items = [((number, i), a) for i, a in enumerate(fresh.values())]
        chunk = getattr(self.pool, "chunk", len(items)) or 1
        for k in range(0, len(items), chunk):
            self.pool.submit(items[k : k + chunk])

    def drain(self, *, keep: int) -> None:
        """Collect results and write complete batches, in order, until at most ``keep``
        batches are in flight (waiting for the NLP when there are more)."""
        while self.batches:
            block = len(self.batches) > keep
            t0 = time.perf_counter()
            for (number, i), result in self.pool.results(timeout=None if block else 0):
                self.batches[number - self.first].results[i] = result
            self.summary.wait_seconds += time.perf_counter() - t0
            while self.batches and self.batches[0].complete:
                self._write(self.batches.popleft())
                self.first += 1
            if not block:
                return

    def _write(self, batch: _Batch) -> None:
        facts: list[Fact] = []
        errors = batch.errors
        fresh = dict(batch.fresh)
        from_readers = len(errors)  # each a record a reader refused
        refused = from_readers  # and the articles the NLP could not process, added below
        for i, sha in enumerate(batch.fresh):
            result = batch.results[i]
            if isinstance(result, ErrorRow):
                errors.append(result)
                fresh.pop(sha)
                self.failed.add(sha)
                refused += 1
                if self.on_error:
                    self.on_error(result)
            else:
                for item in result:  # facts, and the amounts rejected as implausible
                    if isinstance(item, ErrorRow):
                        errors.append(item)
                        if self.on_error:
                            self.on_error(item)
                    else:
                        facts.append(item)
        articles = batch.articles
        last = (articles[-1].source, articles[-1].record) if articles else ("", "")
        t0 = time.perf_counter()
        failed = len(batch.fresh) - len(fresh)
        with deferred():  # a signal lets the batch commit whole, then stops the run
            inserted = self.store.write_batch(
                self.run_id,
                new_articles=list(fresh.values()),
                sources=[a for a in articles if a.sha256 not in self.failed],
                batch_facts=facts,
                batch_errors=errors,
                records_read=len(articles) + from_readers,
                duplicates=len(articles) - len(batch.fresh),
                rejected=refused,
                last=last,
                failed=failed,
            )
            self.summary.write_seconds += time.perf_counter() - t0
            self.in_flight.difference_update(batch.fresh)
            summary = self.summary
            summary.records_read += len(articles) + from_readers
            summary.articles_read += len(articles)
            summary.articles_new += len(fresh)
            summary.duplicates += len(articles) - len(batch.fresh)
            summary.failed += failed
            summary.rejected += refused
            summary.facts += inserted
            summary.errors += len(errors)
        if self.on_article:
            for article in articles:
                self.on_article(article)
        if self.on_batch:
            self.on_batch(summary)


def check_inputs(paths: Sequence[str], db: str | Path) -> None:
    """Refuse, before any database is created, a run none of whose paths exists
    (the CLI calls it: a mistyped path must not leave a new, empty database)."""
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if paths and len(missing) == len(paths):
        raise InputError(
            ", ".join(missing),
            "",
            f"no input could be read: no such file or directory; check the path "
            f"(nothing was written to {shown(db)})",
            "missing",
        )
    check_folder(db)  # a missing --db folder is named before the model loads


def _write_failed(err: StoreError, db: str | Path) -> str:
    """One line for a write that failed (a full disk): the cause, and that a re-run resumes."""
    cause = getattr(err.__cause__, "orig", None) or err.__cause__ or err
    return (
        f"cannot write to the database {db}: {cause}; the batches committed before are kept: "
        "free some space (or fix the cause) and run the same command again to resume"
    )


def accounting_line(summary: RunSummary) -> str:
    """Every record read, accounted for: the line an extract run ends with."""
    line = (
        f"accounted for: {summary.records_read} records read = {summary.articles_new} stored "
        f"+ {summary.duplicates} duplicate + {summary.rejected} rejected"
    )
    if summary.rejected:
        failed = f"{summary.failed} failed in the NLP; " if summary.failed else ""
        line += f" ({failed}each with its reason, file and record in the errors table)"
    if not summary.accounted:  # a bug, never the input's fault: say so rather than hide it
        line += "; THESE DO NOT ADD UP: please report it"
    return line


def _model_name() -> str:
    """The base model's name and version, without loading it."""
    from pipeline.nlp.load import BASE_MODEL

    try:
        return f"{BASE_MODEL}-{version(BASE_MODEL.replace('_', '-'))}"
    except PackageNotFoundError:
        return BASE_MODEL


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
