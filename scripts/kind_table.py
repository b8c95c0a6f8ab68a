"""Write the training table of the kinds' learned second opinion (pipeline/link/kind_model.py).

Runs the pipeline on the articles of gold sets, with a neutral model (the rules' kind
always stands), and writes one row an amount that a gold line of one kind matches (same
article, currency and amount): ``{"set", "doc", "kind": gold kind, "x": features}``.
The features are what the linker hands the model (``pipeline.link.kind_model.features``).

The sets: every set of ``tests/eval_baseline.json`` (their articles are in ``../shared``),
plus each ``--web DIR``: a folder of ``web-<name>.jsonl`` articles and their
``web-<name>.gold.jsonl`` (kept outside the repository: the articles are not ours to
ship; ``models/README.md`` lists the sets the shipped table holds). Rows of a set the
run does not read are kept from ``--keep``, so the table can be refreshed on a machine
that lacks some sets.

Example:
    python scripts/kind_table.py --out corpus/training/kinds.jsonl.gz --web /work/webdev7
    python scripts/kind_table.py --keep corpus/training/kinds.jsonl.gz --skip dev-reuters-r
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline.facts as facts  # noqa: E402
import pipeline.link.linker as linker  # noqa: E402
from pipeline.evalsets import load_baseline  # noqa: E402
from pipeline.evaluate import amounts_equal, doc_key, evaluate  # noqa: E402
from pipeline.gold import load_gold  # noqa: E402
from pipeline.link.kind_model import KindModel  # noqa: E402
from pipeline.nlp.load import load_nlp  # noqa: E402
from pipeline.types import KINDS as FACT_KINDS  # noqa: E402

KINDS = tuple(sorted(FACT_KINDS))  # the model's classes, in a fixed order


def sets(web_dirs: list[Path]) -> Iterator[tuple[str, list[str], list[str], bool]]:
    """(name, article paths, gold paths, gold docs only) of every set to read."""
    for s in load_baseline(ROOT / "tests/eval_baseline.json").sets:
        yield s.name, [str(ROOT / p) for p in s.paths], [str(ROOT / g) for g in s.gold], True
    for folder in web_dirs:
        for gold in sorted(folder.glob("web-*.gold.jsonl")):
            name = gold.name.removesuffix(".gold.jsonl")
            yield name, [str(folder / f"{name}.jsonl")], [str(gold)], True


def recorded(nlp: Any, paths: list[str], gold: list[str], module: Any,
             attr: str) -> list[tuple[str, str, Decimal, str, dict[str, float]]]:  # fmt: skip
    """Run a set with ``module.attr``, the function that hands a model its features,
    wrapped: (doc key, currency, amount, the rules' sector, features) of each amount."""
    seen: dict[tuple[int, int], dict[str, float]] = {}
    found: list[tuple[str, str, Decimal, str, dict[str, float]]] = []
    features, doc_facts = getattr(module, attr), facts.doc_facts

    def keep_features(span: Any, *args: Any) -> dict[str, float]:
        out: dict[str, float] = features(span, *args)
        seen[(id(span.doc), span.start_char)] = out
        return out

    def keep_doc(doc: Any, article: Any, rejected: Any = None) -> Any:
        out = doc_facts(doc, article, rejected)
        key = doc_key(article.source, article.record)
        for span in doc._.amounts:
            x = seen.pop((id(doc), span.start_char), None)
            if x is not None and span._.money is not None:
                money = span._.money
                found.append((key, money.currency, money.amount, span._.sector or "", x))
        return out

    setattr(module, attr, keep_features)
    facts.doc_facts = keep_doc  # type: ignore[assignment]
    try:
        evaluate(paths, gold, nlp=nlp, gold_docs_only=True)
    finally:
        setattr(module, attr, features)
        facts.doc_facts = doc_facts  # type: ignore[assignment]
    return found


def set_rows(nlp: Any, name: str, paths: list[str], gold: list[str]) -> list[dict[str, Any]]:
    """The rows of one set: each amount's features, labelled by the gold kind."""
    lines = load_gold(gold)
    rows = []
    for key, currency, amount, _, x in recorded(nlp, paths, gold, linker, "features"):
        kinds = {
            g.kind
            for g in lines
            if g.doc == key and g.currency == currency and amounts_equal(amount, g.amount)
        }
        if len(kinds) == 1:
            rows.append({"set": name, "doc": key, "kind": kinds.pop(), "x": x})
    return rows


def run(doc: str, out: Path, what: str, model_attr: str, model: KindModel,
        rows_of: Callable[..., list[dict[str, Any]]]) -> None:  # fmt: skip
    """The command line of a training table (this script's and ``sector_table.py``'s): the
    linker's ``model_attr`` set to the neutral ``model``, the rows of every set read with
    ``rows_of``, kept rows of sets not read added, the table written to ``--out``."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--web", type=Path, action="append", default=[], help="a web set folder")
    ap.add_argument("--keep", type=Path, help="a table whose rows of sets not read are kept")
    ap.add_argument("--skip", action="append", default=[],
                    help=f"a set left out (a cold set whose {what} must stay held out)")
    args = ap.parse_args()
    nlp = load_nlp()
    setattr(nlp.get_pipe("newsfacts_linker"), model_attr, model)
    rows: list[dict[str, Any]] = []
    names = set()
    for name, paths, gold, _ in sets(args.web):
        if name in args.skip:
            continue
        part = rows_of(nlp, name, paths, gold)
        print(f"{name}: {len(part)} rows", file=sys.stderr)
        rows += part
        names.add(name)
    if args.keep is not None:
        with gzip.open(args.keep, "rt", encoding="utf-8") as fh:
            rows += [r for r in map(json.loads, fh) if r["set"] not in names]
    rows.sort(key=lambda r: (r["set"], r["doc"]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # no name, no time in the gzip header: the same rows give the same bytes, wherever written
    with args.out.open("wb") as fh, gzip.GzipFile("", "wb", fileobj=fh, mtime=0) as raw:
        for r in rows:
            raw.write((json.dumps(r, sort_keys=True) + "\n").encode("utf-8"))
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)


def main() -> None:
    run(__doc__, ROOT / "corpus/training/kinds.jsonl.gz", "kind", "kind_model",
        KindModel.neutral(KINDS), set_rows)  # fmt: skip


if __name__ == "__main__":
    main()
