"""Store: schema, idempotent writes, progress marker, the fact_report view."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from pipeline.errors import StoreError
from pipeline.schema import FACT_REPORT_COLUMNS
from pipeline.store import Store, decimal_text, open_read_only
from pipeline.types import Article, ErrorRow, Fact, Money

VERSIONS = {"newsfacts": "test", "spacy": "3.8", "model": "m-1"}
TEXT = "Acme Corp said it will invest $2.5 billion in a plant. Rivals pledged 300 mln yen."


def _facts(article: Article) -> list[Fact]:
    a0 = TEXT.index("$2.5 billion")
    b0 = TEXT.index("300 mln yen")
    return [
        Fact(
            article.article_id,
            0,
            54,
            TEXT[0:54],
            a0,
            a0 + 12,
            "$2.5 billion",
            Money(Decimal("2.5E9"), "USD"),
            company="Acme Corp",
            sector="manufacturing",
            kind="investment",
            kind_rule="deal",
            equivalents=(Money(Decimal("3.7E11"), "JPY"),),
        ),
        Fact(
            article.article_id,
            55,
            len(TEXT),
            TEXT[55:],
            b0,
            b0 + 11,
            "300 mln yen",
            Money(Decimal("3E8"), "JPY", "exact"),
        ),
    ]


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "t.sqlite")
    yield s
    s.close()


def _write(store: Store, article: Article) -> tuple[int, int]:
    run = store.start_run(["x.txt"], VERSIONS)
    inserted = store.write_batch(
        run,
        new_articles=[article],
        sources=[article],
        batch_facts=_facts(article),
        records_read=1,
        last=(article.source, article.record),
    )
    return run, inserted


def test_store_rewrite_adds_no_row(store):
    article = Article("x.txt", "", TEXT)
    _, first = _write(store, article)
    _, second = _write(store, article)
    assert (first, second) == (2, 0)
    counts = store.counts()
    assert (counts["articles"], counts["facts"], counts["runs"]) == (1, 2, 2)


def test_store_fact_report_columns_and_offsets(store):
    _write(store, Article("x.txt", "", TEXT, title="T"))
    conn = sqlite3.connect(store.engine.url.database)
    cur = conn.execute("SELECT * FROM fact_report ORDER BY amount_start")
    assert [d[0] for d in cur.description] == FACT_REPORT_COLUMNS
    rows = cur.fetchall()
    text = conn.execute("SELECT text FROM articles").fetchone()[0]
    for row in rows:
        r = dict(zip(FACT_REPORT_COLUMNS, row, strict=True))
        assert text[r["sentence_start"] : r["sentence_end"]] == r["sentence"]
        assert text[r["amount_start"] : r["amount_end"]] == r["amount_text"]
    first = dict(zip(FACT_REPORT_COLUMNS, rows[0], strict=True))
    assert (first["amount"], first["alt_amount"], first["alt_currency"]) == (2.5e9, 3.7e11, "JPY")
    second = dict(zip(FACT_REPORT_COLUMNS, rows[1], strict=True))
    assert (second["company"], second["sector"], second["alt_amount"]) == ("", "", None)


def test_store_progress_marker_moves_with_batch(store):
    run, _ = _write(store, Article("x.jsonl", "7", TEXT))
    row = store.run_row(run)
    assert (row["records_read"], row["last_source"], row["last_record"]) == (1, "x.jsonl", "7")
    assert (row["articles_new"], row["facts"]) == (1, 2)


def test_store_same_text_two_sources_one_article(store):
    run = store.start_run(["a", "b"], VERSIONS)
    a, b = Article("a.txt", "", TEXT), Article("b.jsonl", "3", TEXT)
    store.write_batch(run, new_articles=[a], sources=[a, b])
    assert store.counts()["articles"] == 1
    assert store.known_articles([a.sha256, "0" * 64]) == {a.sha256}
    conn = sqlite3.connect(store.engine.url.database)
    assert conn.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 2


def test_store_errors_recorded(store):
    run = store.start_run(["bad.json"], VERSIONS)
    store.write_batch(
        run, batch_errors=[ErrorRow("bad.json", "3", "json", "bad.json [record 3]: x")]
    )
    assert store.run_errors(run)[0]["record"] == "3"
    assert store.run_row(run)["errors"] == 1


def test_store_missing_database_is_an_error(tmp_path):
    path = tmp_path / "nope.sqlite"
    with pytest.raises(StoreError, match="no database at"):
        Store(path, create=False)
    assert not path.exists()


def test_store_read_only_changes_nothing(tmp_path):
    path = tmp_path / "t.sqlite"
    writer = Store(path)
    _write(writer, Article("x.txt", "", TEXT))
    writer.close()
    before = path.read_bytes()
    reader = Store(path, create=False)
    try:
        assert reader.counts()["facts"] == 2
        with pytest.raises(Exception, match="readonly"):
            with reader.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM errors")
    finally:
        reader.close()
    assert path.read_bytes() == before  # SQLite may add empty -wal/-shm files beside it


@pytest.mark.parametrize("as_url", [False, True], ids=["path", "sqlite-url"])
def test_store_read_only_missing_database_names_it(tmp_path, as_url):
    path = tmp_path / "nope.sqlite"
    with pytest.raises(StoreError) as exc:
        Store(f"sqlite:///{path}" if as_url else path, create=False)
    assert str(exc.value) == f"no database at {path}; run `newsfacts extract ... --db {path}` first"
    assert list(tmp_path.iterdir()) == []


def test_store_read_only_needs_the_newsfacts_tables(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"other.sqlite is not a newsfacts database \(no runs, "):
        Store(path, create=False)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"plain text, not a database\n" * 10, "is not an SQLite database"), (None, "is not a file")],
    ids=["text-file", "directory"],
)
def test_store_open_read_only_refuses_what_is_no_database(tmp_path, content, message):
    path = tmp_path / "notes.db"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=f"notes.db {message}"):
        open_read_only(path)


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("1E+9"), "1000000000"), (Decimal("0.250"), "0.25"), (Decimal("12.5"), "12.5")],
    ids=["1E+9", "0.250", "12.5"],
)
def test_store_decimal_text_is_positional(value, text):
    assert decimal_text(value) == text


def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_store_run_killed_earlier_is_marked_interrupted(store):
    import socket
    import subprocess
    import sys

    from sqlalchemy import select, update

    from pipeline.schema import runs

    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        ids = {}
        for name, host, pid in [
            ("dead", socket.gethostname(), _dead_pid()),
            ("alive", socket.gethostname(), alive.pid),
            ("elsewhere", "another-host", _dead_pid()),
        ]:
            ids[name] = store.start_run([name], VERSIONS)
            with store.engine.begin() as conn:
                conn.execute(update(runs).where(runs.c.id == ids[name]).values(host=host, pid=pid))
        store.start_run(["next"], VERSIONS)
        with store.engine.begin() as conn:
            status = dict(conn.execute(select(runs.c.id, runs.c.status)).all())
    finally:
        alive.kill()
    assert status[ids["dead"]] == "interrupted"
    assert status[ids["alive"]] == "running"
    assert status[ids["elsewhere"]] == "running"  # no way to tell from here


def test_store_database_from_before_run_hosts_gets_the_columns(tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as conn:  # the runs table as it was before host and pid
        conn.execute(
            "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at VARCHAR(32) NOT NULL, "
            "finished_at VARCHAR(32), status VARCHAR(16) NOT NULL, inputs TEXT NOT NULL, "
            "newsfacts_version VARCHAR(32) NOT NULL, spacy_version VARCHAR(32) NOT NULL, "
            "model VARCHAR(128) NOT NULL, records_read INTEGER NOT NULL, last_source TEXT NOT "
            "NULL, last_record TEXT NOT NULL, articles_new INTEGER NOT NULL, articles_duplicate "
            "INTEGER NOT NULL, facts INTEGER NOT NULL, errors INTEGER NOT NULL)"
        )
        conn.execute(
            "INSERT INTO runs VALUES (1, 'x', NULL, 'running', '[]', 't', 't', 't', 0, '', '', "
            "0, 0, 0, 0)"
        )
    store = Store(db)
    try:
        store.start_run(["again"], VERSIONS)
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, status, host FROM runs ORDER BY id").fetchall()
    assert rows[0] == (1, "running", "")  # an old run: no host, so nobody can say
    assert rows[1][1] == "running" and rows[1][2]


def test_store_database_from_before_kind_rule_gets_the_column(tmp_path):
    db = tmp_path / "old.sqlite"
    store = Store(db)
    _write(store, Article("x.txt", "", TEXT))
    store.close()
    with sqlite3.connect(db) as conn:  # the facts table as it was before kind_rule
        conn.execute("DROP VIEW fact_report")
        conn.execute("ALTER TABLE facts DROP COLUMN kind_rule")
    store = Store(db)
    try:
        _write(store, Article("y.txt", "", TEXT + " More."))
        rows = {r["source"]: r for r in _report(store)}
    finally:
        store.close()
    assert rows["x.txt"]["kind_rule"] == ""  # written before: nobody can say
    assert rows["y.txt"]["kind_rule"] == "deal"


def _report(store: Store) -> list[dict]:
    conn = sqlite3.connect(store.engine.url.database)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM fact_report WHERE company != ''").fetchall()
    conn.close()
    return [dict(r) for r in rows]
