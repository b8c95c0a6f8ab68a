"""The options several newsfacts commands share: ``--db``, ``--field`` and the query limits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

DEFAULT_DB = "facts.sqlite"
DB_ENV = "NEWSFACTS_DB"

_F = TypeVar("_F", bound=Callable[..., Any])


def db_option(default: str | None = DEFAULT_DB) -> Callable[[_F], _F]:
    """The ``--db`` option of every command; ``default=None`` means a temporary database.

    NEWSFACTS_DB sets it, except where the default is a temporary database (eval).
    """
    return click.option(
        "--db",
        default=default,
        envvar=DB_ENV if default is not None else None,
        show_default=True if default is not None else "temporary",
        help=f"SQLite file or SQLAlchemy URL (or set {DB_ENV}).",
    )


def parse_fields(values: tuple[str, ...]) -> dict[str, str]:
    from pipeline.ingest.records import check_fields

    out = {}
    for value in values:
        name, sep, key = value.partition("=")
        if not sep or not name or not key:
            raise click.BadParameter(
                f"{value!r} is not NAME=KEY, e.g. --field text=story", param_hint="--field"
            )
        out[name.strip()] = key.strip()
    try:
        return check_fields(out)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--field") from exc


# the limits of one query (pipeline/sandbox.py): option, type, default, help
_LIMITS = (
    ("--timeout", click.FloatRange(min=0, min_open=True), 10.0, "Seconds the query may run."),
    ("--max-rows", click.IntRange(1), 10_000, "Rows printed at most."),
    ("--max-value-bytes", click.IntRange(1), 100_000_000, "Bytes of one value at most."),
    ("--max-output-bytes", click.IntRange(1), 50_000_000, "Bytes of all values at most."),
)


def query_limit_options(f: _F) -> _F:
    """The limits of one query (pipeline/sandbox.py)."""
    for name, kind, default, text in reversed(_LIMITS):
        f = click.option(name, type=kind, default=default, show_default=True, help=text)(f)
    return f
