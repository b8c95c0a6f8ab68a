"""``newsfacts extract --engine ray``: the same extraction on a Ray cluster.

The driver lists the inputs and cuts them into shards (pipeline/engines/
shards.py: files, and interleaved record ranges of a large file); one actor
per worker CPU loads the pipeline once and, for each shard it is handed,
reads the files itself with the project's readers, runs the same pipeline
(pipeline/facts.py) and writes each batch through the same store
(pipeline/engines/shardrun.py): one transaction per batch with the run's
progress marker, rows keyed by content. The driver only sends shard names
and gets counts back; it never streams the dump.

Why plain actors and not Ray Data's ``map_batches`` with an actor class:

- the unit of fault tolerance here is a shard whose batches commit as they
  go; Ray Data would move articles and facts through its object store and
  its own retries, and to write once per batch with a progress marker we
  would have to undo its blocks at a sink;
- Ray Data needs a datasource per input format, where the project's readers
  already read ten formats, archives and compression from a path;
- on one machine Ray Data ran at 0.74x of plain multiprocessing (issue 14);
  an actor that holds the pipeline and gets a shard name costs one call.

An actor is restarted when its process dies (``max_restarts``) and the calls
it held are retried (``max_task_retries``); a retried shard passes over the
batches it had committed, so nothing is lost or doubled. A shard that kills
its actor every time gets one ``worker-died`` error row and the run goes on.
A driver killed mid-run takes its actors with it; the same command run again
marks the old run ``interrupted`` and skips every article already stored.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import spacy

import pipeline
from pipeline.engines.shardrun import ShardResult, ShardRunner, writer_store
from pipeline.engines.shards import PART_BYTES, Shard, plan_shards
from pipeline.errors import InputError, StoreError
from pipeline.extract import DEFAULT_BATCH, RunSummary, _model_name
from pipeline.store import Store
from pipeline.types import ErrorRow

# Shards handed to an actor at a time: one, so a free actor takes the next shard and
# none waits behind a long one; the round trip between shards is milliseconds.
QUEUED = 1
TASK_RETRIES = 2  # attempts after the first of a shard whose actor died
POLL_SECONDS = 1.0  # how often the driver reads the progress marker
LOCAL_OBJECT_STORE = 100 << 20  # bytes; shards and counts are all that travel


class ShardActor:
    """One worker CPU: the pipeline loaded once, shards in, counts out.

    The pipeline lives in this imported module's actor, not in a global of
    the driver script, so Ray never pickles it or reloads it per task.
    """

    def __init__(self, model: str | None = None) -> None:
        from pipeline.nlp.load import BASE_MODEL, shared_nlp

        self.nlp = shared_nlp(model or BASE_MODEL)
        self.runners: dict[tuple[str, int], ShardRunner] = {}

    def pid(self) -> int:
        return os.getpid()

    def process(
        self, shard: Shard, run_id: int, db: str, fields: dict[str, str], batch: int, cwd: str
    ) -> tuple[int, dict]:
        """Run ``shard`` into ``db``; (this process's id, the ShardResult as a dict)."""
        if os.path.isdir(cwd):  # relative input paths are the driver's
            os.chdir(cwd)
        runner = self.runners.get((db, batch))
        if runner is None:
            runner = self.runners[(db, batch)] = ShardRunner(self.nlp, writer_store(db), batch)
        return os.getpid(), asdict(runner.run(shard, run_id, fields))


class RayEngine:
    """Actors on a Ray cluster (``address``) or on a local Ray started here (None)."""

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        import ray

        self._own_ray = not ray.is_initialized()
        if self._own_ray:
            _init_ray(ray, address, workers)
        cpus = int(ray.cluster_resources().get("CPU", 0))
        self.size = workers or cpus
        if self.size < 1:
            raise StoreError(
                f"the Ray cluster at {address or 'localhost'} offers no CPU; start workers "
                "with `ray start --address HEAD:6379 --num-cpus N`"
            )
        remote = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=TASK_RETRIES)
        actor_class: Any = remote(ShardActor)  # Ray's handles are typed loosely
        self.actors: list[Any] = [actor_class.remote() for _ in range(self.size)]
        self.pids = ray.get([a.pid.remote() for a in self.actors])  # waits for every pipeline
        self.replaced = 0

    def run(
        self,
        shards: Sequence[Shard],
        *,
        run_id: int,
        db: str,
        fields: dict[str, str],
        batch_size: int,
        on_result: Callable[[ShardResult], None],
        on_died: Callable[[Shard, str], None],
        on_tick: Callable[[], None],
    ) -> None:
        """Run every shard; ``on_died`` gets a shard whose actor died on every attempt."""
        import ray
        from ray.exceptions import RayActorError

        queue = list(reversed(shards))
        inflight: dict[Any, tuple[int, Shard]] = {}
        cwd = os.getcwd()

        def submit(i: int) -> None:
            shard = queue.pop()
            ref = self.actors[i].process.remote(shard, run_id, db, fields, batch_size, cwd)
            inflight[ref] = (i, shard)

        for _ in range(QUEUED):
            for i in range(self.size):  # round robin: a file's parts land on different actors
                if queue:
                    submit(i)
        while inflight:
            ready, _ = ray.wait(list(inflight), num_returns=1, timeout=POLL_SECONDS)
            on_tick()
            for ref in ready:
                i, shard = inflight.pop(ref)
                try:
                    pid, result = ray.get(ref)
                except RayActorError as exc:
                    on_died(shard, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                else:
                    if pid != self.pids[i]:
                        self.replaced += 1
                        self.pids[i] = pid
                    on_result(ShardResult(**result))
                if queue:
                    submit(i)

    def close(self) -> None:
        import ray

        for actor in self.actors:
            ray.kill(actor)
        self.actors = []
        if self._own_ray:
            ray.shutdown()

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _init_ray(ray: Any, address: str | None, workers: int | None) -> None:
    """Join the cluster at ``address``, or start a small local Ray with ``workers`` CPUs."""
    quiet = {"logging_level": logging.WARNING, "configure_logging": True}
    if address or os.environ.get("RAY_ADDRESS"):
        try:
            ray.init(address=address, **quiet)
        except (ConnectionError, RuntimeError) as exc:
            raise StoreError(
                f"cannot join the Ray cluster at {address}: {exc}; start it with "
                "`ray start --head` and give the head's address as --ray-address HOST:6379"
            ) from exc
        return
    from pipeline.workers import default_workers

    ray.init(
        num_cpus=workers or default_workers(),
        include_dashboard=False,
        object_store_memory=LOCAL_OBJECT_STORE,
        **quiet,
    )


def extract_ray(
    paths: Sequence[str],
    *,
    db: str | Path,
    fields: dict[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH,
    address: str | None = None,
    workers: int | None = None,
    engine: RayEngine | None = None,
    part_bytes: int = PART_BYTES,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> RunSummary:
    """Extract every article under ``paths`` into ``db`` on Ray; the local run's summary.

    An ``engine`` given is used and left running (the benchmark reuses one). A file
    larger than ``part_bytes`` is split into up to one part per worker.
    """
    started = time.perf_counter()
    target = str(db) if "://" in str(db) else str(Path(db).resolve())  # workers' cwd differs
    store = Store(target)  # creates the schema before any worker writes
    versions = {"newsfacts": pipeline.__version__, "spacy": spacy.__version__}
    run_id = store.start_run(paths, {**versions, "model": _model_name()})
    summary = RunSummary(run_id=run_id, db=str(db))
    status = "failed"
    own = engine is None
    try:
        found: list[ErrorRow] = []

        def report(exc: InputError) -> None:
            found.append(ErrorRow(exc.source, exc.record, exc.reason, str(exc)))

        if engine is None:
            engine = RayEngine(address, workers)
        shards = plan_shards(
            paths, parts=engine.size, report=report, exclude=store.files(), part_bytes=part_bytes
        )
        _write_errors(store, run_id, found, on_error)
        progress = _Progress(store, run_id, on_progress)

        def died(shard: Shard, why: str) -> None:
            message = (
                f"{shard}: the worker processing it died {TASK_RETRIES + 1} times ({why}); "
                "its articles not yet written were skipped; run the command again to retry them"
            )
            row = ErrorRow(shard.pieces[0].path, "", "worker-died", message)
            _write_errors(store, run_id, [row], on_error)

        def result(res: ShardResult) -> None:
            if on_error:
                for message in res.messages:
                    on_error(message)

        engine.run(
            shards,
            run_id=run_id,
            db=target,
            fields=fields or {},
            batch_size=batch_size,
            on_result=result,
            on_died=died,
            on_tick=progress.tick,
        )
        progress.tick()
        status = "finished"
    finally:
        store.finish_run(run_id, status)
        _fill(summary, store.run_row(run_id))
        summary.seconds = time.perf_counter() - started
        summary.workers_replaced = engine.replaced if engine is not None else 0
        store.close()
        if own and engine is not None:
            engine.close()
    return summary


class _Progress:
    """The run's progress marker, read from the database: every worker moves it."""

    def __init__(self, store: Store, run_id: int, on_progress: Callable[[int], None] | None):
        self.store, self.run_id, self.on_progress = store, run_id, on_progress
        self.seen = 0

    def tick(self) -> None:
        if self.on_progress is None:
            return
        done = int(self.store.run_row(self.run_id)["records_read"])
        if done > self.seen:
            self.on_progress(done - self.seen)
            self.seen = done


def _write_errors(
    store: Store, run_id: int, rows: list[ErrorRow], on_error: Callable[[str], None] | None
) -> None:
    if rows:
        store.write_batch(run_id, batch_errors=rows)
        if on_error:
            for row in rows:
                on_error(row.message)


def _fill(summary: RunSummary, row: dict) -> None:
    summary.records_read = int(row["records_read"])
    summary.articles_new = int(row["articles_new"])
    summary.duplicates = int(row["articles_duplicate"])
    summary.rejected = int(row.get("records_rejected") or 0)
    summary.failed = int(row.get("articles_failed") or 0)
    # articles that reached the pipeline: read nothing only when there were none
    summary.articles_read = summary.articles_new + summary.duplicates
    summary.facts = int(row["facts"])
    summary.errors = int(row["errors"])
