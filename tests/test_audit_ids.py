"""`newsfacts audit` with id prefixes, several ids and --json, on the corpus database."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.types import SECTOR_MODEL_WORDS

pytestmark = pytest.mark.slow


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _ids(db) -> list[str]:
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM facts ORDER BY id")]
    con.close()
    return ids


def _unique_prefix(ids: list[str], fact_id: str) -> str:
    for n in range(1, 17):
        if sum(i.startswith(fact_id[:n]) for i in ids) == 1:
            return fact_id[:n]
    raise AssertionError(fact_id)


def test_audit_takes_prefixes_and_several_ids(corpus_db):
    ids = _ids(corpus_db)
    first, last = ids[0], ids[-1]
    result = _run("audit", "--db", str(corpus_db), _unique_prefix(ids, first), last.upper())
    assert result.exit_code == 0, result.output
    assert f"fact      {first}" in result.output and f"fact      {last}" in result.output
    assert result.output.count("offsets   sentence ok, amount ok") == 2


def test_audit_json_lines(corpus_db):
    ids = _ids(corpus_db)[:3]
    result = _run("audit", "--db", str(corpus_db), "--json", *ids)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["fact_id"] for r in rows] == ids
    for row in rows:
        assert row["offsets_ok"] is True and row["checks"] == {"sentence": True, "amount": True}
        assert f"[[{row['amount_text']}]]" in row["marked"]
        assert "article_text" not in row and isinstance(row["equivalents"], list)


def test_audit_ambiguous_prefix_names_the_candidates(corpus_db):
    ids = _ids(corpus_db)
    shared = next(i[:1] for i in ids if sum(j.startswith(i[:1]) for j in ids) > 1)
    result = _run("audit", "--db", str(corpus_db), shared)
    assert result.exit_code == 1
    assert "starts several facts" in result.output and "give more characters" in result.output


def test_audit_says_whether_rules_or_the_kind_model_chose_the_kind(corpus_db):
    con = sqlite3.connect(corpus_db)
    rows = con.execute("SELECT id, kind, kind_rule FROM facts ORDER BY id").fetchall()
    con.close()
    assert rows and all(rule for _, _, rule in rows)  # every new fact records the rules' kind
    same = next(r for r in rows if r[1] == r[2])
    shown = _run("audit", "--db", str(corpus_db), same[0]).output
    assert f"kind      {same[1]}  (rules)" in shown
    overruled = [r for r in rows if r[1] != r[2]]
    for fact_id, kind, rule in overruled[:1]:
        shown = _run("audit", "--db", str(corpus_db), fact_id).output
        assert f"kind      {kind}  (kind model; the rules said {rule})" in shown


def test_audit_says_where_the_sector_model_chose_the_sector(corpus_db):
    con = sqlite3.connect(corpus_db)
    rows = con.execute("SELECT id, sector, sector_words FROM facts ORDER BY id").fetchall()
    con.close()
    worded = next(r for r in rows if r[2] and r[2] != SECTOR_MODEL_WORDS)
    shown = _run("audit", "--db", str(corpus_db), worded[0]).output
    assert f"sector    {worded[1]}  [words: {worded[2]}]" in shown
    chosen = [r for r in rows if r[2] == SECTOR_MODEL_WORDS]
    assert chosen, "the sample corpus has amounts whose sector the model chose"
    shown = _run("audit", "--db", str(corpus_db), chosen[0][0]).output
    assert f"sector    {chosen[0][1]}  (sector model; the rules found none)" in shown
