"""The web view without a browser: descriptions, canned queries, highlighting, escaping."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.schema import FACT_REPORT_COLUMNS
from pipeline.store import Store
from pipeline.web.highlight import company_span, pieces, sentence_pieces
from pipeline.web.metadata import canned_queries, datasette_metadata, describe, relations

ROOT = Path(__file__).resolve().parents[2]


def test_every_table_view_and_column_is_described():
    rels = relations()
    assert rels["fact_report"] == FACT_REPORT_COLUMNS
    assert {"facts", "articles", "article_sources", "fact_equivalents", "runs", "errors"} <= set(
        rels
    )
    for name, columns in rels.items():
        assert describe(name)
        for column in columns:
            assert len(describe(name, column)) > 8, (name, column)


def test_metadata_facets_sort_and_canned_queries():
    meta = datasette_metadata()["databases"]["facts"]
    report = meta["tables"]["fact_report"]
    assert report["facets"] == ["company_canonical", "sector", "kind", "currency"]
    assert report["sort_desc"] == "amount_usd"
    assert "year" in meta["tables"]["fact_browse"]["facets"]
    assert set(meta["queries"]) >= {
        "top_companies",
        "money_by_sector_year",
        "article_facts",
        "company_facts",
        "facts_without_company",
        "run_errors",
    }


def test_canned_queries_run_on_an_empty_database(tmp_path):
    from pipeline.web.serve import prepare_copy

    db = tmp_path / "empty.sqlite"
    Store(db).close()
    copy = prepare_copy(db, tmp_path)
    con = sqlite3.connect(copy)
    for name, query in canned_queries().items():
        params = {p: "x" for p in ("article_id", "company", "run_id", "q")}
        assert con.execute(query["sql"], params).fetchall() == [], name
    con.close()


def test_prepare_copy_refuses_other_databases_and_leaves_the_source_alone(tmp_path):
    from pipeline.errors import StoreError
    from pipeline.web.serve import prepare_copy

    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    before = other.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StoreError, match="not a newsfacts database"):
        prepare_copy(other, out)
    assert other.read_bytes() == before
    with pytest.raises(StoreError, match="no database"):
        prepare_copy(tmp_path / "typo.sqlite", out)
    assert not (tmp_path / "typo.sqlite").exists()


def test_pieces_mark_spans_and_drop_overlaps():
    text = "Acme will invest $5 million in Ohio"
    got = pieces(text, [(17, 27, "amount"), (0, 4, "company"), (2, 6, "overlap")])
    assert got == [
        ("Acme", "company"),
        (" will invest ", ""),
        ("$5 million", "amount"),
        (" in Ohio", ""),
    ]
    assert "".join(t for t, _ in got) == text


def test_company_span_skips_a_mention_inside_the_amount():
    sentence = "Won 5 trillion from Won Holdings"
    assert company_span(sentence, "Won", (0, 14)) == (20, 23)
    assert company_span(sentence, "", (0, 14)) is None
    fact = {
        "sentence": "GE paid $5 mln to ge.",
        "sentence_start": 100,
        "amount_start": 108,
        "amount_end": 114,
        "company": "GE",
    }
    assert sentence_pieces(fact)[:3] == [
        ("GE", "nf-company"),
        (" paid ", ""),
        ("$5 mln", "nf-amount"),
    ]


@pytest.mark.slow
def test_fact_page_escapes_article_markup(corpus_db, tmp_path):
    from pipeline.web.serve import make_app, prepare_copy

    ds = make_app(prepare_copy(corpus_db, tmp_path))
    con = sqlite3.connect(corpus_db)
    fact_id, article_id = con.execute(
        "SELECT fact_id, article_id FROM fact_report WHERE sentence LIKE '%Acme%'"
    ).fetchone()
    con.close()

    async def get(path: str) -> str:
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        return str(response.text)

    for path in (f"/-/newsfacts/article/{article_id}", f"/-/newsfacts/fact/{fact_id}"):
        html = asyncio.run(get(path))
        assert "&lt;script&gt;" in html and "<script>alert" not in html
        assert "<img src=x" not in html
    html = asyncio.run(get(f"/-/newsfacts/fact/{fact_id}"))
    assert '<mark class="nf-amount">$25 million</mark>' in html


def test_schema_command_prints_every_column():
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "schema"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("view fact_report: ")
    for column in FACT_REPORT_COLUMNS:
        assert f"\n  {column} " in done.stdout


def test_an_older_fact_report_view_is_recreated(tmp_path):
    db = tmp_path / "old.sqlite"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("DROP VIEW fact_report")
    con.execute("CREATE VIEW fact_report AS SELECT f.id AS fact_id, f.amount FROM facts f")
    con.commit()
    con.close()
    Store(db).close()
    con = sqlite3.connect(db)
    cols = [r[1] for r in con.execute("PRAGMA table_info(fact_report)")]
    con.close()
    assert cols == FACT_REPORT_COLUMNS
