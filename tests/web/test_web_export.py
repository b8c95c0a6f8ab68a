"""Exports and query --json: read back with the standard readers to the same rows and types."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.export import json_line, plain_number
from pipeline.schema import FACT_REPORT_COLUMNS

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], capture_output=True, env=env, cwd=ROOT
    )


def _report(db: Path, where: str = "1") -> list[dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    order = "published, source, record, amount_start, fact_id"
    rows = [
        dict(r) for r in con.execute(f"SELECT * FROM fact_report WHERE {where} ORDER BY {order}")
    ]
    con.close()
    return rows


@pytest.mark.parametrize(
    "value, text",
    [
        (1.07e15, "1070000000000000"),
        (4.5e21, "4500000000000000000000"),
        (0.1, "0.1"),
        (12.5, "12.5"),
        (3, "3"),
        (1e-7, "0.0000001"),
        (float("inf"), '"inf"'),
    ],
)
def test_plain_number_never_has_an_exponent(value, text):
    assert plain_number(value) == text
    if text[0] != '"':
        assert Decimal(text) == Decimal(repr(value))


def test_json_line_keeps_null_apart_from_empty():
    line = json_line(["a", "b", "c"], [None, "", 2.5e15])
    assert line == '{"a": null, "b": "", "c": 2500000000000000}'
    assert json.loads(line) == {"a": None, "b": "", "c": 2.5e15}


@pytest.mark.slow
def test_export_jsonl_round_trip(corpus_db):
    done = _cli("export", "--db", str(corpus_db), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    expected = _report(corpus_db)
    assert len(lines) == len(expected) > 50
    assert not re.search(r"\d[eE][+-]\d", done.stdout.decode())  # no float exponent
    assert [json.loads(line) for line in lines] == expected
    assert list(json.loads(lines[0])) == FACT_REPORT_COLUMNS


@pytest.mark.slow
def test_export_csv_round_trip_with_bom(corpus_db, tmp_path):
    out = tmp_path / "facts.csv"
    done = _cli("export", "--db", str(corpus_db), "--format", "csv", "--bom", "-o", str(out))
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    expected = _report(corpus_db)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected, strict=True):
        for key, value in want.items():
            if isinstance(value, float):
                assert Decimal(got[key]) == Decimal(repr(value)), key
            else:
                assert got[key] == ("" if value is None else str(value)), key


@pytest.mark.slow
def test_export_parquet_types_and_values(corpus_db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "deals.parquet"
    where = "kind = 'deal' OR currency != 'USD'"
    done = _cli(
        "export", "--db", str(corpus_db), "--format", "parquet", "--where", where, "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out)
    expected = _report(corpus_db, where)
    assert table.num_rows == len(expected) > 0
    assert pa.types.is_decimal(table.schema.field("amount_exact").type)
    assert pa.types.is_decimal(table.schema.field("usd_rate").type)
    assert table.schema.field("published").type == pa.date32()
    assert table.schema.field("amount").type == pa.float64()
    assert table.schema.field("company").type == pa.string()
    for got, want in zip(table.to_pylist(), expected, strict=True):
        assert got["amount_exact"] == Decimal(want["amount_exact"])
        assert (got["usd_rate"] is None) == (want["usd_rate"] in (None, ""))
        assert (got["published"].isoformat() if got["published"] else "") == want["published"]
        assert got["company"] == want["company"] and got["fact_id"] == want["fact_id"]


@pytest.mark.slow
def test_export_refuses_writes_and_parquet_to_stdout(corpus_db, tmp_path):
    done = _cli("export", "--db", str(corpus_db), "--format", "parquet")
    assert done.returncode == 1 and b"-o" in done.stderr
    done = _cli("export", "--db", str(corpus_db), "--where", "1); DELETE FROM facts; --")
    assert done.returncode == 1
    assert _report(corpus_db)  # unchanged
    done = _cli("export", "--db", str(corpus_db), "-o", str(tmp_path / "no" / "f.csv"))
    assert done.returncode == 1 and b"does not exist" in done.stderr


@pytest.mark.slow
def test_query_json_is_json_lines_with_numbers_as_written(corpus_db):
    sql = "SELECT fact_id, amount, amount_max, company FROM fact_report ORDER BY amount DESC"
    done = _cli("query", "--db", str(corpus_db), "--json", sql)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == len(_report(corpus_db))
    assert rows[0]["amount"] >= 1e9 and "e+" not in text
    assert any(r["amount_max"] is None for r in rows)
    empty = _cli("query", "--db", str(corpus_db), "--json", "SELECT 1 WHERE 0")
    assert empty.returncode == 0 and empty.stdout == b""
