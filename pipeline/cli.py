"""The ``newsfacts`` command: thin wrappers that parse arguments, call, print.

Two things are defined once for every command: the ``--db`` option
(:func:`db_option`) and the turning of errors a user can act on into one
``Error:`` line with exit code 1 (:class:`_Command`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline import __version__
from pipeline.errors import NewsfactsError
from pipeline.types import KINDS, ErrorRow

DEFAULT_DB = "facts.sqlite"

_F = TypeVar("_F", bound=Callable[..., Any])


def db_option(default: str | None = DEFAULT_DB) -> Callable[[_F], _F]:
    """The ``--db`` option of every command; ``default=None`` means a temporary database."""
    return click.option(
        "--db",
        default=default,
        show_default=True if default is not None else "temporary",
        help="SQLite file or SQLAlchemy URL (query: SQLite file only).",
    )


class _Command(click.Command):
    """A command whose expected failures print as ``Error: message``, exit code 1.

    Every command converts :class:`NewsfactsError` (its messages are written for
    users); ``also_converts`` adds the built-in errors one command expects from
    what it calls. Anything else is a bug and keeps its traceback.
    """

    def __init__(
        self, *args: Any, also_converts: tuple[type[Exception], ...] = (), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.user_errors: tuple[type[Exception], ...] = (NewsfactsError, *also_converts)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except self.user_errors as exc:
            raise click.ClickException(str(exc)) from exc


class _Group(click.Group):
    """A group whose ``@cli.command()`` makes a :class:`_Command`."""

    command_class = _Command


def _fields(values: tuple[str, ...]) -> dict[str, str]:
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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsfacts")
def cli() -> None:
    """Turn dumps of news articles into an auditable database of money facts.

    \b
    Example:
        newsfacts extract corpus/news --db facts.sqlite
        newsfacts query --db facts.sqlite "SELECT company, amount, currency FROM fact_report"
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option()
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=KEY",
    help="Read field NAME (text, title, url, date, id) from KEY in JSON/CSV records.",
)
@click.option("--batch-size", default=64, show_default=True, help="Articles per transaction.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="NLP processes (default: 2 on two cores or more; 0: all in this process).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no error lines.")
def extract(
    paths: tuple[str, ...],
    db: str,
    fields: tuple[str, ...],
    batch_size: int,
    workers: int | None,
    quiet: bool,
) -> None:
    """Extract the money facts of every article under PATHS into --db.

    PATHS are files, directories (read recursively) or - for standard input:
    text, JSON Lines, JSON, CSV/TSV, HTML, RSS/Atom, WARC and Reuters SGML,
    also compressed (.gz .bz2 .xz .zst) or inside .zip and .tar archives.
    Running the same command again adds nothing and resumes a killed run.

    \b
    Example:
        newsfacts extract corpus/news dump.jsonl.gz --db facts.sqlite
        newsfacts extract stories.csv --field text=story --field title=hed
        newsfacts extract big-dump.jsonl.gz --workers 2
    """
    from pipeline.extract import accounting_line
    from pipeline.extract import extract as run_extract
    from pipeline.workers import default_workers

    field_map = _fields(fields)
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def on_error(row: ErrorRow) -> None:
        if quiet:
            return
        if bar is not None:
            bar.write(f"error: {row.message}", file=sys.stderr)
        else:
            click.echo(f"error: {row.message}", err=True)

    try:
        summary = run_extract(
            paths,
            db=db,
            fields=field_map or None,
            batch_size=batch_size,
            workers=default_workers() if workers is None else workers,
            on_article=(lambda _a: bar.update(1)) if bar is not None else None,
            on_error=on_error,
        )
    finally:
        if bar is not None:
            bar.close()
    from pipeline.summary import format_summary

    click.echo(format_summary(db))
    click.echo(
        f"this run: {summary.records_read} records read, {summary.articles_new} new articles, "
        f"{summary.duplicates} already stored, {summary.facts} new facts, "
        f"{summary.errors} errors in {summary.seconds:.1f}s (run {summary.run_id})"
    )
    click.echo(accounting_line(summary))
    if summary.read_nothing:
        raise click.ClickException("no input could be read; see the errors above")


@cli.command()
@db_option()
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(KINDS),
    help="Only these kinds (repeat the option for several); default: every kind.",
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Articles published on or after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Articles published on or before.")
@click.option(
    "--limit", default=10, show_default=True, type=click.IntRange(1), help="Companies per kind."
)
def summary(
    db: str, kinds: tuple[str, ...], since: datetime | None, until: datetime | None, limit: int
) -> None:
    """Print the totals of a database and its top companies of each kind.

    Kinds are never added together, and a figure is counted once however often
    it is reported (the same company, amount, currency and kind within a week).

    \b
    Example:
        newsfacts summary --db facts.sqlite --kind deal --since 2024-01-01 --limit 5
    """
    from pipeline.summary import SummaryFilter, format_summary

    flt = SummaryFilter(
        kinds=kinds,
        since=since.date().isoformat() if since else "",
        until=until.date().isoformat() if until else "",
        limit=limit,
    )
    click.echo(format_summary(db, flt))


@cli.command()
@click.argument("sql")
@db_option()
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of objects.")
def query(sql: str, db: str, as_csv: bool, as_json: bool) -> None:
    """Run a read-only SQL query; anything but reading is refused.

    \b
    Example:
        newsfacts query --db facts.sqlite "SELECT company, amount, currency, sector
            FROM fact_report ORDER BY amount DESC LIMIT 10"
    """
    from pipeline.query import format_csv, format_json, format_table, run_query

    cols, rows = run_query(db, sql)
    formatter = format_json if as_json else format_csv if as_csv else format_table
    click.echo(formatter(cols, rows), nl=not as_csv)


@cli.command()
@click.argument("fact_id")
@db_option()
def audit(fact_id: str, db: str) -> None:
    """Show where a fact came from, and check its offsets against the stored text.

    \b
    Example:
        newsfacts audit --db facts.sqlite 3f2a9c1b0d4e5f67
    """
    from pipeline.audit import audit_fact

    report, ok = audit_fact(db, fact_id)
    click.echo(report)
    if not ok:
        sys.exit(1)


@cli.command(name="eval")
@click.argument("paths", nargs=-1, required=True)
@click.option("--gold", "gold", multiple=True, required=True, help="Gold JSONL file (repeatable).")
@db_option(default=None)
@click.option(
    "--gold-docs-only",
    is_flag=True,
    help="Process and score only the articles the gold files name (a dev set inside a collection).",
)
@click.option("--verbose", "-v", is_flag=True, help="List missed and wrong facts.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_cmd(
    paths: tuple[str, ...],
    gold: tuple[str, ...],
    db: str | None,
    gold_docs_only: bool,
    verbose: bool,
    as_json: bool,
) -> None:
    """Extract PATHS and score the facts against gold files (see FACTS.md).

    \b
    Example:
        newsfacts eval --gold ../shared/corpus/seeds.gold.jsonl ../shared/corpus/seeds
    """
    from pipeline.evaluate import evaluate, format_scores

    scores = evaluate(paths, gold, db=db, gold_docs_only=gold_docs_only)
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2, default=str))
    else:
        click.echo(format_scores(scores, verbose=verbose))


@cli.command(also_converts=(FileNotFoundError, ValueError))  # no dump yet; a bad variant
@click.option(
    "--dump",
    default="out/bench.jsonl.gz",
    show_default=True,
    help="gzip JSONL of articles (scripts/build_bench_dump.py writes it).",
)
@click.option("--rounds", default=3, show_default=True, help="Rounds; medians are quoted.")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--quick", is_flag=True, help="300 articles, 1 round: for trying things out.")
@click.option(
    "--money-only",
    is_flag=True,
    help="Only articles with a currency cue near a figure: those extraction runs NER on.",
)
@click.option(
    "--variant",
    "variants",
    multiple=True,
    type=click.Choice(["full", "ner", "ner2", "extract1", "extract2"]),
    help="Run only these variants (default: all five).",
)
@click.option("--json-out", default="bench.json", show_default=True, help="Where to write figures.")
def bench(
    dump: str,
    rounds: int,
    limit: int | None,
    quick: bool,
    money_only: bool,
    variants: tuple[str, ...],
    json_out: str,
) -> None:
    """Time extraction against bare spaCy on the same articles; print and save the figures.

    \b
    Example:
        python scripts/build_bench_dump.py && newsfacts bench
        newsfacts bench --quick --variant ner --variant extract1
        newsfacts bench --money-only --variant ner --variant extract1
    """
    from pipeline.bench import VARIANTS, format_table, run_bench

    if quick:
        rounds, limit = 1, limit or 300
    result = run_bench(
        Path(dump),
        rounds=rounds,
        limit=limit,
        money_only=money_only,
        variants=variants or VARIANTS,
        out=Path(json_out),
        log=lambda m: click.echo(m, err=True),
    )
    click.echo(format_table(result))


def main() -> None:
    cli(prog_name="newsfacts")


if __name__ == "__main__":
    main()
