"""Error rows keyed by content, so that a re-run meeting the same error adds no row.

The key hashes source, record, reason and message: the same bad record met by
a later run (every re-run of a dump meets it again) updates the first row,
counting it in ``seen`` and noting the run in ``last_run_id``, instead of adding
a copy. ``runs.errors`` still counts what each run met.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text

from pipeline.schema import errors

__all__ = ["error_key", "upsert_errors"]


def error_key(row: dict[str, str]) -> str:
    """The content key of an error row (16 hex digits, like the other ids)."""
    parts = (row["source"], row["record"], row["reason"], row["message"])
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).hexdigest()[:16]


def upsert_errors(conn: Connection, dialect: str, rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT (key) DO UPDATE: seen + 1, last_run_id = this run."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
    else:  # pragma: no cover - Store refuses other servers first
        raise ValueError(f"database {dialect} is not supported")
    stmt = insert(errors)
    stmt = stmt.on_conflict_do_update(
        index_elements=[errors.c.key],
        index_where=text("key != ''"),
        set_={"seen": errors.c.seen + 1, "last_run_id": stmt.excluded.run_id},
    )
    conn.execute(stmt, [{**row, "last_run_id": row["run_id"]} for row in rows])
