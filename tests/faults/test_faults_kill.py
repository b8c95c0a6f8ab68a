"""kill -9 at 10 seeded points of a run, and a full disk: committed data intact,
and a re-run resumes to exactly the clean state."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faultgen import good_record, jsonl
from test_faults_inputs import accounted, run_extract

ARTICLES = 300
STATE = [
    "SELECT id, article_id, amount_start, amount_end, company, amount, currency FROM facts "
    "ORDER BY id",
    "SELECT id, sha256 FROM articles ORDER BY id",
]


def _state(db: Path) -> list[list[tuple]]:
    with sqlite3.connect(db) as conn:
        return [conn.execute(sql).fetchall() for sql in STATE]


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet, or busy


def _start(dump: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = ["extract", "-q", str(dump), "--db", str(db), "--workers", "0", "--batch-size", "8"]
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


@pytest.mark.slow
@pytest.mark.parametrize("seed", [13])
def test_faults_kill9_at_ten_points_resumes_to_clean_state(tmp_path: Path, seed: int) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(jsonl([good_record(i) for i in range(ARTICLES)]))
    clean, killed = tmp_path / "clean.sqlite", tmp_path / "killed.sqlite"
    assert run_extract(str(dump), "--db", str(clean), "--workers", "0").returncode == 0
    points = sorted(random.Random(seed).sample(range(8, ARTICLES - 20, 4), 10))

    kills = 0
    for point in points:
        proc = _start(dump, killed)
        deadline = time.monotonic() + 300
        while proc.poll() is None and _stored(killed) < point and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 8  # a point may fall after a run's last commit

    done = run_extract(str(dump), "--db", str(killed), "--workers", "0")
    assert done.returncode == 0, done.stderr[-2000:]
    accounted(done.stdout)
    assert _state(killed) == _state(clean)
    with sqlite3.connect(killed) as conn:
        statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses[-1] == "finished" and "running" not in statuses


def _mount_small(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)])
    return done.returncode == 0


def _full_disk_run(dump: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess, Path, bool]:
    """extract onto a full file system: a 300 KB tmpfs when root, else ``ulimit -f``."""
    small = tmp_path / "small"
    if _mount_small(small, "300k"):
        db = small / "full.sqlite"
        return run_extract(str(dump), "--db", str(db), "--workers", "0"), db, True
    small.mkdir(exist_ok=True)
    db = small / "full.sqlite"
    cmd = f"ulimit -f 600; exec {sys.executable} -m pipeline extract {dump} --db {db} --workers 0"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, env=env)
    return done, db, False


@pytest.mark.slow
@pytest.mark.parametrize("articles", [600])
def test_faults_full_disk_one_message_data_intact_rerun_completes(
    tmp_path: Path, articles: int
) -> None:
    records = []
    for i in range(articles):
        record = good_record(i)
        record["text"] += " " + " ".join(f"The plant will employ {j} people." for j in range(20))
        records.append(record)
    dump = tmp_path / "big.jsonl"
    dump.write_bytes(jsonl(records))

    done, db, mounted = _full_disk_run(dump, tmp_path)
    try:
        assert done.returncode != 0
        assert "Traceback" not in done.stderr
        lines = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
        assert len(lines) == 1 and "run the same command again to resume" in lines[0], done.stderr
        copy = tmp_path / "copy"
        copy.mkdir()
        for part in db.parent.glob(db.name + "*"):
            shutil.copy(part, copy / part.name)
    finally:
        if mounted:
            subprocess.run(["umount", str(db.parent)])
    moved = copy / db.name
    with sqlite3.connect(moved) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert 0 < kept < articles and facts >= kept  # batches before the full disk, whole

    again = run_extract(str(dump), "--db", str(moved), "--workers", "0")
    assert again.returncode == 0, again.stderr[-2000:]
    read, stored, duplicate, rejected = accounted(again.stdout)
    assert (read, stored + duplicate, rejected) == (articles, articles, 0)
    assert duplicate == kept
