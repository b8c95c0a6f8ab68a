"""Long records and texts pathological for the tokenizer: facts found throughout,
offsets into the whole text, the worker's memory under its budget, one deadline."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from faultgen import good_record, good_text, jsonl

from pipeline.extract import extract
from pipeline.workers import FAULTS_ENV, HANG_MARK, MEMORY_BUDGET_MB, MEMORY_ENV


def _long_text(n: int) -> str:
    """``n`` good sentences in paragraphs of five: amounts from start to end."""
    sentences = [good_text(i) for i in range(n)]
    return "\n\n".join(" ".join(sentences[k : k + 5]) for k in range(0, n, 5))


def _facts(db: Path) -> list[tuple]:
    sql = (
        "SELECT a.text, f.amount_start, f.amount_end, f.amount_text, f.sentence_start, "
        "f.sentence_end, f.sentence, f.amount FROM facts f JOIN articles a ON a.id = f.article_id"
    )
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _offsets_exact(rows: list[tuple]) -> bool:
    return all(t[a:b] == at and t[s:e] == sent for t, a, b, at, s, e, sent, _ in rows)


@pytest.mark.slow
@pytest.mark.parametrize("sentences", [1500], ids=["125k-chars"])
def test_faults_long_record_facts_throughout_worker_under_budget(
    tmp_path: Path, sentences: int
) -> None:
    text = _long_text(sentences)
    assert len(text) > 100_000
    dump = tmp_path / "long.jsonl"
    dump.write_bytes(jsonl([{"id": "long", "text": text}, good_record(5000)]))
    db = tmp_path / "long.sqlite"

    summary = extract([str(dump)], db=db, workers=1)

    assert summary.accounted and summary.rejected == 0
    rows = _facts(db)
    assert _offsets_exact(rows)
    found = {amount for *_, amount in rows}
    assert {float((i + 10) * 1_000_000) for i in range(sentences)} <= found  # start to end
    assert 0 < summary.worker_peak_mb < MEMORY_BUDGET_MB


@pytest.mark.slow
@pytest.mark.parametrize("budget_mb", ["100"])
def test_faults_worker_over_memory_budget_replaced_record_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget_mb: str
) -> None:
    monkeypatch.setenv(MEMORY_ENV, budget_mb)  # below what a loaded model takes: always over
    dump = tmp_path / "one.jsonl"
    # long enough (seconds of work) to be busy when the parent checks, every half second
    dump.write_bytes(jsonl([{"id": "g1", "text": _long_text(400)}]))
    db = tmp_path / "m.sqlite"

    summary = extract([str(dump)], db=db, workers=1)

    assert summary.accounted and (summary.rejected, summary.articles_new) == (1, 0)
    assert summary.workers_replaced >= 1
    with sqlite3.connect(db) as conn:
        errors = conn.execute("SELECT record, reason, message FROM errors").fetchall()
    assert [(r, reason) for r, reason, _ in errors] == [("g1", "memory")]
    assert f"memory budget of {budget_mb} MB" in errors[0][2]


PATHOLOGICAL = {
    "colons": "a:" * 200_000,
    "parentheses": "(" * 247_500 + ")" * 247_500,
    "spaced-punctuation": "( " * 100_000,
}


@pytest.mark.slow
@pytest.mark.parametrize("junk", sorted(PATHOLOGICAL))
def test_faults_tokenizer_pathological_text_cut_fast(nlp, tmp_path: Path, junk: str) -> None:
    text = f"{good_text(1)}\n\n{PATHOLOGICAL[junk]}\n\n{good_text(2)}"
    dump = tmp_path / "p.jsonl"
    dump.write_bytes(jsonl([{"id": "p", "text": text}]))
    db = tmp_path / "p.sqlite"
    started = time.monotonic()

    summary = extract([str(dump)], db=db, nlp=nlp, workers=0)

    assert time.monotonic() - started < 60  # spaCy alone: minutes (quadratic tokenizer)
    assert summary.accounted and summary.articles_new == 1
    rows = _facts(db)
    assert _offsets_exact(rows)
    assert {11_000_000.0, 12_000_000.0} <= {amount for *_, amount in rows}


@pytest.mark.slow
@pytest.mark.parametrize("timeout", [2.0])
def test_faults_inline_deadline_charged_once(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, timeout: float
) -> None:
    monkeypatch.setenv(FAULTS_ENV, "1")
    records = [good_record(i) for i in range(4)]
    records.insert(2, {"id": "hang", "text": f"{good_text(9)} {HANG_MARK}"})
    dump = tmp_path / "h.jsonl"
    dump.write_bytes(jsonl(records))
    db = tmp_path / "h.sqlite"
    started = time.monotonic()

    summary = extract([str(dump)], db=db, nlp=nlp, workers=0, timeout=timeout, batch_size=1)

    assert time.monotonic() - started < 30  # one deadline for the hanging article, not an hour
    assert summary.accounted and (summary.articles_new, summary.rejected) == (4, 1)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT record, reason FROM errors").fetchall() == [("hang", "timeout")]
