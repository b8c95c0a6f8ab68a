"""kill -9 at 10 seeded points of a 2,000-article run with two workers, and a full disk:
committed data intact, and a re-run resumes to exactly the clean state."""

from __future__ import annotations

import hashlib
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

from pipeline.deadlines import DEADLINE_ENV, FAULTS_ENV, HANG_MARK

ARTICLES = 2_000
KILLS = 10
# the run as a user starts it on a 2-core machine: two worker processes
RUN = ["--workers", "2", "--batch-size", "16"]
STATE = [
    "SELECT id, article_id, amount_start, amount_end, company, amount, currency, sector, kind "
    "FROM facts ORDER BY id",
    "SELECT id, sha256, source, record FROM articles ORDER BY id",
    "SELECT article_id, source, record FROM article_sources ORDER BY article_id, source, record",
    "SELECT count(*) FROM errors",
]


def _record(i: int) -> dict[str, str]:
    """A short article (a title and two sentences): 2,000 of them run in under a minute."""
    record = good_record(i)
    record["text"] += f" The plant will open in {2030 + i % 7} and employ {100 + i} people."
    return record


def _digest(db: Path) -> tuple[str, list[int]]:
    """A digest of the rows a run leaves (facts, articles, provenances, errors), and counts."""
    with sqlite3.connect(db) as conn:
        tables = [conn.execute(sql).fetchall() for sql in STATE]
    digest = hashlib.sha256(repr(tables).encode()).hexdigest()
    return digest, [len(t) for t in tables]


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet, or busy


def _start(dump: Path, db: Path, *, quiet: bool = True) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "extract", *(["-q"] * quiet), str(dump), "--db", str(db)]
        + RUN,
        stdout=subprocess.DEVNULL if quiet else subprocess.PIPE,
        stderr=subprocess.DEVNULL if quiet else subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group: we can wait for its workers to end
    )


def _group_gone(pgid: int, wait: float = 60.0) -> bool:
    """Whether every process of group ``pgid`` (the killed run's workers) has ended."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def _kill_points(seed: int) -> list[int]:
    """One seeded point in each tenth of the run: articles stored when the kill comes."""
    rng = random.Random(seed)
    tenth = ARTICLES // KILLS
    return [k * tenth + rng.randrange(1, tenth) for k in range(KILLS)]


@pytest.mark.slow
@pytest.mark.parametrize("seed", [13])
def test_faults_kill9_at_ten_points_resumes_to_clean_state(tmp_path: Path, seed: int) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(jsonl([_record(i) for i in range(ARTICLES)]))
    clean, killed = tmp_path / "clean.sqlite", tmp_path / "killed.sqlite"
    first = _start(dump, clean, quiet=False)  # the clean run, beside the killed ones

    at_kill = []
    for point in _kill_points(seed):
        proc = _start(dump, killed)
        deadline = time.monotonic() + 300
        while proc.poll() is None and _stored(killed) < point and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, f"the run ended before {point} articles were stored"
        proc.send_signal(signal.SIGKILL)  # the parent only: its workers are orphaned
        proc.wait()
        assert _group_gone(proc.pid), "a killed run's worker process did not end"
        at_kill.append(_stored(killed))
    assert at_kill == sorted(at_kill) and at_kill[-1] < ARTICLES  # every kill mid-run
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err[-2000:]
    assert accounted(out) == (ARTICLES, ARTICLES, 0, 0)

    done = run_extract(str(dump), "--db", str(killed), *RUN)
    assert done.returncode == 0, done.stderr[-2000:]
    read, stored, duplicate, rejected = accounted(done.stdout)
    assert (read, stored + duplicate, rejected) == (ARTICLES, ARTICLES, 0)
    assert _digest(killed) == _digest(clean)
    with sqlite3.connect(killed) as conn:
        statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY id")]
        new = conn.execute("SELECT sum(articles_new) FROM runs").fetchone()[0]
    assert statuses == ["interrupted"] * KILLS + ["finished"]
    assert new == ARTICLES  # no article stored twice, none lost


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1"])
def test_faults_kill9_leaves_no_worker_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """A worker busy on a task when extract is killed dies with it (on Linux), rather
    than finish the task for no one: here the task hangs, so a worker left behind
    would stay for an hour."""
    monkeypatch.setenv(FAULTS_ENV, "1")
    monkeypatch.setenv(DEADLINE_ENV, "600")
    dump = tmp_path / "hang.jsonl"
    dump.write_bytes(jsonl([good_record(1), {"id": "hang", "text": f"Hang. {HANG_MARK}"}]))
    db = tmp_path / "h.sqlite"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = ["extract", "-q", str(dump), "--db", str(db), "--workers", workers]
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args, "--batch-size", "1"],
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while proc.poll() is None and _stored(db) < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1)  # the next task, the hanging one, is the worker's by now
    assert proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    gone = _group_gone(proc.pid, wait=20)
    if not gone:  # do not leave it sleeping for an hour
        os.killpg(proc.pid, signal.SIGKILL)
    assert gone, "a worker outlived the killed run"


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
