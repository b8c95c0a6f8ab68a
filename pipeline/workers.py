"""Worker processes: the NLP of an extract run, spread over the cores.

The parent process reads articles and writes rows (one SQLite writer); each
worker loads the pipeline once and turns lists of articles into facts (small
frozen records, never Docs). A worker takes one task (up to ``chunk``
articles) at a time, so the parent always knows what each one holds:

- a worker that dies (segfault, out of memory, ``os._exit``) is replaced,
  and so is one that runs past its deadline (it is killed); one that dies while
  loading the pipeline stops the pool with an error (a new one would too);
- a worker past its deadline is charged for the article it was on: the
  worker marks, in a value shared with the parent, which article of its task
  it is working on (``facts.analyse``'s ``mark``), so the parent rejects that
  article (reason ``timeout``) and queues the rest of the task again, without
  it: a pathological article costs one deadline, not two. When the worker
  was in a batched stage of the model, which holds several articles at once,
  those few are retried one by one; the others go on as one task;
- the task of a worker that dies is retried one article per task on fresh
  workers; the article that fails again alone gets an error row (reason
  ``worker-died`` or ``memory``) and the run goes on;
- a worker ends at once when told to stop, or when the parent is gone (on
  Linux it is killed with its parent: ``signals.die_with_parent``).

Results come back keyed by the caller's keys, so the caller writes them in
its own order (extract.py keeps batches and the progress marker in order).
``InlinePool`` (pipeline/inline.py) has the same interface and runs in the
calling process (``--workers 0``, eval, tests), with the same deadline.

For tests, ``NEWSFACTS_TEST_FAULTS=1`` in the environment makes a worker
hang when it comes to an article holding :data:`HANG_MARK` (after the ones
before it in its task) and exit on a task holding :data:`DIE_MARK`;
``NEWSFACTS_DEADLINE`` sets the deadline's base in seconds.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from pipeline.deadlines import (
    DEADLINE_ENV,
    DEFAULT_TIMEOUT,
    DIE_MARK,
    FAULTS_ENV,
    HANG_MARK,
    NO_MARK,
    DeadlineExceeded,
    allowance,
    deadline_seconds,
    marker,
    unpack_mark,
)
from pipeline.facts import Result, analyse, error_row
from pipeline.inline import InlinePool
from pipeline.nlp.warm import warm_up
from pipeline.signals import boot_worker
from pipeline.types import Article, ErrorRow

__all__ = [
    "DEADLINE_ENV",
    "DEFAULT_TIMEOUT",
    "DIE_MARK",
    "FAULTS_ENV",
    "HANG_MARK",
    "MEMORY_BUDGET_MB",
    "MEMORY_ENV",
    "DeadlineExceeded",
    "InlinePool",
    "Result",
    "WorkerPool",
    "deadline_seconds",
    "default_workers",
    "memory_budget_mb",
]

DEFAULT_CHUNK = 16  # articles per task: small enough to spread a small input over the workers
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
        if DIE_MARK in article.text:
            os._exit(3)


def _worker_main(conn: Connection, model: str, shared=None) -> None:
    """A worker: load the pipeline, then answer tasks until told to stop (None).
    ``shared``: the value where it marks which article it is on (None: a local one)."""
    from pipeline.nlp.load import shared_nlp

    faults = os.environ.get(FAULTS_ENV) == "1"
    nlp = shared_nlp(model)
    warm_up()
    conn.send("ready")
    while True:
        try:
            msg = conn.recv()
        except EOFError:  # the parent is gone (killed): so is the work
            msg = None
        if msg is None:
            _quit()
        task_id, articles = msg
        if faults:
            _inject_faults(articles)
        mark = marker(shared if shared is not None else _Local(), task_id, articles)
        conn.send((task_id, analyse(nlp, articles, mark=mark)))


def _quit() -> None:
    """End the worker at once: it holds nothing to save, and tearing down a loaded
    pipeline object by object takes seconds (a run's end, a killed run's orphans)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@dataclass
class _Local:
    value: int = NO_MARK


@dataclass
class _Task:
    id: int
    items: list[tuple[Hashable, Article]]
    retry: bool = False  # a lone article of a task that failed: a second failure is its error

    @property
    def allowance(self) -> float:
        return allowance([a for _, a in self.items])


@dataclass
class _Worker:
    proc: mp.process.BaseProcess
    conn: Connection
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    task: _Task | None = None
    deadline: float = 0.0
    marked: object = None  # the shared value where the worker marks its article

    def blamed(self) -> tuple[int, int] | None:
        """(first, last): the articles of its task the worker marks as being on, if known."""
        if self.task is None:
            return None
        value = getattr(self.marked, "value", NO_MARK)
        return unpack_mark(value, self.task.id, len(self.task.items))


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
        timeout: float | None = None,
        chunk: int = DEFAULT_CHUNK,
        start_method: str = "spawn",
    ) -> None:
        from pipeline.nlp.load import BASE_MODEL

        if n < 1:
            raise ValueError(f"a pool needs at least one worker, not {n}")
        self.model = model or BASE_MODEL
        self.timeout = deadline_seconds() if timeout is None else timeout
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
        marked = self._ctx.RawValue(ctypes.c_int64, NO_MARK)
        # typeshed gives get_context(str) the BaseContext, which lacks Process
        process = self._ctx.Process  # type: ignore[attr-defined]
        # the target's module imports nothing heavy, so SIGINT is ignored at once
        proc = process(target=boot_worker, args=(child, self.model, marked), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent, marked=marked)

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
        """Replace worker ``w``; charge the article it was on (a timeout), or retry its
        task one article at a time; an article alone that fails gets its error row."""
        blamed = w.blamed() if reason == "timeout" else None
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join()
        w.conn.close()
        if not w.ready:  # it died loading the pipeline: every new one would too
            code = w.proc.exitcode
            self.close()
            raise RuntimeError(
                f"a worker died while loading the pipeline {self.model} (exit code {code}); "
                "its error is printed above. Check the models folder and the installed model "
                "(make setup pipeline), or run with --workers 0 to see it in this process"
            )
        self._workers[self._workers.index(w)] = self._start()
        self.replaced += 1
        task = w.task
        if task is None:
            return
        if task.retry or len(task.items) == 1:  # an article alone is charged one deadline
            key, article = task.items[0]
            self._done.append((key, self._error(article, reason, task)))
            return
        first, last = blamed or (0, len(task.items) - 1)
        if first == last:  # the article it was on is charged; the rest go on without it
            key, article = task.items[first]
            self._done.append((key, self._error(article, reason, task)))
            suspects = []
        else:
            suspects = task.items[first : last + 1]
        rest = task.items[:first] + task.items[last + 1 :]
        again = [_Task(self._new_id(), [item], retry=True) for item in suspects]
        if rest:
            again.append(_Task(self._new_id(), rest))
        self._queue.extendleft(reversed(again))

    def _error(self, article: Article, reason: str, task: _Task) -> ErrorRow:
        if reason == "timeout":
            message = (
                f"no result within {self.timeout + task.allowance:.0f}s, the deadline of its "
                f"task of {len(task.items)} article(s); the worker was replaced and the "
                "article skipped"
            )
        elif reason == "memory":
            message = (
                f"the worker processing it went over its memory budget of {self.memory_mb} MB "
                f"(set {MEMORY_ENV} to change it); it was replaced and the article skipped"
            )
        else:
            message = "the worker processing it died; it was replaced and the article skipped"
        return error_row(article, reason, message)
