"""The ``newsfacts`` command: thin wrappers that parse arguments, call, print.

Two things are defined once for every command: the ``--db`` option
(:func:`pipeline.cli_options.db_option`) and the turning of errors a user can act on into one
``Error:`` line with exit code 1 (:class:`_Command`).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from pipeline import __version__
from pipeline.cli_options import db_option, parse_fields, query_limit_options
from pipeline.errors import NewsfactsError
from pipeline.types import KINDS, Article, ErrorRow


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
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Articles per transaction.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="NLP processes (default: 2 on two cores or more; 0: all in this process).",
)
@click.option(
    "--date",
    "default_date",
    default="",
    metavar="YYYY-MM-DD",
    help="Publication date for articles that carry none (their USD rate is that day's).",
)
@click.option(
    "--include", multiple=True, metavar="GLOB", help="Read only matching files (repeatable)."
)
@click.option(
    "--exclude", multiple=True, metavar="GLOB", help="Skip matching files, e.g. 'README*'."
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also name each file and time the stages.")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="ray: shards on a Ray cluster, one worker per CPU (README, Many machines).",
)
@click.option("--ray-address", default=None, help="Ray head HOST:PORT (default: a local Ray).")
@click.option(
    "--ray-split-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=4.0,
    show_default=True,
    help="With --engine ray, a file larger than this is split into one part per worker.",
)
def extract(
    paths: tuple[str, ...],
    db: str,
    fields: tuple[str, ...],
    batch_size: int,
    workers: int | None,
    default_date: str,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    quiet: bool,
    verbose: bool,
    engine: str,
    ray_address: str | None,
    ray_split_mb: float,
) -> None:
    """Extract the money facts of every article under PATHS into --db.

    PATHS are files, directories (read recursively) or - for standard input:
    text, JSON Lines, JSON, CSV/TSV, HTML, RSS/Atom, WARC and Reuters SGML,
    also compressed (.gz .bz2 .xz .zst) or inside .zip and .tar archives.
    Running the same command again adds nothing and resumes a killed run.
    Progress goes to stderr: a status line on a terminal, else a plain line
    every few seconds.

    \b
    Example:
        newsfacts extract corpus/news dump.jsonl.gz --db facts.sqlite
        newsfacts extract stories.csv --field text=story --field title=hed
        newsfacts extract bbc/ --date 2005-01-01 --exclude 'README*' --workers 2
        newsfacts extract dumps/ --engine ray --ray-address head:6379 --db postgresql+psycopg://h/db
    """
    from pipeline.extract import accounting_line, check_inputs
    from pipeline.extract import extract as run_extract
    from pipeline.progress import Progress, count_files
    from pipeline.select import check_date, matches, source_filter
    from pipeline.workers import default_workers

    field_map = parse_fields(fields)
    check_inputs(paths, db)
    try:
        default_date = check_date(default_date) if default_date else ""
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--date") from exc
    progress = None
    if not quiet:
        keep_file = (lambda f: matches(f, include, exclude)) if include or exclude else None
        progress = Progress(
            sys.stderr, tty=sys.stderr.isatty(), total_files=count_files(paths, keep_file)
        )
        progress.loading()

    def on_error(row: ErrorRow) -> None:
        if progress is not None:
            progress.message(f"error: {row.message}")
        else:
            click.echo(f"error: {row.message}", err=True)

    def on_article(article: Article) -> None:
        assert progress is not None
        if verbose and article.source != progress.last_file:
            progress.message(f"reading {article.source}")
        progress.article(article)

    from pipeline.signals import Interrupted, interruptible

    try:
        with interruptible():
            if engine == "ray":
                from pipeline.engines.ray_engine import extract_ray

                summary = extract_ray(
                    paths,
                    db=db,
                    fields=field_map or None,
                    batch_size=batch_size,
                    address=ray_address,
                    workers=workers or None,
                    part_bytes=int(ray_split_mb * (1 << 20)),
                    on_progress=(lambda n: progress.advance(n)) if progress else None,
                    on_error=lambda m: on_error(ErrorRow("", "", "", m)),
                )
            else:
                summary = run_extract(
                    paths,
                    db=db,
                    fields=field_map or None,
                    batch_size=batch_size,
                    workers=default_workers() if workers is None else workers,
                    on_article=on_article if progress is not None else None,
                    on_error=on_error,
                    keep=source_filter(include, exclude),
                    default_date=default_date,
                    on_batch=(lambda s: progress.totals(s.facts, s.errors)) if progress else None,
                )
    except Interrupted as stop:
        if progress is not None:
            progress.close()
        click.echo(stop.report(paths, db), err=True)
        sys.exit(stop.exit_code)
    finally:
        if progress is not None:
            progress.close()
    if not quiet:
        from pipeline.summary import format_summary

        click.echo(format_summary(db))
        click.echo(
            f"this run: {summary.records_read} records read, {summary.articles_new} new "
            f"articles, {summary.duplicates} already stored, {summary.failed} failed, "
            f"{summary.facts} new facts, {summary.errors} errors in {summary.seconds:.1f}s "
            f"(run {summary.run_id})"
        )
        click.echo(accounting_line(summary))
    if verbose:
        click.echo(
            f"time: reading {summary.read_seconds:.1f}s, writing {summary.write_seconds:.1f}s, "
            f"waiting for the NLP {summary.wait_seconds:.1f}s, "
            f"{summary.workers_replaced} workers replaced",
            err=True,
        )
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
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, numbers as written.")
@query_limit_options
def query(sql: str, db: str, as_csv: bool, as_json: bool, **limits: Any) -> None:
    """Run a read-only SQL query; anything but reading is refused.

    A query is stopped at --timeout, and its output cut (with a note on stderr)
    at --max-rows rows or --max-output-bytes bytes.

    \b
    Example:
        newsfacts query --db facts.sqlite "SELECT company, amount FROM fact_report LIMIT 5"
        newsfacts query --db facts.sqlite --json "SELECT * FROM fact_report" > facts.jsonl
        newsfacts query --timeout 60 --max-rows 100000 --csv "SELECT * FROM fact_report"
    """
    from pipeline.query import Limits, format_csv, format_json, format_table, run_limited

    result = run_limited(db, sql, Limits(**limits))
    formatter = format_json if as_json else format_csv if as_csv else format_table
    out = formatter(result.columns, result.rows)
    click.echo(out, nl=not as_csv and (bool(out) or not as_json))
    if result.truncated:
        click.echo(f"note: output {result.truncated}", err=True)


@cli.command()
@click.argument("fact_ids", nargs=-1, required=True, metavar="FACT_ID...")
@db_option()
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one fact a line.")
def audit(fact_ids: tuple[str, ...], db: str, as_json: bool) -> None:
    """Show where facts came from, and check their offsets against the stored text.

    A FACT_ID may be any unambiguous prefix of a fact id.

    \b
    Example:
        newsfacts audit --db facts.sqlite 3f2a9c1b0d4e5f67
        newsfacts audit --db facts.sqlite 3f2a 77b1 --json
    """
    from pipeline.audit import audit_facts, audit_json, format_audit

    ok = True
    for i, fact in enumerate(audit_facts(db, fact_ids)):
        report, good = format_audit(fact)
        ok = ok and good
        if as_json:
            click.echo(audit_json(fact))
        else:
            click.echo(("\n" if i else "") + report)
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
@click.option("--verbose", "-v", is_flag=True, help="List missed and wrong facts (with fact ids).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--min-f1",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit 1 when the fact F1 is below this bar (for CI).",
)
def eval_cmd(
    paths: tuple[str, ...],
    gold: tuple[str, ...],
    db: str | None,
    gold_docs_only: bool,
    verbose: bool,
    as_json: bool,
    min_f1: float | None,
) -> None:
    """Extract PATHS and score the facts against gold files (see FACTS.md).

    Warns when no doc of the gold files is among the articles read.

    \b
    Example:
        newsfacts eval --gold corpus/gold/articles.jsonl corpus/news/articles
        newsfacts eval --gold corpus/gold/articles.jsonl corpus/news/articles -v --min-f1 0.8
    """
    import tempfile

    from pipeline.evalcheck import below_bar, gold_doc_warning
    from pipeline.evaluate import evaluate, format_scores

    with tempfile.TemporaryDirectory(prefix="newsfacts-eval-") as tmp:
        target = db or str(Path(tmp) / "eval.sqlite")
        scores = evaluate(paths, gold, db=target, gold_docs_only=gold_docs_only)
        warning = gold_doc_warning(gold, target)
    if warning:
        click.echo(warning, err=True)
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2, default=str))
    else:
        click.echo(format_scores(scores, verbose=verbose))
    failed = below_bar(scores.fact_f1, min_f1)
    if failed:
        raise click.ClickException(failed)


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
    type=click.Choice(["full", "ner", "ner2", "extract1", "extract2", "ray2"]),
    help="Run only these variants (default: all six).",
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


# serve, schema, export and eval-sets live in their own modules.
from pipeline.cli_evalsets import register_eval_sets  # noqa: E402
from pipeline.cli_web import register_web  # noqa: E402

register_web(cli, db_option)
register_eval_sets(cli)


def main() -> None:
    cli(prog_name="newsfacts")


if __name__ == "__main__":
    main()
