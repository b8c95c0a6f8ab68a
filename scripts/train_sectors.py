"""Fit the sectors' learned second opinion (pipeline/link/sector_model.py) from its table.

Reads ``corpus/training/sectors.jsonl.gz`` (``scripts/sector_table.py``), reports how the
model would do on sets it never saw (each set held out in turn, in ``--folds`` groups of
sets: the honest number), then fits on every row and writes
``models/link/sector_model.jsonl``. The fit is ``scripts/train_kinds.py``'s (a softmax
regression with an L2 penalty, deterministic), over the taxonomy's sectors and ``none``.

Example:
    python scripts/train_sectors.py            # cross-validate, then write the model
    python scripts/train_sectors.py --check    # exit 1 when the model is not the table's
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from sector_table import CLASSES  # noqa: E402
from train_kinds import L2, STEPS, fit, source, table_digest  # noqa: E402

from pipeline.link.kind_model import KindModel  # noqa: E402
from pipeline.link.sector_model import NONE, decide_sector  # noqa: E402

TABLE = ROOT / "corpus/training/sectors.jsonl.gz"
MODEL = ROOT / "models/link/sector_model.jsonl"
MARGIN = 0.3


def as_model(names: list[str], w: np.ndarray, b: np.ndarray, margin: float) -> KindModel:
    weights = {f: tuple(float(x) for x in w[j]) for j, f in enumerate(names)}
    return KindModel(CLASSES, tuple(float(x) for x in b), weights, margin)


def _right(sector: str, row: dict[str, Any]) -> bool:
    gold = row.get("gold")
    if gold is None:
        return (sector or NONE) == row["sector"]
    return sector in gold if gold else not sector


def cross_validate(
    rows: list[dict[str, Any]], folds: int, margin: float
) -> dict[str, dict[str, float]]:
    """Sector accuracy of the rules and of rules + model on each source, every set scored
    by a model fit without it (sets dealt round-robin into ``folds`` groups)."""
    names = sorted({r["set"] for r in rows})
    group = {s: i % folds for i, s in enumerate(names)}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for g in range(folds):
        model = as_model(*fit([r for r in rows if group[r["set"]] != g], CLASSES, "sector"),
                         margin)  # fmt: skip
        for r in (r for r in rows if group[r["set"]] == g):
            rule = next(f[5:] for f in r["x"] if f.startswith("rule="))
            rule = "" if rule == NONE else rule
            for key in (source(r["set"]), "all"):
                tally[key]["n"] += 1
                tally[key]["rules"] += _right(rule, r)
                tally[key]["model"] += _right(decide_sector(model, rule, r["x"]), r)
    return {
        k: {"n": c["n"], "rules": round(c["rules"] / c["n"], 3),
            "model": round(c["model"] / c["n"], 3)}
        for k, c in sorted(tally.items())
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--margin", type=float, default=MARGIN)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="exit 1 when --out is not the table's")
    args = ap.parse_args()
    digest = table_digest(args.table)
    if args.check:
        head = json.loads(args.out.read_text(encoding="utf-8").split("\n", 1)[0])
        if head.get("table_sha256") != digest:
            sys.exit(f"{args.out} was not fit to {args.table}: run scripts/train_sectors.py")
        return
    with gzip.open(args.table, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    cv = cross_validate(rows, args.folds, args.margin)
    for key, c in cv.items():
        print(f"{key:9s} n={c['n']:5d}  rules {c['rules']:.3f}  rules+model {c['model']:.3f}")
    names, w, b = fit(rows, CLASSES, "sector")
    seen = Counter(f for r in rows for f in r["x"])
    head = {
        "classes": list(CLASSES), "bias": [round(float(x), 5) for x in b],
        "margin": args.margin, "table_sha256": digest, "rows": len(rows),
        "sets": len({r["set"] for r in rows}), "l2": L2, "steps": STEPS,
        "held_out_accuracy": cv,
    }  # fmt: skip
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(head) + "\n")
        for j, name in sorted(enumerate(names), key=lambda p: p[1]):
            if seen[name] >= args.min_count:
                fh.write(json.dumps({"f": name, "w": [round(float(x), 5) for x in w[j]]}) + "\n")
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
