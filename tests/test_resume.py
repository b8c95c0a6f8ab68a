"""A killed run resumes where its last commit ended and adds no duplicate."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

COMPANIES = ["Alder", "Birch", "Cedar", "Damson", "Elm", "Fir", "Gum", "Hazel"]


def _dump(path, n: int) -> None:
    with path.open("w") as out:
        for i in range(n):
            name = f"{COMPANIES[i % len(COMPANIES)]} Industries {i}"
            text = (
                f"{name} Inc said on Tuesday it will invest ${i + 1} million in a new "
                f"battery plant. Revenue rose to ${i + 100} million last year."
            )
            out.write(json.dumps({"id": f"a{i}", "title": f"{name} expands", "text": text}) + "\n")


def _extract(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "extract", "-q", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def _count(db, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.mark.slow
def test_resume_after_sigkill_matches_clean_run(tmp_path):
    dump = tmp_path / "dump.jsonl"
    _dump(dump, 400)
    clean, killed = tmp_path / "clean.sqlite", tmp_path / "killed.sqlite"
    assert _extract(str(dump), "--db", str(clean), "--batch-size", "8").wait(timeout=600) == 0

    proc = _extract(str(dump), "--db", str(killed), "--batch-size", "8")
    deadline = time.monotonic() + 300
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if killed.exists():
            try:
                committed = _count(killed, "SELECT coalesce(max(records_read), 0) FROM runs")
            except sqlite3.OperationalError:
                continue  # schema not created yet
            if committed >= 40:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < committed < 400, "the run ended before it could be killed mid-way"
    partial = _count(killed, "SELECT count(*) FROM articles")

    assert _extract(str(dump), "--db", str(killed), "--batch-size", "8").wait(timeout=600) == 0
    resumed = _count(killed, "SELECT articles_duplicate FROM runs ORDER BY id DESC LIMIT 1")
    assert resumed == partial  # committed articles were skipped, not redone
    statuses = "SELECT group_concat(status) FROM (SELECT status FROM runs ORDER BY id)"
    assert _count(killed, statuses) == "interrupted,finished"
    for table in ("articles", "facts", "fact_equivalents"):
        sql = f"SELECT count(*) FROM {table}"
        assert _count(killed, sql) == _count(clean, sql), table
    facts = "SELECT group_concat(id) FROM (SELECT id FROM facts ORDER BY id)"
    assert _count(killed, facts) == _count(clean, facts)
