"""Read-only SQL over a newsfacts database, and the three ways to print it.

``newsfacts query`` hands user SQL to SQLite, so the connection is locked down
in layers, each enough on its own for the common cases:

1. the file is opened by :func:`pipeline.store.open_read_only` as a ``mode=ro``
   (or immutable) URI, so SQLite itself refuses writes to it (and a missing
   path is never created);
2. ``PRAGMA query_only`` is switched on;
3. an allow-list authorizer refuses, at prepare time, every action that is not
   a plain read: writes, schema changes, ATTACH (which is also how ``VACUUM
   INTO`` writes its copy, and how a read-write second handle on the same
   file would be opened), PRAGMA, transactions, and any SQL function not on
   :data:`ALLOWED_FUNCTIONS` (``load_extension``, ``fts3_tokenizer``, ...);
4. no extension loading and at most zero attached databases;
5. limits on time, rows, bytes and memory (pipeline/sandbox.py).
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import QueryRefused, StoreError
from pipeline.readonly import check_newsfacts
from pipeline.sandbox import (
    Limits,
    QueryResult,
    apply_sqlite_limits,
    fetch_capped,
    run_on_server,
    timeout_error,
    value_error,
)
from pipeline.store import open_read_only

__all__ = [
    "ALLOWED_FUNCTIONS",
    "Limits",
    "format_csv",
    "format_json",
    "format_table",
    "run_limited",
    "run_query",
]

# Built-in SQLite functions that only compute a value from their arguments (or
# report on the connection). Anything else -- load_extension, fts3_tokenizer
# (which can be handed a function pointer), sqlite_log, the shell's readfile /
# writefile / edit, functions a later SQLite adds -- is refused until it has
# been looked at and added here.
ALLOWED_FUNCTIONS = frozenset(
    """
    abs changes char coalesce concat concat_ws format glob hex ifnull iif instr
    last_insert_rowid length like likelihood likely lower ltrim max min nullif
    octet_length printf quote random randomblob replace round rtrim sign soundex
    sqlite_compileoption_get sqlite_compileoption_used sqlite_offset
    sqlite_source_id sqlite_version substr substring total_changes trim typeof
    unhex unicode unlikely upper zeroblob
    avg count group_concat max min string_agg sum total
    cume_dist dense_rank first_value lag last_value lead nth_value ntile
    percent_rank rank row_number
    date time datetime julianday unixepoch strftime timediff
    current_date current_time current_timestamp
    acos acosh asin asinh atan atan2 atanh ceil ceiling cos cosh degrees exp
    floor ln log log10 log2 mod pi pow power radians sin sinh sqrt tan tanh trunc
    json json_array json_array_length json_extract json_insert json_object
    json_patch json_quote json_remove json_replace json_set json_type json_valid
    json_group_array json_group_object json_pretty
    jsonb jsonb_array jsonb_extract jsonb_insert jsonb_object jsonb_patch
    jsonb_remove jsonb_replace jsonb_set jsonb_group_array jsonb_group_object
    -> ->>
    """.split()
)

# Table-valued functions that are safe to read. SQLite builds an eponymous
# virtual table the first time one is used in a connection, and that build
# looks like a schema write to the authorizer; so these are touched once before
# the authorizer goes in. Every other one (pragma_table_info, ...) stays refused.
_TABLE_FUNCTIONS = ("json_each", "json_tree")

_ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE})

# Action code -> what the user typed, for the refusal message.
_ACTION_NAMES: dict[int, str] = {
    getattr(sqlite3, name): name.removeprefix("SQLITE_").replace("_", " ")
    for name in (
        "SQLITE_ALTER_TABLE",
        "SQLITE_ANALYZE",
        "SQLITE_ATTACH",
        "SQLITE_CREATE_INDEX",
        "SQLITE_CREATE_TABLE",
        "SQLITE_CREATE_TEMP_INDEX",
        "SQLITE_CREATE_TEMP_TABLE",
        "SQLITE_CREATE_TEMP_TRIGGER",
        "SQLITE_CREATE_TEMP_VIEW",
        "SQLITE_CREATE_TRIGGER",
        "SQLITE_CREATE_VIEW",
        "SQLITE_CREATE_VTABLE",
        "SQLITE_DELETE",
        "SQLITE_DETACH",
        "SQLITE_DROP_INDEX",
        "SQLITE_DROP_TABLE",
        "SQLITE_DROP_TEMP_INDEX",
        "SQLITE_DROP_TEMP_TABLE",
        "SQLITE_DROP_TEMP_TRIGGER",
        "SQLITE_DROP_TEMP_VIEW",
        "SQLITE_DROP_TRIGGER",
        "SQLITE_DROP_VIEW",
        "SQLITE_DROP_VTABLE",
        "SQLITE_INSERT",
        "SQLITE_PRAGMA",
        "SQLITE_REINDEX",
        "SQLITE_SAVEPOINT",
        "SQLITE_TRANSACTION",
        "SQLITE_UPDATE",
    )
    if hasattr(sqlite3, name)
}
_ACTION_NAMES[sqlite3.SQLITE_CREATE_VTABLE] = "CREATE VIRTUAL TABLE"
_ACTION_NAMES[sqlite3.SQLITE_DROP_VTABLE] = "DROP VIRTUAL TABLE"

# Statements refused by their first keyword, before SQLite sees them, so the
# message names what the user typed (the authorizer alone would say e.g. DELETE
# for a DROP TABLE, which first deletes from sqlite_master). Anything else still
# meets the authorizer.
_WRITE_STATEMENTS = frozenset(
    """INSERT REPLACE UPDATE DELETE CREATE DROP ALTER ATTACH DETACH PRAGMA VACUUM
    ANALYZE REINDEX BEGIN COMMIT END ROLLBACK SAVEPOINT RELEASE""".split()
)
_KEYWORD = re.compile(
    r"(?:CREATE|DROP)\s+(?:TEMP(?:ORARY)?\s+)?(?:UNIQUE\s+)?(?:VIRTUAL\s+)?"
    r"(?:TABLE|VIEW|INDEX|TRIGGER)\b"
    r"|ALTER\s+TABLE\b|VACUUM(?:\s+\w+)?\s+INTO\b|PRAGMA\s+[\w.]+|[A-Za-z]+",
    re.I,
)
_LEADING_COMMENTS = re.compile(r"\A(?:\s+|--[^\n]*(?:\n|\Z)|/\*.*?(?:\*/|\Z))*", re.S)


def run_query(
    db_path: str | Path, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement on the database at ``db_path``.

    Returns the column names and the rows, within the default :class:`Limits`
    (:func:`run_limited` also says when the rows were cut). Raises
    :class:`StoreError` when there is no SQLite database at the path, and
    :class:`QueryRefused` when the statement would do anything but read, is
    not exactly one statement, is not valid SQL or runs past a limit.
    """
    result = run_limited(db_path, sql, params=params, newsfacts_only=False)
    return result.columns, result.rows


def run_limited(
    db: str | Path,
    sql: str,
    limits: Limits | None = None,
    *,
    params: Sequence[Any] | dict[str, Any] = (),
    newsfacts_only: bool = True,
) -> QueryResult:
    """Run one read-only statement on ``db`` (a SQLite path or URL) within ``limits``.

    ``newsfacts_only`` refuses a SQLite file that is not a newsfacts database.
    """
    limits = limits or Limits()
    target = str(db)
    if "://" in target and not target.startswith("sqlite:///"):
        _check_statement(sql, "")
        return run_on_server(target, sql, limits, params or None)
    conn = _connect_readonly(target.removeprefix("sqlite:///"))
    try:
        if newsfacts_only:
            check_newsfacts(conn, db)
        hint = _hint(conn)
        _check_statement(sql, hint)
        refused: list[str] = []
        with apply_sqlite_limits(conn, limits) as expired:
            conn.set_authorizer(_authorizer(refused))
            try:
                return fetch_capped(conn.execute(sql, params), limits)
            except sqlite3.ProgrammingError as exc:
                if "one statement" in str(exc):
                    raise QueryRefused(
                        "newsfacts query runs one statement at a time: remove everything "
                        "after the first ';'"
                    ) from exc
                raise QueryRefused(f"cannot run the query: {exc}") from exc
            except sqlite3.DatabaseError as exc:
                raise _sqlite_error(exc, refused, expired[0], limits, hint) from exc
    finally:
        conn.close()


def _check_statement(sql: str, hint: str) -> None:
    """Refuse, by its first keyword, a statement that is no read (before SQLite sees it)."""
    keyword = _statement_keyword(sql)
    if not keyword:
        raise QueryRefused(f"newsfacts query needs a SELECT statement; got none. {hint}".strip())
    if keyword.split()[0] in _WRITE_STATEMENTS:
        raise QueryRefused(
            f"newsfacts query is read-only: {keyword} is not allowed. {hint}".strip()
        )


def _sqlite_error(
    exc: sqlite3.DatabaseError, refused: list[str], expired: bool, limits: Limits, hint: str
) -> QueryRefused:
    """The user's message for an error SQLite raised while running the statement."""
    if refused:
        return QueryRefused(f"newsfacts query is read-only: {refused[0]} is not allowed. {hint}")
    if expired:
        return timeout_error(limits)
    if "too big" in str(exc):
        return value_error(limits)
    if "out of memory" in str(exc):
        return QueryRefused(
            f"the query needed more than {limits.max_memory_bytes:,} bytes of memory and was "
            "stopped; add a WHERE or a LIMIT"
        )
    return QueryRefused(f"SQL error: {exc}. {hint}")


def _connect_readonly(db_path: str | Path) -> sqlite3.Connection:
    """The database opened read-only (layer 1), then locked down (layers 2 to 4)."""
    conn = open_read_only(db_path)
    try:
        if hasattr(conn, "enable_load_extension"):
            conn.enable_load_extension(False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.execute("PRAGMA query_only = ON")
        for name in _TABLE_FUNCTIONS:
            conn.execute(f"SELECT * FROM {name}('[]')").fetchall()
    except sqlite3.Error as exc:  # not expected on a stock build; refuse rather than run open
        conn.close()
        raise StoreError(f"cannot lock down the connection to {db_path}: {exc}") from exc
    return conn


def _authorizer(refused: list[str]):
    """An allow-list authorizer that notes what it refused in ``refused``."""

    def authorize(
        action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None
    ) -> int:
        if action in _ALLOWED_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION:
            if (arg2 or "").lower() in ALLOWED_FUNCTIONS:
                return sqlite3.SQLITE_OK
            refused.append(f"the function {arg2}()")
        elif action == sqlite3.SQLITE_UPDATE and (arg1 or "").lower() in (
            "sqlite_master",
            "sqlite_schema",
            "sqlite_temp_master",
            "sqlite_temp_schema",
        ):
            # only reached when SQLite builds a table-valued function's table
            refused.append("a table-valued function other than " + " or ".join(_TABLE_FUNCTIONS))
        elif action == sqlite3.SQLITE_PRAGMA:
            refused.append(f"PRAGMA {arg1}")
        elif action == sqlite3.SQLITE_TRANSACTION:
            refused.append(f"{arg1} (transactions)")
        else:
            refused.append(_ACTION_NAMES.get(action, f"action {action}"))
        return sqlite3.SQLITE_DENY

    return authorize


def _statement_keyword(sql: str) -> str:
    """The statement's leading keywords as the user would name them ("CREATE TEMP TABLE")."""
    rest = _LEADING_COMMENTS.sub("", sql, count=1)
    m = _KEYWORD.match(rest)
    if not m:
        return ""
    first, *more = m.group(0).split()
    if first.upper() == "PRAGMA":  # keep the pragma's name as typed
        return " ".join(["PRAGMA", *more])
    return " ".join(w.upper() for w in [first, *more])


def _hint(conn: sqlite3.Connection) -> str:
    """What there is to read, for the end of every refusal."""
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    tables = [n for t, n in rows if t == "table"]
    views = [n for t, n in rows if t == "view"]
    parts = []
    if tables:
        parts.append(("table: " if len(tables) == 1 else "tables: ") + ", ".join(tables))
    if views:
        parts.append(("view: " if len(views) == 1 else "views: ") + ", ".join(views))
    return "Use SELECT ..." + (f" ({'; '.join(parts)})" if parts else "")


# --- output ---------------------------------------------------------------


def _cell(value: Any) -> str:
    """A value as one line of text: NULL is empty, blobs are hex, newlines are spaces."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.hex()
    return " ".join(str(value).splitlines())


def format_table(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """An aligned text table: numbers right-aligned, text left-aligned.

    >>> print(format_table(["name", "amount"], [("Toyota", 10), ("GE", None)]))
    name    amount
    ------  ------
    Toyota      10
    GE
    """
    text = [[_cell(v) for v in row] for row in rows]
    numeric = [
        all(isinstance(row[i], int | float) or row[i] is None for row in rows)
        and any(row[i] is not None for row in rows)
        for i in range(len(cols))
    ]
    widths = [max([len(c)] + [len(row[i]) for row in text]) for i, c in enumerate(cols)]

    def line(cells: Sequence[str], header: bool = False) -> str:
        out = [
            c.rjust(w) if numeric[i] and not header else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(out).rstrip()

    lines = [line(list(cols), header=True), line(["-" * w for w in widths], header=True)]
    lines += [line(row) for row in text]
    return "\n".join(lines)


def format_csv(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """RFC 4180 CSV with a header row, NULL as an empty field, ``\\n`` line ends.

    >>> print(format_csv(["name", "amount"], [("Toyota, Inc", 10), ("GE", None)]), end="")
    name,amount
    "Toyota, Inc",10
    GE,
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    for row in rows:
        writer.writerow([v.hex() if isinstance(v, bytes) else v for v in row])
    return buf.getvalue()


def format_json(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """JSON Lines: one object a row, keys in column order, numbers as written.

    A repeated column name gets a suffix (``amount``, ``amount_2``) so no value
    is lost; blobs are hex strings; non-finite floats are strings; NULL is
    ``null`` and '' is ``""``; no row, no line.

    >>> print(format_json(["name", "amount"], [("Toyota", 1.07e15), ("GE", None)]))
    {"name": "Toyota", "amount": 1070000000000000}
    {"name": "GE", "amount": null}
    """
    from pipeline.export import json_line

    keys: list[str] = []
    seen: dict[str, int] = {}
    for c in cols:
        n = seen.get(c, 0) + 1
        seen[c] = n
        keys.append(c if n == 1 else f"{c}_{n}")
    return "\n".join(json_line(keys, row) for row in rows)
