"""The SQL console as a sandbox: each attack is refused or cut at its limit, fast,
in little memory, and the database file's checksum does not change.

Black-box through ``python -m pipeline.cli query`` in a child process, so the
deadline, the caps and the process's peak memory are the user's.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import QueryRefused
from pipeline.query import Limits, run_limited

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_db_readers import make_db  # noqa: E402

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
MB = 1024 * 1024

# Runs the CLI in a grandchild and prints its exit code, output and peak memory,
# so the peak is that of this one query (RUSAGE_CHILDREN of a fresh process).
_MEASURE = """
import json, resource, subprocess, sys, time
t0 = time.monotonic()
p = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", *sys.argv[1:]],
                   capture_output=True, text=True)
print(json.dumps({"rc": p.returncode, "out": p.stdout, "err": p.stderr,
                  "seconds": time.monotonic() - t0,
                  "peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def query(db: Path, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(proc.stdout)


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sandbox") / "facts.sqlite"
    make_db(path)
    return path


@pytest.mark.parametrize(
    ("sql", "seconds"),
    [
        (ENDLESS + "SELECT count(*) FROM c", 1.0),
        (ENDLESS + "SELECT x FROM c ORDER BY x DESC LIMIT 1", 1.0),  # sorts, returns no row
        (ENDLESS + "SELECT max(length(printf('%.*c', x % 1000, 'a'))) FROM c", 2.0),
    ],
    ids=["count", "sorted", "strings"],
)
@pytest.mark.slow
def test_db_sandbox_endless_query_stops_at_its_deadline(db, sql, seconds):
    before = checksum(db)
    r = query(db, "--timeout", str(seconds), sql)
    assert r["rc"] == 1
    assert r["err"] == (
        f"Error: the query ran past its {seconds:g}s deadline and was stopped; add a WHERE "
        "or a LIMIT, or give more time with --timeout SECONDS\n"
    )
    assert r["seconds"] < seconds + 8  # interpreter start, then the deadline
    assert r["peak_kb"] < 400 * 1024
    assert checksum(db) == before


@pytest.mark.slow
def test_db_sandbox_endless_rows_are_cut_with_a_note(db):
    before = checksum(db)
    r = query(db, "--csv", ENDLESS + "SELECT x, hex(randomblob(500)) AS junk FROM c")
    assert r["rc"] == 0
    assert r["err"] == "note: output truncated at 10,000 rows (--max-rows)\n"
    lines = r["out"].splitlines()
    assert lines[0] == "x,junk" and len(lines) == 10_001 and lines[-1].startswith("10000,")
    assert r["peak_kb"] < 400 * 1024
    assert checksum(db) == before


@pytest.mark.slow
def test_db_sandbox_output_bytes_are_capped(db):
    r = query(db, "--max-output-bytes", "100000", "--csv", ENDLESS + "SELECT zeroblob(4000) FROM c")
    assert r["rc"] == 0
    assert r["err"] == (
        "note: output truncated at 12 rows: the output reached 100,000 bytes (--max-output-bytes)\n"
    )
    assert len(r["out"].splitlines()) == 13


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT zeroblob(999999999)",
        "SELECT length(zeroblob(999999999))",
        "SELECT hex(zeroblob(60000000))",
    ],
    ids=["zeroblob", "zeroblob-length", "hex"],
)
@pytest.mark.slow
def test_db_sandbox_huge_value_refused(db, sql):
    before = checksum(db)
    r = query(db, sql)
    assert r["rc"] == 1
    assert r["err"].startswith("Error: a value of the query is over 100,000,000 bytes")
    assert r["peak_kb"] < 400 * 1024  # the issue measured 12 GB for zeroblob
    assert checksum(db) == before


WRITES = [
    "DELETE FROM facts",
    "DROP TABLE facts",
    "UPDATE runs SET status = 'x'",
    "INSERT INTO errors (run_id, source, record, reason, message) VALUES (1, '', '', '', '')",
    "WITH d AS (SELECT 1) DELETE FROM facts",
    "CREATE TEMP TABLE t AS SELECT 1",
    "ATTACH DATABASE 'x.db' AS x",
    "PRAGMA journal_mode = DELETE",
    "VACUUM INTO 'copy.db'",
    "SELECT load_extension('x')",
    "SELECT 1; DELETE FROM facts",
]


@pytest.mark.parametrize("sql", WRITES, ids=[w.split()[0] + str(i) for i, w in enumerate(WRITES)])
def test_db_sandbox_writing_statements_refused(db, sql):
    before = checksum(db)
    files = sorted(p.name for p in db.parent.iterdir())
    with pytest.raises(QueryRefused):
        run_limited(db, sql)
    assert checksum(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == files


def test_db_sandbox_endless_query_does_not_hold_the_wal(tmp_path):
    """A query beside a writer (WAL) ends at its deadline, so the writer can
    checkpoint its WAL back to nothing afterwards."""
    path = tmp_path / "live.sqlite"
    make_db(path)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    try:
        t0 = time.monotonic()
        with pytest.raises(QueryRefused, match="deadline"):
            run_limited(path, ENDLESS + "SELECT count(*) FROM c", Limits(timeout=0.5))
        assert time.monotonic() - t0 < 5
        writer.execute("UPDATE runs SET status = 'running'")
        writer.commit()
        busy, _, _ = writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
        assert Path(f"{path}-wal").stat().st_size == 0
    finally:
        writer.close()


@pytest.mark.parametrize(
    ("limits", "rows", "note"),
    [
        (Limits(max_rows=3), 3, "truncated at 3 rows (--max-rows)"),
        (Limits(max_rows=10), 5, ""),
        (Limits(max_output_bytes=2), 2, "truncated at 2 rows: the output reached 2 bytes"),
    ],
    ids=["row-cap", "under-cap", "byte-cap"],
)
def test_db_sandbox_caps_in_the_library(db, limits, rows, note):
    result = run_limited(db, "SELECT value FROM json_each('[1,2,3,4,5]')", limits)
    assert [r[0] for r in result.rows] == list(range(1, rows + 1))
    assert result.truncated.startswith(note) if note else result.truncated == ""


def test_db_sandbox_heap_limit_restored(db):
    previous = sqlite3.connect(":memory:").execute("PRAGMA hard_heap_limit").fetchone()[0]
    run_limited(db, "SELECT 1")
    assert sqlite3.connect(":memory:").execute("PRAGMA hard_heap_limit").fetchone()[0] == previous


# --- PostgreSQL: a read-only transaction with statement_timeout -----------------

# pg_url: the throwaway server fixture of tests/pgserver.py (skips without binaries)


@pytest.mark.slow
def test_db_sandbox_postgres_read_only_with_deadline(pg_url):
    from pipeline.store import Store

    store = Store(pg_url)
    store.close()
    count = "SELECT count(*) FROM runs"
    runs = run_limited(pg_url, count).rows
    for sql in (
        "WITH d AS (DELETE FROM runs RETURNING 1) SELECT * FROM d",
        "SELECT set_config('default_transaction_read_only', 'off', false); DELETE FROM runs",
        "DELETE FROM runs",
    ):
        with pytest.raises(QueryRefused):
            run_limited(pg_url, sql)
    t0 = time.monotonic()
    with pytest.raises(QueryRefused, match="deadline"):
        run_limited(pg_url, "SELECT pg_sleep(30)", Limits(timeout=1))
    assert time.monotonic() - t0 < 10
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
    cut = run_limited(pg_url, endless, Limits(max_rows=5))
    assert [r[0] for r in cut.rows] == [1, 2, 3, 4, 5]
    assert cut.truncated == "truncated at 5 rows (--max-rows)"
    assert run_limited(pg_url, count).rows == runs
    reader = Store(pg_url, create=False)  # what summary and audit read through
    try:
        with pytest.raises(Exception, match="read-only transaction"):
            with reader.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM runs")
    finally:
        reader.close()
