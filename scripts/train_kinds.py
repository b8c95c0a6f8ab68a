"""Fit the kinds' learned second opinion (pipeline/link/kind_model.py) from its table.

Reads ``corpus/training/kinds.jsonl.gz`` (``scripts/kind_table.py``), reports how the
model would do on sets it never saw (each set held out in turn, in ``--folds`` groups of
sets: the honest number), then fits on every row and writes
``models/link/kind_model.jsonl``. The fit is a softmax regression with an L2 penalty,
full-batch Adam steps from zero in numpy: deterministic, so the same table gives the
same file. Features seen fewer than ``--min-count`` times are left out of the file.

Example:
    python scripts/train_kinds.py            # cross-validate, then write the model
    python scripts/train_kinds.py --check    # exit 1 when the model is not the table's
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.link.kind_model import KindModel  # noqa: E402
from pipeline.types import KINDS as FACT_KINDS  # noqa: E402

TABLE = ROOT / "corpus/training/kinds.jsonl.gz"
MODEL = ROOT / "models/link/kind_model.jsonl"
KINDS = tuple(sorted(FACT_KINDS))  # the model's classes, in a fixed order
L2, STEPS, RATE, MARGIN = 1.0, 300, 0.05, 0.3


def fit(
    rows: list[dict[str, Any]], classes: tuple[str, ...] = KINDS, label: str = "kind"
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(feature names, weights [feature x class], bias [class]) fit to ``rows``, each
    labelled by its ``label`` field (scripts/train_sectors.py fits the sectors' too)."""
    names: dict[str, int] = {}
    r_idx, f_idx, vals = [], [], []
    for i, row in enumerate(rows):
        for name, v in row["x"].items():
            r_idx.append(i)
            f_idx.append(names.setdefault(name, len(names)))
            vals.append(v)
    ri, fi, fv = np.array(r_idx), np.array(f_idx), np.array(vals, dtype=np.float64)
    n, k = len(rows), len(classes)
    y = np.zeros((n, k))
    y[np.arange(n), [classes.index(r[label]) for r in rows]] = 1.0
    w, b = np.zeros((len(names), k)), np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros(k), np.zeros(k)
    for t in range(1, STEPS + 1):
        s = np.zeros((n, k))
        np.add.at(s, ri, w[fi] * fv[:, None])
        s += b
        p = np.exp(s - s.max(1, keepdims=True))
        g = (p / p.sum(1, keepdims=True) - y) / n
        gw = np.zeros_like(w)
        np.add.at(gw, fi, g[ri] * fv[:, None])
        gw += L2 * w / n
        gb = g.sum(0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad**2
            param -= RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return list(names), w, b


def as_model(names: list[str], w: np.ndarray, b: np.ndarray) -> KindModel:
    weights = {f: tuple(float(x) for x in w[j]) for j, f in enumerate(names)}
    return KindModel(KINDS, tuple(float(x) for x in b), weights, MARGIN)


def source(name: str) -> str:
    return next((s for s in ("reuters", "bbc", "wikinews", "web") if s in name), "seeds")


def cross_validate(rows: list[dict[str, Any]], folds: int) -> dict[str, dict[str, float]]:
    """Kind accuracy of the rules and of rules + model on each source, every set scored
    by a model fit without it (sets dealt round-robin into ``folds`` groups)."""
    names = sorted({r["set"] for r in rows})
    group = {s: i % folds for i, s in enumerate(names)}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for g in range(folds):
        model = as_model(*fit([r for r in rows if group[r["set"]] != g]))
        for r in (r for r in rows if group[r["set"]] == g):
            rule = next(f[5:] for f in r["x"] if f.startswith("rule="))
            for key in (source(r["set"]), "all"):
                tally[key]["n"] += 1
                tally[key]["rules"] += rule == r["kind"]
                tally[key]["model"] += model.decide(rule, r["x"]) == r["kind"]
    return {
        k: {"n": c["n"], "rules": round(c["rules"] / c["n"], 3),
            "model": round(c["model"] / c["n"], 3)}
        for k, c in sorted(tally.items())
    }  # fmt: skip


def table_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parser(doc: str) -> argparse.ArgumentParser:
    """The options of a second opinion's fit (this script's and ``train_sectors.py``'s)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="exit 1 when --out is not the table's")
    return ap


Validate = Callable[[list[dict[str, Any]]], dict[str, dict[str, float]]]


def train(args: argparse.Namespace, classes: tuple[str, ...], label: str, margin: float,
          validate: Validate) -> None:  # fmt: skip
    """Check (``--check``), or cross-validate with ``validate``, fit on every row and write
    the model: a header, then one line a feature seen ``--min-count`` times."""
    digest = table_digest(args.table)
    if args.check:
        head = json.loads(args.out.read_text(encoding="utf-8").split("\n", 1)[0])
        if head.get("table_sha256") != digest:
            script = Path(sys.argv[0]).name
            sys.exit(f"{args.out} was not fit to {args.table}: run scripts/{script}")
        return
    with gzip.open(args.table, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    cv = validate(rows)
    for key, c in cv.items():
        print(f"{key:9s} n={c['n']:5d}  rules {c['rules']:.3f}  rules+model {c['model']:.3f}")
    names, w, b = fit(rows, classes, label)
    seen = Counter(f for r in rows for f in r["x"])
    head = {
        "classes": list(classes), "bias": [round(float(x), 5) for x in b], "margin": margin,
        "table_sha256": digest, "rows": len(rows), "sets": len({r["set"] for r in rows}),
        "l2": L2, "steps": STEPS, "held_out_accuracy": cv,
    }  # fmt: skip
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(head) + "\n")
        for j, name in sorted(enumerate(names), key=lambda p: p[1]):
            if seen[name] >= args.min_count:
                fh.write(json.dumps({"f": name, "w": [round(float(x), 5) for x in w[j]]}) + "\n")
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)


def main() -> None:
    args = parser(__doc__).parse_args()
    train(args, KINDS, "kind", MARGIN, lambda rows: cross_validate(rows, args.folds))


if __name__ == "__main__":
    main()
