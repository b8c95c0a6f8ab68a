"""``newsfacts eval-sets``: score every gold set the baseline file names, in one table.

Registered on the group by :mod:`pipeline.cli` (see :mod:`pipeline.cli_web` for why
the group is passed in).
"""

from __future__ import annotations

import json

import click

DEFAULT_BASELINE = "tests/eval_baseline.json"


def register_eval_sets(cli: click.Group) -> None:
    @cli.command(name="eval-sets")
    @click.argument("names", nargs=-1)
    @click.option(
        "--baseline",
        default=DEFAULT_BASELINE,
        show_default=True,
        help="File naming the sets (gold files, articles) and their floors.",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
    def eval_sets(names: tuple[str, ...], baseline: str, as_json: bool) -> None:
        """Score the gold sets NAMES (default: all) of the baseline file, one row a set.

        Exits 1 when a score is under its floor by more than the file's tolerance,
        as the accuracy gate of `make test` does. Sets whose articles are not on
        this machine (../shared beside the project) are skipped and said so.

        \b
        Example:
            newsfacts eval-sets
            newsfacts eval-sets dev-reuters dev-wikinews --json
        """
        from pipeline.evalsets import (
            below_floors,
            format_table,
            load_baseline,
            score_sets,
            select,
        )
        from pipeline.evaluate import evaluate

        spec = load_baseline(baseline)
        chosen = select(spec, names)
        results = score_sets(
            chosen,
            lambda s: evaluate(list(s.paths), list(s.gold), gold_docs_only=s.gold_docs_only),
            progress=lambda msg: click.echo(msg, err=True),
        )
        if as_json:
            click.echo(json.dumps(results, indent=2))
        else:
            click.echo(format_table(chosen, results, spec.tolerance))
        low = [
            f"{s.name}: {', '.join(below_floors(got, s.floors, spec.tolerance))}"
            for s in chosen
            if (got := results[s.name]) is not None and below_floors(got, s.floors, spec.tolerance)
        ]
        if low:
            raise click.ClickException("below the floors of " + baseline + ": " + "; ".join(low))
