"""The fact store: idempotent writes to the tables of pipeline/schema.py, read-only opening.

SQLite (WAL) is the embedded default; any SQLAlchemy URL (e.g.
``postgresql+psycopg://...``) points the same code at a server database.

Every key comes from content (article text hash; article, amount offsets and
company for a fact) and every unique constraint is over NOT NULL columns, so
re-running the same inputs inserts nothing new. Each batch is one transaction
that also moves the run's progress marker, so a killed run loses at most the
batch in flight and a re-run skips what was committed.

Everything that only reads (summary, audit, query, eval scoring) opens the
database through :func:`open_read_only` / :func:`read_only_engine`, which never
create or change it.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from pipeline.errors import StoreError
from pipeline.readonly import shown, sqlite_uri
from pipeline.rows import article_row, decimal_text, error_row, fact_row
from pipeline.schema import (
    ERROR_KEY_INDEX,
    FACT_REPORT_COLUMNS,
    FACT_REPORT_SQL,
    article_sources,
    articles,
    errors,
    fact_equivalents,
    facts,
    metadata,
    runs,
)
from pipeline.types import Article, ErrorRow, Fact


def db_url(db: str | Path) -> str:
    """A SQLAlchemy URL for ``db``: a URL is kept, a path becomes ``sqlite:///path``."""
    db = str(db)
    return db if "://" in db else f"sqlite:///{Path(db).expanduser()}"


def open_read_only(db: str | Path) -> sqlite3.Connection:
    """Open the SQLite file ``db`` to read only: every read of a file goes through here.

    The file is opened as a ``mode=ro`` URI (``immutable`` when no writer is at
    work: :func:`pipeline.readonly.sqlite_uri`), so SQLite itself refuses writes,
    a missing path is never created and no -wal/-shm file is left. Raises
    :class:`StoreError`, naming the file and what to do, when it is missing, empty,
    not a file or not an SQLite database.
    """
    path = Path(db).expanduser()  # as db_url does, so extract's ~/x.sqlite reads back
    if not path.exists():
        raise StoreError(f"no database at {db}; run `newsfacts extract ... --db {db}` first")
    if not path.is_file():
        raise StoreError(f"{db} is not a file; give the path of a newsfacts database")
    if path.stat().st_size == 0:  # SQLite would read it as an empty database
        raise StoreError(
            f"{db} is an empty file, not a newsfacts database; give the path "
            "a `newsfacts extract --db` run wrote"
        )
    uri = sqlite_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database at {db}: {exc}") from exc
    try:
        # SQLite reads the header lazily: touch it now so a wrong file fails here, named.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(
            f"{db} is not an SQLite database ({exc}); "
            "give the path a `newsfacts extract --db` run wrote"
        ) from exc
    return conn


def read_only_engine(db: str | Path) -> Engine:
    """A SQLAlchemy engine that reads ``db`` without changing it.

    A path or ``sqlite:///`` URL is opened through :func:`open_read_only`, tried
    once here so that a missing file fails now rather than at the first query.
    A PostgreSQL URL gets sessions whose transactions are all read-only; any
    other URL is used as given: the server's grants decide what it may do.
    """
    target = str(db)
    if "://" in target and not target.startswith("sqlite:///"):
        # PostgreSQL: every transaction of this engine is read-only, whatever the grants
        ro = {"options": "-c default_transaction_read_only=on"}
        try:
            return create_engine(target, connect_args=ro if target.startswith("postgres") else {})
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot use the database URL {shown(db)}: {exc}") from exc
    path = target.removeprefix("sqlite:///") if "://" in target else db
    open_read_only(path).close()
    return create_engine(db_url(path), creator=lambda: open_read_only(path))


def _require_schema(engine: Engine, db: str | Path) -> None:
    """Fail at open, naming the database, when it lacks the newsfacts tables: one
    opened read-only cannot be given them, and every read would fail later."""
    try:
        found = inspect(engine)
        names = set(found.get_table_names()) | set(found.get_view_names())
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot read the database {shown(db)}: {exc}") from exc
    missing = [name for name in [*metadata.tables, "fact_report"] if name not in names]
    if missing:
        engine.dispose()
        raise StoreError(
            f"{shown(db)} is not a newsfacts database (no {', '.join(missing)}); "
            "give the path a `newsfacts extract --db` run wrote"
        )


def check_folder(db: str | Path) -> None:
    """Name the missing folder of a SQLite path (SQLite would only say "unable to open")."""
    target = str(db)
    if "://" in target and not target.startswith("sqlite:///"):
        return
    path = Path(target.removeprefix("sqlite:///")).expanduser()
    if target not in ("", ":memory:", "sqlite:///:memory:") and not path.parent.is_dir():
        raise StoreError(
            f"the folder {path.parent} of --db {db} does not exist; "
            f"create it (mkdir -p {path.parent}) or give another path"
        )


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cur.execute("PRAGMA synchronous=NORMAL")  # durable at each commit under WAL
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _alive(pid: int) -> bool:
    """A process with this id exists on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _view_outdated(conn: Connection) -> bool:
    """True when a fact_report view exists whose columns are not today's."""
    if "fact_report" not in inspect(conn).get_view_names():
        return False
    return [c["name"] for c in inspect(conn).get_columns("fact_report")] != FACT_REPORT_COLUMNS


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One database of facts: created with its schema on first use, or opened to read."""

    def __init__(self, db: str | Path, *, create: bool = True) -> None:
        """Open ``db`` (a path or SQLAlchemy URL), creating the file and schema as needed.

        With ``create=False`` the database must already exist and is opened
        read-only (:func:`read_only_engine`): nothing in it is created or changed.
        """
        if not create:
            self.engine: Engine = read_only_engine(db)
            _require_schema(self.engine, db)
            return
        check_folder(db)
        try:
            self.engine = create_engine(db_url(db))
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open database {shown(db)}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            metadata.create_all(self.engine)
            added = self._add_missing_columns()
            with self.engine.begin() as conn:
                if added or _view_outdated(conn):  # an older view lacks the new columns
                    conn.execute(text("DROP VIEW IF EXISTS fact_report"))
                conn.execute(text(FACT_REPORT_SQL.format(create=self._create_view())))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot create the newsfacts tables in {shown(db)}: {exc}") from exc

    def _create_view(self) -> str:
        """SQLite has no CREATE OR REPLACE VIEW; PostgreSQL has no CREATE VIEW IF NOT EXISTS."""
        return "VIEW IF NOT EXISTS" if self.engine.dialect.name == "sqlite" else "OR REPLACE VIEW"

    def files(self) -> list[str]:
        """The database's own files (never read back as input)."""
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return []
        main = str(Path(self.engine.url.database).resolve())
        return [main] + [main + suffix for suffix in ("-wal", "-shm", "-journal")]

    def close(self) -> None:
        self.engine.dispose()

    # -- runs -----------------------------------------------------------------

    def _add_missing_columns(self) -> bool:
        """A database made before runs had ``host`` and ``pid``, or facts had
        ``currency_source``, gets them (empty); True when a column was added."""
        added = False
        with self.engine.begin() as conn:
            for table, name, ddl in (
                ("runs", "host", "VARCHAR(255) NOT NULL DEFAULT ''"),
                ("runs", "pid", "INTEGER NOT NULL DEFAULT 0"),
                ("facts", "currency_source", "VARCHAR(8) NOT NULL DEFAULT ''"),
                ("facts", "role", "VARCHAR(8) NOT NULL DEFAULT ''"),
                ("facts", "kind_rule", "VARCHAR(16) NOT NULL DEFAULT ''"),
                ("errors", "key", "VARCHAR(16) NOT NULL DEFAULT ''"),
                ("errors", "seen", "INTEGER NOT NULL DEFAULT 1"),
                ("errors", "last_run_id", "INTEGER"),
                ("runs", "records_rejected", "INTEGER NOT NULL DEFAULT 0"),
                ("runs", "articles_failed", "INTEGER NOT NULL DEFAULT 0"),
            ):
                if name not in {c["name"] for c in inspect(conn).get_columns(table)}:
                    conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}"))
                    added = True
            ERROR_KEY_INDEX.create(conn, checkfirst=True)  # databases from before the key
        return added

    def close_stale_runs(self) -> list[int]:
        """Mark "interrupted" the runs of this host still "running" whose process is
        gone (killed, crashed); return their ids. Other hosts' runs are left alone."""
        host = socket.gethostname()
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(runs.c.id, runs.c.pid).where(runs.c.status == "running", runs.c.host == host)
            ).all()
            stale = [r.id for r in rows if r.pid != os.getpid() and not _alive(r.pid)]
            if stale:
                conn.execute(
                    update(runs)
                    .where(runs.c.id.in_(stale))
                    .values(status="interrupted", finished_at=_now())
                )
        return stale

    def start_run(self, inputs: Sequence[str], versions: dict[str, str]) -> int:
        self.close_stale_runs()
        with self.engine.begin() as conn:
            result = conn.execute(
                insert(runs).values(
                    started_at=_now(),
                    status="running",
                    host=socket.gethostname(),
                    pid=os.getpid(),
                    inputs=json.dumps(list(inputs)),
                    newsfacts_version=versions["newsfacts"],
                    spacy_version=versions["spacy"],
                    model=versions["model"],
                )
            )
            key = result.inserted_primary_key
            if key is None:  # SQLAlchemy gives None only for statements that insert no row
                raise StoreError("the database gave no id for the new run")
            return int(key[0])

    def finish_run(self, run_id: int, status: str = "finished") -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(runs).where(runs.c.id == run_id).values(finished_at=_now(), status=status)
            )

    # -- writes ---------------------------------------------------------------

    def known_articles(self, shas: Iterable[str]) -> set[str]:
        """The subset of ``shas`` already stored (a re-run skips them)."""
        shas = list(shas)
        if not shas:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles.c.sha256).where(articles.c.sha256.in_(shas)))
            return {r[0] for r in rows}

    def write_batch(
        self,
        run_id: int,
        *,
        new_articles: Sequence[Article] = (),
        sources: Sequence[Article] = (),
        batch_facts: Sequence[Fact] = (),
        batch_errors: Sequence[ErrorRow] = (),
        records_read: int = 0,
        duplicates: int = 0,
        rejected: int = 0,
        last: tuple[str, str] = ("", ""),
        failed: int = 0,
    ) -> int:
        """Write one batch and move the run's progress marker, in one transaction.

        ``sources`` are all articles met in the batch (new or not), so every
        provenance is kept. Returns the number of facts actually inserted.
        """
        article_rows = [article_row(a, run_id) for a in new_articles]
        source_rows = [
            {"article_id": a.article_id, "source": a.source, "record": a.record, "run_id": run_id}
            for a in sources
        ]
        fact_rows = [fact_row(f, run_id) for f in batch_facts]
        equivalent_rows = [
            {
                "fact_id": f.fact_id,
                "position": i,
                "amount": float(m.amount),
                "amount_exact": decimal_text(m.amount),
                "currency": m.currency,
            }
            for f in batch_facts
            for i, m in enumerate(f.equivalents)
        ]
        error_rows = [{"run_id": run_id, **error_row(e)} for e in batch_errors]
        try:
            with self.engine.begin() as conn:
                new = self._insert_ignore(conn, articles, article_rows)
                self._insert_ignore(conn, article_sources, source_rows)
                inserted = self._insert_ignore(conn, facts, fact_rows)
                self._insert_ignore(conn, fact_equivalents, equivalent_rows)
                if error_rows:
                    self._upsert_errors(conn, error_rows)
                conn.execute(
                    update(runs)
                    .where(runs.c.id == run_id)
                    .values(
                        records_read=runs.c.records_read + records_read,
                        articles_new=runs.c.articles_new + new,
                        articles_duplicate=runs.c.articles_duplicate + duplicates,
                        facts=runs.c.facts + inserted,
                        errors=runs.c.errors + len(error_rows),
                        records_rejected=runs.c.records_rejected + rejected,
                        articles_failed=runs.c.articles_failed + failed,
                        last_source=last[0],
                        last_record=last[1],
                    )
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the database: {exc}") from exc
        return inserted

    def _upsert_errors(self, conn: Connection, rows: list[dict]) -> None:
        """Insert error rows; one met before (same key) only counts as seen again."""
        from pipeline.error_keys import upsert_errors

        upsert_errors(conn, self.engine.dialect.name, rows)

    def _insert_ignore(self, conn: Connection, table: Table, rows: list[dict]) -> int:
        """INSERT ... ON CONFLICT DO NOTHING; returns how many rows were new."""
        if not rows:
            return 0
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            # sqlite3's executemany rowcount is the total of rows inserted.
            stmt = sqlite_insert(table).on_conflict_do_nothing()
            return max(int(conn.execute(stmt, rows).rowcount), 0)
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as postgresql_insert

            # Batched "insertmanyvalues" has no rowcount on servers: count what RETURNING gives.
            pk = list(table.primary_key.columns)
            first = pk[0] if pk else list(table.columns)[0]
            returning = postgresql_insert(table).on_conflict_do_nothing().returning(first)
            return len(conn.execute(returning, rows).all())
        raise StoreError(  # pragma: no cover - other servers are not supported yet
            f"database {dialect} is not supported; use SQLite or PostgreSQL"
        )

    # -- reads ----------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in (articles, facts, errors, runs)
            }

    def run_row(self, run_id: int) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(select(runs).where(runs.c.id == run_id)).mappings().one()
            return dict(row)

    def run_errors(self, run_id: int, limit: int = 20) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(errors).where(errors.c.run_id == run_id).order_by(errors.c.id).limit(limit)
            )
            return [dict(r) for r in rows.mappings()]

    def facts_without_usd(self) -> int:
        with self.engine.connect() as conn:
            query = select(func.count()).select_from(facts).where(facts.c.amount_usd.is_(None))
            return int(conn.execute(query).scalar_one())

    def fact(self, fact_id: str) -> dict | None:
        """One fact_report row plus the audit details, or None."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(text("SELECT * FROM fact_report WHERE fact_id = :id"), {"id": fact_id})
                .mappings()
                .first()
            )
            if row is None:
                return None
            detail = conn.execute(select(facts).where(facts.c.id == fact_id)).mappings().one()
            art = conn.execute(
                select(articles.c.text, articles.c.url).where(articles.c.id == row["article_id"])
            ).one()
            equivalents = conn.execute(
                select(fact_equivalents.c.amount_exact, fact_equivalents.c.currency)
                .where(fact_equivalents.c.fact_id == fact_id)
                .order_by(fact_equivalents.c.position)
            ).all()
        return {
            **dict(row),
            "amount_exact": detail["amount_exact"],
            "rule": detail["rule"],
            "company_canonical": detail["company_canonical"],
            "company_ticker": detail["company_ticker"],
            "sector_words": detail["sector_words"],
            "target_year": detail["target_year"],
            "usd_rate": detail["usd_rate"],
            "usd_rate_date": detail["usd_rate_date"],
            "url": art.url,
            "article_text": art.text,
            "equivalents": [(e.amount_exact, e.currency) for e in equivalents],
        }
