"""Deadlines for the NLP of a task of articles, charged to the article that is late.

A task (several articles) gets ``timeout`` seconds plus one per 10,000
characters. While it works, ``facts.analyse`` marks which articles the work
in progress belongs to (see :data:`pipeline.facts.Mark`): one article while it
is tokenized or read into facts, a run of them while a batched stage of the
model holds several. Past the deadline, the article marked alone is the one
charged (reason ``timeout``, one deadline); the rest of its task goes on
without it. A worker process (pipeline/workers.py) stores the mark in a value
shared with the parent; the in-process pool (pipeline/inline.py) keeps it in
a list and is interrupted by SIGALRM.
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pipeline.types import Article

__all__ = [
    "DEADLINE_ENV",
    "DEFAULT_TIMEOUT",
    "DIE_MARK",
    "FAULTS_ENV",
    "HANG_MARK",
    "DeadlineExceeded",
    "alarm",
    "deadline_seconds",
    "marker",
    "unpack_mark",
]

DEFAULT_TIMEOUT = 120.0  # seconds a task may take, plus a second per 10,000 characters
DEADLINE_ENV = "NEWSFACTS_DEADLINE"  # overrides DEFAULT_TIMEOUT (tests set a small one)
FAULTS_ENV = "NEWSFACTS_TEST_FAULTS"  # "1": HANG_MARK and DIE_MARK act (tests only)
HANG_MARK = "<<newsfacts-test-hang>>"
DIE_MARK = "<<newsfacts-test-die>>"

# The shared mark is one 64-bit word, written in a single store so that the parent never
# reads half of it: the task id, then the first and last positions of the articles.
NO_MARK = -1
MAX_AT = 0xFFFF  # a task of more articles is not marked past this one (tasks hold ~16)


def deadline_seconds() -> float:
    """The deadline's base in seconds: NEWSFACTS_DEADLINE, else DEFAULT_TIMEOUT."""
    try:
        seconds = float(os.environ.get(DEADLINE_ENV, ""))
    except ValueError:
        return DEFAULT_TIMEOUT
    return seconds if 0 < seconds < math.inf else DEFAULT_TIMEOUT


def allowance(articles: Sequence[Article]) -> float:
    """Seconds a task gets beyond the base: one per 10,000 characters."""
    return sum(len(a.text) for a in articles) / 10_000


def pack_mark(task_id: int, first: int, last: int) -> int:
    return (task_id << 32) | (first << 16) | last


def unpack_mark(value: int, task_id: int, size: int) -> tuple[int, int] | None:
    """(first, last) marked for task ``task_id`` of ``size`` articles, or None: not known
    (nothing marked yet, or a mark left by an earlier task)."""
    if value < 0 or value >> 32 != task_id:
        return None
    first, last = (value >> 16) & MAX_AT, value & MAX_AT
    return (first, last) if first <= last < size else None


def marker(shared: Any, task_id: int, articles: Sequence[Article]) -> Callable[[int, int], None]:
    """The ``mark`` of one task: store where the work is in ``shared`` (anything with a
    ``value``), and in tests (NEWSFACTS_TEST_FAULTS=1) hang on reaching HANG_MARK."""
    faults = os.environ.get(FAULTS_ENV) == "1"

    def mark(first: int, last: int) -> None:
        if last < MAX_AT:
            shared.value = pack_mark(task_id, first, last)
        if faults and first == last and HANG_MARK in articles[first].text:
            time.sleep(3600)  # the test's hang: on this article, after the ones before it

    return mark


class DeadlineExceeded(BaseException):
    """An in-process task ran past its deadline (raised by the SIGALRM handler).

    A BaseException, so that the NLP's per-article ``except Exception`` (which
    narrows a crash down to one article) does not take it for that article's error.
    """


@contextmanager
def alarm(seconds: float | None) -> Iterator[None]:
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
