"""Accuracy gate: scores on the gold sets must not drop below the pinned floors.

The floors live in tests/eval_baseline.json. The tolerance there (0.005)
absorbs the one-fact wobble that ties in the parser can cause across spaCy
builds; anything larger is a real regression.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())
METRICS = (
    "amount_precision",
    "amount_recall",
    "fact_precision",
    "fact_recall",
    "fact_f1",
    "sector_accuracy",
    "kind_accuracy",
)


def _expand(patterns: list[str]) -> list[str]:
    out: list[str] = []
    for pattern in patterns:
        matches = sorted(ROOT.glob(pattern)) if "*" in pattern else [ROOT / pattern]
        out += [str(p) for p in matches]
    return out


@pytest.fixture(scope="module")
def scores(nlp):
    results = {}
    for name, spec in BASELINE["sets"].items():
        paths, gold = _expand(spec["paths"]), _expand(spec["gold"])
        if not all(Path(p).exists() for p in paths + gold):
            continue
        results[name] = evaluate(
            paths, gold, nlp=nlp, gold_docs_only=spec.get("gold_docs_only", False)
        )
    return results


@pytest.mark.parametrize(
    ("dataset", "metric"),
    [(d, m) for d in BASELINE["sets"] for m in METRICS],
)
def test_eval_gate_floor_holds(scores, dataset, metric):
    if dataset not in scores:
        pytest.skip(f"{dataset}: data not beside the project")
    floor = BASELINE["sets"][dataset]["floors"].get(metric)
    if floor is None:
        pytest.skip(f"no floor pinned for {dataset} {metric}")
    value = getattr(scores[dataset], metric)
    assert value >= floor - BASELINE["tolerance"], f"{dataset} {metric} {value:.3f} < {floor}"
