"""Ctrl-C, SIGTERM, two writers and a reader against a real ``newsfacts extract``.

Black-box: the CLI runs in a child process with two workers; the tests signal it
mid-run and check what a user sees (exit code, one line, no traceback), what the
database says (run ``interrupted``) and that running the same command again
completes to exactly the facts of a clean run.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import StoreError
from pipeline.store import open_read_only

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
N = 400  # articles: enough that a run is still going when the signal comes
BATCH = "16"
# the lines the progress display writes without a terminal
PROGRESS = re.compile(r"loading the model|\d+(/\d+)? files, \d+ records")


def write_dump(path: Path, start: int = 0, stop: int = N) -> Path:
    """Deterministic articles, one amount each (a fact for the buyer and its target)."""
    with path.open("w") as f:
        for i in range(start, stop):
            text = (
                f"Company{i} Corp agreed to buy Target{i} Ltd for ${i + 1}.{i % 10} billion, "
                f"it said on Monday. The deal, number {i}, was announced in London."
            )
            f.write(json.dumps({"id": f"a{i}", "title": f"Deal {i}", "text": text}) + "\n")
    return path


def start(db: Path, *inputs: Path) -> subprocess.Popen:
    """``newsfacts extract`` in its own process group, as a terminal job is."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", *map(str, inputs)]
    return subprocess.Popen(
        [*cmd, "--db", str(db), "--workers", "2", "--batch-size", BATCH],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def rows(db: Path, sql: str) -> list[tuple]:
    conn = open_read_only(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def wait_for_records(db: Path, proc: subprocess.Popen, at_least: int) -> int:
    """Poll, as a reader would, until the running run has committed ``at_least`` records."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            done = rows(db, "SELECT coalesce(max(records_read), 0) FROM runs")[0][0]
        except (StoreError, sqlite3.Error):
            done = 0  # not created yet
        if done >= at_least:
            return done
        time.sleep(0.2)
    raise AssertionError("the run made no progress")


def fact_ids(db: Path) -> set[str]:
    return {r[0] for r in rows(db, "SELECT id FROM facts")}


@pytest.fixture(scope="module")
def clean(tmp_path_factory, nlp) -> tuple[Path, set[str]]:
    """The dump and the facts of an uninterrupted run (in this process)."""
    from pipeline.extract import extract

    folder = tmp_path_factory.mktemp("signals")
    dump = write_dump(folder / "dump.jsonl")
    db = folder / "clean.sqlite"
    extract([str(dump)], db=db, nlp=nlp)
    ids = fact_ids(db)
    # every article's amount is stored (a deal gives a fact to each side it names)
    assert rows(db, "SELECT count(DISTINCT article_id) FROM facts")[0][0] == N
    assert len(ids) >= N
    return dump, ids


@pytest.mark.parametrize(
    ("signum", "group", "code"),
    [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 143)],
    ids=["ctrl-c-to-the-group", "sigterm-to-the-parent"],
)
def test_signals_stop_between_batches_and_resume(clean, tmp_path, signum, group, code):
    dump, expected = clean
    db = tmp_path / "facts.sqlite"
    proc = start(db, dump)
    wait_for_records(db, proc, 32)
    if group:  # Ctrl-C in a terminal reaches the parent and both workers
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    assert out == ""
    assert "Traceback" not in err
    # besides the progress lines (pipeline/progress.py), one line says what happened
    lines = [line for line in err.splitlines() if not PROGRESS.match(line)]
    assert len(lines) == 1, err
    m = re.fullmatch(
        rf"interrupted by {signal.Signals(signum).name}: (\d+) records read and stored in run 1 "
        rf"\((\d+) new articles, (\d+) facts\); resume with the same command: "
        rf"newsfacts extract {re.escape(str(dump))} --db {re.escape(str(db))}",
        lines[0],
    )
    assert m, lines[0]
    stored = int(m.group(1))
    assert 32 <= stored < N  # whole batches, and the run was cut
    assert stored % int(BATCH) == 0
    assert rows(db, "SELECT status, records_read, articles_new FROM runs") == [
        ("interrupted", stored, stored)
    ]
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == stored

    again = start(db, dump)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"this run: {N} records read, {N - stored} new articles, {stored} already stored" in out
    assert rows(db, "SELECT status FROM runs ORDER BY id") == [("interrupted",), ("finished",)]
    assert fact_ids(db) == expected
    names = sorted(p.name for p in tmp_path.iterdir())
    if names != ["facts.sqlite"]:
        # a read in flight as the writer closed keeps the writer's WAL (SQLite deletes it
        # only under an exclusive lock); the next writer's close removes it: nothing of
        # the reader's own is left
        assert set(names) <= {"facts.sqlite", "facts.sqlite-wal", "facts.sqlite-shm"}, names
        from pipeline.store import Store

        Store(db).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.sqlite"]


def test_signals_two_writers_at_once(clean, tmp_path):
    """Two runs on one database, their inputs overlapping, end with the clean facts."""
    _, expected = clean
    first = write_dump(tmp_path / "first.jsonl", 0, 2 * N // 3)
    second = write_dump(tmp_path / "second.jsonl", N // 3, N)
    db = tmp_path / "facts.sqlite"
    a = start(db, first)
    wait_for_records(db, a, 1)  # the schema exists: both runs now only add rows
    b = start(db, second)
    results = [p.communicate(timeout=600) for p in (a, b)]
    assert [a.returncode, b.returncode] == [0, 0], results
    assert all("Traceback" not in err for _, err in results)
    assert rows(db, "SELECT status FROM runs") == [("finished",), ("finished",)]
    assert fact_ids(db) == expected
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == N


def test_signals_reader_during_a_run(clean, tmp_path):
    """`newsfacts query` during a run: only committed batches, counts that only grow,
    and no file left by the reader once the run ends."""
    from pipeline.query import run_limited

    dump, expected = clean
    db = tmp_path / "facts.sqlite"
    proc = start(db, dump)
    wait_for_records(db, proc, 16)
    seen = []
    while proc.poll() is None:
        result = run_limited(
            db, "SELECT count(*), (SELECT count(DISTINCT article_id) FROM facts) FROM articles"
        )
        articles, with_facts = result.rows[0]
        assert articles % int(BATCH) == 0 or articles == N  # whole batches only
        assert with_facts == articles  # every article's facts committed with it
        seen.append(articles)
        time.sleep(0.3)
    assert proc.returncode == 0, proc.communicate()
    assert seen == sorted(seen) and len(set(seen)) > 1
    assert fact_ids(db) == expected
    names = sorted(p.name for p in tmp_path.iterdir())
    if names != ["facts.sqlite"]:
        # a read in flight as the writer closed keeps the writer's WAL (SQLite deletes it
        # only under an exclusive lock); the next writer's close removes it: nothing of
        # the reader's own is left
        assert set(names) <= {"facts.sqlite", "facts.sqlite-wal", "facts.sqlite-shm"}, names
        from pipeline.store import Store

        Store(db).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.sqlite"]
