"""Accuracy gate: scores on the gold sets must not drop below the pinned floors.

The sets and their floors live in tests/eval_baseline.json, read by
pipeline/evalsets.py (also behind `newsfacts eval-sets`, which `make eval`
runs). The tolerance there (0.005) absorbs the one-fact wobble that ties in
the parser can cause across spaCy builds; anything larger is a real regression.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evalsets import METRICS, load_baseline, score_sets
from pipeline.evaluate import evaluate

BASELINE = load_baseline(Path(__file__).resolve().parent / "eval_baseline.json")
SETS = {s.name: s for s in BASELINE.sets}


@pytest.fixture(scope="module")
def scores(nlp):
    return score_sets(
        BASELINE.sets,
        lambda s: evaluate(list(s.paths), list(s.gold), nlp=nlp, gold_docs_only=s.gold_docs_only),
    )


@pytest.mark.parametrize(("dataset", "metric"), [(d, m) for d in SETS for m in METRICS])
def test_eval_gate_floor_holds(scores, dataset, metric):
    if scores[dataset] is None:
        pytest.skip(f"{dataset}: data not beside the project")
    floor = SETS[dataset].floors.get(metric)
    if floor is None:
        pytest.skip(f"no floor pinned for {dataset} {metric}")
    value = scores[dataset][metric]
    assert value >= floor - BASELINE.tolerance, f"{dataset} {metric} {value:.3f} < {floor}"
