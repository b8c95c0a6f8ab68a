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

# the invented sample articles; corpus/news/wikinews is scored as the Wikinews dev set.
# BBC file names repeat across folders (politics/001.txt, tech/001.txt) and a gold doc is a
# file name, so each BBC folder is scored on its own with its own gold file.
SAMPLE_NEWS := $(addprefix corpus/news/,articles feeds web wire)
REUTERS_DEV := $(addprefix ../shared/corpus/reuters21578/,reut2-002.sgm.gz reut2-007.sgm.gz reut2-014.sgm.gz)

eval: $(STAMP) $(PIPELINE)  ## score the seeds, the sample corpus and the dev sets
	$(BIN)/newsfacts eval --gold ../shared/corpus/seeds.gold.jsonl ../shared/corpus/seeds
	$(BIN)/newsfacts eval $(addprefix --gold ,$(wildcard corpus/gold/*.jsonl)) $(SAMPLE_NEWS)
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-business.jsonl \
		../shared/corpus/bbc/business
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters.jsonl $(REUTERS_DEV)
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/wikinews.jsonl \
		../shared/corpus/wikinews/wikinews.jsonl
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/wikinews-b.jsonl \
		../shared/corpus/wikinews/wikinews.jsonl
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-politics.jsonl \
		../shared/corpus/bbc/politics
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-tech.jsonl \
		../shared/corpus/bbc/tech
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-entertainment.jsonl \
		../shared/corpus/bbc/entertainment
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-b.jsonl \
		../shared/corpus/reuters21578/reut2-010.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-business-b.jsonl \
		../shared/corpus/bbc/business
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-c.jsonl \
		../shared/corpus/reuters21578/reut2-017.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-tech-b.jsonl \
		../shared/corpus/bbc/tech
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-d.jsonl \
		../shared/corpus/reuters21578/reut2-020.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-business-c.jsonl \
		../shared/corpus/bbc/business
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-e.jsonl \
		../shared/corpus/reuters21578/reut2-004.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-business-d.jsonl \
		../shared/corpus/bbc/business
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-f.jsonl \
		../shared/corpus/reuters21578/reut2-006.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-politics-b.jsonl \
		../shared/corpus/bbc/politics
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-g.jsonl \
		../shared/corpus/reuters21578/reut2-009.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-business-e.jsonl \
		../shared/corpus/bbc/business
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/reuters-h.jsonl \
		../shared/corpus/reuters21578/reut2-016.sgm.gz
	$(BIN)/newsfacts eval --gold-docs-only --gold corpus/gold/dev/bbc-business-f.jsonl \
		../shared/corpus/bbc/business

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
