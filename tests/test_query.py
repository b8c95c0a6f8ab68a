"""pipeline.query: user SQL runs read-only, refusals say what and why, three output formats."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from pipeline.errors import NewsfactsError, QueryRefused, StoreError
from pipeline.query import format_csv, format_json, format_table, run_query

HINT = "Use SELECT ... (tables: errors, t; view: big)"


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """A small database: table t, a view, and an errors table (for the hint's plural)."""
    path = tmp_path / "facts.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE t (id INTEGER PRIMARY KEY, company TEXT, amount REAL, extra TEXT);
        INSERT INTO t VALUES (1, 'Toyota', 10000000000.0, '{"sector": "automotive"}');
        INSERT INTO t VALUES (2, 'Carrier', 20000000000.0, '{"sector": "manufacturing"}');
        INSERT INTO t VALUES (3, '', 550000000000.0, NULL);
        CREATE VIEW big AS SELECT company, amount FROM t WHERE amount >= 20000000000;
        CREATE TABLE errors (source TEXT);
        CREATE INDEX t_company ON t (company);
        """
    )
    conn.commit()
    conn.close()
    return path


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "sql,params,cols,rows",
    [
        (
            "SELECT id, company FROM t ORDER BY id",
            (),
            ["id", "company"],
            [(1, "Toyota"), (2, "Carrier"), (3, "")],
        ),
        ("SELECT company FROM big ORDER BY amount", (), ["company"], [("Carrier",), ("",)]),
        ("SELECT company FROM t WHERE id = ?", (2,), ["company"], [("Carrier",)]),
        ("SELECT company FROM t WHERE id = :id", {"id": 1}, ["company"], [("Toyota",)]),
        (
            "WITH c AS (SELECT amount FROM t WHERE company != '') SELECT count(*) FROM c",
            (),
            ["count(*)"],
            [(2,)],
        ),
        (
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3) "
            "SELECT x FROM n",
            (),
            ["x"],
            [(1,), (2,), (3,)],
        ),
        (
            "SELECT sum(amount), max(amount), avg(id), group_concat(company, '|') FROM t",
            (),
            ["sum(amount)", "max(amount)", "avg(id)", "group_concat(company, '|')"],
            [(580000000000.0, 550000000000.0, 2.0, "Toyota|Carrier|")],
        ),
        (
            "SELECT json_extract(extra, '$.sector') AS s FROM t ORDER BY id",
            (),
            ["s"],
            [("automotive",), ("manufacturing",), (None,)],
        ),
        (
            "SELECT t.id, j.value FROM t, json_each(t.extra) j ORDER BY t.id",
            (),
            ["id", "value"],
            [(1, "automotive"), (2, "manufacturing")],
        ),
        ("SELECT name FROM sqlite_master WHERE type = 'view'", (), ["name"], [("big",)]),
        (
            "-- a comment first\nSELECT upper(company) FROM t WHERE id = 1;",
            (),
            ["upper(company)"],
            [("TOYOTA",)],
        ),
    ],
    ids=[
        "select",
        "view",
        "param",
        "named-param",
        "cte",
        "recursive-cte",
        "aggregates",
        "json_extract",
        "json_each",
        "sqlite_master",
        "comment-and-semicolon",
    ],
)
def test_query_select_works(db, sql, params, cols, rows):
    before = checksum(db)
    assert run_query(db, sql, params) == (cols, rows)
    assert checksum(db) == before


REFUSED = [
    ("ATTACH DATABASE '{db}' AS x; DELETE FROM x.t", "ATTACH is not allowed"),
    ("ATTACH DATABASE '{db}' AS x", "ATTACH is not allowed"),
    ("VACUUM INTO '{copy}'", "VACUUM INTO is not allowed"),
    ("VACUUM", "VACUUM is not allowed"),
    ("PRAGMA writable_schema=1", "PRAGMA writable_schema is not allowed"),
    ("PRAGMA journal_mode=delete", "PRAGMA journal_mode is not allowed"),
    ("DELETE FROM t", "DELETE is not allowed"),
    ("DROP TABLE t", "DROP TABLE is not allowed"),
    ("DROP VIEW big", "DROP VIEW is not allowed"),
    ("CREATE TEMP TABLE z (a)", "CREATE TEMP TABLE is not allowed"),
    ("CREATE TABLE z AS SELECT * FROM t", "CREATE TABLE is not allowed"),
    ("INSERT INTO t (company) VALUES ('x')", "INSERT is not allowed"),
    ("REPLACE INTO t (id, company) VALUES (1, 'x')", "REPLACE is not allowed"),
    ("UPDATE t SET company = 'x'", "UPDATE is not allowed"),
    ("ALTER TABLE t ADD COLUMN y", "ALTER TABLE is not allowed"),
    ("SELECT load_extension('x')", "the function load_extension() is not allowed"),
    ("SELECT fts3_tokenizer('simple')", "the function fts3_tokenizer() is not allowed"),
    ("WITH gone AS (SELECT id FROM t) DELETE FROM t WHERE id IN gone", "DELETE is not allowed"),
    ("WITH x AS (SELECT 1) INSERT INTO t (company) SELECT 'x' FROM x", "INSERT is not allowed"),
    ("EXPLAIN DELETE FROM t", "DELETE is not allowed"),
    ("BEGIN", "BEGIN is not allowed"),
    ("BEGIN IMMEDIATE", "BEGIN is not allowed"),
    ("SAVEPOINT s", "SAVEPOINT is not allowed"),
    ("ANALYZE", "ANALYZE is not allowed"),
    ("REINDEX", "REINDEX is not allowed"),
    (
        "SELECT * FROM pragma_table_info('t')",
        "a table-valued function other than json_each or json_tree is not allowed",
    ),
    ("SELECT 1; DROP TABLE t", "one statement at a time"),
]


@pytest.mark.parametrize("sql,message", REFUSED, ids=[s for s, _ in REFUSED])
def test_query_refuses_anything_but_reading(db, tmp_path, sql, message):
    copy = tmp_path / "copy.db"
    before = checksum(db)
    with pytest.raises(QueryRefused) as exc:
        run_query(db, sql.format(db=db, copy=copy))
    assert message in str(exc.value)
    assert checksum(db) == before
    assert not copy.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.db"]
    # and the database still reads
    assert run_query(db, "SELECT count(*) FROM t") == (["count(*)"], [(3,)])


@pytest.mark.parametrize(
    "sql",
    [s for s, _ in REFUSED if not s.startswith("SELECT 1;")],
    ids=[s for s, _ in REFUSED if not s.startswith("SELECT 1;")],
)
def test_query_authorizer_alone_refuses(db, tmp_path, sql):
    """The authorizer refuses each statement by itself, keyword check or not."""
    from pipeline.query import _authorizer

    copy = tmp_path / "copy.db"
    before = checksum(db)
    conn = sqlite3.connect(db, isolation_level=None)  # read-write on purpose
    refused: list[str] = []
    conn.set_authorizer(_authorizer(refused))
    try:
        with pytest.raises(sqlite3.Error):
            conn.execute(sql.format(db=db, copy=copy))
    finally:
        conn.close()
    assert refused, "refused by SQLite itself, not by the authorizer"
    assert checksum(db) == before
    assert not copy.exists()


@pytest.mark.parametrize("target", ["/tmp/newsfacts-vacuum-copy.db"], ids=["tmp"])
def test_query_vacuum_into_writes_no_copy(db, target):
    Path(target).unlink(missing_ok=True)
    with pytest.raises(QueryRefused):
        run_query(db, f"VACUUM INTO '{target}'")
    assert not Path(target).exists()


@pytest.mark.parametrize(
    "sql,expected",
    [
        (
            "ATTACH DATABASE 'x.db' AS x",
            f"newsfacts query is read-only: ATTACH is not allowed. {HINT}",
        ),
        ("DROP TABLE t", f"newsfacts query is read-only: DROP TABLE is not allowed. {HINT}"),
        (
            "SELECT load_extension('evil.so')",
            f"newsfacts query is read-only: the function load_extension() is not allowed. {HINT}",
        ),
        (
            "SELECT 1; DELETE FROM t",
            "newsfacts query runs one statement at a time: remove everything after the first ';'",
        ),
        ("SELEC 1", f'SQL error: near "SELEC": syntax error. {HINT}'),
        ("SELECT * FROM facts", f"SQL error: no such table: facts. {HINT}"),
        ("  -- nothing\n", f"newsfacts query needs a SELECT statement; got none. {HINT}"),
    ],
    ids=["attach", "drop", "load_extension", "two-statements", "syntax", "no-table", "empty"],
)
def test_query_error_text(db, sql, expected):
    with pytest.raises(QueryRefused) as exc:
        run_query(db, sql)
    assert str(exc.value) == expected
    assert isinstance(exc.value, NewsfactsError)


@pytest.mark.parametrize("name", ["missing.db", "sub/dir/missing.db"], ids=["file", "nested"])
def test_query_missing_database_is_not_created(tmp_path, name):
    path = tmp_path / name
    with pytest.raises(StoreError) as exc:
        run_query(path, "SELECT 1")
    assert str(exc.value) == (
        f"no database at {path}; run `newsfacts extract ... --db {path}` first"
    )
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content,message",
    [
        (b"not a database at all, just text\n" * 10, "is not an SQLite database"),
        (None, "is not a file"),
    ],
    ids=["text-file", "directory"],
)
def test_query_not_a_database(tmp_path, content, message):
    path = tmp_path / "notes.db"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        run_query(path, "SELECT 1")
    if content is not None:
        assert path.read_bytes() == content


COLS = ["id", "company", "amount"]
ROWS = [(1, "Toyota", 10000000000.0), (2, "Carrier, Inc", None), (3, "", 2.5)]


@pytest.mark.parametrize(
    "cols,rows,expected",
    [
        (
            COLS,
            ROWS,
            "id  company       amount\n"
            "--  ------------  -------------\n"
            " 1  Toyota        10000000000.0\n"
            " 2  Carrier, Inc\n"
            " 3                          2.5",
        ),
        (["a", "b"], [], "a  b\n-  -"),
        (["sentence"], [("line one\nline two",)], "sentence\n-----------------\nline one line two"),
    ],
    ids=["small", "no-rows", "newline"],
)
def test_query_format_table(cols, rows, expected):
    assert format_table(cols, rows) == expected


@pytest.mark.parametrize(
    "cols,rows,expected",
    [
        (COLS, ROWS, 'id,company,amount\n1,Toyota,10000000000.0\n2,"Carrier, Inc",\n3,,2.5\n'),
        (["a"], [], "a\n"),
        (["s"], [('say "hi"\nbye',)], 's\n"say ""hi""\nbye"\n'),
    ],
    ids=["small", "no-rows", "quotes-newline"],
)
def test_query_format_csv(cols, rows, expected):
    assert format_csv(cols, rows) == expected


@pytest.mark.parametrize(
    "cols,rows,expected",
    [
        (
            COLS,
            ROWS,
            '{"id": 1, "company": "Toyota", "amount": 10000000000}\n'
            '{"id": 2, "company": "Carrier, Inc", "amount": null}\n'
            '{"id": 3, "company": "", "amount": 2.5}',
        ),
        (["a"], [], ""),
        (["n", "n"], [("Nissan", "日産")], '{"n": "Nissan", "n_2": "日産"}'),
    ],
    ids=["small", "no-rows", "duplicate-names-unicode"],
)
def test_query_format_json(cols, rows, expected):
    assert format_json(cols, rows) == expected


@pytest.mark.parametrize("sql", ["SELECT id, company, amount FROM t ORDER BY id"], ids=["t"])
def test_query_end_to_end_formats(db, sql):
    import json

    cols, rows = run_query(db, sql)
    assert json.loads(format_json(cols, rows).splitlines()[0]) == {
        "id": 1,
        "company": "Toyota",
        "amount": 10000000000.0,
    }
    assert format_csv(cols, rows).splitlines()[0] == "id,company,amount"
    assert format_table(cols, rows).splitlines()[2] == " 1  Toyota    10000000000.0"


@pytest.mark.parametrize(
    "sql", ["DELETE FROM t", "SELECT count(*) FROM t"], ids=["delete", "count"]
)
def test_query_wal_database_with_open_writer(tmp_path, sql):
    """The store writes in WAL mode: reads see committed rows, refusals change nothing."""
    path = tmp_path / "wal.db"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE t (a)")
    writer.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
    writer.commit()
    try:
        before = checksum(path)
        if sql.startswith("DELETE"):
            with pytest.raises(QueryRefused, match="DELETE is not allowed"):
                run_query(path, sql)
        else:
            assert run_query(path, sql) == (["count(*)"], [(2,)])
        assert checksum(path) == before
        assert writer.execute("SELECT count(*) FROM t").fetchone() == (2,)
    finally:
        writer.close()
