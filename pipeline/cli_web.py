"""The commands that show and hand over a database: ``serve``, ``schema``, ``export``.

:mod:`pipeline.cli` calls :func:`register_web` with its group and ``--db``
option (passed in, not imported: ``python -m pipeline.cli`` runs that module
as ``__main__``, and a second import would register on a second group).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

DbOption = Callable[..., Any]


def register_web(cli: click.Group, db_option: DbOption) -> None:
    """Add serve, schema and export to ``cli`` (its ``command()`` makes its command class)."""
    _serve(cli, db_option)
    _schema(cli)
    _export(cli, db_option)


def _serve(cli: click.Group, db_option: DbOption) -> None:
    @cli.command()
    @db_option()
    @click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
    @click.option(
        "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port."
    )
    def serve(db: str, host: str, port: int) -> None:
        """Browse a database in a web browser (Datasette, read-only).

        Facets, canned queries, full-text search, a page per fact with its
        sentence highlighted, and a dashboard at /-/newsfacts/dashboard. The
        database itself is never written: a copy is indexed for search and
        served immutable.

        \b
        Example:
            newsfacts serve --db facts.sqlite --port 8001
        """
        from pipeline.web.serve import serve as run_serve

        run_serve(db, host, port, log=lambda m: click.echo(m, err=True))


def _schema(cli: click.Group) -> None:
    @cli.command()
    @click.option(
        "--json", "as_json", is_flag=True, help="Print JSON: {name: {description, columns}}."
    )
    def schema(as_json: bool) -> None:
        """Print the tables, views and columns of a newsfacts database, with what they mean.

        \b
        Example:
            newsfacts schema
            newsfacts schema --json
        """
        from pipeline.web.metadata import describe, relations

        described: dict[str, dict[str, Any]] = {
            name: {"description": describe(name), "columns": {c: describe(name, c) for c in cols}}
            for name, cols in relations().items()
        }
        if as_json:
            click.echo(json.dumps(described, indent=2, ensure_ascii=False))
            return
        for name, info in described.items():
            kind = "view" if name == "fact_report" else "table"
            click.echo(f"{kind} {name}: {info['description']}")
            width = max(len(c) for c in info["columns"])
            for column, text in info["columns"].items():
                click.echo(f"  {column.ljust(width)}  {text}")
            click.echo("")


def _export(cli: click.Group, db_option: DbOption) -> None:
    @cli.command(name="export")
    @db_option()
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["csv", "jsonl", "parquet"]),
        default="csv",
        show_default=True,
        help="Output format.",
    )
    @click.option(
        "--where", default="", help="SQL condition on fact_report, e.g. \"kind = 'deal'\"."
    )
    @click.option(
        "-o",
        "--output",
        default="-",
        show_default=True,
        help="File to write; - is standard output.",
    )
    @click.option(
        "--bom", is_flag=True, help="CSV/JSONL: start with a UTF-8 byte order mark (Excel)."
    )
    def export_cmd(db: str, fmt: str, where: str, output: str, bom: bool) -> None:
        """Write the fact_report view for spreadsheets and data frames.

        CSV (RFC 4180, CRLF), JSON Lines (one fact a line; NULL is null, '' is "")
        or Parquet (decimal amounts and rates, dates, strings; needs -o).
        Numbers keep their written digits, never 1.07e+15.

        \b
        Example:
            newsfacts export --db facts.sqlite --format csv --bom -o facts.csv
            newsfacts export --db facts.sqlite --format parquet --where "kind = 'deal'" -o d.parquet
        """
        from pipeline.export import export

        count = export(db, fmt, where=where, output=output, bom=bom)
        if output != "-":
            click.echo(f"wrote {count} facts to {output}", err=True)
