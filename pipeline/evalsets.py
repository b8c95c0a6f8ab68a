"""The gold sets the project is scored on, read from one file, scored in one table.

``tests/eval_baseline.json`` names every set (its gold files, the articles it
reads, whether only the gold docs are read) and pins each score's floor; the
accuracy gate (tests/test_eval_gate.py) and ``newsfacts eval-sets`` (``make
eval``) both read it, so a new set is added in one place. Paths in it are
relative to the project's root, the folder above the file's own folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputError

METRICS = (
    "amount_precision",
    "amount_recall",
    "fact_precision",
    "fact_recall",
    "fact_f1",
    "sector_accuracy",
    "kind_accuracy",
)
_HEADS = ("amt P", "amt R", "P", "R", "F1", "sector", "kind")


@dataclass(frozen=True)
class GoldSet:
    """One scored set: what to read, the gold files, the floors its scores must hold."""

    name: str
    paths: tuple[str, ...]
    gold: tuple[str, ...]
    gold_docs_only: bool
    floors: dict[str, float]

    def missing(self) -> list[str]:
        """Inputs that are not on this machine (../shared beside the project)."""
        return [p for p in self.paths + self.gold if not Path(p).exists()]


@dataclass(frozen=True)
class Baseline:
    sets: tuple[GoldSet, ...]
    tolerance: float


def _expand(root: Path, patterns: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for pattern in patterns:
        matches = sorted(root.glob(pattern)) if "*" in pattern else [root / pattern]
        out += [str(p) for p in matches]
    return tuple(out)


def load_baseline(path: str | Path) -> Baseline:
    """The sets of a baseline file; an ``InputError`` naming the file and set if it is bad."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        root = path.resolve().parent.parent
        sets = tuple(
            GoldSet(
                name=name,
                paths=_expand(root, spec["paths"]),
                gold=_expand(root, spec["gold"]),
                gold_docs_only=bool(spec.get("gold_docs_only", False)),
                floors={k: float(v) for k, v in spec.get("floors", {}).items()},
            )
            for name, spec in data["sets"].items()
        )
        return Baseline(sets=sets, tolerance=float(data.get("tolerance", 0.0)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            str(path),
            "",
            f"not a baseline file ({exc!r}); it needs "
            '{"tolerance": 0.005, "sets": {NAME: {"gold": [], "paths": [], "floors": {}}}}',
            reason="format",
        ) from exc


def select(baseline: Baseline, names: Sequence[str]) -> list[GoldSet]:
    """The sets named (all when none); an ``InputError`` listing the known names."""
    if not names:
        return list(baseline.sets)
    known = {s.name: s for s in baseline.sets}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise InputError(
            "eval-sets", "", f"no gold set {', '.join(unknown)}; the sets are: {', '.join(known)}"
        )
    return [known[n] for n in names]


def below_floors(scores: dict[str, float], floors: dict[str, float], tol: float) -> list[str]:
    """The metrics under their floor by more than ``tol``."""
    return [m for m in METRICS if m in floors and scores[m] < floors[m] - tol]


def score_sets(
    sets: Sequence[GoldSet],
    score: Callable[[GoldSet], Any],
    progress: Callable[[str], None] = lambda _msg: None,
) -> dict[str, dict[str, float] | None]:
    """Each set's scores (``score`` returns a ``pipeline.evaluate.Scores``); None where
    its data is not on this machine."""
    out: dict[str, dict[str, float] | None] = {}
    for i, gold_set in enumerate(sets, 1):
        missing = gold_set.missing()
        if missing:
            progress(f"[{i}/{len(sets)}] {gold_set.name}: skipped, not found: {missing[0]}")
            out[gold_set.name] = None
            continue
        progress(f"[{i}/{len(sets)}] {gold_set.name}")
        got = score(gold_set)
        out[gold_set.name] = {m: float(getattr(got, m)) for m in METRICS}
    return out


def format_table(
    sets: Sequence[GoldSet], results: dict[str, dict[str, float] | None], tol: float
) -> str:
    """One row a set; a score under its floor (beyond the tolerance) is marked ``!``."""
    width = max(len(s.name) for s in sets)
    lines = [f"{'set':<{width}}  " + " ".join(f"{h:>7}" for h in _HEADS)]
    for gold_set in sets:
        got = results.get(gold_set.name)
        if got is None:
            lines.append(f"{gold_set.name:<{width}}  (data not found: skipped)")
            continue
        low = set(below_floors(got, gold_set.floors, tol))
        cells = [f"{got[m]:.3f}" + ("!" if m in low else " ") for m in METRICS]
        lines.append(f"{gold_set.name:<{width}}  " + " ".join(f"{c:>7}" for c in cells))
    lines.append(f"! = below its floor in the baseline file by more than {tol}")
    return "\n".join(lines)
