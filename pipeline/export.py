"""``newsfacts export``: fact_report as CSV, JSON Lines or Parquet, and JSON numbers as written.

The rows are read through the read-only, sandboxed ``query`` path, so a
``--where`` can only read. Numbers keep their written digits (``1070000000000000``,
never ``1.07e+15``); NULL and '' stay apart wherever the format can tell them
(JSON Lines and Parquet; CSV has one empty field for both).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from pipeline.errors import NewsfactsError
from pipeline.query import run_query

FORMATS = ("csv", "jsonl", "parquet")
# Exact decimals kept as text in the database, typed decimal in Parquet.
DECIMAL_COLUMNS = ("amount_exact", "usd_rate")
DATE_COLUMNS = ("published", "usd_rate_date")
INT_COLUMNS = ("sentence_start", "sentence_end", "amount_start", "amount_end")
FLOAT_COLUMNS = ("amount", "amount_usd", "amount_max", "alt_amount")


def plain_number(value: int | float) -> str:
    """A number as JSON text without an exponent; non-finite floats are quoted strings."""
    if isinstance(value, bool) or isinstance(value, int):
        return str(int(value))
    if not math.isfinite(value):
        return json.dumps(str(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text.removesuffix(".0")


def json_line(keys: Sequence[str], row: Sequence[Any]) -> str:
    """One JSON object on one line, keys in order, numbers as written, blobs as hex."""
    parts = []
    for key, value in zip(keys, row, strict=True):
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = plain_number(value)
        elif isinstance(value, bytes):
            text = json.dumps(value.hex())
        else:
            text = json.dumps(value, ensure_ascii=False)
        parts.append(f"{json.dumps(key, ensure_ascii=False)}: {text}")
    return "{" + ", ".join(parts) + "}"


def csv_cell(value: Any) -> Any:
    if isinstance(value, float):
        return plain_number(value)
    return value.hex() if isinstance(value, bytes) else value


def read_report(db: str | Path, where: str = "") -> tuple[list[str], list[tuple]]:
    """fact_report's rows, optionally filtered by a SQL condition, in a stable order."""
    sql = "SELECT * FROM fact_report"
    if where.strip():
        sql += f" WHERE ({where})"
    return run_query(db, sql + " ORDER BY published, source, record, amount_start, fact_id")


def write_csv(cols: list[str], rows: list[tuple], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(cols)
    writer.writerows([csv_cell(v) for v in row] for row in rows)


def write_jsonl(cols: list[str], rows: list[tuple], out: TextIO) -> None:
    for row in rows:
        out.write(json_line(cols, row) + "\n")


def _decimal_type(values: list[Decimal | None]) -> Any:
    """The narrowest Arrow decimal that holds every value exactly."""
    import pyarrow as pa

    exps = [v.as_tuple() for v in values if v is not None]
    scale = max([-int(t.exponent) for t in exps if int(t.exponent) < 0], default=0)
    digits = max([len(t.digits) + max(0, int(t.exponent)) + scale for t in exps], default=1)
    precision = max(digits, scale + 1)
    if precision <= 38:
        return pa.decimal128(38, scale)
    return pa.decimal256(min(76, precision), scale)


def _column(name: str, values: list[Any]) -> tuple[Any, Any]:
    """(values, Arrow type) of one column; '' dates and decimals become NULL."""
    import pyarrow as pa

    if name in DECIMAL_COLUMNS:
        decimals = [Decimal(v) if v not in (None, "") else None for v in values]
        return decimals, _decimal_type(decimals)
    if name in DATE_COLUMNS:
        return [date.fromisoformat(v) if v else None for v in values], pa.date32()
    if name in INT_COLUMNS:
        return values, pa.int64()
    if name in FLOAT_COLUMNS:
        return [None if v is None else float(v) for v in values], pa.float64()
    return [None if v is None else str(v) for v in values], pa.string()


def write_parquet(cols: list[str], rows: list[tuple], out: BinaryIO | str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays, fields = [], []
    for i, name in enumerate(cols):
        values, kind = _column(name, [row[i] for row in rows])
        arrays.append(pa.array(values, type=kind))
        fields.append(pa.field(name, kind))
    pq.write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), out)


def export(db: str, fmt: str, where: str = "", output: str = "-", bom: bool = False) -> int:
    """Write fact_report to ``output`` ('-': standard output); the number of rows written."""
    import sys

    if fmt not in FORMATS:
        raise NewsfactsError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    cols, rows = read_report(db, where)
    if fmt == "parquet":
        if output == "-":
            raise NewsfactsError("Parquet is binary: name a file with -o, e.g. -o facts.parquet")
        _check_parent(output)
        write_parquet(cols, rows, output)
        return len(rows)
    encoding = "utf-8-sig" if bom else "utf-8"
    buf = io.StringIO(newline="")
    (write_csv if fmt == "csv" else write_jsonl)(cols, rows, buf)
    if output == "-":
        sys.stdout.buffer.write(buf.getvalue().encode(encoding))
        sys.stdout.flush()
    else:
        _check_parent(output)
        Path(output).write_bytes(buf.getvalue().encode(encoding))
    return len(rows)


def _check_parent(output: str) -> None:
    parent = Path(output).resolve().parent
    if not parent.is_dir():
        raise NewsfactsError(f"cannot write {output}: the folder {parent} does not exist")
