"""Print a digest of a fact database: proof that a refactor changed no fact.

Two digests: of the sorted fact ids, and of every fact row (all columns but
``run_id``) with its equivalents, sorted. Equal digests before and after a
change mean the change is behaviour-free on that input.

Example:
    newsfacts extract out/bench.jsonl.gz --db /tmp/before.sqlite
    python scripts/facts_digest.py /tmp/before.sqlite
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys


def digests(path: str) -> dict[str, object]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cols = [r[1] for r in con.execute("PRAGMA table_info(facts)") if r[1] != "run_id"]
    rows = con.execute(f"SELECT {', '.join(cols)} FROM facts ORDER BY id").fetchall()
    eq = con.execute("SELECT * FROM fact_equivalents ORDER BY fact_id, position").fetchall()
    ids = hashlib.sha256("\n".join(r[0] for r in rows).encode()).hexdigest()
    full = hashlib.sha256()
    for row in rows:
        full.update(json.dumps(row, default=str).encode() + b"\n")
    for row in eq:
        full.update(json.dumps(row, default=str).encode() + b"\n")
    return {"facts": len(rows), "ids_sha256": ids, "rows_sha256": full.hexdigest()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="+", help="SQLite fact databases")
    args = parser.parse_args(argv)
    for path in args.db:
        print(path, json.dumps(digests(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
