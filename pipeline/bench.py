"""End-to-end throughput against bare spaCy, on a fixed set of real articles.

``newsfacts bench`` (``make bench``) times, on the same texts in the same
run, alternating the variants round by round and quoting medians:

1. ``full``: bare spaCy, the whole base model, plain ``nlp.pipe`` (the naive cost);
2. ``ner``: bare spaCy, ``ner`` plus a ``sentencizer``, one process (the one-core ceiling);
3. ``ner2``: the same with ``n_process=2``, batches of 32 (the machine's ceiling);
4. ``extract1``: ``newsfacts extract`` into a fresh SQLite file, one worker;
5. ``extract2``: the same with two workers (the default on two cores);
6. ``ray2``: ``extract --engine ray`` on a local Ray of two actors, the dump split in
   two parts (pipeline/engines/), against 5: what an engine costs on one machine.

The workers of 4 and 5 are started (and load the pipeline) before the clock
starts, as the models of 1 to 3 are loaded before theirs; the start-up is
reported apart. Peak RSS is the whole process tree's, sampled from /proc.
It also times money parsing, sector matching and linking per amount, and
writes every figure to ``bench.json``. A benchmark, not a test: nothing in
the test suite depends on a timing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DUMP = ROOT / "out" / "bench.jsonl.gz"
VARIANTS = ("full", "ner", "ner2", "extract1", "extract2", "ray2")
LABELS = {
    "full": "1 bare spaCy, full pipeline, nlp.pipe",
    "ner": "2 bare spaCy, ner + sentencizer, 1 process",
    "ner2": "3 bare spaCy, ner + sentencizer, n_process=2",
    "extract1": "4 newsfacts extract, 1 worker",
    "extract2": "5 newsfacts extract, 2 workers",
    "ray2": "6 extract --engine ray, local, 2 actors",
}


class TreeRSS:
    """Peak resident memory of this process and all its descendants, sampled from /proc."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak = 0
        self.peak_single = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> TreeRSS:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def _sample(self) -> None:
        sizes = [_rss(pid) for pid in _tree(os.getpid())]
        self.peak = max(self.peak, sum(sizes))
        self.peak_single = max(self.peak_single, *sizes, 0)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(stat[1]), []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def read_dump(path: Path, limit: int | None = None) -> list[str]:
    from pipeline.ingest import iter_articles

    texts = []
    for article in iter_articles([str(path)]):
        texts.append(article.text)
        if limit and len(texts) >= limit:
            break
    return texts


BUILD_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_bench_dump.py"


def build_dump(dump: Path, log: Callable[[str], None]) -> None:
    """Build the missing dump from ../shared/corpus (a fresh clone has none), or say how."""
    import subprocess
    import sys

    if not BUILD_SCRIPT.exists():
        raise FileNotFoundError(f"no benchmark dump at {dump}, and no {BUILD_SCRIPT} to build it")
    log(f"no benchmark dump at {dump}: building it with {BUILD_SCRIPT.name} ...")
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(dump)], capture_output=True, text=True
    )
    if done.returncode != 0 or not dump.exists():
        raise FileNotFoundError(
            f"no benchmark dump at {dump}, and building it failed: {done.stderr.strip()} "
            f"(run `python scripts/build_bench_dump.py --corpus DIR --out {dump}` with a "
            "folder holding bbc/ and reuters21578/)"
        )
    log(done.stdout.strip())


def run_bench(
    dump: Path = DEFAULT_DUMP,
    *,
    rounds: int = 3,
    limit: int | None = None,
    money_only: bool = False,
    variants: tuple[str, ...] = VARIANTS,
    out: Path | None = ROOT / "bench.json",
    log: Callable[[str], None] = lambda _m: None,
) -> dict:
    """Time the variants over ``dump`` (its first ``limit`` articles; with ``money_only``
    those of them with a currency cue near a figure); return the figures."""
    import spacy

    from pipeline.extract import extract
    from pipeline.nlp.load import BASE_MODEL
    from pipeline.workers import WorkerPool

    unknown = set(variants) - set(VARIANTS)
    if unknown:
        raise ValueError(f"unknown variants {sorted(unknown)}; known: {', '.join(VARIANTS)}")
    dump = Path(dump)
    if not dump.exists() and dump.resolve() != DEFAULT_DUMP.resolve():
        raise FileNotFoundError(
            f"no benchmark dump at {dump}; build it with "
            f"`python scripts/build_bench_dump.py --out {dump}`"
        )
    if not dump.exists():  # a fresh clone: the default dump is built from ../shared/corpus
        build_dump(dump, log)
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        texts = read_dump(dump, limit)
        if money_only:  # where extraction skips no model work
            from pipeline.nlp.fastpipe import fast_pipe
            from pipeline.nlp.load import shared_nlp

            fast = fast_pipe(shared_nlp())
            texts = [text for text in texts if fast.can_hold_money(text)]
        if limit or money_only:  # the extract variants read the same articles from their own dump
            dump = Path(tmp) / "subset.jsonl.gz"
            with gzip.open(dump, "wt", encoding="utf-8") as fh:
                for i, text in enumerate(texts):
                    fh.write(json.dumps({"id": str(i), "text": text}) + "\n")
        words = sum(len(t.split()) for t in texts)
        log(f"{len(texts)} articles, {words:,} words, {rounds} round(s)")

        models: dict[str, object] = {}
        pools: dict[str, WorkerPool] = {}
        startup: dict[str, float] = {}
        if "full" in variants:
            models["full"] = spacy.load(BASE_MODEL)
        if "ner" in variants or "ner2" in variants:
            ner = spacy.load(
                BASE_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
            )
            ner.add_pipe("sentencizer", first=True)
            models["ner"] = ner
        for name, n in (("extract1", 1), ("extract2", 2)):
            if name in variants:
                t0 = time.perf_counter()
                pools[name] = WorkerPool(n)
                pools[name].wait_ready()
                startup[name] = time.perf_counter() - t0
        ray = None
        if "ray2" in variants:  # its actors load the pipeline before the clock, as pools do
            from pipeline.engines.ray_engine import RayEngine, extract_ray

            t0 = time.perf_counter()
            ray = RayEngine(workers=2)
            startup["ray2"] = time.perf_counter() - t0

        times: dict[str, list[float]] = {v: [] for v in variants}
        rss: dict[str, int] = {v: 0 for v in variants}
        rss_single: dict[str, int] = {v: 0 for v in variants}
        runs: dict[str, dict] = {}
        facts: dict[str, tuple[int, str]] = {}
        try:
            for r in range(rounds):
                for v in variants:
                    with TreeRSS() as mem:
                        t0 = time.perf_counter()
                        if v == "full":
                            for _ in models["full"].pipe(texts):  # type: ignore[attr-defined]
                                pass
                        elif v == "ner":
                            for _ in models["ner"].pipe(texts, batch_size=64):  # type: ignore[attr-defined]
                                pass
                        elif v == "ner2":
                            for _ in models["ner"].pipe(texts, batch_size=32, n_process=2):  # type: ignore[attr-defined]
                                pass
                        else:
                            db = Path(tmp) / f"{v}-{r}.sqlite"
                            if v == "ray2":  # part_bytes=1: one part of the dump per actor
                                summary = extract_ray([str(dump)], db=db, engine=ray, part_bytes=1)
                            else:
                                summary = extract([str(dump)], db=db, pool=pools[v])
                            runs[v] = {
                                "read_share": summary.read_seconds / summary.seconds,
                                "write_share": summary.write_seconds / summary.seconds,
                                "wait_share": summary.wait_seconds / summary.seconds,
                                "facts": summary.facts,
                                "errors": summary.errors,
                            }
                            facts[v] = _fact_ids(db)
                        elapsed = time.perf_counter() - t0
                    times[v].append(elapsed)
                    rss[v] = max(rss[v], mem.peak)
                    rss_single[v] = max(rss_single[v], mem.peak_single)
                    log(f"round {r + 1}: {v:9s} {elapsed:7.1f}s {words / elapsed:9,.0f} words/s")
        finally:
            for pool in pools.values():
                pool.close()
            if ray is not None:
                ray.close()

        result: dict = {
            "articles": len(texts),
            "words": words,
            "rounds": rounds,
            "money_only": money_only,
            "cpus": os.cpu_count(),
            "variants": {},
        }
        for v in variants:
            med = statistics.median(times[v])
            result["variants"][v] = {
                "label": LABELS[v],
                "seconds": med,
                "seconds_all": times[v],
                "words_per_s": words / med,
                "articles_per_s": len(texts) / med,
                "peak_rss_mb": rss[v] / 2**20,
                "peak_rss_one_process_mb": rss_single[v] / 2**20,
                **({"startup_s": startup[v]} if v in startup else {}),
                **runs.get(v, {}),
            }
        speed = {v: result["variants"][v]["words_per_s"] for v in variants}
        for name, (a, b) in {"4/2": ("extract1", "ner"), "5/3": ("extract2", "ner2"),
                             "5/1": ("extract2", "full"),
                             "6/5": ("ray2", "extract2")}.items():  # fmt: skip
            if a in speed and b in speed:
                result.setdefault("ratios", {})[name] = speed[a] / speed[b]
        if "extract1" in facts and "extract2" in facts:
            result["facts_equal"] = facts["extract1"] == facts["extract2"]
        if "extract2" in facts and "ray2" in facts:
            result["facts_equal_ray"] = facts["extract2"] == facts["ray2"]
        result["articles_with_money_cues"] = money_articles(texts)
        result["per_amount_us"] = per_amount_costs(texts[: min(len(texts), 300)])
    if out is not None:
        Path(out).write_text(json.dumps(result, indent=2) + "\n")
    return result


def _fact_ids(db: Path) -> tuple[int, str]:
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM facts ORDER BY id")]
    return len(ids), hashlib.sha256("\n".join(ids).encode()).hexdigest()


def money_articles(texts: list[str]) -> int:
    """How many articles have a currency cue near a figure: the ones extraction runs
    NER and the parse on (the others cannot hold an amount and are skipped)."""
    from pipeline.nlp.fastpipe import fast_pipe
    from pipeline.nlp.load import shared_nlp

    fast = fast_pipe(shared_nlp())
    return sum(fast.can_hold_money(text) for text in texts)


def per_amount_costs(texts: list[str]) -> dict[str, float]:
    """Microseconds per amount: money parsing, sector matching, linking (whole component)."""
    from pipeline.money.parse import parse_money
    from pipeline.nlp.fastpipe import fast_pipe
    from pipeline.nlp.load import shared_nlp

    nlp = shared_nlp()
    fast = fast_pipe(nlp)
    linker = nlp.get_pipe("newsfacts_linker")
    saved, fast.after = fast.after, [p for p in fast.after if p[0] != "newsfacts_linker"]
    try:
        docs = list(fast.pipe(texts))
    finally:
        fast.after = saved
    amounts = [span.text for doc in docs for span in doc._.amounts]
    n = max(len(amounts), 1)
    out: dict[str, float] = {"amounts": float(len(amounts))}
    t0 = time.perf_counter()
    for text in amounts:
        parse_money(text)
    out["money_parsing"] = 1e6 * (time.perf_counter() - t0) / n
    sectors = getattr(linker, "sectors", None)
    if sectors is not None:
        t0 = time.perf_counter()
        for doc in docs:
            if doc._.amounts:
                sectors(doc)
        out["sector_matching"] = 1e6 * (time.perf_counter() - t0) / n
    t0 = time.perf_counter()
    for doc in docs:
        linker(doc)
    out["linking"] = 1e6 * (time.perf_counter() - t0) / n
    return out


def format_table(result: dict) -> str:
    """The figures as the command prints them."""
    lines = [
        f"{result['articles']} articles{' (money only)' if result.get('money_only') else ''}, "
        f"{result['words']:,} words; medians of "
        f"{result['rounds']} round(s) on {result['cpus']} CPUs",
        "",
        f"{'variant':48s} {'words/s':>9s} {'articles/s':>10s} {'peak RSS':>9s}",
    ]
    for v in result["variants"].values():
        lines.append(
            f"{v['label']:48s} {v['words_per_s']:9,.0f} {v['articles_per_s']:10.1f} "
            f"{v['peak_rss_mb']:7.0f}MB"
        )
    lines.append(
        "(peak RSS: the whole process tree, whose parent holds every variant's models and "
        "whose idle pools stay up; a worker's own peak is below)"
    )
    if result.get("ratios"):
        lines.append("")
        lines.append("ratios: " + ", ".join(f"{k} = {x:.2f}" for k, x in result["ratios"].items()))
    for key in ("extract1", "extract2"):
        v = result["variants"].get(key)
        if v and "facts" in v:
            lines.append(
                f"{key}: {v['facts']} facts, {v['errors']} errors; reading {v['read_share']:.1%}, "
                f"writing {v['write_share']:.1%} of the time; workers started in "
                f"{v['startup_s']:.1f}s; largest process {v['peak_rss_one_process_mb']:.0f}MB"
            )
    ray = result["variants"].get("ray2")
    if ray and "facts" in ray:  # its reading and writing happen in the actors, untimed
        lines.append(
            f"ray2: {ray['facts']} facts, {ray['errors']} errors; actors started in "
            f"{ray['startup_s']:.1f}s; largest process {ray['peak_rss_one_process_mb']:.0f}MB"
        )
    if "articles_with_money_cues" in result:
        lines.append(
            f"articles with a currency cue near a figure (NER and parse run on these only): "
            f"{result['articles_with_money_cues']} of {result['articles']}"
        )
    if "facts_equal" in result:
        lines.append(f"facts equal across 1 and 2 workers: {result['facts_equal']}")
    if "facts_equal_ray" in result:
        lines.append(f"facts equal across 2 workers and Ray: {result['facts_equal_ray']}")
    costs = result.get("per_amount_us", {})
    if costs:
        parts = [f"{k.replace('_', ' ')} {x:.0f} µs" for k, x in costs.items() if k != "amounts"]
        lines.append(f"per amount ({costs.get('amounts', 0):.0f} amounts): " + ", ".join(parts))
    return "\n".join(lines)
