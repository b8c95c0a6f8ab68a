"""Streaming: articles come out before the input has ended, and memory stays flat."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import iter_articles

ROOT = Path(__file__).resolve().parents[2]


def record(i: int) -> bytes:
    text = f"Firm {i} raised {i} million dollars in a funding round led by Fund {i}. " * 8
    return (json.dumps({"id": f"r{i}", "text": text}) + "\n").encode("utf-8")


@pytest.mark.parametrize(
    "name",
    ["pipe.jsonl", "pipe", "pipe.json", "pipe.sgm"],
    ids=["jsonl", "sniffed", "json-array", "sgml"],
)
def test_ingest_streams_first_article_before_input_ends(tmp_path: Path, name: str) -> None:
    """A writer sends a few records, then waits: the first article must arrive meanwhile."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    got_first = threading.Event()
    writer_done = threading.Event()
    sgml = name.endswith(".sgm")
    array = name.endswith(".json")

    def chunk(i: int) -> bytes:
        if sgml:
            body = f"Firm {i} paid {i} mln dlrs for a stake. " * 20
            return (
                f'<REUTERS NEWID="{i}">\n<DATE> 2-MAR-1987 10:00:00.00</DATE>\n'
                f"<TEXT><TITLE>FIRM {i} BUYS STAKE</TITLE><BODY>{body}</BODY></TEXT>\n"
                "</REUTERS>\n"
            ).encode()
        line = record(i)
        return (b"[" if i == 1 else b",") + line if array else line

    def write() -> None:
        with open(fifo, "wb", buffering=0) as out:
            for i in range(1, 4):
                out.write(chunk(i))
            got_first.wait(timeout=10)  # hold the pipe open until the reader has an article
            for i in range(4, 50):
                out.write(chunk(i))
            if array:
                out.write(b"]")
        writer_done.set()

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    articles = iter_articles([str(fifo)])
    first = next(articles)
    arrived_early = not writer_done.is_set()
    got_first.set()
    rest = list(articles)
    thread.join(timeout=10)
    assert arrived_early, "the reader waited for the whole input before giving an article"
    assert first.record in ("r1", "1")
    assert len(rest) == 48


@pytest.mark.parametrize("name", ["stdin"])
def test_ingest_stdin_streams(name: str) -> None:
    """`-` from a pipe: the child prints the first record id before the writer closes."""
    code = (
        "import sys\n"
        "from pipeline.ingest import iter_articles\n"
        "for a in iter_articles(['-']):\n"
        "    print(a.record, flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(record(1) + record(2))
    child.stdin.flush()
    assert child.stdout.readline().strip() == b"r1"  # while stdin is still open
    child.stdin.write(record(3))
    child.stdin.close()
    assert child.stdout.read().split() == [b"r2", b"r3"]
    assert child.wait(timeout=30) == 0


@pytest.mark.parametrize("n", [20])
def test_ingest_error_then_more_records_keeps_going(tmp_path: Path, n: int) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [record(i) if i % 5 else b"{not json\n" for i in range(1, n + 1)]
    path.write_bytes(b"".join(lines))
    errors: list[InputError] = []
    articles = list(iter_articles([str(path)], on_error=errors.append))
    assert len(articles) == n - n // 5
    assert [e.record for e in errors] == [str(i) for i in range(5, n + 1, 5)]


# --- peak memory on a ~1 GB dump (slow) ---------------------------------------

READER = """
import resource, subprocess, sys
code = (
    "import sys\\n"
    "from pipeline.ingest import iter_articles\\n"
    "n = sum(1 for _ in iter_articles([sys.argv[1]]))\\n"
    "print(n)\\n"
)
out = subprocess.run([sys.executable, "-c", code, sys.argv[1]], capture_output=True, check=True)
kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(out.stdout.decode().strip(), kib)
"""


def write_dump(path: Path, size: int) -> int:
    """A JSON Lines dump of about ``size`` bytes; returns the record count."""
    block = b"".join(record(i) for i in range(1000))
    count = 0
    with open(path, "wb") as out:
        while out.tell() < size:
            out.write(block)
            count += 1000
    return count


def peak_rss(path: Path) -> tuple[int, int]:
    """(articles read, peak RSS in KiB) of a fresh process streaming ``path``."""
    out = subprocess.run(
        [sys.executable, "-c", READER, str(path)],
        capture_output=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    count, kib = out.stdout.split()
    return int(count), int(kib)


@pytest.mark.slow
@pytest.mark.parametrize(("small", "big"), [(10 << 20, 1 << 30)], ids=["10MB-vs-1GB"])
def test_ingest_peak_memory_does_not_grow_with_dump_size(
    tmp_path: Path, small: int, big: int
) -> None:
    small_path, big_path = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    small_count = write_dump(small_path, small)
    big_count = write_dump(big_path, big)
    small_read, small_kib = peak_rss(small_path)
    big_path_read, big_kib = peak_rss(big_path)
    print(
        f"peak RSS: {small_kib / 1024:.1f} MiB for {small >> 20} MB, "
        f"{big_kib / 1024:.1f} MiB for {big >> 20} MB"
    )
    assert (small_read, big_path_read) == (small_count, big_count)
    assert big_kib - small_kib < 50 * 1024
