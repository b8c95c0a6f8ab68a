"""--include/--exclude globs and --date, alone and through `newsfacts extract`."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.select import check_date, matches, with_default_date
from pipeline.types import Article


@pytest.mark.parametrize(
    "source, include, exclude, kept",
    [
        ("bbc/business/001.txt", [], ["README*"], True),
        ("bbc/README.TXT", [], ["README*"], False),
        ("dump.zip!inner/README.md", [], ["README*"], False),
        ("dump.zip!inner/a.txt", ["*.txt"], [], True),
        ("dump.zip!inner/a.json", ["*.txt"], [], False),
        ("news/2024/a.txt", ["news/2024/*"], ["*b.txt"], True),
    ],
)
def test_matches(source, include, exclude, kept):
    assert matches(source, include, exclude) is kept


def test_default_date_only_for_undated_articles():
    dated = Article("a", "", "x", published="2024-01-02")
    undated = Article("b", "", "y")
    out = list(with_default_date([dated, undated], "2005-03-01"))
    assert [a.published for a in out] == ["2024-01-02", "2005-03-01"]
    assert list(with_default_date([undated], "")) == [undated]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_date("03/01/2005")


@pytest.mark.slow
def test_extract_date_include_exclude(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Orbital Foods Inc agreed to buy Lantern Snacks for 1.2 billion euros, it said.\n"
    (folder / "deal.txt").write_text(text)
    (folder / "skip.txt").write_text(text.replace("Orbital", "Zenith"))
    (folder / "NOTES.md").write_text("This folder holds 2 articles worth $5 million each.\n")
    db = tmp_path / "f.sqlite"
    args = [
        "extract",
        str(folder),
        "--db",
        str(db),
        "--workers",
        "0",
        "--date",
        "2005-03-01",
        "--include",
        "*.txt",
        "--exclude",
        "skip*",
        "-q",
    ]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output == ""  # -q: nothing but errors
    con = sqlite3.connect(db)
    rows = con.execute("SELECT source, published FROM articles").fetchall()
    rate_date = con.execute(
        "SELECT usd_rate_date FROM fact_report WHERE currency = 'EUR'"
    ).fetchone()
    con.close()
    assert rows == [(str(folder / "deal.txt"), "2005-03-01")]
    assert rate_date[0] <= "2005-03-01" and rate_date[0] >= "2005-02-20"
    bad = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(db), "--date", "March"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
