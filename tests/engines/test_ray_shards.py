"""Shards of a distributed run (pipeline/engines/shards.py) and one shard's run on a
worker (pipeline/engines/shardrun.py), without Ray: the cluster test is tests/test_ray_engine.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.engines.shardrun import ShardRunner, writer_store
from pipeline.engines.shards import BLOCK, Piece, plan_shards, read_piece
from pipeline.errors import InputError
from pipeline.ingest import iter_articles
from pipeline.store import Store


def _jsonl(path: Path, n: int, bad: tuple[int, ...] = ()) -> Path:
    with path.open("w") as fh:
        for i in range(n):
            line = "{not json" if i in bad else json.dumps({"id": f"r{i}", "text": f"Story {i}."})
            fh.write(line + "\n")
    return path


def test_small_files_are_grouped_large_ones_split(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text("Acme raised $5 million.\n")
    big = _jsonl(tmp_path / "e.jsonl", 2000)
    errors: list[InputError] = []
    shards = plan_shards(
        [str(tmp_path), "-", str(tmp_path / "gone.txt")],
        parts=3,
        report=errors.append,
        part_bytes=big.stat().st_size // 2,
        group_files=3,
    )
    pieces = [[str(p) for p in s.pieces] for s in shards]
    names = [[Path(p.split(" (")[0]).name for p in ps] for ps in pieces]
    assert names == [["a.txt", "b.txt", "c.txt"], ["d.txt"], ["e.jsonl"], ["e.jsonl"]]
    assert [s.pieces[0].part for s in shards[2:]] == [0, 1]  # 2 parts: size / part_bytes
    assert [s.number for s in shards] == [0, 1, 2, 3]
    assert sorted(e.reason for e in errors) == ["format", "missing"]  # stdin, then the missing file
    assert "save it to a file" in next(str(e) for e in errors if e.source == "-")


def test_excluded_files_are_not_sharded(tmp_path):
    (tmp_path / "a.txt").write_text("Acme raised $5 million.\n")
    (tmp_path / "facts.sqlite").write_bytes(b"SQLite format 3\x00")
    shards = plan_shards(
        [str(tmp_path)], parts=2, report=print, exclude=[str(tmp_path / "facts.sqlite")]
    )
    assert [p.path for s in shards for p in s.pieces] == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("parts", [1, 2, 3, 5])
def test_parts_hold_every_record_once_in_blocks(tmp_path, parts):
    dump = str(_jsonl(tmp_path / "d.jsonl", 5 * BLOCK + 7, bad=(3, BLOCK + 1)))
    whole = [a.record for a in iter_articles([dump], on_error=lambda _e: None)]
    found: list[InputError] = []
    got = [
        [a.record for a in read_piece(Piece(dump, k, parts), fields={}, report=found.append)]
        for k in range(parts)
    ]
    assert sorted(r for part in got for r in part) == sorted(whole)
    assert len({r for part in got for r in part}) == len(whole)
    assert got[0][: BLOCK - 1] == whole[: BLOCK - 1]  # part 0 starts with the first block
    # each malformed line is reported once, by part 0, whoever holds its block
    assert sorted(e.record for e in found) == ["4", str(BLOCK + 2)]  # 1-based line numbers


def test_a_retried_shard_adds_nothing(tmp_path, nlp, shared_dir):
    """A shard run twice in one run (its worker died, the engine retried it): the second
    attempt passes over every committed batch, counters and error rows included."""
    from pipeline.extract import extract

    inputs = tmp_path / "in"
    shutil.copytree(shared_dir / "corpus" / "seeds", inputs)
    (inputs / "empty.txt").write_bytes(b"")
    local = extract([str(inputs)], db=tmp_path / "local.sqlite", nlp=nlp)
    db = str(tmp_path / "ray.sqlite")
    store = Store(db)
    run_id = store.start_run([str(inputs)], {"newsfacts": "t", "spacy": "t", "model": "t"})
    shard = plan_shards([str(inputs)], parts=1, report=print)[0]
    runner = ShardRunner(nlp, writer_store(db), batch_size=2)
    first = runner.run(shard, run_id, {})
    again = runner.run(shard, run_id, {})
    assert (first.records, first.facts, first.errors) == (4, local.facts, 1)
    assert (again.records, again.facts, again.errors, again.batches_skipped) == (0, 0, 0, 2)
    row = store.run_row(run_id)
    # records read as a local run counts them: 4 articles and the refused empty file
    counters = (row["records_read"], row["facts"], row["errors"])
    assert counters == (local.records_read, local.facts, 1)
    assert local.records_read == 5
    assert store.counts() == {**Store(tmp_path / "local.sqlite").counts(), "runs": 1}
