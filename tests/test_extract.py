"""Extraction end to end: offsets, idempotence, bad input, duplicates."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest

from pipeline.extract import extract

GOOD = "Acme Corp will invest $2 billion in a new chip plant in Ohio, the company said.\n"


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _assert_offsets_hold(db: Path) -> int:
    rows = _rows(
        db,
        "SELECT a.text, r.sentence, r.sentence_start, r.sentence_end, r.amount_text, "
        "r.amount_start, r.amount_end FROM fact_report r JOIN articles a ON a.id = r.article_id",
    )
    for text, sent, s0, s1, amount, a0, a1 in rows:
        assert text[s0:s1] == sent
        assert text[a0:a1] == amount
        assert s0 <= a0 < a1 <= s1
    return len(rows)


def test_extract_seeds_offsets_hold_and_rerun_adds_nothing(nlp, shared_dir, tmp_path):
    db = tmp_path / "seeds.sqlite"
    first = extract([str(shared_dir / "corpus" / "seeds")], db=db, nlp=nlp)
    n = _assert_offsets_hold(db)
    assert n > 0 and first.facts == n and first.articles_new == 4
    counts = [_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "facts")]
    second = extract([str(shared_dir / "corpus" / "seeds")], db=db, nlp=nlp)
    assert (second.articles_new, second.facts, second.duplicates) == (0, 0, 4)
    again = [_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "facts")]
    assert again == counts


def test_extract_bad_inputs_recorded_and_run_goes_on(nlp, tmp_path):
    src = tmp_path / "dump"
    src.mkdir()
    (src / "good.txt").write_text(GOOD)
    (src / "empty.txt").write_text("")
    (src / "junk.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (src / "lines.jsonl").write_text(
        '{"id": "a1", "text": "Beta Inc raised $40 million in a funding round."}\n'
        '{"id": "a2", "text": \n'
        '{"id": "a3", "text": "Gamma Ltd sold its unit for 300 mln stg."}\n'
    )
    (src / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 50)[:40])
    db = tmp_path / "out.sqlite"
    summary = extract([str(src)], db=db, nlp=nlp)
    # good.txt, a1, a3, and the one distinct text read before the gzip cut
    assert summary.articles_new == 4
    assert summary.errors >= 4
    sources = {r[0].rsplit("/", 1)[-1] for r in _rows(db, "SELECT source FROM errors")}
    assert {"empty.txt", "junk.txt", "lines.jsonl", "cut.jsonl.gz"} <= sources
    bad_line = _rows(db, "SELECT record, message FROM errors WHERE source LIKE '%lines.jsonl'")
    assert bad_line[0][0] == "2" and "lines.jsonl" in bad_line[0][1]
    assert _assert_offsets_hold(db) >= 3


def test_extract_same_text_two_sources_processed_once(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    db = tmp_path / "x.sqlite"
    summary = extract([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db=db, nlp=nlp)
    assert (summary.articles_new, summary.duplicates) == (1, 1)
    assert _rows(db, "SELECT count(*) FROM article_sources")[0][0] == 2


def test_extract_resumes_after_partial_run(nlp, tmp_path):
    docs = tmp_path / "docs.jsonl"
    line = '{{"id": "{i}", "text": "Firm{i} Inc will spend ${n} million on a new factory."}}\n'
    docs.write_text("".join(line.format(i=i, n=i + 1) for i in range(6)))
    db = tmp_path / "r.sqlite"
    # A run that stopped after its first batch of 2 looks like this on disk:
    head = tmp_path / "head.jsonl"
    head.write_text("".join(docs.read_text().splitlines(keepends=True)[:2]))
    extract([str(head)], db=db, nlp=nlp, batch_size=2)
    summary = extract([str(docs)], db=db, nlp=nlp, batch_size=2)
    assert (summary.articles_new, summary.duplicates) == (4, 2)
    assert _rows(db, "SELECT count(DISTINCT article_id) FROM facts")[0][0] == 6


@pytest.mark.parametrize("missing", ["no/such/file.txt"], ids=["missing-path"])
def test_extract_nothing_readable(nlp, tmp_path, missing):
    summary = extract([str(tmp_path / missing)], db=tmp_path / "n.sqlite", nlp=nlp)
    assert summary.read_nothing and summary.errors == 1


@pytest.mark.parametrize(
    ("text", "canonical", "ticker"),
    [
        (
            "Toyota Motor Corp said it will invest $1 billion in a battery plant.\n",
            "Toyota",
            "7203.T",
        ),
        (
            "Zephyrine Widgets Ltd said it will invest $5 million in a new plant.\n",
            "Zephyrine Widgets",
            "",
        ),
    ],
    ids=["gazetteer", "suffix-folded"],
)
def test_extract_company_canonical_and_ticker(nlp, tmp_path, text, canonical, ticker):
    (tmp_path / "a.txt").write_text(text)
    db = tmp_path / "c.sqlite"
    extract([str(tmp_path / "a.txt")], db=db, nlp=nlp)
    rows = _rows(db, "SELECT company_canonical, company_ticker FROM facts WHERE company != ''")
    assert rows == [(canonical, ticker)]


def test_extract_implausible_amount_is_an_error_row_not_a_fact(nlp, tmp_path, monkeypatch):
    """An amount worth more than the world's yearly output is a misreading: it goes to
    errors with its text, and the article's other facts are stored."""
    from decimal import Decimal

    import pipeline.facts

    # a low bound stands in for the world's output, so that an ordinary text can cross it
    monkeypatch.setattr(pipeline.facts, "PLAUSIBLE_USD", Decimal("1e12"))
    src = tmp_path / "a.txt"
    src.write_text("Halden Corp will invest $2 billion in a plant. A rival pledged $5 trillion.")
    db = tmp_path / "f.sqlite"
    summary = extract([str(src)], db=db, nlp=nlp)
    assert summary.errors == 1 and summary.articles_new == 1
    assert _rows(db, "SELECT amount_text FROM facts") == [("$2 billion",)]
    ((reason, message),) = _rows(db, "SELECT reason, message FROM errors")
    assert reason == "implausible" and "'$5 trillion'" in message and "a.txt" in message


def test_extract_amount_stops_before_the_full_stop(nlp, tmp_path):
    """The tokenizer keeps "m." whole (an abbreviation), so the amount "£35m" at a
    sentence's end came out as "£35m." (BBC sport 112.txt has it); the stored
    words stop before the full stop and the offsets still hold."""
    src = tmp_path / "a.txt"
    src.write_text("He would sell the striker for any fee over £35m. Talks go on.")
    db = tmp_path / "f.sqlite"
    extract([str(src)], db=db, nlp=nlp)
    assert _rows(db, "SELECT amount_text FROM facts") == [("over £35m",)]
    assert _assert_offsets_hold(db) == 1
