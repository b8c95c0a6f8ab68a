"""Opening a database only to read it, leaving no trace, and naming it safely.

Every command that only reads (query, audit, summary, and export or serve through
:func:`newsfacts_uri`) opens SQLite files through :func:`sqlite_uri`:

- with no ``-wal`` or ``-journal`` beside the file, no writer is at work and the
  file is opened ``immutable=1``: SQLite takes no locks and creates no ``-wal`` or
  ``-shm`` files (a plain ``mode=ro`` open of a WAL database creates both and,
  being read-only, cannot remove them when it closes);
- with one, a writer is running (or was killed): the file is opened ``mode=ro``
  so the reader sees the writer's committed batches through its WAL; the
  files it uses are the writer's own.

A write that begins while an immutable read is running is not seen by that read;
the read may fail, it never writes. :func:`shown` hides the password of a URL in
every message.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pipeline.errors import StoreError

__all__ = ["NEWSFACTS_TABLES", "check_newsfacts", "newsfacts_uri", "shown", "sqlite_uri"]

# What a newsfacts database holds (pipeline/schema.py); a reader refuses a file without them.
NEWSFACTS_TABLES = (
    "runs",
    "articles",
    "article_sources",
    "facts",
    "fact_equivalents",
    "errors",
    "fact_report",
)


def shown(db: str | Path) -> str:
    """``db`` as it may be printed: a URL's password becomes ``***``.

    >>> shown("postgresql+psycopg://ann:s3cret@host/facts")
    'postgresql+psycopg://ann:***@host/facts'
    >>> shown("facts.sqlite")
    'facts.sqlite'
    """
    text = str(db)
    if "://" not in text:
        return text
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return text.split("://", 1)[0] + "://***"  # unparsable: show the scheme only


def sqlite_uri(path: Path) -> str:
    """The URI that opens the SQLite file ``path`` read-only without creating files."""
    base = path.resolve().as_uri()
    writer_files = (Path(f"{path}-wal"), Path(f"{path}-journal"))
    if any(p.exists() for p in writer_files):
        return base + "?mode=ro"
    return base + "?mode=ro&immutable=1"


def check_newsfacts(conn: sqlite3.Connection, db: str | Path) -> None:
    """Raise :class:`StoreError` unless ``conn`` holds the newsfacts tables and view."""
    names = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    missing = [name for name in NEWSFACTS_TABLES if name not in names]
    if missing:
        raise StoreError(
            f"{shown(db)} is not a newsfacts database (no {', '.join(missing)}); "
            "give the path a `newsfacts extract --db` run wrote"
        )


def newsfacts_uri(db: str | Path) -> str:
    """The read-only URI of the newsfacts database file ``db``, checked first.

    For tools that open the file themselves (Datasette, an exporter): raises
    :class:`StoreError` when ``db`` is missing, not SQLite or not newsfacts.
    """
    from pipeline.store import open_read_only

    conn = open_read_only(db)
    try:
        check_newsfacts(conn, db)
    finally:
        conn.close()
    return sqlite_uri(Path(str(db).removeprefix("sqlite:///")).expanduser())
