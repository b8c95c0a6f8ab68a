"""The newsfacts command as a user runs it: exit codes and printed output."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ARTICLE = "Orbital Foods Inc agreed to buy Lantern Snacks for $1.2 billion, it said on Monday.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    """One extracted database shared by the read-only command tests."""
    from pipeline.extract import extract

    root = tmp_path_factory.mktemp("cli")
    (root / "deal.txt").write_text(ARTICLE)
    path = root / "facts.sqlite"
    extract([str(root / "deal.txt")], db=path, nlp=nlp)
    return path


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["extract", "query", "audit", "eval", "summary"])
def test_cli_every_command_has_help_with_example(command):
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_cli_extract_prints_summary_and_exit_zero_with_bad_record(nlp, tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    db = tmp_path / "x.sqlite"
    result = _run("extract", str(tmp_path), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert re.search(r"1 articles, \d+ facts, 1 errors over 1 runs", result.output)
    assert "empty.txt" in result.output  # the bad file is named
    # the empty file is a record read and rejected: every record accounted for
    assert "this run: 2 records read, 1 new articles" in result.output
    assert "accounted for: 2 records read = 1 stored + 0 duplicate + 1 rejected" in result.output


def test_cli_extract_fails_when_nothing_readable(tmp_path):
    result = _run("extract", str(tmp_path / "missing.jsonl"), "--db", str(tmp_path / "x.sqlite"))
    assert result.exit_code != 0
    assert "no input could be read" in result.output


def test_cli_query_table_and_refusal(db):
    ok = _run(
        "query", "--db", str(db), "--csv", "SELECT company, amount, currency FROM fact_report"
    )
    assert ok.exit_code == 0
    assert "1200000000" in ok.output
    refused = _run("query", "--db", str(db), "DELETE FROM facts")
    assert refused.exit_code != 0
    assert "read-only" in refused.output
    count = _run("query", "--db", str(db), "--json", "SELECT count(*) AS n FROM facts")
    assert re.search(r'"n": [1-9]', count.output)  # the refused DELETE removed nothing


def test_cli_query_missing_db_is_error_not_new_file(tmp_path):
    path = tmp_path / "typo.sqlite"
    result = _run("query", "--db", str(path), "SELECT 1")
    assert result.exit_code != 0 and not path.exists()


def test_cli_audit_marks_amount_and_checks_offsets(db):
    ids = _run("query", "--db", str(db), "--csv", "SELECT fact_id FROM fact_report")
    fact_id = ids.output.splitlines()[1].strip()
    result = _run("audit", "--db", str(db), fact_id)
    assert result.exit_code == 0, result.output
    assert "[[$1.2 billion]]" in result.output
    assert "offsets   sentence ok, amount ok" in result.output


def test_cli_audit_unknown_fact(db):
    result = _run("audit", "--db", str(db), "nope")
    assert result.exit_code != 0 and "no fact 'nope'" in result.output


def test_cli_eval_seeds_reports_scores(shared_dir, nlp):
    corpus = shared_dir / "corpus"
    result = _run("eval", "--gold", str(corpus / "seeds.gold.jsonl"), str(corpus / "seeds"))
    assert result.exit_code == 0, result.output
    for label in (
        "amount precision",
        "amount recall",
        "fact precision",
        "fact recall",
        "fact F1",
        "sector accuracy",
    ):
        assert label in result.output


@pytest.mark.parametrize(
    ("value", "message"),
    [("text", "is not NAME=KEY"), ("colour=c", "unknown field name 'colour'")],
    ids=["no-equals", "unknown-name"],
)
def test_cli_extract_bad_field_option(tmp_path, value, message):
    result = _run("extract", str(tmp_path), "--field", value, "--db", str(tmp_path / "x.sqlite"))
    assert result.exit_code == 2 and message in result.output


def test_cli_db_option_is_one_definition():
    options = {
        name: next(p for p in command.params if p.name == "db")
        for name, command in cli.commands.items()
        if any(p.name == "db" for p in command.params)
    }
    assert set(options) == {"extract", "summary", "query", "audit", "eval", "serve", "export"}
    assert len({o.help for o in options.values()}) == 1
    assert {name: o.default for name, o in options.items()} == {
        "extract": "facts.sqlite",
        "summary": "facts.sqlite",
        "query": "facts.sqlite",
        "audit": "facts.sqlite",
        "eval": None,  # a temporary database
        "serve": "facts.sqlite",
        "export": "facts.sqlite",
    }


@pytest.mark.parametrize("command", ["summary", "audit"])
def test_cli_reading_a_missing_db_is_one_error_line(tmp_path, command):
    path = tmp_path / "typo.sqlite"
    args = [command, "--db", str(path)] + (["0123456789abcdef"] if command == "audit" else [])
    result = _run(*args)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: no database at {path}; run `newsfacts extract ... --db {path}` first\n"
    )
    assert not path.exists()


def test_cli_summary_reads_without_writing(db):
    before = db.read_bytes()
    result = _run("summary", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert re.match(rf"database {re.escape(str(db))}: 1 articles, \d+ facts", result.output)
    assert db.read_bytes() == before


def test_cli_bench_missing_dump_is_one_error_line(tmp_path):
    result = _run("bench", "--dump", str(tmp_path / "none.jsonl.gz"), "--quick")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: no benchmark dump at {tmp_path / 'none.jsonl.gz'}")


def test_cli_other_errors_are_not_dressed_up(db, monkeypatch):
    import pipeline.query

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline.query, "run_limited", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        _run("query", "--db", str(db), "SELECT 1")
