"""The same store on PostgreSQL, through a SQLAlchemy URL.

Starts a throwaway server when the PostgreSQL binaries are on the machine
(Debian's ``postgresql`` package; the ``pg_url`` fixture of tests/pgserver.py);
skipped, with the reason, when they are not.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_postgres_extract_twice_offsets_hold(nlp, shared_dir, pg_url):
    from sqlalchemy import create_engine, text

    from pipeline.extract import extract

    seeds = str(shared_dir / "corpus" / "seeds")
    first = extract([seeds], db=pg_url, nlp=nlp)
    second = extract([seeds], db=pg_url, nlp=nlp)
    assert first.facts > 0 and (second.articles_new, second.facts) == (0, 0)
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.text, r.sentence, r.sentence_start, r.sentence_end, r.amount_text, "
                "r.amount_start, r.amount_end "
                "FROM fact_report r JOIN articles a ON a.id = r.article_id"
            )
        ).all()
    engine.dispose()
    assert len(rows) == first.facts
    for t, sentence, s0, s1, amount, a0, a1 in rows:
        assert t[s0:s1] == sentence and t[a0:a1] == amount
