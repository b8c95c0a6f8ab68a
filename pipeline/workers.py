"""Worker processes: the NLP of an extract run, spread over the cores.

The parent process reads articles and writes rows (one SQLite writer); each
worker loads the pipeline once and turns lists of articles into facts (small
frozen records, never Docs). A worker takes one task (up to ``chunk``
articles) at a time, so the parent always knows what each one holds:

- a worker that dies (segfault, out of memory, ``os._exit``) is replaced,
  and so is one that runs past its deadline (it is killed);
- the task it held is retried one article per task on fresh workers; the
  article that fails again alone gets an error row (reason ``worker-died``
  or ``timeout``) and the run goes on.

Results come back keyed by the caller's keys, so the caller writes them in
its own order (extract.py keeps batches and the progress marker in order).
``InlinePool`` has the same interface and runs in the calling process
(``--workers 0``, eval, tests): no process start, no deadline.

For tests, ``NEWSFACTS_TEST_FAULTS=1`` in the environment makes a worker
hang on an article holding :data:`HANG_MARK` and exit on one holding
:data:`DIE_MARK`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from spacy.language import Language

from pipeline.facts import Result, analyse, error_row
from pipeline.nlp.warm import warm_up
from pipeline.signals import boot_worker
from pipeline.types import Article, ErrorRow

FAULTS_ENV = "NEWSFACTS_TEST_FAULTS"
HANG_MARK = "<<newsfacts-test-hang>>"
DIE_MARK = "<<newsfacts-test-die>>"
DEFAULT_CHUNK = 16  # articles per task: small enough to spread a small input over the workers
DEFAULT_TIMEOUT = 120.0  # seconds a task may take, plus a second per 10,000 characters
START_TIMEOUT = 300.0  # seconds a new worker may take to load the pipeline
# Resident memory a worker may use (see README, Reliability: measured peaks are about
# 400 MB whatever the record lengths, since the model takes at most BATCH_CHARS at once);
# a worker over it is replaced and its article rejected with reason "memory".
# Measured: 429 MB for a 1,072,509-character article, 264 MB on pathological runs.
MEMORY_BUDGET_MB = 1_024
MEMORY_ENV = "NEWSFACTS_WORKER_MB"  # overrides the budget (tests set a small one)
MEMORY_CHECK = 0.5  # seconds between checks of the busy workers' memory


def memory_budget_mb() -> int:
    """The per-worker memory budget in MB: NEWSFACTS_WORKER_MB, else MEMORY_BUDGET_MB."""
    value = os.environ.get(MEMORY_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else MEMORY_BUDGET_MB


def resident_mb(pid: int) -> float:
    """Resident set of process ``pid`` in MB (Linux /proc; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / (1 << 20)



def default_workers() -> int:
    """Two workers on a machine of two cores or more, else one."""
    return max(1, min(2, os.cpu_count() or 1))


def _inject_faults(articles: Sequence[Article]) -> None:
    for article in articles:
        if HANG_MARK in article.text:
            time.sleep(3600)
        if DIE_MARK in article.text:
            os._exit(3)


def _worker_main(conn: Connection, model: str) -> None:
    """A worker: load the pipeline, then answer tasks until told to stop (None)."""
    from pipeline.nlp.load import shared_nlp

    faults = os.environ.get(FAULTS_ENV) == "1"
    nlp = shared_nlp(model)
    warm_up()
    conn.send("ready")
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        task_id, articles = msg
        if faults:
            _inject_faults(articles)
        conn.send((task_id, analyse(nlp, articles)))


@dataclass
class _Task:
    id: int
    items: list[tuple[Hashable, Article]]
    retry: bool = False  # a lone article of a task that failed: a second failure is its error

    @property
    def allowance(self) -> float:
        return sum(len(a.text) for _, a in self.items) / 10_000


@dataclass
class _Worker:
    proc: mp.process.BaseProcess
    conn: Connection
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    task: _Task | None = None
    deadline: float = 0.0


class WorkerPool:
    """``n`` worker processes; see the module docstring.

    >>> with WorkerPool(2) as pool:                               # doctest: +SKIP
    ...     pool.submit([("a", article)])
    ...     results = dict(pool.results())
    """

    def __init__(
        self,
        n: int,
        *,
        model: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        chunk: int = DEFAULT_CHUNK,
        start_method: str = "spawn",
    ) -> None:
        from pipeline.nlp.load import BASE_MODEL

        if n < 1:
            raise ValueError(f"a pool needs at least one worker, not {n}")
        self.model = model or BASE_MODEL
        self.timeout = timeout
        self.size = n
        self.chunk = chunk
        self._ctx = mp.get_context(start_method)
        self._workers: list[_Worker] = [self._start() for _ in range(n)]
        self._queue: deque[_Task] = deque()
        self._done: list[tuple[Hashable, Result]] = []
        self._next_id = 0
        self.replaced = 0
        self.memory_mb = memory_budget_mb()
        self.peak_mb = 0.0  # the largest resident set seen in a busy worker

    # -- the caller's side ---------------------------------------------------
    def submit(self, items: Sequence[tuple[Hashable, Article]]) -> None:
        """Queue articles, each with the caller's key for its result."""
        if items:
            self._queue.append(_Task(self._new_id(), list(items)))
            self._dispatch()

    @property
    def pending(self) -> int:
        """Articles submitted whose results have not been returned yet."""
        queued = sum(len(t.items) for t in self._queue)
        busy = sum(len(w.task.items) for w in self._workers if w.task is not None)
        return queued + busy + len(self._done)

    def results(self, timeout: float | None = None) -> Iterator[tuple[Hashable, Result]]:
        """Results ready now, waiting up to ``timeout`` seconds for the first (None: forever)."""
        if not self._done and self.pending:
            self._poll(timeout)
        done, self._done = self._done, []
        yield from done

    def wait_ready(self) -> None:
        """Block until every worker has loaded the pipeline (the benchmark times runs after)."""
        while not all(w.ready for w in self._workers):
            self._poll(1.0)

    def close(self) -> None:
        for w in self._workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in self._workers:
            w.proc.join(timeout=5)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()
            w.conn.close()
        self._workers = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the pool's side -----------------------------------------------------
    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        # typeshed gives get_context(str) the BaseContext, which lacks Process
        process = self._ctx.Process  # type: ignore[attr-defined]
        # the target's module imports nothing heavy, so SIGINT is ignored at once
        proc = process(target=boot_worker, args=(child, self.model), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _dispatch(self) -> None:
        for w in self._workers:
            if not self._queue:
                return
            if w.ready and w.task is None:
                task = self._queue.popleft()
                w.task = task
                w.deadline = time.monotonic() + self.timeout + task.allowance
                w.conn.send((task.id, [a for _, a in task.items]))

    def _poll(self, timeout: float | None) -> None:
        """Wait for a message, a death or a deadline; handle what happened."""
        now = time.monotonic()
        limits = [w.deadline for w in self._workers if w.task is not None]
        limits += [w.started + START_TIMEOUT for w in self._workers if not w.ready]
        if timeout is not None:
            limits.append(now + timeout)
        if any(w.task is not None for w in self._workers):
            limits.append(now + MEMORY_CHECK)
        wait_for = max(0.0, min(limits) - now) if limits else None
        owners: dict[object, _Worker] = {w.conn: w for w in self._workers}
        owners.update((w.proc.sentinel, w) for w in self._workers)
        # connections and process sentinels: typeshed's wait() wants one kind
        ready = wait(list(owners), timeout=wait_for)  # type: ignore[arg-type]
        for obj in ready:
            w = owners.get(obj)
            if w is None or w not in self._workers:
                continue
            if obj is w.conn:
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    self._fail(w, "worker-died")
                    continue
                if msg == "ready":
                    w.ready = True
                elif w.task is not None and msg[0] == w.task.id:
                    self._done.extend(
                        (key, result) for (key, _), result in zip(w.task.items, msg[1], strict=True)
                    )
                    w.task = None
            elif not w.conn.poll():  # died with nothing left to read
                self._fail(w, "worker-died")
        now = time.monotonic()
        for w in list(self._workers):
            if w.task is not None and now > w.deadline:
                self._fail(w, "timeout")
            elif w.task is not None and self._over_budget(w):
                self._fail(w, "memory")
            elif not w.ready and now > w.started + START_TIMEOUT:
                raise RuntimeError(
                    f"a worker did not load the pipeline {self.model} within {START_TIMEOUT:.0f}s; "
                    "check that the model is installed (make setup)"
                )
        self._dispatch()

    def _over_budget(self, w: _Worker) -> bool:
        rss = resident_mb(w.proc.pid or 0)
        self.peak_mb = max(self.peak_mb, rss)
        return rss > self.memory_mb

    def _fail(self, w: _Worker, reason: str) -> None:
        """Replace worker ``w``; retry its task one article at a time, or record the error."""
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join()
        w.conn.close()
        self._workers[self._workers.index(w)] = self._start()
        self.replaced += 1
        task = w.task
        if task is None:
            return
        if task.retry or len(task.items) == 1:  # an article alone is charged one deadline
            key, article = task.items[0]
            self._done.append((key, self._error(article, reason)))
            return
        singles = [_Task(self._new_id(), [item], retry=True) for item in task.items]
        self._queue.extendleft(reversed(singles))

    def _error(self, article: Article, reason: str) -> ErrorRow:
        if reason == "timeout":
            message = (
                f"no result within {self.timeout + len(article.text) / 10_000:.0f}s; the worker "
                "was replaced and the article skipped"
            )
        elif reason == "memory":
            message = (
                f"the worker processing it went over its memory budget of {self.memory_mb} MB "
                f"(set {MEMORY_ENV} to change it); it was replaced and the article skipped"
            )
        else:
            message = "the worker processing it died; it was replaced and the article skipped"
        return error_row(article, reason, message)


class DeadlineExceeded(Exception):
    """An in-process task ran past its deadline (raised by the SIGALRM handler)."""


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise DeadlineExceeded after ``seconds`` (main thread on Unix; else no deadline).

    The signal is handled between Python steps, so a long C call (the tokenizer on one
    text) finishes first; pipeline/nlp/guard.py keeps such calls short.
    """
    usable = seconds and hasattr(signal, "setitimer")
    if not usable or threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(_signum: int, _frame: object) -> None:
        raise DeadlineExceeded

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class InlinePool:
    """The WorkerPool interface, run in the calling process with a given pipeline.

    Tasks get the workers' deadline (``timeout`` plus a second per 10,000
    characters; None: no deadline): a task past it is retried one article at a
    time, and an article alone past it gets an error row (reason ``timeout``).
    """

    def __init__(self, nlp: Language, *, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.nlp = nlp
        self.timeout = timeout
        warm_up()
        self._done: list[tuple[Hashable, Result]] = []
        self.replaced = 0
        self.peak_mb = 0.0

    def submit(self, items: Sequence[tuple[Hashable, Article]]) -> None:
        articles = [a for _, a in items]
        try:
            results = self._timed(articles)
        except DeadlineExceeded:  # find the article: each alone, with its own deadline
            alone = len(articles) == 1
            results = [self._late(a) if alone else self._alone(a) for a in articles]
        self._done.extend((key, r) for (key, _), r in zip(items, results, strict=True))

    def _alone(self, article: Article) -> Result:
        try:
            return self._timed([article])[0]
        except DeadlineExceeded:
            return self._late(article)

    def _timed(self, articles: list[Article]) -> list[Result]:
        allowance = sum(len(a.text) for a in articles) / 10_000
        with _alarm(None if self.timeout is None else self.timeout + allowance):
            if os.environ.get(FAULTS_ENV) == "1" and any(HANG_MARK in a.text for a in articles):
                time.sleep(3600)  # the test's hang (no die: this is the caller's process)
            return analyse(self.nlp, articles)

    def _late(self, article: Article) -> ErrorRow:
        limit = (self.timeout or 0) + len(article.text) / 10_000
        return error_row(
            article, "timeout", f"no result within {limit:.0f}s; the article was skipped"
        )

    @property
    def pending(self) -> int:
        return len(self._done)

    def results(self, timeout: float | None = None) -> Iterator[tuple[Hashable, Result]]:
        done, self._done = self._done, []
        yield from done

    def wait_ready(self) -> None:
        return None

    def close(self) -> None:
        return None

    def __enter__(self) -> InlinePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
