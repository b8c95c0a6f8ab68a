"""The benchmark command runs end to end on a handful of articles (no timing is checked)."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


@pytest.mark.slow
def test_bench_quick_run_writes_figures(nlp, tmp_path):
    dump = tmp_path / "bench.jsonl.gz"
    with gzip.open(dump, "wt") as fh:
        for i, text in enumerate(
            ["Acme Corp will invest $2 billion in a new plant.", "No money here at all."] * 3
        ):
            fh.write(json.dumps({"id": str(i), "text": text}) + "\n")
    out = tmp_path / "bench.json"
    args = ["bench", "--dump", str(dump), "--rounds", "1", "--json-out", str(out)]
    args += ["--variant", "ner", "--variant", "extract1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "4 newsfacts extract, 1 worker" in result.output and "4/2 = " in result.output
    figures = json.loads(out.read_text())
    assert set(figures["variants"]) == {"ner", "extract1"}
    assert figures["variants"]["extract1"]["facts"] == 1
    assert figures["per_amount_us"]["amounts"] >= 1
    assert figures["articles_with_money_cues"] == 3


def test_bench_missing_dump_says_how_to_build_it(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "--dump", str(tmp_path / "none.jsonl.gz")])
    assert result.exit_code == 1
    assert "scripts/build_bench_dump.py" in result.output


@pytest.mark.slow
def test_bench_money_only_keeps_the_articles_with_money(nlp, tmp_path):
    dump = tmp_path / "bench.jsonl.gz"
    with gzip.open(dump, "wt") as fh:
        texts = ["Acme Corp will invest $2 billion.", "Arsenal beat Chelsea at home."] * 2
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": str(i), "text": text}) + "\n")
    out = tmp_path / "bench.json"
    args = ["bench", "--dump", str(dump), "--rounds", "1", "--json-out", str(out), "--money-only"]
    result = CliRunner().invoke(cli, [*args, "--variant", "extract1"])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    assert figures["articles"] == 2 and figures["money_only"]
    assert figures["articles_with_money_cues"] == 2
    assert figures["variants"]["extract1"]["facts"] == 1


@pytest.mark.slow
def test_bench_builds_a_missing_dump(shared_dir, tmp_path):
    from pipeline.bench import build_dump, read_dump

    dump = tmp_path / "out" / "bench.jsonl.gz"
    lines: list[str] = []
    build_dump(dump, lines.append)
    assert "building it" in lines[0] and "2000 articles" in lines[1]
    assert len(read_dump(dump, 5)) == 5
