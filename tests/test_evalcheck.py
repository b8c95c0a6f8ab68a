"""`newsfacts eval`: a warning when no gold doc is read, fact ids on wrong lines, --min-f1."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evalcheck import below_bar

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "articles.jsonl"
ARTICLES = ROOT / "corpus" / "news" / "articles"


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_below_bar():
    assert below_bar(0.8, None) is None and below_bar(0.8, 0.8) is None
    assert below_bar(0.79, 0.8) == "fact F1 0.790 is below --min-f1 0.800"


@pytest.mark.slow
def test_eval_warns_when_no_gold_doc_is_read(nlp):
    result = _run("eval", "--gold", str(GOLD), str(ROOT / "corpus" / "news" / "web"))
    assert result.exit_code == 0
    assert re.search(r"warning: none of the \d+ docs of .*articles.jsonl", result.output)


@pytest.mark.slow
def test_eval_fact_ids_and_min_f1(nlp, tmp_path):
    db = tmp_path / "eval.sqlite"
    args = ["eval", "--gold", str(GOLD), str(ARTICLES), "--db", str(db)]
    scores = json.loads(_run(*args, "--json").output)
    f1 = scores["fact"]["f1"]
    assert 0 < f1 < 1 and "warning" not in _run(*args).output
    ids = {r[0] for r in sqlite3.connect(db).execute("SELECT id FROM facts")}
    wrong = [w["fact_id"] for w in scores["wrong"]]
    assert wrong and set(wrong) <= ids
    verbose = _run(*args, "-v").output
    assert all(f"[fact {i}]" in verbose for i in wrong)
    assert _run(*args, "--min-f1", f"{f1 - 0.01:.3f}").exit_code == 0
    failed = _run(*args, "--min-f1", f"{min(1.0, f1 + 0.01):.3f}")
    assert failed.exit_code == 1 and "below --min-f1" in failed.output
