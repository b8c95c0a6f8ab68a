"""Checks around ``newsfacts eval``: inputs that no gold doc names, and the F1 bar.

A gold file's ``doc`` names articles by file name (``file#record`` for a
record); when none of them is among the articles read, every score is zero
for a reason that has nothing to do with extraction, so say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import text

from pipeline.gold import doc_key, load_gold
from pipeline.store import Store


def docs_read(db: str | Path) -> set[str]:
    """The gold ``doc`` key of every article (and every source of it) in ``db``."""
    store = Store(db, create=False)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT source, record FROM article_sources")).all()
    finally:
        store.close()
    return {doc_key(r.source, r.record) for r in rows}


def gold_doc_warning(gold_paths: Sequence[str | Path], db: str | Path) -> str | None:
    """A warning when no doc of the gold files is among the articles read, else None."""
    gold_docs = sorted({g.doc for g in load_gold(gold_paths)})
    read = docs_read(db)
    if not gold_docs or set(gold_docs) & read:
        return None
    example = ", ".join(sorted(read)[:3]) or "none"
    return (
        f"warning: none of the {len(gold_docs)} docs of {', '.join(map(str, gold_paths))} "
        f"(e.g. {gold_docs[0]!r}) is among the {len(read)} articles read (e.g. {example}): "
        "check the input paths, or the gold lines' doc names (file name, file#record)"
    )


def below_bar(f1: float, min_f1: float | None) -> str | None:
    """An error message when the fact F1 is under ``min_f1``, else None."""
    if min_f1 is None or f1 >= min_f1:
        return None
    return f"fact F1 {f1:.3f} is below --min-f1 {min_f1:.3f}"
