# newsfacts: `make run` and `make test` set themselves up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= facts.sqlite

.PHONY: setup pipeline run test test-fast lint eval bench clean

setup: $(STAMP)

# Every dependency is pinned in requirements.lock; the package itself is editable.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# The spaCy pipeline assembled from models/pipeline/config.cfg (git-ignored).
# load_nlp() builds it too on first use; here it is a visible step. The build
# itself is skipped when its fingerprint (config, data, versions) still matches.
PIPELINE := models/pipeline/build/meta.json

pipeline: $(PIPELINE)  ## assemble the spaCy pipeline into models/pipeline/build

$(PIPELINE): $(STAMP) models/pipeline/config.cfg pipeline/nlp/registry.py \
		$(wildcard models/*.jsonl models/*/*.jsonl)
	$(BIN)/python -m pipeline.nlp.load
	touch $@

run: $(STAMP) $(PIPELINE)  ## extract the sample corpus into $(DB) and print a summary
	$(BIN)/newsfacts extract corpus/news --db $(DB)

test: $(STAMP) $(PIPELINE)  ## the whole suite, slow tests included (what CI runs)
	$(BIN)/python -m pytest

test-fast: $(STAMP) $(PIPELINE)  ## skip the slow tests
	$(BIN)/python -m pytest -m "not slow"

# The sets (gold files, the articles each reads, floors) are in tests/eval_baseline.json, which
# the accuracy gate of `make test` reads too. BBC file names repeat across folders
# (politics/001.txt, tech/001.txt) and a gold doc is a file name, so each BBC folder is its own set.

eval: $(STAMP) $(PIPELINE)  ## score every gold set of tests/eval_baseline.json, one row a set
	$(BIN)/newsfacts eval-sets

BENCH_DUMP := out/bench.jsonl.gz

$(BENCH_DUMP): scripts/build_bench_dump.py
	$(BIN)/python scripts/build_bench_dump.py --out $(BENCH_DUMP)

bench: $(STAMP) $(PIPELINE) $(BENCH_DUMP)  ## throughput against bare spaCy; writes bench.json
	$(BIN)/newsfacts bench --dump $(BENCH_DUMP)

lint: $(STAMP)  ## ruff and mypy, both pinned in requirements.lock; CI runs them in make test
	$(BIN)/ruff check pipeline tests scripts
	$(BIN)/mypy pipeline

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache $(DB) $(DB)-wal $(DB)-shm
	rm -rf models/pipeline/build models/pipeline/.build*
