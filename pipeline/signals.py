"""Ctrl-C and SIGTERM during a run: stop between batches, say how to resume.

:func:`interruptible` turns SIGINT and SIGTERM into :class:`Interrupted`, raised
in the main thread. While a batch is being written (:func:`deferred`) the
signal only is noted, so the batch commits whole and the exception is raised
right after it; anywhere else the batch in flight is not written (its rows
come again on the re-run). extract.py marks the run ``interrupted`` and the CLI
prints one line and exits 128 + the signal number (130 for Ctrl-C, 143 for
SIGTERM), as shells do. Worker processes ignore SIGINT (pipeline/workers.py):
Ctrl-C reaches every process of the terminal's group, and only the parent
decides what stops.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["Interrupted", "deferred", "ignore_interrupts", "interruptible"]

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """The run was stopped by a signal. A BaseException, like KeyboardInterrupt, so
    that the per-record ``except Exception`` of the readers does not swallow it."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum
        self.summary: Any = None  # the RunSummary so far, set by extract()

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def report(self, paths: Sequence[str], db: str | Path) -> str:
        """The one line the user reads: what is stored and how to resume."""
        from pipeline.readonly import shown  # here: workers import this module first

        name = signal.Signals(self.signum).name
        s = self.summary
        done = (
            f"{s.records_read} records read and stored in run {s.run_id} "
            f"({s.articles_new} new articles, {s.facts} facts)"
            if s is not None
            else "nothing stored"
        )
        again = " ".join(["newsfacts extract", *paths, "--db", shown(db)])
        return f"interrupted by {name}: {done}; resume with the same command: {again}"


class _State:
    depth = 0  # > 0 while inside deferred()
    pending: int | None = None  # a signal noted while deferred


def _handler(signum: int, _frame: object) -> None:
    if _State.depth:
        _State.pending = signum
        return
    raise Interrupted(signum)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM raise :class:`Interrupted` inside the block."""
    previous = {s: signal.signal(s, _handler) for s in _SIGNALS}
    _State.depth, _State.pending = 0, None
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


@contextmanager
def deferred(*, reraise: bool = True) -> Iterator[None]:
    """A block that a signal does not cut: it is raised when the block ends
    (dropped with ``reraise=False``, for the cleanup of a run already stopping)."""
    _State.depth += 1
    try:
        yield
    finally:
        _State.depth -= 1
    if not _State.depth and _State.pending is not None:
        signum, _State.pending = _State.pending, None
        if reraise:
            raise Interrupted(signum)


def ignore_interrupts() -> None:
    """In a worker process: Ctrl-C is the parent's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def die_with_parent() -> None:
    """In a worker process on Linux: be killed when the parent dies (``kill -9`` of
    ``extract``), rather than finish loading the model or a task for no one."""
    if not sys.platform.startswith("linux"):
        return  # elsewhere a worker ends when it next reads its closed pipe
    import ctypes
    import multiprocessing

    pr_set_pdeathsig = 1
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(0)  # the parent died before the request was made


def boot_worker(conn: Any, model: str, marked: Any = None) -> None:
    """A worker process's target: ignore Ctrl-C first, then import the NLP (seconds)
    and serve. This module imports little, so the unguarded start is short.
    ``marked``: the shared value where the worker marks the article it is on."""
    ignore_interrupts()
    die_with_parent()
    from pipeline.workers import _worker_main

    _worker_main(conn, model, marked)
