"""Write the benchmark's fixed set of real articles into one gzip JSONL dump.

The set is deterministic: the first ``--bbc`` articles of each BBC category
(files sorted by name) and the first ``--reuters`` Reuters-21578 records
with a body of at least ``--min-words`` words (files and records in order),
read with ``pipeline.ingest.iter_articles``. Each line is
``{"id": "<source basename>#<record>", "text": ..., "date": ...}``; the text
is the article's stored text (title, blank line, body), so the dump reads
back into the same texts. The dump is not committed (``out/`` is ignored);
``make bench`` builds it when it is missing.

Example:
    python scripts/build_bench_dump.py --out out/bench.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import iter_articles  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
BBC_CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")


def bench_articles(corpus: Path, *, bbc: int, reuters: int, min_words: int):
    """The benchmark's articles, in a fixed order."""
    for category in BBC_CATEGORIES:
        files = sorted((corpus / "bbc" / category).glob("*.txt"))[:bbc]
        yield from iter_articles([str(p) for p in files], on_error=lambda _e: None)
    files = sorted((corpus / "reuters21578").glob("reut2-0*.sgm.gz"))
    taken = 0
    for article in iter_articles([str(p) for p in files], on_error=lambda _e: None):
        if taken >= reuters:
            break
        if len(article.text.split()) >= min_words:
            taken += 1
            yield article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "out" / "bench.jsonl.gz"))
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--bbc", type=int, default=200, help="articles per BBC category")
    parser.add_argument("--reuters", type=int, default=1000, help="Reuters records")
    parser.add_argument("--min-words", type=int, default=40)
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not (corpus / "bbc").is_dir() or not (corpus / "reuters21578").is_dir():
        print(f"error: {corpus} has no bbc/ and reuters21578/; pass --corpus", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    n = words = 0
    # mtime=0: the same articles give the same bytes
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for article in bench_articles(
            corpus, bbc=args.bbc, reuters=args.reuters, min_words=args.min_words
        ):
            doc_id = Path(article.source).name + (f"#{article.record}" if article.record else "")
            line = {"id": doc_id, "text": article.text, "date": article.published}
            gz.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
            n += 1
            words += len(article.text.split())
    tmp.replace(out)
    print(f"{out}: {n} articles, {words:,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
