"""A timeout is charged once, to the article that is late: a task of several articles
with a hanging one among them costs one deadline; the others all come through, and
the run counts it as failed (runs.articles_failed, the end-of-run line)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from faultgen import good_record, good_text, jsonl
from test_faults_inputs import accounted, amounts, run_extract

import pipeline.inline
from pipeline.deadlines import DEADLINE_ENV, FAULTS_ENV, HANG_MARK, marker
from pipeline.extract import extract
from pipeline.store import Store

GOOD = 12  # one task: fewer than a worker's chunk (16) and than a batch


def _dump(tmp_path: Path, hang_at: int) -> Path:
    records = [good_record(i) for i in range(GOOD)]
    records.insert(hang_at, {"id": "hang", "text": f"{good_text(99)} {HANG_MARK}"})
    dump = tmp_path / "h.jsonl"
    dump.write_bytes(jsonl(records))
    return dump


def _errors(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT record, reason, message FROM errors").fetchall()


def _failed(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT articles_failed FROM runs").fetchone()[0]


@pytest.mark.slow
@pytest.mark.parametrize("deadline", ["10"])
def test_faults_worker_timeout_charged_once_to_the_late_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deadline: str
) -> None:
    monkeypatch.setenv(FAULTS_ENV, "1")
    monkeypatch.setenv(DEADLINE_ENV, deadline)
    dump, db = _dump(tmp_path, hang_at=5), tmp_path / "w.sqlite"

    done = run_extract(str(dump), "--db", str(db), "--workers", "1", "-v")

    assert done.returncode == 0, done.stderr[-2000:]
    # one deadline: the worker holding the task is replaced once; before, the task was
    # retried article by article and the hanging one, alone, ran into a second deadline
    assert re.search(r"\b1 workers replaced", done.stderr), done.stderr[-2000:]
    assert accounted(done.stdout) == (GOOD + 1, GOOD, 0, 1)
    assert "1 failed" in done.stdout and "1 failed in the NLP" in done.stdout
    [(record, reason, message)] = _errors(db)
    assert (record, reason) == ("hang", "timeout")
    assert f"task of {GOOD + 1} article(s)" in message
    assert {float((i + 10) * 1_000_000) for i in range(GOOD)} <= amounts(db)
    assert _failed(db) == 1


@pytest.mark.slow
@pytest.mark.parametrize("hang_at", [0, 5, GOOD])
def test_faults_inline_timeout_charged_once_in_a_task_of_several(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hang_at: int
) -> None:
    monkeypatch.setenv(FAULTS_ENV, "1")
    hangs: list[int] = []

    def counting(shared, task_id, articles):  # counts each time the late article is reached
        mark = marker(shared, task_id, articles)

        def spy(first: int, last: int) -> None:
            if first == last and HANG_MARK in articles[first].text:
                hangs.append(task_id)
            mark(first, last)

        return spy

    monkeypatch.setattr(pipeline.inline, "marker", counting)
    dump, db = _dump(tmp_path, hang_at), tmp_path / "i.sqlite"

    summary = extract([str(dump)], db=db, nlp=nlp, workers=0, timeout=3.0)

    assert len(hangs) == 1  # reached once: one deadline, the rest run again without it
    assert summary.accounted and (summary.articles_new, summary.failed) == (GOOD, 1)
    assert [(r, reason) for r, reason, _ in _errors(db)] == [("hang", "timeout")]
    assert {float((i + 10) * 1_000_000) for i in range(GOOD)} <= amounts(db)
    assert _failed(db) == 1


def test_faults_runs_failed_column_added_to_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE runs DROP COLUMN articles_failed")
    store = Store(path)
    run_id = store.start_run(["a"], {"newsfacts": "0", "spacy": "0", "model": "m"})
    store.write_batch(run_id, records_read=2, rejected=2, failed=1)
    store.close()
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT records_rejected, articles_failed FROM runs").fetchone()
    assert row == (2, 1)
