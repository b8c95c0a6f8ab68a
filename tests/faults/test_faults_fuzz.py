"""Fuzzing: 300 seeded mutated files through the CLI with every record accounted
for, and Hypothesis properties per reader (no exception escapes on any bytes)."""

from __future__ import annotations

import io
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from faultgen import GOOD_SENTENCE, intact_sentences, mutated_files, seed_files, write_all
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_faults_inputs import accounted, run_extract

from pipeline.errors import InputError
from pipeline.ingest.files import READERS, guarded, read_stream


@pytest.mark.slow
@pytest.mark.parametrize("count", [300])
def test_faults_mutated_files_all_accounted_for(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "fuzz"
    write_all(folder, mutated_files(count))
    db = tmp_path / "fuzz.sqlite"

    done = run_extract(str(folder), "--db", str(db), "--workers", "0", "--batch-size", "256")

    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "    WARNING" not in done.stderr  # warcio's own, on stderr: caught into error rows
    read, stored, duplicate, rejected = accounted(done.stdout)
    assert read >= count and stored + duplicate > count  # most mutations keep most records
    assert _silently_lost(folder, db) == []  # before: 17 records in 14 files


def _silently_lost(folder: Path, db: Path) -> list[tuple[str, int]]:
    """Files that lost a record whole in their bytes without saying so: a good sentence
    intact in the file, in no stored article of it, beyond what its error rows cover (one
    record each, or all the rest for an error over a range: a file, bytes, the rest)."""
    with sqlite3.connect(db) as conn:
        errors = conn.execute("SELECT source, record, message FROM errors").fetchall()
        provenances = conn.execute(
            "SELECT s.source, a.text FROM article_sources s JOIN articles a ON a.id = s.article_id"
        ).fetchall()
    texts: dict[str, str] = defaultdict(str)
    for source, text in provenances:
        texts[source.split("!")[0]] += text + "\n"
    reports: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for source, record, message in errors:
        reports[source.split("!")[0]].append((record, message))
    out = []
    for path in sorted(folder.iterdir()):
        mine = reports[str(path)]
        if any(not r or r.startswith("bytes") or "the rest" in m for r, m in mine):
            continue  # an error over a range: what it covers is not counted
        intact = intact_sentences(path.read_bytes())
        stored = set(GOOD_SENTENCE.findall(texts[str(path)]))
        # one HTML page is one record, however many sentences the extractor keeps
        lost = int(bool(intact and not stored)) if path.suffix == ".html" else len(intact - stored)
        if lost > len(mine):
            out.append((path.name, lost - len(mine)))
    return out


def _read_all(name: str, data: bytes) -> list[str]:
    """Every article or report of one stream, as a reader is run by the CLI."""
    out: list[str] = []

    def report(err: InputError) -> None:
        assert isinstance(err, InputError)
        assert err.reason != "reader", str(err)  # the safety net for reader bugs never needed
        out.append(err.reason)

    source = f"fuzz{name}"
    for article in guarded(source, read_stream(source, name, io.BytesIO(data), {}, report), report):
        article.text.encode("utf-8")  # storable: no lone surrogate reaches the database
        out.append("article")
    return out


NAMES = sorted({*READERS, ".tar", ".zip", ".gz", ".xml", ""})
SEEDS = seed_files()


@pytest.mark.slow
@pytest.mark.parametrize("ext", NAMES)
@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.binary(max_size=2048))
def test_faults_reader_no_exception_on_any_bytes(ext: str, data: bytes) -> None:
    _read_all("x" + ext, data)


@pytest.mark.slow
@pytest.mark.parametrize("seed", sorted(SEEDS))
@settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(cut=st.integers(0, 4096), junk=st.binary(max_size=64))
def test_faults_reader_no_exception_on_damaged_seed(seed: str, cut: int, junk: bytes) -> None:
    data = SEEDS[seed]
    at = cut % (len(data) + 1)
    _read_all(seed, data[:at] + junk + data[at:])
