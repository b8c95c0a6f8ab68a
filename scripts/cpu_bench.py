"""Bench variants 2 (bare NER) and 4 (extract, one worker) in CPU seconds, alternating.

On a shared machine the wall clock of ``newsfacts bench`` swings with the
other jobs; the CPU seconds of the same work (this process plus the worker,
read from /proc) swing far less. Prints each round and the median ratio 2/4
(the bench's 4/2 speed ratio).

Example:
    python scripts/cpu_bench.py --limit 300 --rounds 3      # the quick set
    python scripts/cpu_bench.py --rounds 1                  # the whole dump
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def cpu_seconds(pid: int) -> float:
    """User plus system CPU seconds of process ``pid``."""
    with open(f"/proc/{pid}/stat", "rb") as fh:
        fields = fh.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    import spacy

    from pipeline.bench import DEFAULT_DUMP, read_dump
    from pipeline.extract import extract
    from pipeline.nlp.load import BASE_MODEL
    from pipeline.workers import WorkerPool

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, default=DEFAULT_DUMP)
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    texts = read_dump(args.dump, args.limit or None)
    ner = spacy.load(
        BASE_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    )
    ner.add_pipe("sentencizer", first=True)
    pool = WorkerPool(1)
    pool.wait_ready()
    worker = pool._workers[0].proc.pid
    bare: list[float] = []
    ours: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.jsonl.gz"
        with gzip.open(dump, "wt", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": str(i), "text": text}) + "\n")
        for r in range(args.rounds):
            t0 = time.process_time()
            for _ in ner.pipe(texts, batch_size=64):
                pass
            bare.append(time.process_time() - t0)
            t0, w0 = time.process_time(), cpu_seconds(worker)
            done = extract([str(dump)], db=Path(tmp) / f"{r}.sqlite", pool=pool)
            ours.append(time.process_time() - t0 + cpu_seconds(worker) - w0)
            print(
                f"round {r + 1}: ner {bare[-1]:.2f} CPU s, extract1 {ours[-1]:.2f} CPU s, "
                f"4/2 = {bare[-1] / ours[-1]:.3f}; {done.facts} facts",
                flush=True,
            )
    pool.close()
    ratio = statistics.median(bare) / statistics.median(ours)
    print(f"{len(texts)} articles: median 4/2 in CPU seconds = {ratio:.3f}")
    return 0


if __name__ == "__main__":  # the worker processes import this module: no work at import
    sys.exit(main())
