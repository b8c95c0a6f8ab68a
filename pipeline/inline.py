"""The worker pool's interface, run in the calling process (``--workers 0``, eval).

Tasks get the workers' deadline (pipeline/deadlines.py), rung by SIGALRM:
past it, the article the task was on is rejected (reason ``timeout``) and the
rest of the task runs again without it, with a deadline of its own. When the
work was in a batched stage of the model (several articles at once), those
few are retried one by one, each with its own deadline.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language

from pipeline.deadlines import (
    DEFAULT_TIMEOUT,
    NO_MARK,
    DeadlineExceeded,
    alarm,
    allowance,
    marker,
    unpack_mark,
)
from pipeline.facts import Result, analyse, error_row
from pipeline.nlp.warm import warm_up
from pipeline.types import Article, ErrorRow

__all__ = ["InlinePool"]


@dataclass
class _Mark:
    value: int = NO_MARK


class InlinePool:
    """The WorkerPool interface, run in the calling process with a given pipeline.

    ``timeout``: the deadline's base in seconds (None: no deadline).
    """

    def __init__(self, nlp: Language, *, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.nlp = nlp
        self.timeout = timeout
        self._done: list[tuple[Hashable, Result]] = []
        self._tasks = 0
        self.replaced = 0
        self.peak_mb = 0.0
        warm_up()  # the language identifier and the rates load now, not in the first task

    def submit(self, items: Sequence[tuple[Hashable, Article]]) -> None:
        results = self._run([a for _, a in items], alone=len(items) == 1)
        self._done.extend((key, r) for (key, _), r in zip(items, results, strict=True))

    def _run(self, articles: list[Article], *, alone: bool) -> list[Result]:
        """Results of ``articles``; past the deadline, the late one is charged."""
        self._tasks += 1
        task_id, mark = self._tasks, _Mark()
        try:
            with alarm(None if self.timeout is None else self.timeout + allowance(articles)):
                return analyse(self.nlp, articles, mark=marker(mark, task_id, articles))
        except DeadlineExceeded:
            if alone:
                return [self._late(articles[0], articles)]
            first, last = unpack_mark(mark.value, task_id, len(articles)) or (0, len(articles) - 1)
        out: list[Result | None] = [None] * len(articles)
        if first == last:
            out[first] = self._late(articles[first], articles)
        for at in range(first, last + 1):
            if out[at] is None:
                out[at] = self._run([articles[at]], alone=True)[0]
        rest = [at for at in range(len(articles)) if not first <= at <= last]
        if rest:
            again = self._run([articles[at] for at in rest], alone=len(rest) == 1)
            for at, result in zip(rest, again, strict=True):
                out[at] = result
        return out  # type: ignore[return-value]

    def _late(self, article: Article, task: list[Article]) -> ErrorRow:
        limit = (self.timeout or 0) + allowance(task)
        return error_row(
            article,
            "timeout",
            f"no result within {limit:.0f}s, the deadline of its task of {len(task)} "
            "article(s); the article was skipped",
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
