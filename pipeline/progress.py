"""Honest progress for ``newsfacts extract``: what is known, nothing made up.

On a terminal one status line is redrawn in place; without one (cron, a pipe,
nohup) a plain line goes to stderr every few seconds. The line gives files
and records read so far, the number of files when it was cheap to know
(counted before the run: the files of the directories and paths given, the
members of zip archives from their index; not for tar archives or stdin),
the rate, an ETA only when a total is known, and the facts and errors so far.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Iterable
from typing import TextIO

from pipeline.types import Article

# Seconds between plain lines when stderr is not a terminal, and between redraws on one.
PLAIN_EVERY = 5.0
TTY_EVERY = 0.2


def count_files(paths: Iterable[str], keep: Callable[[str], bool] | None = None) -> int | None:
    """How many files the paths name: directories walked, the members of a zip read from
    its index; None when that is not cheap (standard input, a tar archive to decompress)."""
    from pipeline.ingest.files import iter_paths

    paths = list(paths)
    if "-" in paths:
        return None
    total = 0
    for path in iter_paths(paths, report=lambda _error: None):
        name = path.lower()
        if ".tar" in name or name.endswith(".tgz"):
            return None
        if name.endswith(".zip") and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [f"{path}!{m.filename}" for m in archive.infolist() if not m.is_dir()]
            total += sum(1 for m in members if keep is None or keep(m))
        elif keep is None or keep(path):
            total += 1
    return total


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Counts what a run reports and prints it, redrawn on a terminal or every few seconds."""

    def __init__(
        self,
        out: TextIO,
        *,
        tty: bool,
        total_files: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.out, self.tty, self.total_files, self.clock = out, tty, total_files, clock
        self.started = clock()
        self.last_print = self.started
        self.records = self.files = self.facts = self.errors = 0
        self.last_file = ""
        self.drawn = False
        self.closed = False

    def loading(self) -> None:
        self.out.write("loading the model (a few seconds) ...\n")
        self.out.flush()

    def article(self, article: Article) -> None:
        self.records += 1
        file = article.source  # a zip member is a file of its own, as count_files counts it
        if file != self.last_file:
            self.files += 1
            self.last_file = file
        self.tick()

    def advance(self, records: int) -> None:
        """``records`` more read where no article passes through here (--engine ray)."""
        self.records += records
        self.tick()

    def totals(self, facts: int, errors: int) -> None:
        self.facts, self.errors = facts, errors
        self.tick()

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.records / elapsed
        files = f"{self.files}/{self.total_files}" if self.total_files else f"{self.files}"
        parts = [f"{files} files", f"{self.records} records", f"{rate:.1f} records/s"]
        if self.total_files and self.files:
            done = min(1.0, (self.files - 1) / self.total_files) if self.files > 1 else 0.0
            if done > 0:
                parts.append(f"ETA {_clock(elapsed * (1 - done) / done)}")
        parts += [f"{self.facts} facts", f"{self.errors} errors", f"{_clock(elapsed)} elapsed"]
        return ", ".join(parts)

    def tick(self, force: bool = False) -> None:
        now = self.clock()
        if not force and now - self.last_print < (TTY_EVERY if self.tty else PLAIN_EVERY):
            return
        self.last_print = now
        if self.tty:
            self.out.write("\r\x1b[K" + self.line())
            self.drawn = True
        else:
            self.out.write(self.line() + "\n")
        self.out.flush()

    def message(self, text: str) -> None:
        """A line of its own (an error) that does not garble the status line."""
        if self.tty and self.drawn:
            self.out.write("\r\x1b[K")
        self.out.write(text + "\n")
        if self.tty and self.drawn:
            self.out.write(self.line())
        self.out.flush()

    def close(self) -> None:
        if self.closed:
            return  # an interrupted run closes it before the final clean-up does
        self.closed = True
        self.tick(force=True)
        if self.tty:
            self.out.write("\n")
        self.out.flush()
