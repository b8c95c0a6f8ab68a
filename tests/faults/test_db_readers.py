"""Readers never write: query, audit and summary leave a database and its folder as
they were, refuse what is not a newsfacts database, and print no password."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.readonly import newsfacts_uri, shown
from pipeline.store import Store
from pipeline.types import Article, ErrorRow, Fact, Money

VERSIONS = {"newsfacts": "test", "spacy": "3.8", "model": "m-1"}
TEXT = "Acme Corp said it will invest $2.5 billion in a plant."


def make_db(path: Path) -> str:
    """A newsfacts database with one article and one fact, written as extract does
    (WAL mode); returns the fact id."""
    store = Store(path)
    article = Article("x.txt", "", TEXT)
    a0 = TEXT.index("$2.5 billion")
    fact = Fact(
        article.article_id,
        0,
        len(TEXT),
        TEXT,
        a0,
        a0 + 12,
        "$2.5 billion",
        Money(Decimal("2.5E9"), "USD"),
        company="Acme Corp",
        kind="investment",
    )
    run = store.start_run(["x.txt"], VERSIONS)
    store.write_batch(run, new_articles=[article], sources=[article], batch_facts=[fact])
    store.finish_run(run)
    store.close()
    return fact.fact_id


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder and its checksum."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


@pytest.fixture()
def db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "facts.sqlite"
    return path, make_db(path)


def test_db_writer_leaves_only_the_database(db):
    path, _ = db
    assert sorted(p.name for p in path.parent.iterdir()) == ["facts.sqlite"]


@pytest.mark.parametrize(
    "command",
    [
        ["query", "SELECT company, amount FROM fact_report"],
        ["query", "--json", "SELECT * FROM facts"],
        ["summary"],
        ["audit", "FACT"],
    ],
    ids=["query", "query-json", "summary", "audit"],
)
def test_db_readers_leave_no_file_and_change_no_byte(db, command):
    path, fact_id = db
    before = snapshot(path.parent)
    args = [fact_id if a == "FACT" else a for a in command]
    result = run(args[0], "--db", str(path), *args[1:])
    assert result.exit_code == 0, result.output
    assert snapshot(path.parent) == before  # no -wal, no -shm, same bytes


def test_db_reader_beside_an_open_writer_sees_its_commits(db):
    """With a writer at work (its -wal exists) the reader opens mode=ro and sees the
    committed rows; it adds no file of its own."""
    path, _ = db
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("UPDATE runs SET status = 'running'")
    writer.commit()
    try:
        files = {p.name for p in path.parent.iterdir()}
        assert "facts.sqlite-wal" in files
        result = run("query", "--db", str(path), "--csv", "SELECT status FROM runs")
        assert result.output == "status\nrunning\n"
        assert {p.name for p in path.parent.iterdir()} == files
    finally:
        writer.close()


def _other_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "is an empty file, not a newsfacts database"),
        (_other_sqlite, "is not a newsfacts database (no runs, articles"),
        (lambda p: p.write_bytes(b"hello\n" * 200), "is not an SQLite database"),
    ],
    ids=["zero-bytes", "other-sqlite", "text"],
)
@pytest.mark.parametrize(
    "command",
    [["query", "SELECT 1"], ["summary"], ["audit", "0123456789abcdef"]],
    ids=["query", "summary", "audit"],
)
def test_db_readers_refuse_what_is_no_newsfacts_database(tmp_path, make, message, command):
    path = tmp_path / "other.db"
    make(path)
    before = snapshot(tmp_path)
    result = run(command[0], "--db", str(path), *command[1:])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output
    assert result.output.count("\n") == 1  # one line, no traceback
    assert snapshot(tmp_path) == before  # no table added, no file created


def test_db_newsfacts_uri_for_export_and_serve(db, tmp_path):
    path, _ = db
    uri = newsfacts_uri(path)
    assert uri.endswith("?mode=ro&immutable=1")
    with sqlite3.connect(uri, uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM facts").fetchone() == (1,)
    other = tmp_path / "other.db"
    _other_sqlite(other)
    with pytest.raises(Exception, match="is not a newsfacts database"):
        newsfacts_uri(other)


URL = "postgresql+psycopg://ann:s3cr3t-pw@127.0.0.1:1/facts"


@pytest.mark.parametrize(
    "command",
    [["query", "SELECT 1"], ["summary"], ["audit", "0123456789abcdef"]],
    ids=["query", "summary", "audit"],
)
def test_db_password_in_url_never_printed(command):
    result = run(command[0], "--db", URL, *command[1:])
    assert result.exit_code == 1
    assert "s3cr3t-pw" not in result.output
    assert "ann:***@127.0.0.1:1/facts" in result.output


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (URL, "postgresql+psycopg://ann:***@127.0.0.1:1/facts"),
        ("postgresql://ann@host/db", "postgresql://ann@host/db"),
        ("facts.sqlite", "facts.sqlite"),
    ],
    ids=["password", "no-password", "path"],
)
def test_db_shown_hides_passwords(url, expected):
    assert shown(url) == expected


def test_db_newsfacts_db_variable_sets_the_database(db):
    path, _ = db
    result = run("summary", env={"NEWSFACTS_DB": str(path)})
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"database {path}: 1 articles, 1 facts")


def test_db_mistyped_input_creates_no_database(tmp_path):
    target = tmp_path / "new.sqlite"
    result = run("extract", str(tmp_path / "artciles.jsonl"), "--db", str(target))
    assert result.exit_code == 1
    assert "artciles.jsonl: no input could be read: no such file or directory" in result.output
    assert list(tmp_path.iterdir()) == []


def test_db_missing_folder_of_db_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    target = tmp_path / "no" / "such" / "facts.sqlite"
    result = run("extract", str(tmp_path / "a.txt"), "--db", str(target))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: the folder {target.parent} of --db {target} does not exist; "
        f"create it (mkdir -p {target.parent}) or give another path\n"
    )
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("value", ["-5", "0"], ids=["negative", "zero"])
def test_db_batch_size_below_one_is_a_usage_error(tmp_path, value):
    result = run("extract", str(tmp_path), "--batch-size", value, "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert f"Invalid value for '--batch-size': {value} is not in the range x>=1" in result.output
    assert list(tmp_path.iterdir()) == []


def test_db_error_met_again_adds_no_row(tmp_path):
    store = Store(tmp_path / "e.sqlite")
    bad = ErrorRow("dump.jsonl", "7", "json", "dump.jsonl [record 7]: malformed JSON")
    other = ErrorRow("dump.jsonl", "8", "json", "dump.jsonl [record 8]: malformed JSON")
    runs = []
    for errors in ([bad], [bad, other], [bad]):
        run_id = store.start_run(["dump.jsonl"], VERSIONS)
        store.write_batch(run_id, batch_errors=errors)
        store.finish_run(run_id)
        runs.append(run_id)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT record, run_id, seen, last_run_id FROM errors ORDER BY record"
        ).all()
        met = conn.exec_driver_sql("SELECT errors FROM runs ORDER BY id").all()
    store.close()
    assert [tuple(r) for r in rows] == [("7", runs[0], 3, runs[2]), ("8", runs[1], 1, runs[1])]
    assert [m[0] for m in met] == [1, 2, 1]  # each run still counts what it met


def test_db_older_database_gets_the_error_key(tmp_path):
    """A database written before errors were keyed keeps its rows (key '') and
    gets the columns and the index; new errors are keyed."""
    path = tmp_path / "old.sqlite"
    old = Store(path)
    first = old.start_run(["a"], VERSIONS)
    old.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX uq_error_key")
        for column in ("last_run_id", "seen", "key"):
            conn.execute(f"ALTER TABLE errors DROP COLUMN {column}")
        for _ in range(2):  # the duplicates older versions wrote
            conn.execute(
                "INSERT INTO errors (run_id, source, record, reason, message)"
                " VALUES (?, 'a', '', 'empty', 'a: empty file')",
                (first,),
            )
    store = Store(path)
    run_id = store.start_run(["a"], VERSIONS)
    for _ in range(2):
        store.write_batch(run_id, batch_errors=[ErrorRow("a", "", "empty", "a: empty file")])
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT key != '', seen FROM errors ORDER BY id").all()
    store.close()
    assert [tuple(r) for r in rows] == [(0, 1), (0, 1), (1, 2)]
