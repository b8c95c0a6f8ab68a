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

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from sector_table import CLASSES  # noqa: E402
from train_kinds import fit, parser, source, train  # noqa: E402

from pipeline.link.kind_model import KindModel  # noqa: E402
from pipeline.link.sector_model import NONE, decide_sector  # noqa: E402

TABLE = ROOT / "corpus/training/sectors.jsonl.gz"
MODEL = ROOT / "models/link/sector_model.jsonl"
MARGIN = 0.3


def as_model(names: list[str], w: np.ndarray, b: np.ndarray, margin: float) -> KindModel:
    weights = {f: tuple(float(x) for x in w[j]) for j, f in enumerate(names)}
    return KindModel(CLASSES, tuple(float(x) for x in b), weights, margin)


def _right(sector: str, row: dict[str, Any]) -> bool:
    """Whether the row's gold list accepts ``sector`` ('' right only for an empty list)."""
    gold = row["gold"]
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
    ap = parser(__doc__)
    ap.set_defaults(table=TABLE, out=MODEL)
    ap.add_argument("--margin", type=float, default=MARGIN)
    args = ap.parse_args()
    train(args, CLASSES, "sector", args.margin,
          lambda rows: cross_validate(rows, args.folds, args.margin))  # fmt: skip


if __name__ == "__main__":
    main()
