"""Write the training table of the sectors' learned second opinion
(pipeline/link/sector_model.py).

Runs the pipeline on the articles of gold sets with a neutral model (the rules' sector
always stands) and writes one row an amount that gold lines of one sector list match
(same article, currency and amount): ``{"set", "doc", "sector": label, "gold": the
gold list, "x": features}``.
The label is the rules' sector when the gold list accepts it, else the first sector of
the list the story names (an ``A:`` feature), else the list's first (``none`` for an
empty list). The features are what the linker hands the model
(``pipeline.link.sector_model.sector_features``). The sets are those of
``scripts/kind_table.py`` (``--web``, ``--keep`` and ``--skip`` work the same).

Example:
    python scripts/sector_table.py --web /work/webdev46 --skip dev-reuters-s
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kind_table import recorded, run  # noqa: E402

import pipeline.link.sector_model as sector_model  # noqa: E402
from pipeline.evaluate import amounts_equal  # noqa: E402
from pipeline.gold import load_gold  # noqa: E402
from pipeline.link.kind_model import KindModel  # noqa: E402
from pipeline.link.sector_model import NONE  # noqa: E402
from pipeline.link.sectors import SECTORS  # noqa: E402

CLASSES = (*sorted(SECTORS), NONE)  # the model's classes, in a fixed order


def label(rule: str, gold: tuple[str, ...], x: dict[str, float]) -> str:
    """The class a row teaches (see the module docstring)."""
    if not gold:
        return NONE
    if rule in gold:
        return rule
    return next((s for s in gold if "A:" + s in x), gold[0])


def set_rows(nlp: Any, name: str, paths: list[str], gold: list[str]) -> list[dict[str, Any]]:
    """The rows of one set: each amount's features, labelled by its gold sectors."""
    lines = load_gold(gold)
    rows = []
    for key, currency, amount, rule, x in recorded(
        nlp, paths, gold, sector_model, "sector_features"
    ):
        lists = {
            tuple(g.sector)
            for g in lines
            if g.doc == key and g.currency == currency and amounts_equal(amount, g.amount)
        }
        if len(lists) == 1:
            gold_list = lists.pop()
            rows.append({"set": name, "doc": key, "sector": label(rule, gold_list, x),
                         "gold": list(gold_list), "x": x})  # fmt: skip
    return rows


def main() -> None:
    run(__doc__, ROOT / "corpus/training/sectors.jsonl.gz", "sector", "sector_model",
        KindModel.neutral(CLASSES), set_rows)  # fmt: skip


if __name__ == "__main__":
    main()
