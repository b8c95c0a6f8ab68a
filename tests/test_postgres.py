"""The same store on PostgreSQL, through a SQLAlchemy URL.

Starts a throwaway server when the PostgreSQL binaries are on the machine
(Debian's ``postgresql`` package); skipped, with the reason, when they are not.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

pytestmark = pytest.mark.slow


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and no 'postgres' user to run the server")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = tempfile.mkdtemp(prefix="newsfacts-pg-")
    if run_as:
        shutil.chown(data, "postgres")
    port = _free_port()
    subprocess.run(
        [*run_as, initdb, "-D", data, "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    opts = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"
    subprocess.run(
        [*run_as, pg_ctl, "-D", data, "-o", opts, "-l", f"{data}/log", "-w", "start"],
        check=True,
        capture_output=True,
    )
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        yield url
    finally:
        subprocess.run(
            [*run_as, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        time.sleep(0.2)
        shutil.rmtree(data, ignore_errors=True)


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
