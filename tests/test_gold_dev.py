"""The dev gold sets point at real text: every line's doc is read from its set's
paths, once, and its `sentence` is in that article.

The sets are the ones tests/eval_baseline.json scores with `gold_docs_only`. A
doc key is a file name, so a set whose paths hold two articles under one key
(BBC folders share 001.txt ...) would score one against the other's gold.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.gold import doc_key, load_gold
from pipeline.ingest import iter_articles

ROOT = Path(__file__).resolve().parent.parent
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())
DEV_SETS = sorted(n for n, s in BASELINE["sets"].items() if s.get("gold_docs_only"))


@pytest.mark.parametrize("name", DEV_SETS)
def test_gold_dev_sentences_are_in_their_articles(name):
    spec = BASELINE["sets"][name]
    paths = [ROOT / p for p in spec["paths"]]
    if not all(p.exists() for p in paths):
        pytest.skip(f"{name}: corpus not beside the project ({spec['paths'][0]})")
    gold = load_gold([ROOT / g for g in spec["gold"]])
    wanted = {g.doc for g in gold}
    seen: Counter[str] = Counter()
    texts: dict[str, str] = {}
    # a record with no text anywhere in the file (reut2-012's 12793) is skipped, as
    # extraction skips it; a gold doc among the unreadable fails below as not found
    unread: list[InputError] = []
    for article in iter_articles([str(p) for p in paths], on_error=unread.append):
        key = doc_key(article.source, article.record)
        if key in wanted:
            seen[key] += 1
            texts[key] = article.text
    assert not [k for k, n in seen.items() if n > 1], f"{name}: doc keys read twice"
    assert not wanted - set(texts), (
        f"{name}: docs not found: {sorted(wanted - set(texts))} ({[str(e) for e in unread][:3]})"
    )
    lost = [(g.doc, g.sentence) for g in gold if g.sentence not in texts[g.doc]]
    assert not lost, f"{name}: sentences not in their article: {lost[:3]}"
