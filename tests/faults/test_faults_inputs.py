"""Bad inputs beside good articles, through the CLI: every good fact comes through,
every bad record is an error row naming its file, and the records add up."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from faultgen import bad_inputs, good_record, jsonl, write_all

ACCOUNTED = re.compile(
    r"accounted for: (\d+) records read = (\d+) stored \+ (\d+) duplicate \+ (\d+) rejected"
)


def run_extract(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def accounted(output: str) -> tuple[int, int, int, int]:
    found = ACCOUNTED.search(output)
    assert found, output[-2000:]
    read, stored, duplicate, rejected = map(int, found.groups())
    assert read == stored + duplicate + rejected
    return read, stored, duplicate, rejected


def amounts(db: Path) -> set[float]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT amount FROM facts WHERE currency = 'USD'")}


def error_sources(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT source, record, reason FROM errors").fetchall()


@pytest.mark.slow
def test_faults_bad_inputs_beside_good_articles(tmp_path: Path) -> None:
    bad = bad_inputs(first=100)
    assert len(bad) >= 20  # kinds of bad input
    folder = tmp_path / "in"
    files = {name: data for name, (data, _, _) in bad.items()}
    files["good.jsonl"] = jsonl([good_record(i) for i in range(10)])
    write_all(folder, files)
    odd_name = os.fsencode(folder) + b"/odd\xffname.txt"  # a file name that is not UTF-8
    Path(os.fsdecode(odd_name)).write_text(good_record(50)["text"])
    db = tmp_path / "f.sqlite"

    done = run_extract(str(folder), "--db", str(db), "--workers", "0")

    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    read, stored, _, rejected = accounted(done.stdout)
    good = [*range(10), 50, *(i for _, numbers, _ in bad.values() for i in numbers)]
    assert {float((i + 10) * 1_000_000) for i in good} <= amounts(db)
    sources = error_sources(db)
    for name, (_, _, must_reject) in bad.items():
        mine = [s for s in sources if s[0].startswith(str(folder / name))]
        assert len(mine) >= must_reject, (name, sources)
        assert all(reason for _, _, reason in mine)
    assert rejected >= sum(r for _, _, r in bad.values())
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT records_read, articles_new, articles_duplicate, records_rejected, status "
            "FROM runs"
        ).fetchone()
    assert row == (read, stored, read - stored - rejected, rejected, "finished")
    assert any(
        "odd\\xffname.txt" in s
        for (s,) in sqlite3.connect(db).execute("SELECT source FROM articles")
    )

    again = run_extract(
        str(folder), "--db", str(db), "--workers", "0"
    )  # a re-run proceeds past them
    assert again.returncode == 0 and "Traceback" not in again.stderr
    read2, stored2, _, rejected2 = accounted(again.stdout)
    assert (read2, stored2, rejected2) == (read, 0, rejected)
