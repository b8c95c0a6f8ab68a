"""Issue 14's proof: ``extract --engine ray`` on a local Ray cluster, into PostgreSQL.

A head and two worker nodes (``ray start`` on loopback, one CPU each worker,
in a temporary folder, stopped after) and a throwaway PostgreSQL server
(tests/pgserver.py). A few hundred real articles (BBC business stories, a
Reuters SGML file split into record ranges, and an empty file for the errors
table) must give, row for row, the facts, articles, provenances and errors of
a local SQLite run; so must a run whose worker process is killed mid-run,
and a run whose driver is killed and which is then run again.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pipeline.schema import article_sources, errors, fact_equivalents, facts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
RAY = Path(sys.executable).with_name("ray")
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_USAGE_STATS_ENABLED": "0"}
BBC_FILES = 150
WAIT = 300.0  # seconds a run may take here (two shared cores)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _stop(groups: list[int]) -> None:
    """Stop our nodes by their process groups (never ``ray stop``: it ends every Ray here)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pgid in groups:
            if _group_alive(pgid):
                os.killpg(pgid, sig)
        deadline = time.monotonic() + 10
        while any(_group_alive(g) for g in groups) and time.monotonic() < deadline:
            time.sleep(0.2)


@pytest.fixture(scope="module")
def cluster():
    """(address, process groups of the two worker nodes) of a local three-node cluster."""
    tmp = tempfile.mkdtemp(prefix="nf-ray-", dir="/tmp")  # short: Ray's socket paths
    # token authentication with a token of our own: what a real cluster should run, and
    # independent of a ~/.ray/auth_token that an earlier local Ray may have left
    token = Path(tmp, "auth_token")
    token.write_text(secrets.token_hex(32))
    token.chmod(0o600)
    ENV.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN_PATH=str(token))
    address = f"127.0.0.1:{_free_port()}"
    common = ["--node-ip-address=127.0.0.1", f"--temp-dir={tmp}", "--object-store-memory=80000000"]
    nodes = [
        ["--head", f"--port={address.split(':')[1]}", "--num-cpus=0", "--include-dashboard=false"],
        [f"--address={address}", "--num-cpus=1"],
        [f"--address={address}", "--num-cpus=1"],
    ]
    groups: list[int] = []
    try:
        for args in nodes:
            with open(f"{tmp}/start.log", "a") as log:
                proc = subprocess.Popen(
                    [str(RAY), "start", *args, *common, "--disable-usage-stats"],
                    env=ENV,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its daemons stay in this group: we stop it
                )
                groups.append(proc.pid)
                if proc.wait(timeout=120) != 0:
                    started = Path(log.name).read_text()
                    pytest.fail(f"ray start {' '.join(args)} failed:\n{started}")
        yield address, groups[1:]
    finally:
        _stop(groups)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, shared_dir) -> list[str]:
    folder = tmp_path_factory.mktemp("ray-in")
    bbc = folder / "bbc"
    bbc.mkdir()
    for path in sorted((shared_dir / "corpus" / "bbc" / "business").glob("*.txt"))[:BBC_FILES]:
        shutil.copy(path, bbc)
    shutil.copy(shared_dir / "corpus" / "reuters21578" / "reut2-003.sgm.gz", folder)
    (folder / "empty.txt").write_bytes(b"")
    return [str(bbc), str(folder / "reut2-003.sgm.gz"), str(folder / "empty.txt")]


@pytest.fixture(scope="module")
def reference(inputs, nlp, tmp_path_factory):
    """The state and run row of a local SQLite run of the same inputs."""
    from pipeline.extract import extract

    db = tmp_path_factory.mktemp("ray-ref") / "local.sqlite"
    extract(inputs, db=db, nlp=nlp)
    return _state(f"sqlite:///{db}")


def _state(url: str) -> dict:
    """Every stored row that does not name a run, sorted (lists: a doubled row shows)."""
    engine = create_engine(url)
    out = {}
    with engine.connect() as conn:
        for table in (facts, fact_equivalents, article_sources, errors):
            # run bookkeeping aside: which run met an error, and how often
            skip = ("run_id", "id", "seen", "last_run_id")
            cols = [c for c in table.columns if c.name not in skip]
            if table is facts:
                cols = [table.c.id, *cols]
            rows = conn.execute(table.select().with_only_columns(*cols)).all()
            out[table.name] = sorted(tuple(r) for r in rows)
        out["articles"] = sorted(conn.execute(text("SELECT id, sha256 FROM articles")).all())
        out["fact_report"] = conn.execute(text("SELECT count(*) FROM fact_report")).scalar()
    engine.dispose()
    return out


def _records(reference: dict) -> int:
    """Records read: the articles, and the records refused (each an error row here)."""
    return len(reference["article_sources"]) + len(reference["errors"])


def _runs(url: str) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT * FROM runs ORDER BY id")).mappings()
            return [dict(r) for r in rows]
    except Exception:  # noqa: BLE001 - the driver has not created the tables yet
        return []
    finally:
        engine.dispose()


def _start(inputs: list[str], url: str, address: str, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", *inputs, "--db", url]
    cmd += ["--engine", "ray", "--ray-address", address, "--ray-split-mb", "0.02"]
    with log.open("a") as out:
        return subprocess.Popen(cmd, env=ENV, stdout=out, stderr=subprocess.STDOUT)


def _finish(proc: subprocess.Popen, log: Path) -> None:
    assert proc.wait(timeout=WAIT) == 0, log.read_text()[-4000:]


def _when_progress(url: str, proc: subprocess.Popen, log: Path) -> dict:
    """The last run's row once it has committed a batch (the run is mid-way)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        runs = _runs(url)
        if runs and runs[-1]["records_read"] > 0:
            return runs[-1]
        assert proc.poll() is None, log.read_text()[-4000:]
        time.sleep(0.1)
    pytest.fail("the run committed no batch in time")


def _node_of(pid: int) -> int:
    """The process group of ``pid``'s parent: the raylet that started the worker
    (raylets put their workers in groups of their own)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    parent = int(stat.rsplit(")", 1)[1].split()[1])
    return os.getpgid(parent)


def _actor_pids(groups: list[int]) -> list[int]:
    """The processes of our worker nodes that hold a ShardActor."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            if cmdline.startswith(b"ray::ShardActor") and _node_of(int(entry)) in groups:
                pids.append(int(entry))
        except (OSError, ProcessLookupError):
            continue
    return pids


def test_cluster_run_equals_local_run(cluster, inputs, reference, pg_url, tmp_path):
    from pgserver import new_database

    url = new_database(pg_url, "ray_same")
    _finish(_start(inputs, url, cluster[0], tmp_path / "log"), tmp_path / "log")
    assert reference["facts"] and reference["errors"]  # facts, and the empty file's error
    assert _state(url) == reference
    (run,) = _runs(url)
    assert run["status"] == "finished"
    assert run["records_read"] == _records(reference)
    assert run["facts"] == len(reference["facts"])


def test_killed_worker_loses_and_doubles_nothing(cluster, inputs, reference, pg_url, tmp_path):
    from pgserver import new_database

    url, log = new_database(pg_url, "ray_worker"), tmp_path / "log"
    proc = _start(inputs, url, cluster[0], log)
    at_kill = _when_progress(url, proc, log)
    victims = _actor_pids(cluster[1])
    assert len(victims) == 2, "expected one ShardActor process on each worker node"
    os.kill(victims[0], signal.SIGKILL)
    _finish(proc, log)
    assert at_kill["records_read"] < len(reference["article_sources"])  # killed mid-run
    assert _state(url) == reference
    (run,) = _runs(url)
    # the counters too: the retried shard passed over the batches it had committed
    assert (run["status"], run["records_read"], run["facts"], run["errors"]) == (
        "finished",
        _records(reference),
        len(reference["facts"]),
        len(reference["errors"]),
    )


def test_killed_driver_rerun_resumes(cluster, inputs, reference, pg_url, tmp_path):
    from pgserver import new_database

    url, log = new_database(pg_url, "ray_driver"), tmp_path / "log"
    proc = _start(inputs, url, cluster[0], log)
    at_kill = _when_progress(url, proc, log)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert at_kill["records_read"] < len(reference["article_sources"])
    _finish(_start(inputs, url, cluster[0], log), log)
    assert _state(url) == reference
    first, second = _runs(url)
    assert (first["status"], second["status"]) == ("interrupted", "finished")
    assert first["facts"] + second["facts"] == len(reference["facts"])
    assert first["articles_new"] + second["articles_new"] == len(reference["articles"])
    assert second["records_read"] == _records(reference)
