"""Limits on what one ``newsfacts query`` may cost: time, rows, bytes, memory.

These sit beside the allow-list of pipeline/query.py (which decides *what* a
statement may do) and bound *how much* an allowed read may take:

- a deadline (``--timeout``): SQLite calls a progress handler every few thousand
  virtual-machine steps, and past the deadline it interrupts the statement; on
  PostgreSQL the server's ``statement_timeout`` does the same;
- a row cap (``--max-rows``): rows are fetched in pages, never all at once, and
  a visible note says where the output was cut;
- a cap on one value (``--max-value-bytes``), enforced by SQLite itself through
  ``SQLITE_LIMIT_LENGTH`` (``zeroblob(999999999)`` fails at once), and a cap on
  the whole output (``--max-output-bytes``), counted while fetching;
- SQLite's other limits set through ``Connection.setlimit`` and a heap limit,
  so a statement cannot be made huge or deep.

On PostgreSQL the statement runs in a ``READ ONLY`` transaction that is rolled
back, through a server-side cursor (rows come a page at a time).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pipeline.errors import QueryRefused, StoreError
from pipeline.readonly import shown

__all__ = ["Limits", "QueryResult", "apply_sqlite_limits", "fetch_capped", "run_on_server"]

PAGE = 500  # rows fetched at a time
_PROGRESS_STEPS = 10_000  # virtual-machine steps between deadline checks


@dataclass(frozen=True)
class Limits:
    """What one query may cost; the CLI options of the same names set them."""

    timeout: float = 10.0  # seconds
    max_rows: int = 10_000
    max_value_bytes: int = 100_000_000  # one string or blob; an article is far smaller
    max_output_bytes: int = 50_000_000  # all values together, as printed
    max_memory_bytes: int = 1_000_000_000  # SQLite's heap for the statement

    def __post_init__(self) -> None:
        for name in ("timeout", "max_rows", "max_value_bytes", "max_output_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"--{name.replace('_', '-')} must be above 0")


@dataclass
class QueryResult:
    """The columns, the rows kept, and why the output was cut ('' when whole)."""

    columns: list[str]
    rows: list[tuple] = field(default_factory=list)
    truncated: str = ""


# SQLite's own limits for a console statement (its defaults are far larger).
# LENGTH is set from Limits.max_value_bytes; ATTACHED is already 0 (query.py).
_SQLITE_LIMITS = {
    "SQLITE_LIMIT_SQL_LENGTH": 100_000,  # bytes of SQL text
    "SQLITE_LIMIT_COLUMN": 2_000,
    "SQLITE_LIMIT_EXPR_DEPTH": 200,
    "SQLITE_LIMIT_COMPOUND_SELECT": 100,
    "SQLITE_LIMIT_VDBE_OP": 1_000_000,  # size of the compiled program
    "SQLITE_LIMIT_FUNCTION_ARG": 100,
    "SQLITE_LIMIT_LIKE_PATTERN_LENGTH": 10_000,
    "SQLITE_LIMIT_VARIABLE_NUMBER": 1_000,
    "SQLITE_LIMIT_TRIGGER_DEPTH": 1,
    "SQLITE_LIMIT_WORKER_THREADS": 0,
}


def _set_sqlite_limits(conn: sqlite3.Connection, limits: Limits) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limits.max_value_bytes)
    for name, value in _SQLITE_LIMITS.items():
        if hasattr(sqlite3, name):  # Python 3.11+ names them
            conn.setlimit(getattr(sqlite3, name), value)


@contextmanager
def apply_sqlite_limits(conn: sqlite3.Connection, limits: Limits) -> Iterator[list[bool]]:
    """Set the limits and start the deadline; yields a flag set when it ran out.

    Must run before the authorizer goes in: the heap limit is a PRAGMA. The
    heap limit is process-wide, so the previous one is restored on exit.
    """
    _set_sqlite_limits(conn, limits)
    previous = conn.execute(f"PRAGMA hard_heap_limit = {int(limits.max_memory_bytes)}").fetchone()
    deadline = time.monotonic() + limits.timeout
    expired = [False]

    def past_deadline() -> int:
        if time.monotonic() > deadline:
            expired[0] = True
            return 1  # SQLite interrupts the statement
        return 0

    conn.set_progress_handler(past_deadline, _PROGRESS_STEPS)
    try:
        yield expired
    finally:
        conn.set_progress_handler(None, 0)
        if previous is not None:
            sqlite3.connect(":memory:").execute(f"PRAGMA hard_heap_limit = {int(previous[0])}")


def timeout_error(limits: Limits) -> QueryRefused:
    return QueryRefused(
        f"the query ran past its {limits.timeout:g}s deadline and was stopped; "
        "add a WHERE or a LIMIT, or give more time with --timeout SECONDS"
    )


def value_error(limits: Limits) -> QueryRefused:
    return QueryRefused(
        f"a value of the query is over {limits.max_value_bytes:,} bytes and was refused; "
        "select a part of it with substr(), or raise --max-value-bytes"
    )


def _size(value: Any) -> int:
    """Bytes a value takes in the output, about (blobs print as hex)."""
    if value is None:
        return 0
    if isinstance(value, bytes):
        return 2 * len(value)
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass"))
    return len(str(value))


def fetch_capped(cursor: Any, limits: Limits) -> QueryResult:
    """Fetch the rows of an executed cursor a page at a time, within the caps."""
    result = QueryResult([d[0] for d in cursor.description or ()])
    total = 0
    while True:
        page = cursor.fetchmany(PAGE)
        if not page:
            return result
        for row in page:
            if len(result.rows) >= limits.max_rows:
                result.truncated = f"truncated at {limits.max_rows:,} rows (--max-rows)"
                return result
            total += sum(_size(v) for v in row)
            if total > limits.max_output_bytes:
                result.truncated = (
                    f"truncated at {len(result.rows):,} rows: the output reached "
                    f"{limits.max_output_bytes:,} bytes (--max-output-bytes)"
                )
                return result
            result.rows.append(tuple(row))


def run_on_server(
    url: str, sql: str, limits: Limits, params: Sequence[Any] | dict[str, Any] | None = None
) -> QueryResult:
    """Run ``sql`` on a server database (PostgreSQL) in a read-only transaction."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = create_engine(url)
        conn = engine.connect()  # wraps the driver's errors in SQLAlchemyError
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot open the database {shown(url)}: {exc}") from exc
    try:
        if engine.dialect.name != "postgresql":
            raise StoreError(f"newsfacts query reads SQLite and PostgreSQL, not {shown(url)}")
        return _run_postgres(conn.connection, sql, limits, params)
    finally:
        conn.close()
        engine.dispose()


def _run_postgres(raw: Any, sql: str, limits: Limits, params: Any) -> QueryResult:
    import psycopg

    ms = max(1, int(limits.timeout * 1000))
    setup = raw.cursor()
    setup.execute("SET TRANSACTION READ ONLY")
    setup.execute(f"SET LOCAL statement_timeout = {ms}")
    setup.execute(f"SET LOCAL idle_in_transaction_session_timeout = {ms}")
    setup.close()
    cursor = raw.cursor(name="newsfacts_query")  # a server-side cursor: pages, not all rows
    try:
        cursor.execute(sql, params or None)
        return fetch_capped(cursor, limits)
    except psycopg.errors.QueryCanceled as exc:
        raise timeout_error(limits) from exc
    except psycopg.errors.ReadOnlySqlTransaction as exc:
        raise QueryRefused(f"newsfacts query is read-only: {exc.diag.message_primary}") from exc
    except psycopg.Error as exc:
        raise QueryRefused(f"SQL error: {exc}".strip()) from exc
    finally:
        raw.rollback()
