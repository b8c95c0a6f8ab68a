"""pipeline/link/sector_model.py, the sectors' learned second opinion, and its files: the
margin rule, that it only fills a gap the rules left open and never with a sector the
story does not name, the features the
linker hands it, the story's sectors, and that the model was fit to the shipped table
(``scripts/train_sectors.py --check``)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter

from amount_at import amount_at

from pipeline.link.kind_model import KindModel
from pipeline.link.sector_model import (
    NONE,
    decide_sector,
    second_opinion,
    sector_features,
    story_sectors,
)
from pipeline.link.sectors import SECTORS
from pipeline.resources import MODELS_DIR
from pipeline.types import SECTOR_MODEL_WORDS

ROOT = MODELS_DIR.parent
CLASSES = (*sorted(SECTORS), NONE)  # as scripts/sector_table.py orders them


def _model(margin: float, pull: str = "financials") -> KindModel:
    # one feature that pulls hard toward ``pull``
    w = {"S:saving": tuple(4.0 if c == pull else 0.0 for c in CLASSES)}
    return KindModel(CLASSES, (0.0,) * len(CLASSES), w, margin)


def test_decide_fills_an_open_gap_past_the_margin_with_a_named_sector() -> None:
    named = {"rule=none": 1.0, "open": 1.0, "S:saving": 1.0, "A:financials": 1.0}
    assert decide_sector(_model(0.2), "", named) == "financials"
    assert decide_sector(_model(0.99), "", named) == ""  # not sure enough
    assert decide_sector(_model(0.2), "", {**named, "S:saving": 0.0}) == ""  # no evidence
    # the story names no financials word: the model may not invent the industry
    assert decide_sector(_model(0.2), "", {"rule=none": 1.0, "open": 1.0, "S:saving": 1.0}) == ""
    assert decide_sector(KindModel.neutral(CLASSES), "", named) == ""
    assert decide_sector(KindModel(), "", named) == ""  # no model: the rules'


def test_decide_keeps_what_the_rules_decided() -> None:
    named = {"rule=energy": 1.0, "open": 1.0, "S:saving": 1.0, "A:financials": 1.0}
    assert decide_sector(_model(0.2), "energy", named) == "energy"  # a sector they chose
    # none where the rules found the money has no industry (a budget, a person's pay)
    closed = {"rule=none": 1.0, "S:saving": 1.0, "A:financials": 1.0}
    assert decide_sector(_model(0.2), "", closed) == ""


def test_story_sectors_leave_the_amount_out(nlp) -> None:
    doc = nlp("Shell earned $5bn. BP earned $3bn. The government spent $2bn on schools.")
    spans = list(doc._.amounts)
    assert len(spans) == 3
    spans[0]._.sector, spans[1]._.sector, spans[2]._.sector = "energy", "energy", ""
    story = story_sectors(spans)
    assert story[0] == Counter({"energy": 1, NONE: 1})
    assert story[2] == Counter({"energy": 2})


def test_features_of_an_amount(nlp) -> None:
    story = (
        "Savings rates rise at lenders\n\n"
        "Harbor Bank, the mortgage lender, said its easy-access account pays 5% on balances "
        "of $250 or more."
    )
    span = amount_at(nlp, story, "$250")
    hits = nlp.get_pipe("newsfacts_linker").sectors(span.doc)
    x = sector_features(span, "financials", hits, Counter({"energy": 1}))
    assert x["rule=financials"] == 1.0
    assert "kind=" + span._.kind in x
    assert x["D:energy"] == 1.0
    assert x["S:balance"] == 0.5
    assert "T:lender" in x and "T:rise" in x  # the headline's words
    assert "A:financials" in x and "N:financials" in x


def test_second_opinion_marks_what_it_changed(nlp) -> None:
    doc = nlp("Savings accounts pay 5% on balances of $250 at Harbor Bank, a mortgage lender.")
    span = next(iter(doc._.amounts))
    span._.links, span._.sector, span._.sector_words = [], "", ""
    hits = nlp.get_pipe("newsfacts_linker").sectors(doc)
    span._.sector_open = False  # the rules decided: no industry
    second_opinion(_model(0.2), [span], hits)
    assert (span._.sector, span._.sector_words) == ("", "")
    span._.sector_open = True  # the rules looked and found none
    second_opinion(_model(0.2), [span], hits)
    assert (span._.sector, span._.sector_words) == ("financials", SECTOR_MODEL_WORDS)


def test_model_is_fit_to_the_shipped_table() -> None:
    script = ROOT / "scripts" / "train_sectors.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_table_rows_are_labelled_and_carry_the_rules_sector() -> None:
    with gzip.open(ROOT / "corpus/training/sectors.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert len(rows) > 3000
    for row in rows:
        assert row["sector"] in CLASSES
        assert all(s in SECTORS for s in row["gold"])
        assert sum(f.startswith("rule=") for f in row["x"]) == 1
