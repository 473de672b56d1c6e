# The claims pipeline. `make` lists the targets; `make run` and `make test` are the front door.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= data
export PYTHONHASHSEED := 0
# The authors (pipeline/detect/training/authors) the shipped NER was trained on.
TRAIN_AUTHORS ?= agents,shoppers,retail,callcentre,threads,worldwide

.DEFAULT_GOAL := help
.PHONY: help install run watch test check eval eval-heldout bench bench-ledger report clean samples lexicon train dev

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Error: $(PYTHON) not found; install Python 3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP) ## Build .venv/ from the pinned, hashed lock (spaCy model included)

run: $(STAMP) ## Process the inbox once (a missing data/ is first seeded from samples/)
	@if [ -e $(DATA) ]; then $(BIN)/claims --data $(DATA) run; else \
	  $(BIN)/claims --data $(DATA) seed && $(BIN)/claims --data $(DATA) run --as-of samples; fi

watch: $(STAMP) ## Process each file as it lands in the inbox (Ctrl-C to stop)
	$(BIN)/claims --data $(DATA) watch

test: $(STAMP) ## Run the test suite (no network, no timing)
	$(BIN)/python -m pytest

check: $(STAMP) ## Lint, format check and strict type check
	$(BIN)/ruff check pipeline tests samples
	$(BIN)/ruff format --check pipeline tests samples
	$(BIN)/mypy

eval: $(STAMP) ## Detection quality on the fresh13 held-out set vs plain Presidio (SMALL=1: quick)
	$(BIN)/python tests/quality/fresh13/score.py $(if $(SMALL),--small)

eval-heldout: $(STAMP) ## The earlier and the development sets (fresh12, fresh11, fresh10, fresh9, fresh8, fresh7, fresh6, fresh5, fresh4, dev5, fresh3, fresh2, fresh, heldout) and the tuned set: regression figures only (SMALL=1: quick)
	@echo "== Fresh12 set (tests/quality/fresh12, the previous test, now read: a regression figure)"
	$(BIN)/python tests/quality/fresh12/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh11 set (tests/quality/fresh11, an earlier test, now read: a regression figure)"
	$(BIN)/python tests/quality/fresh11/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh10 set (tests/quality/fresh10, an earlier test, now read: a regression figure)"
	$(BIN)/python tests/quality/fresh10/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh9 set (tests/quality/fresh9, an earlier test, now read: a regression figure)"
	$(BIN)/python tests/quality/fresh9/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh8 set (tests/quality/fresh8, an earlier test, now read and trained on: a regression figure)"
	$(BIN)/python tests/quality/fresh8/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh7 set (tests/quality/fresh7, an earlier test, now read and trained on: a regression figure)"
	$(BIN)/python tests/quality/fresh7/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh6 set (tests/quality/fresh6, an earlier test, now read and trained on: a regression figure)"
	$(BIN)/python tests/quality/fresh6/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh5 set (tests/quality/fresh5, an earlier test, now read and trained on: a regression figure)"
	$(BIN)/python tests/quality/fresh5/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh4 set (tests/quality/fresh4, an earlier test, now trained on: a regression figure)"
	$(BIN)/python tests/quality/fresh4/score.py $(if $(SMALL),--small)
	@echo; echo "== Dev5 set (tests/quality/dev5, the development set: read to find general causes)"
	$(BIN)/python tests/quality/dev5/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh3 set (tests/quality/fresh3, now seen: a regression figure)"
	$(BIN)/python tests/quality/fresh3/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh2 set (tests/quality/fresh2, seen)"
	$(BIN)/python tests/quality/fresh2/score.py $(if $(SMALL),--small)
	@echo; echo "== Fresh set (tests/quality/fresh, seen)"
	$(BIN)/python tests/quality/fresh/score.py $(if $(SMALL),--small)
	@echo; echo "== Older held-out set (tests/quality/heldout, seen)"
	$(BIN)/python tests/quality/heldout/score.py $(if $(SMALL),--small)
ifndef SMALL
	@echo; echo "== Tuned set (tests/quality/data, built by the sample generator the detector was tuned on; not a held-out figure)"
	$(BIN)/python tests/quality/evaluate.py
	$(BIN)/python tests/quality/unseen.py
endif

dev: $(STAMP) ## Dev figures: free-text detection on the dev split of our own note generator
	$(BIN)/python tests/quality/dev.py

lexicon: $(STAMP) ## Rebuild the rare-name lexicon (Faker, wordfreq), the place gazetteer (GeoNames) and the occasions (holidays); build time only
	$(BIN)/python -m pipeline.detect.training.lexicon
	$(BIN)/python -m pipeline.detect.training.places
	$(BIN)/python -m pipeline.detect.training.occasions

train: $(STAMP) ## Fine-tune the NER on the generator's notes, TRAIN_AUTHORS' and the seen sets' (fixed seed, single-threaded, ~45 min)
	$(BIN)/python tests/quality/heldout/export.py --notes 15000 --out .venv/heldout-notes.jsonl
	$(BIN)/python tests/quality/fresh/export.py --notes 15000 --out .venv/fresh-notes.jsonl
	$(BIN)/python tests/quality/fresh2/export.py --notes 10000 --out .venv/fresh2-notes.jsonl
	$(BIN)/python tests/quality/fresh3/export.py --notes 10000 --out .venv/fresh3-notes.jsonl
	$(BIN)/python tests/quality/dev5/export.py --notes 10000 --out .venv/dev5-notes.jsonl
	$(BIN)/python tests/quality/fresh4/export.py --notes 10000 --out .venv/fresh4-notes.jsonl
	$(BIN)/python tests/quality/fresh5/export.py --notes 10000 --out .venv/fresh5-notes.jsonl
	$(BIN)/python tests/quality/fresh6/export.py --notes 10000 --out .venv/fresh6-notes.jsonl
	$(BIN)/python tests/quality/fresh7/export.py --notes 10000 --out .venv/fresh7-notes.jsonl
	$(BIN)/python tests/quality/fresh8/export.py --notes 10000 --out .venv/fresh8-notes.jsonl
	OMP_NUM_THREADS=1 nice $(BIN)/python -m pipeline.detect.training.train --authors $(TRAIN_AUTHORS) \
	  --extra .venv/heldout-notes.jsonl --extra .venv/fresh-notes.jsonl \
	  --extra .venv/fresh2-notes.jsonl --extra .venv/fresh3-notes.jsonl \
	  --extra .venv/dev5-notes.jsonl --extra .venv/fresh4-notes.jsonl \
	  --extra .venv/fresh5-notes.jsonl --extra .venv/fresh6-notes.jsonl \
	  --extra .venv/fresh7-notes.jsonl --extra .venv/fresh8-notes.jsonl $(TRAIN_ARGS)

bench: $(STAMP) ## Throughput and memory on 10k and 100k-row files vs plain Presidio, and a 2-worker Dask row (CLUSTER_ONLY=1: that row alone)
	$(BIN)/python tests/bench/bench.py $(if $(CLUSTER_ONLY),--cluster-only --rows 10000)

bench-ledger: $(STAMP) ## A batch on a ledger of 1M claims and 1M orders vs a fresh workspace
	$(BIN)/python tests/bench/bench_ledger.py

report: $(STAMP) ## Summarise the latest batch report
	$(BIN)/claims --data $(DATA) report

samples: $(STAMP) ## Regenerate samples/ from the generator (fixed seed)
	$(BIN)/python samples/generate.py

clean: ## Remove the workspace data/ (keys in secrets/ are kept) and caches
	rm -rf $(DATA) .pytest_cache .mypy_cache .ruff_cache .hypothesis
