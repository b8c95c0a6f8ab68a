"""Measure the resident set of a busy worker process (README, Reliability: memory per worker).

    python scripts/worker_memory.py short     # 2,000 short news articles, two workers
    python scripts/worker_memory.py long      # a 126,174- and a 1,072,509-character record

Prints one JSON line per case: the longest text, the peak resident set of a busy
worker (sampled by the pool every half second), the facts stored and the seconds.
The inputs are the fault suite's generated articles (tests/faults/faultgen.py).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "faults"))

from faultgen import good_record, good_text, jsonl  # noqa: E402

from pipeline.extract import extract  # noqa: E402


def long_text(n: int) -> str:
    """``n`` good sentences in paragraphs of five (as tests/faults/test_faults_memory.py)."""
    sentences = [good_text(i) for i in range(n)]
    return "\n\n".join(" ".join(sentences[k : k + 5]) for k in range(0, n, 5))


def run(name: str, records: list[dict], workers: int, folder: Path) -> None:
    dump = folder / f"{name}.jsonl"
    dump.write_bytes(jsonl(records))
    started = time.monotonic()
    summary = extract([str(dump)], db=folder / f"{name}.sqlite", workers=workers, batch_size=16)
    print(
        json.dumps(
            {
                "case": name,
                "chars": max(len(r["text"]) for r in records),
                "worker_peak_mb": round(summary.worker_peak_mb),
                "facts": summary.facts,
                "rejected": summary.rejected,
                "seconds": round(time.monotonic() - started, 1),
            }
        ),
        flush=True,
    )


def main(cases: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "short" in cases:
            short = [good_record(i) for i in range(2000)]
            for record in short:
                record["text"] += " The plant will open in 2030."
            run("short", short, 2, folder)
        if "long" in cases:
            run("126k", [{"id": "long", "text": long_text(1500)}, good_record(5000)], 1, folder)
            run("1m", [{"id": "huge", "text": long_text(12_500)}], 1, folder)


if __name__ == "__main__":  # the workers are spawned: they import this module again
    main(sys.argv[1:] or ["short", "long"])
