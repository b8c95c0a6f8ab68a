"""Progress lines: counts, totals, rate, ETA; a plain line every few seconds without a TTY."""

from __future__ import annotations

import io
import zipfile

from pipeline.progress import PLAIN_EVERY, Progress, count_files
from pipeline.types import Article


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _article(source: str) -> Article:
    return Article(source=source, record="", text="x")


def test_plain_lines_every_few_seconds_with_totals_rate_and_eta():
    out, clock = io.StringIO(), Clock()
    progress = Progress(out, tty=False, total_files=4, clock=clock)
    progress.loading()
    progress.article(_article("a.txt"))
    assert out.getvalue() == "loading the model (a few seconds) ...\n"  # too soon for a line
    clock.now += PLAIN_EVERY
    progress.article(_article("b.txt"))
    progress.totals(facts=7, errors=1)
    clock.now += PLAIN_EVERY
    progress.article(_article("c.jsonl"))
    progress.article(_article("c.jsonl"))  # two records of one file: files stay at 3
    lines = out.getvalue().splitlines()
    assert (
        lines[1]
        == "2/4 files, 2 records, 0.4 records/s, ETA 0:00:15, 0 facts, 0 errors, 0:00:05 elapsed"
    )
    progress.close()
    last = out.getvalue().splitlines()[-1]
    assert last.startswith("3/4 files, 4 records, 0.4 records/s, ETA 0:00:10, 7 facts, 1 errors")
    assert "\r" not in out.getvalue()


def test_no_total_no_eta_and_tty_redraws_in_place():
    out, clock = io.StringIO(), Clock()
    progress = Progress(out, tty=True, total_files=None, clock=clock)
    clock.now += 1
    progress.article(_article("-"))
    progress.message("error: bad record")
    progress.close()
    text = out.getvalue()
    assert "ETA" not in text and "1 files, 1 records" in text
    assert text.startswith("\r\x1b[K1 files") and "\r\x1b[Kerror: bad record\n" in text
    assert text.endswith("\n")


def test_count_files_walks_directories_and_skips_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.txt", "sub/c.jsonl", "README.txt"):
        (tmp_path / name).write_text("x")
    assert count_files([str(tmp_path)]) == 3  # the README is no article
    assert count_files([str(tmp_path)], keep=lambda f: f.endswith(".txt")) == 2
    assert count_files([str(tmp_path), "-"]) is None
    with zipfile.ZipFile(tmp_path / "sub" / "d.zip", "w") as archive:
        archive.writestr("x/a.txt", "x")
        archive.writestr("x/b.json", "[]")
    assert count_files([str(tmp_path)]) == 5  # the zip's two members count, not the zip
    assert count_files([str(tmp_path)], keep=lambda f: f.endswith(".txt")) == 3
    (tmp_path / "e.tar.gz").write_bytes(b"")
    assert count_files([str(tmp_path)]) is None  # a tar's members cost a decompression
