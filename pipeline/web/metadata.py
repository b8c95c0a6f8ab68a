"""Descriptions of every table, view and column, and the Datasette metadata built from them.

One source, ``descriptions.json`` beside this file (the FACTS.md contract in
words), feeds both ``newsfacts schema`` and the web view, so the two cannot
drift; the canned queries are the ``queries/*.sql`` files, each opening with
``-- title:`` and ``-- description:`` lines.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.errors import NewsfactsError
from pipeline.schema import FACT_REPORT_COLUMNS, metadata

WEB_DIR = Path(__file__).resolve().parent
DESCRIPTIONS = WEB_DIR / "descriptions.json"
QUERIES_DIR = WEB_DIR / "queries"
# The database name Datasette serves (the copy's file stem, pipeline/web/serve.py).
DB_NAME = "facts"
FACETS = ["company_canonical", "sector", "kind", "currency"]


@cache
def _descriptions() -> dict[str, Any]:
    return dict(json.loads(DESCRIPTIONS.read_text(encoding="utf-8")))


def relations() -> dict[str, list[str]]:
    """Every table and view of a newsfacts database and its columns, in order."""
    out = {"fact_report": list(FACT_REPORT_COLUMNS)}
    out.update({name: [c.name for c in table.columns] for name, table in metadata.tables.items()})
    return out


def describe(relation: str, column: str | None = None) -> str:
    """The description of a table or view, or of one of its columns."""
    data = _descriptions()
    table = data["tables"].get(relation)
    if table is None:
        raise NewsfactsError(f"{DESCRIPTIONS} describes no table {relation!r}: add it there")
    if column is None:
        return str(table["description"])
    text = table["columns"].get(column, data["columns"].get(column))
    if not text:
        raise NewsfactsError(f"{DESCRIPTIONS} describes no column {relation}.{column}: add it")
    return str(text)


def title(relation: str) -> str:
    return str(_descriptions()["tables"][relation]["title"])


def canned_queries() -> dict[str, dict[str, str]]:
    """name -> {title, description, sql} from queries/*.sql."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.sql")):
        head: dict[str, str] = {}
        body = []
        for line in path.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.removeprefix("-- ").partition(": ")
            if line.startswith("-- ") and sep and key in ("title", "description"):
                head[key] = value.strip()
            else:
                body.append(line)
        if set(head) != {"title", "description"}:
            raise NewsfactsError(f"{path} must open with '-- title:' and '-- description:' lines")
        out[path.stem] = {**head, "sql": "\n".join(body).strip()}
    return out


def datasette_metadata() -> dict[str, Any]:
    """Titles, descriptions, facets, sort orders, search and canned queries for Datasette."""
    tables: dict[str, Any] = {}
    for name, columns in relations().items():
        tables[name] = {
            "title": title(name),
            "description": describe(name),
            "columns": {c: describe(name, c) for c in columns},
        }
    tables["fact_report"].update(facets=FACETS, sort_desc="amount_usd")
    tables["fact_browse"] = {
        "title": "Facts by year",
        "description": describe("fact_report") + " Adds the publication year, for facets.",
        "columns": {**tables["fact_report"]["columns"], "year": "publication year, '' if unknown"},
        "facets": [*FACETS, "year"],
        "sort_desc": "amount_usd",
    }
    tables["articles"].update(fts_table="articles_fts")
    tables["facts"].update(fts_table="facts_fts", sort_desc="amount_usd")
    return {
        "title": "newsfacts",
        "description": "Money facts extracted from news, each with the sentence it came from. "
        "Open a fact id for its page; /-/newsfacts/dashboard has charts.",
        "databases": {DB_NAME: {"tables": tables, "queries": canned_queries()}},
    }
