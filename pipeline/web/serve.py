"""``newsfacts serve``: Datasette over a read-only copy of a database, with search.

The user's database is never written: it is copied with SQLite's backup API
(opened ``mode=ro``), the copy gets the full-text indexes and the
``fact_browse`` view, and Datasette serves the copy immutable.
"""

from __future__ import annotations

import signal
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import StoreError
from pipeline.web.metadata import DB_NAME, WEB_DIR, datasette_metadata

TEMPLATES = WEB_DIR / "templates"

# Full-text indexes over article text and fact sentences (FTS5 external content:
# the text is not stored twice), and fact_report with a year column for facets.
_PREPARE = """
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles");
INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text FROM articles;
CREATE VIRTUAL TABLE facts_fts USING fts5(sentence, company, content="facts");
INSERT INTO facts_fts(rowid, sentence, company) SELECT rowid, sentence, company FROM facts;
CREATE VIEW fact_browse AS SELECT *, substr(published, 1, 4) AS year FROM fact_report;
"""


def prepare_copy(db: str | Path, folder: Path) -> Path:
    """Copy the SQLite database ``db`` into ``folder`` and index the copy for search."""
    path = Path(db)
    if "://" in str(db):
        raise StoreError(
            f"serve reads SQLite files only, not {str(db).split('://')[0]}:// URLs: "
            "export with `newsfacts export` or copy the data into SQLite first"
        )
    if not path.is_file():
        raise StoreError(f"no database at {path}: run `newsfacts extract ... --db {path}` first")
    copy = folder / f"{DB_NAME}.db"
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(copy)
        with source, target:
            names = {r[0] for r in source.execute("SELECT name FROM sqlite_master")}
            if not {"facts", "articles", "fact_report"} <= names:
                raise StoreError(
                    f"{path} is not a newsfacts database (no facts, articles "
                    "or fact_report): point --db at a file `newsfacts extract` wrote"
                )
            source.backup(target)
            target.executescript(_PREPARE)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read {path} as a SQLite database: {exc}") from exc
    finally:
        source.close()
        target.close()
    return copy


def make_app(copy: Path):  # type: ignore[no-untyped-def]
    """The Datasette ASGI app over ``copy``, with newsfacts' plugin registered."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from pipeline.web import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="newsfacts")
    ds = Datasette(
        immutables=[str(copy)],
        metadata=datasette_metadata(),
        template_dir=str(TEMPLATES),
        settings={"sql_time_limit_ms": 5000, "allow_download": False},
    )
    return ds


def _stop(signum: int, _frame: object) -> None:
    # uvicorn shuts down on SIGTERM, then raises it again: exit through Python so
    # the temporary copy is removed
    raise SystemExit(128 + signum)


def serve(db: str, host: str, port: int, log: Callable[[str], object] = print) -> None:
    """Prepare a copy of ``db`` and serve it until Ctrl-C or SIGTERM; the copy is removed."""
    import asyncio

    import uvicorn

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with tempfile.TemporaryDirectory(prefix="newsfacts-serve-") as folder:
            log(f"indexing a read-only copy of {db} in {folder} for search ...")
            ds = make_app(prepare_copy(db, Path(folder)))
            asyncio.run(ds.invoke_startup())
            log(f"serving {db} at http://{host}:{port}/ (Ctrl-C stops)")
            try:
                uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
            except KeyboardInterrupt:
                pass
        log("stopped; the temporary copy is removed")
    finally:
        signal.signal(signal.SIGTERM, previous)
