"""`newsfacts eval-sets` and pipeline/evalsets.py: the sets of the baseline file, scored
in one table; a score under its floor marked and failing the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import InputError
from pipeline.evalsets import below_floors, format_table, load_baseline, select

ROOT = Path(__file__).resolve().parent.parent


def _baseline(tmp_path: Path, floors: dict[str, float], paths: list[str]) -> Path:
    """A baseline file in tmp/tests/, so that its root is tmp (paths relative to it)."""
    (tmp_path / "tests").mkdir()
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    spec = {
        "tolerance": 0.005,
        "sets": {
            "articles": {
                "gold": ["corpus/gold/articles.jsonl"],
                "paths": paths,
                "floors": floors,
            }
        },
    }
    path = tmp_path / "tests" / "baseline.json"
    path.write_text(json.dumps(spec))
    return path


def test_the_project_baseline_names_every_dev_gold_file():
    sets = load_baseline(ROOT / "tests" / "eval_baseline.json").sets
    used = {Path(g).name for s in sets for g in s.gold}
    dev = {p.name for p in (ROOT / "corpus" / "gold" / "dev").glob("*.jsonl")}
    assert dev <= used, f"dev gold files no set scores: {sorted(dev - used)}"


def test_paths_are_relative_to_the_project_root(tmp_path):
    path = _baseline(tmp_path, {}, ["corpus/news/articles"])
    (gold_set,) = load_baseline(path).sets
    assert gold_set.paths == (str(tmp_path / "corpus/news/articles"),)
    assert gold_set.missing() == []


def test_a_bad_baseline_file_names_itself(tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text('{"sets": {"x": {"gold": []}}}')
    with pytest.raises(InputError, match=r"b\.json: not a baseline file"):
        load_baseline(bad)


def test_an_unknown_set_lists_the_known_ones(tmp_path):
    baseline = load_baseline(_baseline(tmp_path, {}, ["corpus/news/articles"]))
    with pytest.raises(InputError, match="no gold set nope; the sets are: articles"):
        select(baseline, ["nope"])


def test_below_floors_and_the_mark():
    got = {"fact_f1": 0.80, "kind_accuracy": 0.90}
    assert below_floors(got, {"fact_f1": 0.81, "kind_accuracy": 0.903}, 0.005) == ["fact_f1"]
    assert below_floors(got, {"fact_f1": 0.804}, 0.005) == []


def test_a_set_without_its_data_is_skipped_not_failed(tmp_path):
    path = _baseline(tmp_path, {"fact_f1": 0.9}, ["corpus/news/no-such-folder"])
    result = CliRunner().invoke(cli, ["eval-sets", "--baseline", str(path)])
    assert result.exit_code == 0, result.output
    assert "articles  (data not found: skipped)" in result.output


@pytest.mark.slow
def test_eval_sets_scores_and_fails_below_a_floor(nlp, tmp_path):
    path = _baseline(tmp_path, {"fact_f1": 0.99}, ["corpus/news/articles"])
    result = CliRunner().invoke(cli, ["eval-sets", "--baseline", str(path), "--json"])
    scores = json.loads(result.stdout)["articles"]
    assert 0 < scores["fact_f1"] < 0.99 and scores["amount_recall"] > 0.9
    assert result.exit_code == 1
    assert "below the floors of" in result.output and "articles: fact_f1" in result.output
    sets = load_baseline(path).sets
    table = format_table(sets, {"articles": scores}, 0.005)
    assert f"{scores['fact_f1']:.3f}!" in table
