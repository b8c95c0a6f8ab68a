"""A cap on the bytes of one archive member (zip, tar, compressed data), checked
while reading: the member's records before the cap come through, one ``too-long``
error names the archive and the member, and the next member is read."""

from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from faultgen import good_record, good_text, jsonl
from test_faults_inputs import accounted, run_extract

from pipeline.ingest.capped import MEMBER_ENV

CAP_MB = 0.05  # 52,428 bytes: about 470 of the big member's 1,000 lines
CAP = int(CAP_MB * (1 << 20))
BIG = [good_record(i) for i in range(1_000)]
SMALL = 5_000  # the small member's article number


def _within_cap() -> tuple[set[float], set[float]]:
    """Amounts of the big member's lines that end before the cap, and of those after."""
    before, after, end = set(), set(), 0
    for record in BIG:
        end += len(jsonl([record]))
        amount = float((int(record["id"][1:]) + 10) * 1_000_000)
        (before if end <= CAP else after).add(amount)
    return before, after


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.jsonl", jsonl(BIG))
        archive.writestr("small.txt", good_text(SMALL))
    return buf.getvalue()


def _tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in (("big.jsonl", jsonl(BIG)), ("small.txt", good_text(SMALL).encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


ARCHIVES = {
    "a.zip": (_zip, "a.zip!big.jsonl"),
    "cut.zip": (lambda: _zip()[:-30], "cut.zip!big.jsonl"),  # no directory: read by headers
    "a.tar": (_tar, "a.tar!big.jsonl"),
    "a.tar.gz": (lambda: gzip.compress(_tar(), mtime=0), "a.tar.gz!big.jsonl"),
    "big.jsonl.gz": (lambda: gzip.compress(jsonl(BIG), mtime=0), "big.jsonl.gz"),
}


def _amounts_of(db: Path, source: str) -> set[float]:
    """Amounts of the facts of the articles met under ``source`` (an archive or its members)."""
    sql = (
        "SELECT DISTINCT f.amount FROM facts f"
        " JOIN article_sources s ON s.article_id = f.article_id"
        " WHERE s.source = ? OR s.source LIKE ?"
    )
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute(sql, (source, source + "!%"))}


@pytest.mark.slow
@pytest.mark.parametrize("cap_mb", [CAP_MB])
def test_faults_archive_member_cap_checked_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap_mb: float
) -> None:
    monkeypatch.setenv(MEMBER_ENV, str(cap_mb))
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (build, _) in ARCHIVES.items():
        (folder / name).write_bytes(build())
    for name, cut in (("bomb.zip", False), ("cut-bomb.zip", True)):
        (folder / name).write_bytes(_bomb(50, cut))
    db = tmp_path / "c.sqlite"

    done = run_extract(str(folder), "--db", str(db), "--workers", "0", "--batch-size", "256")

    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    accounted(done.stdout)
    with sqlite3.connect(db) as conn:
        errors = conn.execute("SELECT source, record, reason, message FROM errors").fetchall()
    capped = sorted((s, record, m) for s, record, reason, m in errors if reason == "too-long")
    members = [m for _, m in ARCHIVES.values()] + ["bomb.zip!bomb.txt", "cut-bomb.zip!bomb.txt"]
    expected = sorted((str(folder / m), f"bytes {CAP}-") for m in members)
    assert [(s, r) for s, r, _ in capped] == expected
    assert all(f"over the cap of {cap_mb} MB" in m and MEMBER_ENV in m for *_, m in capped)
    before, after = _within_cap()
    small = float((SMALL + 10) * 1_000_000)
    for name in [*ARCHIVES, "bomb.zip", "cut-bomb.zip"]:
        found = _amounts_of(db, str(folder / name))
        if "bomb" not in name:  # read up to the cap, not past it
            assert before <= found and not after & found, name
        if name != "big.jsonl.gz":  # the member after the capped one is read
            assert small in found, name


def _bomb(inflated_mb: int, cut: bool) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("bomb.txt", "w") as bomb:  # ~400 KB packed
            for _ in range(inflated_mb):
                bomb.write(b"a" * (1 << 20))
        archive.writestr("small.txt", good_text(SMALL))
    data = buf.getvalue()
    return data[:-30] if cut else data


READ = """
import json, sys
from pipeline.ingest.files import read_path
reasons = []
articles = read_path(sys.argv[1], fields={}, report=lambda e: reasons.append(e.reason))
got = [a.source for a in articles]
# VmHWM: the peak of this program (ru_maxrss would keep the forking parent's peak)
status = open("/proc/self/status").read().split("VmHWM:")[1].split()
print(json.dumps([got, reasons, int(status[0]) >> 10]))
"""


def _read_in_process(path: Path) -> tuple[list[str], list[str], int]:
    """Articles' sources and reports' reasons of ``path`` read by a fresh process, and
    that process's peak resident set in MB."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", READ, str(path)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got, reasons, peak = json.loads(done.stdout)
    return got, reasons, peak


@pytest.mark.slow
@pytest.mark.parametrize("cut", [False, True], ids=["zip", "cut-zip"])
def test_faults_zip_bomb_member_read_under_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut: bool
) -> None:
    if not Path("/proc/self/status").exists():
        pytest.skip("reads a process's peak memory from Linux's /proc")
    monkeypatch.setenv(MEMBER_ENV, "1")
    path = tmp_path / "bomb.zip"
    path.write_bytes(_bomb(400, cut))

    got, reasons, peak_mb = _read_in_process(path)

    assert got == [f"{path}!small.txt"]
    assert reasons == (["too-long", "archive"] if cut else ["too-long"])
    assert peak_mb < 200  # 400 MB inflated, never held (a cut zip's member was, before)
